import { describe, expect, it } from '@jest/globals';
import { launchedLanguage } from './launchers.js';
import {
  codeFirst,
  pythonIsBuildGlue,
  countedFiles,
  interpreterLanguage,
  scriptCandidates,
  kernelLanguage,
  languageOf,
  languageShares,
  parseGitattributes,
  withKernelLanguage,
} from './languages.js';

describe('languages the way Linguist counts them', () => {
  it('names languages by file name and extension', () => {
    expect(languageOf('src/a.py')).toBe('Python');
    expect(languageOf('k.cu')).toBe('Cuda');
    expect(languageOf('Dockerfile.gpu')).toBe('Dockerfile');
    expect(languageOf('CMakeLists.txt')).toBe('CMake');
    expect(languageOf('README.md')).toBeNull();
    expect(languageOf('data.json')).toBeNull();
  });

  it('leaves out vendored, documentation and generated files, and honours .gitattributes', () => {
    const entries = [
      { path: 'src/a.py', size: 100 },
      { path: 'vendor/lib.js', size: 1000 },
      { path: 'docs/conf.py', size: 1000 },
      { path: 'proto/x_pb2.py', size: 1000 },
      { path: 'nb/big.ipynb', size: 5000 },
      { path: 'scripts/run.sh', size: 50 },
      { path: 'include/a.h', size: 10 },
      { path: 'src/b.cpp', size: 10 },
    ];
    const files = countedFiles(entries, '*.ipynb linguist-generated\nscripts/** linguist-language=Python\n');
    expect(files.map((f) => [f.path, f.language])).toEqual([
      ['src/a.py', 'Python'],
      ['scripts/run.sh', 'Python'],
      ['include/a.h', 'C++'],
      ['src/b.cpp', 'C++'],
    ]);
    expect(languageShares(files)).toEqual([
      { name: 'Python', files: 2, bytes: 150 },
      { name: 'C++', files: 2, bytes: 20 },
    ]);
  });

  it('orders by file count when sizes are unknown', () => {
    const files = countedFiles(
      [
        { path: 'a.go', size: null },
        { path: 'b.go', size: null },
        { path: 'c.py', size: null },
      ],
      null,
    );
    expect(languageShares(files)).toEqual([
      { name: 'Go', files: 2, bytes: null },
      { name: 'Python', files: 1, bytes: null },
    ]);
  });

  it('reads negated and valued attributes', () => {
    expect(
      parseGitattributes('docs/** -linguist-documentation\n*.min.js linguist-vendored=false\n# c\n').map(
        (r) => r.attrs,
      ),
    ).toEqual([{ documentation: false }, { vendored: false }]);
  });

  it("counts notebook bytes for the kernel's language, merged with that language's own files", () => {
    const shares = [
      { name: 'Jupyter Notebook', files: 3, bytes: 9000 },
      { name: 'R', files: 1, bytes: 2000 },
      { name: 'Shell', files: 1, bytes: 100 },
    ];
    expect(withKernelLanguage(shares, ['R', 'R', 'Python'])).toEqual([
      { name: 'R', files: 4, bytes: 11000 },
      { name: 'Shell', files: 1, bytes: 100 },
    ]);
    expect(withKernelLanguage(shares, [])).toBe(shares);
    expect(kernelLanguage('python')).toBe('Python');
    expect(kernelLanguage('scala')).toBe('Scala');
  });

  it('measures a repository that is nothing but samples by its samples', () => {
    const only = countedFiles([{ path: 'Samples/0_Introduction/vectorAdd/vectorAdd.cu', size: 100 }], null);
    expect(only.map((f) => f.language)).toEqual(['Cuda']);
    const mixed = countedFiles(
      [
        { path: 'src/a.py', size: 10 },
        { path: 'examples/b.cu', size: 1000 },
      ],
      null,
    );
    expect(mixed.map((f) => f.language)).toEqual(['Python']);
  });

  it('puts the code before build files, and reads the manifests when no file counts', () => {
    const shares = [
      { name: 'CMake', files: 1, bytes: 5000 },
      { name: 'C++', files: 2, bytes: 300 },
    ];
    expect(codeFirst(shares, []).map((s) => s.name)).toEqual(['C++', 'CMake']);
    expect(codeFirst([{ name: 'Dockerfile', files: 1, bytes: 10 }], ['python']).map((s) => s.name)).toEqual([
      'Dockerfile',
    ]);
    const images = [
      { name: 'Dockerfile', files: 3, bytes: 5000 },
      { name: 'Shell', files: 2, bytes: 1700 },
      { name: 'Makefile', files: 1, bytes: 900 },
    ];
    expect(codeFirst(images, []).map((s) => s.name)).toEqual(['Dockerfile', 'Shell', 'Makefile']);
    // A shell project with a package.json for its tests is a shell project.
    expect(codeFirst(images, ['docker', 'node']).map((s) => s.name)).toEqual([
      'Shell',
      'Dockerfile',
      'Makefile',
    ]);
    const withPython = [{ name: 'Python', files: 1, bytes: 100 }, ...images];
    expect(codeFirst(withPython, []).map((s) => s.name)).toEqual([
      'Python',
      'Shell',
      'Dockerfile',
      'Makefile',
    ]);
    expect(codeFirst([], ['python', 'node', 'node'])).toEqual([
      { name: 'JavaScript', files: 2, bytes: null },
      { name: 'Python', files: 1, bytes: null },
    ]);
  });

  it('counts install.sh as code: only INSTALL, README and the like in capitals are documentation', () => {
    const files = countedFiles(
      [
        { path: 'install.sh', size: 100 },
        { path: 'INSTALL.md', size: 100 },
        { path: 'README.md', size: 100 },
      ],
      null,
    );
    expect(files.map((f) => f.path)).toEqual(['install.sh']);
  });

  it('reads the language of an extension-less script from its #! line', () => {
    expect(interpreterLanguage('#!/usr/bin/env bash\nset -e\n')).toBe('Shell');
    expect(interpreterLanguage('#!/usr/bin/python3 -u\n')).toBe('Python');
    expect(interpreterLanguage('#!/usr/bin/env -S node --no-warnings\n')).toBe('JavaScript');
    expect(interpreterLanguage('no shebang')).toBeNull();
    expect(
      scriptCandidates([
        { path: 'libexec/rbenv-init', size: 1 },
        { path: 'LICENSE', size: 1 },
        { path: 'a.sh', size: 1 },
      ]),
    ).toEqual(['libexec/rbenv-init']);
    const files = countedFiles(
      [{ path: 'libexec/rbenv-init', size: 100 }],
      null,
      new Map([['libexec/rbenv-init', 'Shell']]),
    );
    expect(files.map((f) => f.language)).toEqual(['Shell']);
  });

  it('puts launch scripts after the code of a project with a manifest of its own, not a shell tool without it', () => {
    const shares = [
      { name: 'Shell', files: 6, bytes: 9000 },
      { name: 'Python', files: 2, bytes: 3000 },
    ];
    expect(codeFirst(shares, ['python']).map((s) => s.name)).toEqual(['Python', 'Shell']);
    expect(codeFirst(shares, []).map((s) => s.name)).toEqual(['Shell', 'Python']);
    expect(codeFirst([{ name: 'Shell', files: 3, bytes: 9000 }], ['node']).map((s) => s.name)).toEqual([
      'Shell',
    ]);
  });

  it('puts the language a launch script runs before the shell, even when its programs are not among the files', () => {
    const shell = [{ name: 'Shell', files: 1, bytes: 700 }];
    expect(codeFirst(shell, [], { launched: ['Python'] })).toEqual([
      { name: 'Python', files: 0, bytes: null },
      ...shell,
    ]);
    const both = [...shell, { name: 'Python', files: 1, bytes: 300 }];
    expect(codeFirst(both, [], { launched: ['Python', 'Python', 'R'] }).map((s) => s.name)).toEqual([
      'Python',
      'Shell',
    ]);
    // Code that leads stays first; a shell tool that launches nothing stays Shell.
    expect(
      codeFirst([{ name: 'Go', files: 1, bytes: 900 }, ...shell], [], { launched: ['Python'] })[0]!.name,
    ).toBe('Go');
    expect(codeFirst(shell, [])[0]!.name).toBe('Shell');
  });

  it('calls a CMake project whose sources were not among the files C++, and an image with a manifest an image', () => {
    const cmake = [{ name: 'CMake', files: 1, bytes: 4000 }];
    expect(codeFirst(cmake, ['cmake', 'python']).map((s) => s.name)).toEqual(['C++', 'CMake']);
    expect(codeFirst(cmake, []).map((s) => s.name)).toEqual(['CMake']);
  });
});

