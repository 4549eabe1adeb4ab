// The inference ladder on hand-made facts: which evidence wins, and what a CPU build means.
import { describe, expect, it } from '@jest/globals';
import { seen, type Fact } from '../model.js';
import type { RuleId } from '../rules.js';
import { admits, highestAllowed, inferRequirements } from './requirements.js';

const ev = (rule: RuleId, priority: 0 | 1 | 2 | 3, file = 'x', line = 1) =>
  seen(file, line, rule, rule, priority);
const pkg = (name: string, over: Partial<Extract<Fact, { type: 'package' }>> = {}): Fact => ({
  type: 'package',
  ecosystem: 'pypi',
  name,
  extras: [],
  version: null,
  scope: 'main',
  conditional: false,
  variant: null,
  ev: ev('py.requirements', 1, 'requirements.txt'),
  ...over,
});
const manifest: Fact = { type: 'manifest', file: 'requirements.txt', runtime: 'python' };
/** Code that speaks of a GPU (a --gpu_id option): beside a framework alone, it makes the GPU recommended. */
const gpuMention: Fact = { type: 'gpu-hint', ev: ev('code.gpu-mention', 3, 'train.py') };
const gpuOf = (facts: Fact[]) => inferRequirements(facts, []).gpu;

describe('the GPU verdict', () => {
  it('calls a GPU framework alone optional, recommended with a GPU hint, and a CPU build of it none', () => {
    expect(gpuOf([manifest, pkg('torch')])).toMatchObject({ needed: false, requirement: 'optional' });
    expect(gpuOf([manifest, pkg('torch')]).evidence[0]).toMatchObject({ rule: 'pkg.gpu-framework' });
    expect(gpuOf([manifest, pkg('torch'), gpuMention])).toMatchObject({
      needed: true,
      requirement: 'recommended',
    });
    const launcher: Fact = { type: 'gpu-count', count: 4, ev: ev('jobs.launcher', 1, 'run.sh') };
    expect(gpuOf([manifest, pkg('torch'), launcher])).toMatchObject({ requirement: 'recommended' });
    expect(
      gpuOf([manifest, pkg('torch', { variant: { kind: 'cpu', via: ev('py.index.cpu', 1) } })]),
    ).toMatchObject({ needed: false, requirement: 'none' });
    expect(gpuOf([manifest, pkg('tensorflow-cpu')])).toMatchObject({ needed: false, requirement: 'none' });
  });

  it('does not let a CPU build of one framework hide another framework', () => {
    expect(gpuOf([manifest, pkg('faiss-cpu'), pkg('torch'), gpuMention])).toMatchObject({
      requirement: 'recommended',
    });
    expect(gpuOf([manifest, pkg('tensorflow-cpu'), pkg('jax'), gpuMention])).toMatchObject({
      requirement: 'recommended',
    });
  });

  it('lets an explicit "CPU only" beat framework inference, but not a CUDA pin', () => {
    const cpuOnly: Fact = { type: 'gpu', requirement: 'none', ev: ev('readme.cpu-only', 2, 'README.md') };
    expect(gpuOf([manifest, pkg('torch'), cpuOnly])).toMatchObject({ requirement: 'none' });
    const pin: Fact = { type: 'cuda', version: '11.8', ev: ev('py.conda.cuda', 1, 'environment.yml') };
    expect(gpuOf([manifest, pkg('torch'), cpuOnly, pin])).toMatchObject({
      requirement: 'required',
      cuda: '11.8',
    });
  });

  it('keeps GPU packages in optional extras, behind markers or in dev files from making a GPU required', () => {
    expect(gpuOf([manifest, pkg('flash-attn', { scope: 'optional' })])).toMatchObject({
      requirement: 'optional',
      needed: false,
    });
    expect(gpuOf([manifest, pkg('triton', { conditional: true })])).toMatchObject({
      requirement: 'optional',
    });
    expect(gpuOf([manifest, pkg('flash-attn', { scope: 'dev' })])).toMatchObject({ requirement: 'none' });
  });

  it('keeps known packages imported but declared nowhere, even next to a manifest', () => {
    const imported = (name: string) => pkg(name, { ev: ev('py.imports', 3, 'train.py') });
    const req = inferRequirements(
      [manifest, pkg('numpy'), imported('pandas'), imported('torch'), gpuMention],
      [],
    );
    expect(req.frameworks.map((f) => f.name)).toEqual(['torch', 'numpy', 'pandas']);
    expect(req.gpu.requirement).toBe('recommended');
    // torch declared as a CPU build: importing it adds nothing.
    const cpu = inferRequirements(
      [manifest, pkg('torch', { variant: { kind: 'cpu' } }), imported('torch')],
      [],
    );
    expect(cpu.gpu.requirement).toBe('none');
  });

  it('takes the count from the strongest source, the largest within it, and only when a GPU is needed', () => {
    const facts: Fact[] = [
      manifest,
      pkg('torch'),
      { type: 'gpu-count', count: 8, ev: ev('readme.gpu-count-model', 3, 'README.md') },
      { type: 'gpu-count', count: 2, ev: ev('jobs.slurm', 1, 'job.sbatch') },
      { type: 'gpu-count', count: 4, ev: ev('jobs.launcher', 1, 'run.sh') },
    ];
    expect(gpuOf(facts).count).toBe(4);
    expect(gpuOf([manifest, { type: 'gpu-count', count: 8, ev: ev('jobs.launcher', 1) }]).count).toBeNull();
  });

  it('implies CUDA from an exact torch pin only', () => {
    expect(gpuOf([manifest, pkg('torch', { version: '2.1.0' }), gpuMention]).cuda).toBe('12.1');
    expect(gpuOf([manifest, pkg('torch', { version: '>=2.0' }), gpuMention]).cuda).toBeNull();
    // No GPU needed, no CUDA: a pin says which build, not that one is used.
    expect(gpuOf([manifest, pkg('torch', { version: '2.1.0' })]).cuda).toBeNull();
  });
});

