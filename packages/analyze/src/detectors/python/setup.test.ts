import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../../test/helpers/detect.js';
import { setupDetector } from './setup.js';

describe('setup.py and setup.cfg', () => {
  it('reads python_requires, install_requires and CUDA extensions from setup.py', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py':
        "from torch.utils.cpp_extension import CUDAExtension\nsetup(\n  python_requires='>=3.8',\n  install_requires=['numpy>=1.22', 'torch'],\n  ext_modules=[CUDAExtension('k', ['k.cu'])],\n)\n",
    });
    expect(ofType(facts, 'runtime')).toEqual([expect.objectContaining({ version: '3.8', range: '>=3.8' })]);
    expect(ofType(facts, 'package').map((p) => [p.name, p.ev.rule])).toEqual([
      ['numpy', 'py.setup'],
      ['torch', 'py.setup'],
      ['torch', 'py.setup.build-import'],
    ]);
    expect(ofType(facts, 'gpu')).toEqual([
      expect.objectContaining({
        requirement: 'required',
        ev: expect.objectContaining({ rule: 'py.setup.cuda-extension' }),
      }),
    ]);
    expect(ofType(facts, 'nvcc')).toHaveLength(1);
  });

  it('reads setup.cfg options, indented install_requires and extras', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.cfg':
        '[metadata]\nname = x\n\n[options]\npython_requires = >=3.9\ninstall_requires =\n    scipy>=1.10\n    pandas\n\n[options.extras_require]\ngpu =\n    cupy-cuda11x\ntest = pytest\n',
    });
    expect(ofType(facts, 'runtime')).toEqual([expect.objectContaining({ version: '3.9' })]);
    expect(ofType(facts, 'package').map((p) => [p.name, p.scope])).toEqual([
      ['scipy', 'main'],
      ['pandas', 'main'],
      ['cupy-cuda11x', 'optional'],
      ['pytest', 'dev'],
    ]);
  });

  it('reads extras_require groups from setup.py: each package keeps its group, test groups are dev', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py':
        "setup(\n  install_requires=['numpy'],\n  extras_require={\n    'train': ['deepspeed>=0.12', 'wandb'],\n    \"test\": ['pytest'],\n  },\n)\n",
    });
    expect(
      ofType(facts, 'package').map((p) => [p.name, p.scope, p.group ?? null, p.ev.rule, p.ev.line]),
    ).toEqual([
      ['numpy', 'main', null, 'py.setup', 2],
      ['deepspeed', 'optional', 'train', 'py.extras', 4],
      ['wandb', 'optional', 'train', 'py.extras', 4],
      ['pytest', 'dev', 'test', 'py.requirements.dev', 5],
    ]);
  });

  it('takes the lowest Python classifier as the minimum when python_requires is missing', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py':
        "setup(\n  classifiers=[\n    'Programming Language :: Python :: 3.10',\n    'Programming Language :: Python :: 3.9',\n  ],\n)\n",
    });
    expect(ofType(facts, 'runtime')).toEqual([
      expect.objectContaining({
        version: '3.9',
        range: '>=3.9',
        ev: expect.objectContaining({ rule: 'py.classifiers', line: 4 }),
      }),
    ]);
  });

  it('reads the classifiers of a published library as a hint that a GPU is not needed, unless they name a GPU', async () => {
    const library = await factsOf(setupDetector, {
      'setup.py':
        "setup(\n  install_requires=['torch'],\n  classifiers=[\n    'Development Status :: 5 - Production/Stable',\n  ],\n)\n",
    });
    expect(ofType(library, 'gpu-hint')).toEqual([
      expect.objectContaining({ ev: expect.objectContaining({ rule: 'py.library', line: 4 }) }),
    ]);
    const gpu = await factsOf(setupDetector, {
      'setup.py':
        "setup(\n  classifiers=[\n    'Development Status :: 4 - Beta',\n    'Environment :: GPU :: NVIDIA CUDA',\n  ],\n)\n",
    });
    expect(ofType(gpu, 'gpu-hint')).toEqual([]);
  });

  it('follows install_requires=NAME to the list assigned to NAME', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py':
        'INSTALL_REQUIRES = [\n    "tornado>=5.0",\n    "pandas",\n]\nsetup(name="x", install_requires=INSTALL_REQUIRES)\n',
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['tornado', 'pandas']);
  });

  it('reads lists a named list is extended with, and ignores quotes inside comments', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py':
        'INSTALL_REQUIRES = [\n    "numpy",\n    # Don\'t require watchdog on MacOS, since it\'ll fail.\n    "watchdog",\n]\nEXTRA = [\n    "tornado>=5.0",\n]\nINSTALL_REQUIRES.extend(EXTRA)\nsetup(install_requires=INSTALL_REQUIRES)\n',
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['numpy', 'watchdog', 'tornado']);
  });

  it('reads a CUDAExtension built only when CUDA is there, with a CppExtension otherwise, as an option', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py':
        "import torch\nfrom torch.utils.cpp_extension import CUDA_HOME, CppExtension, CUDAExtension\ndevice = 'cuda' if torch.cuda.is_available() and CUDA_HOME is not None else 'cpu'\nextension_type = CUDAExtension if device == 'cuda' else CppExtension\nsetup(name='x')\n",
    });
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['optional', 'py.setup.cuda-optional'],
    ]);
    expect(ofType(facts, 'nvcc')).toEqual([]);
  });

  it('reads a CppExtension assigned and replaced by a CUDAExtension when CUDA is there, unless the CPU branch raises', async () => {
    const build = (cpuBranch: string) =>
      [
        'import torch',
        'from torch.utils.cpp_extension import CUDA_HOME, CppExtension, CUDAExtension',
        'def get_extensions():',
        '    extension = CppExtension',
        '    if torch.cuda.is_available() and CUDA_HOME is not None:',
        '        extension = CUDAExtension',
        cpuBranch,
        '    return [extension("x._C", sources)]',
        'setup(name="x", ext_modules=get_extensions())',
        '',
      ].join('\n');
    const optional = await factsOf(setupDetector, { 'setup.py': build('') });
    expect(ofType(optional, 'gpu').map((g) => [g.requirement, g.ev.rule, g.ev.line])).toEqual([
      ['optional', 'py.setup.cuda-optional', 4],
    ]);
    const refuses = await factsOf(setupDetector, {
      'setup.py': build("    else:\n        raise NotImplementedError('Cuda is not available')"),
    });
    expect(ofType(refuses, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['required', 'py.setup.cuda-extension'],
    ]);
  });

  it('reads the name setup() publishes, and extras lists whose strings hold brackets', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py': [
        'setup(',
        '    name="stable_baselines3",',
        '    install_requires=["torch>=1.11"],',
        '    extras_require={',
        '        "extra": [',
        "            # For atari games, don't skip",
        '            "ale-py==0.7.4",',
        '            "autorom[accept-rom-license]~=0.4.2",',
        '            "tensorboard>=2.9.1",',
        '        ],',
        '    },',
        ')',
        '',
      ].join('\n'),
    });
    expect(ofType(facts, 'manifest').map((m) => m.project)).toEqual(['stable_baselines3']);
    expect(ofType(facts, 'package').map((p) => [p.name, p.scope])).toEqual([
      ['torch', 'main'],
      ['ale-py', 'optional'],
      ['autorom', 'optional'],
      ['tensorboard', 'optional'],
    ]);
  });

  it('reads an extra that names a framework as that framework', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py': "setup(install_requires=['transformers[torch]==4.25.1'])\n",
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['transformers', 'torch']);
  });

  it('reads a REQUIRED_PYTHON tuple, install_requires as a dict key, and extras_require given by name', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py': [
        'REQUIRED_PYTHON = (3, 6)',
        'if sys.version_info[:2] < REQUIRED_PYTHON: sys.exit(1)',
        'extra_dependencies = {',
        '    "rabbitmq": [',
        '        "pika>=1.0,<2.0",',
        '    ],',
        '}',
        'setup(**{',
        "    'python_requires': '>={}.{}'.format(*REQUIRED_PYTHON),",
        '    "install_requires": ["scikit-learn >= 0.18", "numba >= 0.39"],',
        '    "extras_require": extra_dependencies,',
        '})',
        'setup(extras_require=extra_dependencies)',
      ].join('\n'),
    });
    expect(ofType(facts, 'runtime')).toEqual([
      expect.objectContaining({
        version: '3.6',
        range: '>=3.6',
        ev: expect.objectContaining({ rule: 'py.setup.python-tuple', line: 1 }),
      }),
    ]);
    expect(ofType(facts, 'package').map((p) => [p.name, p.scope, p.group ?? null])).toEqual([
      ['scikit-learn', 'main', null],
      ['numba', 'main', null],
      ['pika', 'optional', 'rabbitmq'],
    ]);
  });

  it('reads a requirement whose marker quotes a version as one string', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py': `setup(install_requires=['sqlalchemy<1.4', 'aiocontextvars;python_version<"3.7"'])\n`,
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['sqlalchemy', 'aiocontextvars']);
  });

  it('takes the lowest CUDA a build accepts from its version check', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py':
        'from torch.utils.cpp_extension import CUDAExtension, CUDA_HOME\n_, bare_metal_version = get_cuda_bare_metal_version(CUDA_HOME)\nif bare_metal_version < Version("11.6"):\n    raise RuntimeError("only supported on CUDA 11.6 and above")\n',
    });
    expect(ofType(facts, 'cuda').map((c) => [c.version, c.ev.rule, c.ev.line])).toEqual([
      ['11.6', 'py.setup.cuda-minimum', 3],
    ]);
  });

  it('reads extras given as names of lists, and lists built from other lists', async () => {
    const facts = await factsOf(setupDetector, {
      'setup.py': [
        'dask_deps = ["dask>=2.1.0", "distributed>=2.3.2"]',
        'ray_deps = ["ray==0.8.4"]',
        'all_deps = dask_deps if os.name == "nt" else dask_deps + ray_deps',
        'setup(',
        '    install_requires=["pandas==1.0.3"],',
        '    extras_require={',
        '        "dask": dask_deps,',
        '        "all": all_deps,',
        '    },',
        ')',
      ].join('\n'),
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.group ?? null])).toEqual([
      ['pandas', null],
      ['dask', 'dask'],
      ['distributed', 'dask'],
      ['dask', 'all'],
      ['distributed', 'all'],
      ['ray', 'all'],
    ]);
  });

  it('reads a list extended with a literal or an append, and every assignment of install_requires', async () => {
    const extended = await factsOf(setupDetector, {
      'setup.py':
        'reqs = [\n    "numpy>=1.7",\n    "paramz @ git+https://github.com/x/paramz.git",\n]\nreqs += ["scipy>=1.3.0"]\nreqs.append("six")\nsetup(install_requires=reqs)\n',
    });
    expect(ofType(extended, 'package').map((p) => p.name)).toEqual(['numpy', 'paramz', 'scipy', 'six']);
    const assigned = await factsOf(setupDetector, {
      'setup.py':
        'class Spec:\n    def __init__(self):\n        self.install_requires: list = []\n\nspec = Spec()\nspec.install_requires = [\n    "msgpack >= 1.0.0, < 2.0.0",\n    "protobuf >= 3.15.3",\n]\nsetup(packages=["ray.dashboard"])\n',
    });
    expect(ofType(assigned, 'package').map((p) => p.name)).toEqual(['msgpack', 'protobuf']);
  });

  it('reads lists and extras assigned with a type annotation, and an appended requirement that quotes inside', async () => {
    const annotated = await factsOf(setupDetector, {
      'setup.py': [
        'extras_require: dict[str, list[str]] = {',
        '    "array": ["numpy >= 1.18"],',
        '    "dataframe": ["numpy >= 1.18", "pandas >= 1.0"],',
        '}',
        'install_requires: list[str] = ["toolz >= 0.8.2"]',
        'setup(install_requires=install_requires, extras_require=extras_require)',
      ].join('\n'),
    });
    expect(ofType(annotated, 'package').map((p) => [p.name, p.scope])).toEqual(
      expect.arrayContaining([
        ['numpy', 'optional'],
        ['pandas', 'optional'],
        ['toolz', 'main'],
      ]),
    );
    const appended = await factsOf(setupDetector, {
      'setup.py':
        'dep_list = ["psutil"]\ndep_list.append("numpy>=1.10.0 ; python_version>=\'3.5\'")\nsetup(install_requires=dep_list)\n',
    });
    expect(ofType(appended, 'package').map((p) => p.name)).toEqual(['psutil', 'numpy']);
  });

  it("reads nbdev's settings.ini, and the version check a setup.py makes without python_requires", async () => {
    const nbdev = await factsOf(setupDetector, {
      'settings.ini':
        '[DEFAULT]\nlib_name = statsforecast\nmin_python = 3.8\nrequirements = numba>=0.55.0 numpy>=1.21.6 statsmodels>=0.13.2\ndev_requirements = nbdev black\n',
    });
    expect(ofType(nbdev, 'runtime').map((r) => [r.version, r.range])).toEqual([['3.8', '>=3.8']]);
    expect(ofType(nbdev, 'package').map((p) => [p.name, p.scope])).toEqual([
      ['numba', 'main'],
      ['numpy', 'main'],
      ['statsmodels', 'main'],
      ['nbdev', 'dev'],
      ['black', 'dev'],
    ]);
    expect(ofType(nbdev, 'manifest')).toEqual([expect.objectContaining({ project: 'statsforecast' })]);
    expect(await factsOf(setupDetector, { 'settings.ini': '[flake8]\nmax-line-length = 99\n' })).toEqual([]);
    const check = await factsOf(setupDetector, {
      'setup.py':
        "import sys\nif sys.version_info < (3, 6):\n    sys.exit('Sorry, Python >= 3.6 is required for metaseq.')\nsetup(name='metaseq')\n",
    });
    expect(ofType(check, 'runtime').map((r) => r.version)).toEqual(['3.6']);
  });
});