describe('what says the language when the code does not', () => {
  it('takes the packages the install instructions install when nothing else is there', () => {
    expect(codeFirst([], [], { installedRuntimes: ['python', 'python'] })).toEqual([
      { name: 'Python', files: 2, bytes: null },
    ]);
    // A manifest wins over instructions.
    expect(codeFirst([], ['node'], { installedRuntimes: ['python'] })[0]!.name).toBe('JavaScript');
  });

  it('puts a published package before the Dockerfile that ships it, not an environment file', () => {
    const docker = [{ name: 'Dockerfile', files: 1, bytes: 1700 }];
    expect(
      codeFirst(docker, ['python', 'docker'], { packageRuntimes: ['python'] }).map((s) => s.name),
    ).toEqual(['Python', 'Dockerfile']);
    expect(codeFirst(docker, ['python', 'docker']).map((s) => s.name)).toEqual(['Dockerfile']);
  });

  it('puts R first in an R package, whatever its compiled core or helper modules weigh', () => {
    const c = [{ name: 'C', files: 12, bytes: 90_000 }];
    expect(codeFirst(c, ['r'], { packageRuntimes: ['r'] }).map((s) => s.name)).toEqual(['R', 'C']);
    const mixed = [
      { name: 'Python', files: 3, bytes: 9000 },
      { name: 'R', files: 2, bytes: 4000 },
    ];
    expect(codeFirst(mixed, ['r'], { packageRuntimes: ['r'] }).map((s) => s.name)).toEqual(['R', 'Python']);
    // An R environment (install.R, renv.lock) is not a package.
    expect(codeFirst(c, ['r']).map((s) => s.name)).toEqual(['C']);
  });

  it("puts a CMake project's compiled sources before the shell scripts that build and run them", () => {
    const shares = [
      { name: 'Shell', files: 2, bytes: 3000 },
      { name: 'Cuda', files: 3, bytes: 2500 },
    ];
    expect(codeFirst(shares, ['cmake']).map((s) => s.name)).toEqual(['Cuda', 'Shell']);
    expect(codeFirst(shares, []).map((s) => s.name)).toEqual(['Shell', 'Cuda']);
  });

  it('counts a Snakemake workflow as Python', () => {
    expect(languageOf('workflow/Snakefile')).toBe('Python');
    expect(languageOf('workflow/rules/align.smk')).toBe('Python');
  });

  it('puts compiled sources before a setup.py that only builds bindings to them', () => {
    const files = (paths: string[]) =>
      paths.map((path) => ({ path, language: languageOf(path)!, size: path.endsWith('.py') ? 3000 : 800 }));
    expect(pythonIsBuildGlue(files(['python_bindings/setup.py', 'python_bindings/bindings.cpp']))).toBe(true);
    expect(pythonIsBuildGlue(files(['setup.py', 'src/main.cpp', 'CMakeLists.txt']))).toBe(true);
    // A root setup.py that builds torch extensions is the Python package's own build.
    expect(pythonIsBuildGlue(files(['setup.py', 'csrc/ops.cu']))).toBe(false);
    expect(pythonIsBuildGlue(files(['bindings/setup.py', 'bindings/model.py', 'src/a.cpp']))).toBe(false);
    // A setup.py alone in a folder named for the bindings wraps a library whose sources were not among the files.
    expect(pythonIsBuildGlue(files(['python/setup.py']))).toBe(true);
    expect(pythonIsBuildGlue(files(['catboost/python-package/setup.py']))).toBe(true);
    expect(pythonIsBuildGlue(files(['bindings/python/setup.py']))).toBe(true);
    // Not a subfolder that builds a model's ops.
    expect(pythonIsBuildGlue(files(['models/ops/setup.py']))).toBe(false);
    const shares = [
      { name: 'Python', files: 1, bytes: 3000 },
      { name: 'C++', files: 1, bytes: 800 },
    ];
    expect(codeFirst(shares, ['python'], { pythonIsBuildGlue: true }).map((s) => s.name)).toEqual([
      'C++',
      'Python',
    ]);
    const wrapper = [{ name: 'Python', files: 1, bytes: 3000 }];
    expect(codeFirst(wrapper, ['python'], { pythonIsBuildGlue: true })[0]!.name).toBe('C++');
    expect(codeFirst(wrapper, ['python', 'rust'], { pythonIsBuildGlue: true })[0]!.name).toBe('Rust');
  });
});