describe('runtimes and sizes', () => {
  it('prefers a pin to a range within the same priority, and the stronger file across priorities', () => {
    const rt = (
      version: string | null,
      range: string | null,
      rule: RuleId,
      priority: 0 | 1 | 2 | 3,
    ): Fact => ({ type: 'runtime', name: 'python', version, range, ev: ev(rule, priority) });
    const req = inferRequirements(
      [
        rt('3.9', '>=3.9', 'py.pyproject', 1),
        rt('3.11.4', null, 'py.version-file', 1),
        rt('3.8', null, 'readme.python', 3),
      ],
      [],
    );
    expect(req.runtimes.python).toBe('3.11.4');
    const ranged = inferRequirements(
      [rt('3.9', '>=3.9', 'py.pyproject', 1), rt('3.8', null, 'readme.python', 3)],
      [],
    );
    expect(ranged.runtimes.python).toBe('3.9');
    expect(ranged.runtime_constraints).toEqual({ python: '>=3.9' });
  });

  it('uses the largest stated RAM and disk, else estimates, and says which', () => {
    const stated = inferRequirements(
      [
        { type: 'memory', gb: 32, ev: ev('readme.ram', 3) },
        { type: 'memory', gb: 64, ev: ev('jobs.slurm', 1) },
      ],
      [],
    );
    expect(stated.memory_gb).toBe(64);
    const estimated = inferRequirements([manifest, pkg('vllm')], []);
    expect(estimated.memory_gb).toBe(32);
    expect(estimated.evidence).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'estimate.memory', about: 'memory_gb' })]),
    );
  });

  it('counts an optional group the install instructions name as main, GPU needs included', () => {
    const extra = pkg('flash-attn', {
      scope: 'optional',
      group: 'train',
      ev: ev('py.extras', 1, 'setup.py'),
    });
    expect(gpuOf([manifest, pkg('numpy'), extra])).toMatchObject({ needed: false, requirement: 'optional' });
    const named: Fact = {
      type: 'install-extras',
      extras: ['train'],
      ev: ev('install.extras', 2, 'README.md'),
    };
    const req = inferRequirements([manifest, pkg('numpy'), extra, named], []);
    expect(req.gpu).toMatchObject({ needed: true, requirement: 'required' });
    expect(req.frameworks.find((f) => f.name === 'flash-attn')).toMatchObject({
      scope: 'main',
      group: 'train',
    });
    expect(req.evidence).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'install.extras' })]),
    );
  });

  it('leaves a GPU build offered as its own group beside the plain one an option, even when the README names it', () => {
    const tf = pkg('tensorflow', { scope: 'optional', group: 'tf', ev: ev('py.extras', 1, 'setup.py') });
    const tfGpu = pkg('tensorflow-gpu', {
      scope: 'optional',
      group: 'tf_gpu',
      ev: ev('py.extras', 1, 'setup.py'),
    });
    const named: Fact = {
      type: 'install-extras',
      extras: ['opencv', 'tf_gpu'],
      ev: ev('install.extras', 2, 'README.md'),
    };
    const req = inferRequirements([manifest, pkg('numpy'), tf, tfGpu, named], []);
    expect(req.gpu).toMatchObject({ needed: false });
    expect(req.frameworks.find((f) => f.name === 'tensorflow')).toMatchObject({ scope: 'optional' });
  });

  it('leaves an extra named for the GPU (cuda12x) an option: the package without it is the plain build', () => {
    const rapids = pkg('cudf-cu12', {
      scope: 'optional',
      group: 'cuda12x',
      ev: ev('py.extras', 1, 'pyproject.toml'),
    });
    const named: Fact = {
      type: 'install-extras',
      extras: ['cuda12x'],
      ev: ev('install.extras', 2, 'README.md'),
    };
    const req = inferRequirements([manifest, pkg('pandas'), rapids, named], []);
    expect(req.gpu).toMatchObject({ needed: false });
  });

  it('lists every known package with its scope, category and GPU relation', () => {
    const req = inferRequirements(
      [
        manifest,
        pkg('torch'),
        pkg('wandb', { scope: 'optional', group: 'track' }),
        pkg('pytest', { scope: 'dev', group: 'test' }),
        pkg('ruff', { scope: 'dev', group: 'lint' }),
        pkg('not-known'),
      ],
      [],
    );
    expect(req.frameworks.map((f) => [f.name, f.scope, f.group, f.category, f.gpu_relation])).toEqual([
      ['torch', 'main', null, 'deep-learning', 'benefits'],
      ['wandb', 'optional', 'track', 'experiment-tracking', 'none'],
      ['pytest', 'test', 'test', 'testing', 'none'],
      ['ruff', 'dev', 'lint', 'testing', 'none'],
    ]);
  });

  it('keeps the names a framework was declared under: a GPU build, a conda name, an old name', () => {
    const req = inferRequirements(
      [
        manifest,
        pkg('tensorflow-gpu'),
        pkg('pytorch', { ecosystem: 'conda' }),
        pkg('cudf-cu12'),
        pkg('fbprophet'),
        pkg('Pandas'),
        pkg('cv2', { ev: ev('py.imports', 3, 'main.py') }),
      ],
      [],
    );
    const declared = Object.fromEntries(req.frameworks.map((f) => [f.name, f.declared_as]));
    expect(declared).toEqual({
      tensorflow: ['tensorflow-gpu'],
      torch: ['pytorch'],
      cudf: ['cudf-cu12'],
      prophet: ['fbprophet'],
      pandas: undefined,
      'opencv-python': undefined,
    });
  });

  it('reads a menu of extras, one command each, as options, and one or two named extras as the workload', () => {
    const extras = (names: string[]): Fact[] =>
      names.map((e, i) => ({
        type: 'install-extras',
        extras: [e],
        ev: ev('install.extras', 2, 'README.md', 10 + i),
      }));
    const declared = [
      manifest,
      pkg('transformers', { scope: 'optional', group: 'transformers' }),
      pkg('vllm', { scope: 'optional', group: 'vllm' }),
      pkg('timm', { scope: 'optional', group: 'timm' }),
    ];
    const menu = inferRequirements([...declared, ...extras(['transformers', 'vllm', 'timm'])], []);
    expect(menu.gpu).toMatchObject({ needed: false });
    expect(menu.frameworks.find((f) => f.name === 'vllm')).toMatchObject({ scope: 'optional' });
    const chosen = inferRequirements([...declared, ...extras(['vllm'])], []);
    expect(chosen.gpu).toMatchObject({ needed: true });
  });

  it("does not count the project's own name, installed by its README, as a dependency", () => {
    const setup: Fact = {
      type: 'manifest',
      file: 'setup.py',
      runtime: 'python',
      project: 'stable_baselines3',
    };
    const own = pkg('stable-baselines3', { ev: ev('install.pip', 2, 'README.md') });
    const req = inferRequirements([setup, pkg('torch'), pkg('pandas'), pkg('matplotlib'), own], []);
    expect(req.frameworks.map((f) => f.name)).toEqual(['torch', 'pandas', 'matplotlib']);
    expect(req.gpu).toMatchObject({ needed: false, requirement: 'optional' });
  });

  it('makes the GPU optional when the code falls back to the CPU, or a lone framework sits among data-science packages', () => {
    const fallback: Fact = { type: 'gpu-hint', ev: ev('code.cuda-fallback', 3, 'train.py') };
    expect(gpuOf([manifest, pkg('torch'), fallback])).toMatchObject({
      needed: false,
      requirement: 'optional',
    });
    const cpuDefault: Fact = { type: 'gpu-hint', ev: ev('code.device-cpu-default', 3, 'main.py') };
    expect(gpuOf([manifest, pkg('torch'), cpuDefault])).toMatchObject({
      needed: false,
      requirement: 'optional',
    });
    const ds = [manifest, pkg('tensorflow'), pkg('pandas'), pkg('scikit-learn'), pkg('matplotlib')];
    expect(gpuOf(ds)).toMatchObject({ needed: false, requirement: 'optional' });
    expect(gpuOf(ds).evidence[0]).toMatchObject({ rule: 'pkg.cpu-capable' });
    // A companion that uses the GPU, or an unconditional requirement, keeps the GPU.
    expect(gpuOf([...ds, pkg('torchvision'), gpuMention])).toMatchObject({ requirement: 'recommended' });
    const cudaDefault: Fact = {
      type: 'gpu',
      requirement: 'required',
      ev: ev('code.cuda-default', 3, 'x.py'),
    };
    expect(gpuOf([...ds, cudaDefault])).toMatchObject({ needed: true, requirement: 'required' });
  });

  it('lets code that falls back to the CPU, or a course of notebooks, outweigh README mentions of multi-GPU training', () => {
    const multi: Fact = { type: 'gpu', requirement: 'required', ev: ev('readme.multi-gpu', 3, 'README.md') };
    const fallback: Fact = { type: 'gpu-hint', ev: ev('code.cuda-fallback', 3, 'train.py') };
    expect(gpuOf([manifest, pkg('torch'), multi, fallback])).toMatchObject({ requirement: 'optional' });
    expect(gpuOf([manifest, pkg('torch'), multi, fallback]).evidence[0]).toMatchObject({
      rule: 'code.cuda-fallback',
    });
    expect(gpuOf([manifest, pkg('torch'), multi])).toMatchObject({ requirement: 'required' });
    const cudaDefault: Fact = {
      type: 'gpu',
      requirement: 'required',
      ev: ev('code.cuda-default', 3, 'x.py'),
    };
    expect(gpuOf([manifest, pkg('torch'), multi, fallback, cudaDefault])).toMatchObject({
      requirement: 'required',
    });
    const course: Fact = { type: 'gpu-hint', ev: ev('nb.course', 3, '01_intro.ipynb') };
    expect(gpuOf([manifest, pkg('tensorflow'), pkg('transformers'), course])).toMatchObject({
      needed: false,
      requirement: 'optional',
    });
  });

  it('reads theano as CPU code unless its GPU backend pygpu is there', () => {
    expect(gpuOf([manifest, pkg('theano'), pkg('numpy')])).toMatchObject({
      needed: false,
      requirement: 'none',
    });
    expect(gpuOf([manifest, pkg('theano'), pkg('pygpu')])).toMatchObject({ needed: true });
  });

  it('follows a group that installs the project with other extras (all = ["mypkg[train]"])', () => {
    const extra = (name: string, group: string, extras: string[] = []) =>
      pkg(name, { scope: 'optional', group, extras, ev: ev('py.extras', 1, 'pyproject.toml') });
    const named: Fact = { type: 'install-extras', extras: ['all'], ev: ev('install.extras', 2, 'README.md') };
    const req = inferRequirements(
      [manifest, pkg('numpy'), extra('flash-attn', 'train'), extra('mypkg', 'all', ['train']), named],
      [],
    );
    expect(req.gpu).toMatchObject({ needed: true, requirement: 'required' });
  });

  it('calls a GPU framework under a published library optional, and takes CUDA from the builds extras offer', () => {
    const library: Fact = { type: 'gpu-hint', ev: ev('py.library', 2, 'setup.py') };
    expect(gpuOf([manifest, pkg('torch'), library])).toMatchObject({
      needed: false,
      requirement: 'optional',
    });
    const refuses: Fact = {
      type: 'gpu',
      requirement: 'required',
      ev: ev('code.cuda-check', 2, 'pkg/__init__.py'),
    };
    const extras = ['cu118', 'cu124', 'cu121'].map((group) =>
      pkg('xformers', { scope: 'optional', group, ev: ev('py.extras', 1, 'pyproject.toml') }),
    );
    expect(gpuOf([manifest, pkg('torch'), library, refuses, ...extras])).toMatchObject({
      needed: true,
      requirement: 'required',
      cuda: '12.4',
    });
  });

  it('lets a README that offers the CPU, with code that falls back, outweigh CUDA builds pinned in environment files', () => {
    const pin: Fact = { type: 'gpu', requirement: 'required', ev: ev('py.conda.cuda', 1, 'environment.yml') };
    const says: Fact = {
      type: 'gpu',
      requirement: 'optional',
      ev: ev('readme.gpu-optional', 2, 'README.md'),
    };
    const falls: Fact = { type: 'gpu-hint', ev: ev('code.cuda-fallback', 3, 'main.py') };
    expect(gpuOf([manifest, pin, says, falls])).toMatchObject({ needed: false, requirement: 'optional' });
    expect(gpuOf([manifest, pin, says])).toMatchObject({ needed: true, requirement: 'required' });
  });

  it('lets a --device option that defaults to the CPU outweigh CUDA builds pinned in environment files', () => {
    const pin: Fact = {
      type: 'gpu',
      requirement: 'required',
      ev: ev('py.conda.cuda', 1, 'environment.yaml'),
    };
    const cpu: Fact = { type: 'gpu-hint', ev: ev('code.device-cpu-default', 3, 'txt2img.py') };
    expect(gpuOf([manifest, pin, cpu])).toMatchObject({ needed: false, requirement: 'optional' });
  });

  it('takes the Python an install instruction pins when the declared range admits it', () => {
    const range: Fact = {
      type: 'runtime',
      name: 'python',
      version: '3.8',
      range: '>=3.8',
      ev: ev('py.pyproject', 1, 'pyproject.toml'),
    };
    const readme: Fact = {
      type: 'runtime',
      name: 'python',
      version: '3.10',
      range: null,
      ev: ev('install.conda', 2, 'README.md'),
    };
    const outside: Fact = {
      type: 'runtime',
      name: 'python',
      version: '3.7',
      range: null,
      ev: ev('install.conda', 2, 'README.md'),
    };
    expect(inferRequirements([range, readme], []).runtimes.python).toBe('3.10');
    expect(inferRequirements([range, readme], []).runtime_constraints?.python).toBe('>=3.8');
    expect(inferRequirements([range, outside], []).runtimes.python).toBe('3.8');
    expect(admits('>=3.8,<3.12', '3.11')).toBe(true);
    expect(admits('>=3.8,<3.12', '3.12')).toBe(false);
    expect(admits('^3.9', '3.13')).toBe(true);
  });

  it('reads GPU memory stated in a README that also says the CPU works, with code that falls back, as the GPU case', () => {
    const memory: Fact = {
      type: 'gpu',
      requirement: 'required',
      ev: ev('readme.gpu-memory', 3, 'README.md'),
    };
    const says: Fact = {
      type: 'gpu',
      requirement: 'optional',
      ev: ev('readme.gpu-optional', 2, 'README.md'),
    };
    const falls: Fact = { type: 'gpu-hint', ev: ev('code.cuda-fallback', 3, 'generation.py') };
    expect(gpuOf([manifest, pkg('torch'), memory, says, falls])).toMatchObject({
      needed: false,
      requirement: 'optional',
    });
    expect(gpuOf([manifest, pkg('torch'), memory, falls])).toMatchObject({ needed: true });
  });

  it('lets a CUDA build that is only an option make its .cu sources no requirement', () => {
    const sources: Fact = { type: 'gpu', requirement: 'required', ev: ev('cpp.cuda-sources', 2, 'k.cu') };
    const optIn: Fact = {
      type: 'gpu',
      requirement: 'optional',
      ev: ev('py.setup.cuda-optional', 1, 'setup.py'),
    };
    expect(gpuOf([manifest, pkg('torch'), sources, optIn])).toMatchObject({
      needed: false,
      requirement: 'optional',
    });
  });

  it("takes a major alone (conda's python=3) as a range, and a version a README states inside it", () => {
    const rt = (version: string, range: string | null, rule: RuleId, priority: 0 | 1 | 2 | 3): Fact => ({
      type: 'runtime',
      name: 'python',
      version,
      range,
      ev: ev(rule, priority),
    });
    const req = inferRequirements([rt('3', '==3', 'py.conda', 1), rt('3.5', null, 'readme.python', 3)], []);
    expect(req.runtimes.python).toBe('3.5');
  });
});

describe('a Python range with only an upper bound', () => {
  it('runs the newest major.minor it allows', () => {
    expect(highestAllowed('<=3.12')).toBe('3.12');
    expect(highestAllowed('<3.12')).toBe('3.11');
    expect(highestAllowed('<4')).toBeNull();
    expect(highestAllowed('>=3.8')).toBeNull();
    const conda: Fact = {
      type: 'runtime',
      name: 'python',
      version: null,
      range: '<=3.12',
      ev: ev('py.conda', 1, 'environment.yml'),
    };
    expect(inferRequirements([conda], []).runtimes.python).toBe('3.12');
  });
});

describe('the languages', () => {
  it('shows the launch line that put a language before the shell', () => {
    const launch: Fact = {
      type: 'launches',
      language: 'Python',
      ev: seen('train.sh', 12, 'python -u main.py', 'lang.launcher', 1),
    };
    const languages = [
      { name: 'Python', files: 0, bytes: null },
      { name: 'Shell', files: 1, bytes: 700 },
    ];
    const found = inferRequirements([launch], languages);
    expect(found.languages).toEqual(['Python', 'Shell']);
    expect(found.evidence.filter((e) => e.about === 'languages').map((e) => e.rule)).toEqual([
      'lang.linguist',
      'lang.launcher',
    ]);
    // A launch line beside code that leads on its own is not why the language leads.
    const alone = inferRequirements([launch], [{ name: 'Python', files: 3, bytes: 900 }]);
    expect(alone.evidence.filter((e) => e.rule === 'lang.launcher')).toEqual([]);
  });
});