describe('CUDA kernels alone', () => {
  const kernels = [{ name: 'Cuda', files: 1, bytes: 3000 }];
  it('are the kernels of a Python package when the README installs or imports Python packages', () => {
    expect(codeFirst(kernels, [], { namesPythonPackages: true }).map((s) => s.name)).toEqual([
      'Python',
      'Cuda',
    ]);
  });
  it('stay CUDA with nothing Python named, or with a build of their own', () => {
    expect(codeFirst(kernels, [], {}).map((s) => s.name)).toEqual(['Cuda']);
    const built = [...kernels, { name: 'CMake', files: 1, bytes: 500 }];
    expect(codeFirst(built, ['cmake'], { namesPythonPackages: true })[0]!.name).toBe('Cuda');
    expect(codeFirst(kernels, [], { namesPythonPackages: true, compiled: ['Cuda'] })[0]!.name).toBe('Cuda');
  });
});

describe('launch lines', () => {
  it.each([
    ['    python -u main.py \\', 'Python'],
    ['torchrun ${DISTRIBUTED_ARGS[@]} pretrain_gpt.py \\', 'Python'],
    ['srun -p $P python tools/train.py configs/x.py', 'Python'],
    ['\tpython -m ui --model_name $(model_name) &', 'Python'],
    ['CUDA_VISIBLE_DEVICES=0 python3 scripts/eval.py', 'Python'],
    ['Rscript --vanilla analysis/run.R', 'R'],
    ['julia --project=. src/main.jl', 'Julia'],
    ['node ./bin/server.js', 'JavaScript'],
    ['composer --node_rank ${SLURM_NODEID} $PROJ_DIR/llmshearing/train.py $@', 'Python'],
  ])('%s runs %s', (line, language) => {
    expect(launchedLanguage(line)).toBe(language);
  });

  it.each([
    'python -m pip install -r requirements.txt',
    'python3 -m venv .venv',
    '\tpython -m grpc_tools.protoc -Iproto --python_out=pb x.proto',
    'python -V 2>&1',
    'cd apex && python setup.py install --cuda_ext',
    'curl -sS https://bootstrap.pypa.io/get-pip.py | python3',
    '# python train.py',
    'pip install torch',
  ])('%s runs no program of the project', (line) => {
    expect(launchedLanguage(line)).toBeNull();
  });
});
