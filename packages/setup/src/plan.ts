// From an analysis to a set-up plan: check the repository out, provide the runtime, build the environment from the
// repository's own files (the extras its README installs included), then check that the hardware and the framework
// are what the plan expected, and run the user's own check.
import type { Requirements } from '@envboot/core';
import { FRAMEWORK_CHECKS } from './checks.js';
import type { Arg, Command, SetupPlan, SetupStep } from './model.js';
import { pythonBounds } from './python-range.js';

export interface SetupInput {
  /** The repository as the node should fetch it, and the commit that was analysed. */
  repo: { url: string; commit: string | null };
  requirements: Pick<
    Requirements,
    'gpu' | 'runtimes' | 'runtime_constraints' | 'frameworks' | 'environment_files' | 'install_extras'
  >;
  /** The user's own check, run in the environment at the end (`--check "pytest -x tests/unit"`). */
  check?: string | null;
  /** Where pip finds packages on the node: an index (a mirror), a folder or page of wheels, or only those. */
  pip?: { indexUrl?: string | null; findLinks?: string | null; noIndex?: boolean } | null;
}

const depth = (path: string) => path.split('/').length - 1;
const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/** A folder name for the repository on the node: its last path segment, made safe. */
export function repoName(url: string): string {
  const last =
    url
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split(/[/:]/)
      .pop() ?? '';
  const name = last
    .replace(/\.git$/, '')
    .replace(/[^A-Za-z0-9._-]/g, '-')
    .replace(/^[.-]+/, '');
  return name || 'repository';
}

/** A URL the node may be given: credentials are never written to the node. */
export function publicUrl(url: string): string {
  return url.replace(/^(https?:\/\/)[^@/]+@/, '$1');
}

/** The shallowest files among `paths` (root files, else the least nested ones). */
function shallowest(paths: string[]): string[] {
  if (!paths.length) return [];
  const d = Math.min(...paths.map(depth));
  return paths.filter((p) => depth(p) === d);
}

const PY_REQUIREMENTS = /(^|\/)requirements([-_.]?(main|base|prod|runtime))?\.txt$/i;
const PY_PROJECT = /(^|\/)(pyproject\.toml|setup\.py|setup\.cfg)$/;
const CONDA = /(^|\/)(environment|conda|env)\.ya?ml$/i;

export function planSetup(input: SetupInput): SetupPlan {
  const req = input.requirements;
  const name = repoName(input.repo.url);
  const files = (req.environment_files ?? []).map((f) => f.path);
  const extras = req.install_extras ?? [];
  const steps: SetupStep[] = [];
  const unsupported: SetupPlan['unsupported'] = [];

  steps.push({
    id: 'checkout',
    kind: 'checkout',
    title: input.repo.commit
      ? `Check out ${name} at ${input.repo.commit.slice(0, 12)}`
      : `Check out ${name} (default branch)`,
    why: [input.repo.commit ? 'the analysed commit' : 'the repository'],
    commands: [{ argv: ['envboot_checkout', publicUrl(input.repo.url), input.repo.commit ?? ''] }],
  });

  const conda = shallowest(files.filter((f) => CONDA.test(f)));
  const requirements = shallowest(files.filter((f) => PY_REQUIREMENTS.test(f)));
  const projects = shallowest(files.filter((f) => PY_PROJECT.test(f)));
  const pipfiles = shallowest(files.filter((f) => base(f) === 'Pipfile'));
  const python = conda.length + requirements.length + projects.length + pipfiles.length > 0;
  const pipEnv: Record<string, Arg> = {
    ...(input.pip?.indexUrl ? { PIP_INDEX_URL: input.pip.indexUrl } : {}),
    ...(input.pip?.findLinks ? { PIP_FIND_LINKS: input.pip.findLinks } : {}),
    ...(input.pip?.noIndex ? { PIP_NO_INDEX: '1' } : {}),
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
  };
  const pip = (...args: Arg[]): Command => ({
    argv: [{ dir: 'env', path: 'bin/python' }, '-m', 'pip', 'install', ...args],
    cwd: { dir: 'repo' },
    env: pipEnv,
  });

  if (conda.length) {
    steps.push({
      id: 'conda',
      kind: 'runtime',
      title: 'Conda (the image’s, or Miniforge)',
      why: conda,
      commands: [{ argv: ['envboot_conda'] }],
    });
    steps.push({
      id: 'conda-env',
      kind: 'environment',
      title: `Create the conda environment from ${conda[0]}`,
      why: conda,
      commands: [{ argv: ['envboot_conda_env', { dir: 'repo', path: conda[0] }] }],
    });
  } else if (python) {
    const bounds = pythonBounds(req.runtime_constraints?.python, req.runtimes?.python);
    steps.push({
      id: 'python',
      kind: 'runtime',
      title: `Python ${bounds.min}${bounds.below ? ` (below ${bounds.below})` : ' or newer'} in a virtual environment`,
      why: [req.runtime_constraints?.python ?? req.runtimes?.python ?? 'a Python project'],
      commands: [{ argv: ['envboot_venv', bounds.min, bounds.below ?? ''] }],
    });
  }
  for (const file of requirements)
    steps.push({
      id: stepId('pip', file),
      kind: 'environment',
      title: `Install ${file}`,
      why: [file],
      commands: [pip('-r', { dir: 'repo', path: file })],
    });
  // One install per project folder, whichever of pyproject.toml, setup.py and setup.cfg it has.
  for (const dir of [...new Set(projects.map(dirOf))]) {
    const declared = projects.filter((f) => dirOf(f) === dir);
    const target = `${dir ? `./${dir}` : '.'}${extras.length ? `[${extras.join(',')}]` : ''}`;
    steps.push({
      id: stepId('project', declared[0]!),
      kind: 'environment',
      title: `Install the project (${declared.join(', ')})${extras.length ? ` with ${extras.join(', ')}` : ''}`,
      why: [...declared, ...extras.map((e) => `the README installs [${e}]`)],
      commands: [pip('-e', target)],
    });
  }
  for (const file of pipfiles)
    steps.push({
      id: stepId('pipenv', file),
      kind: 'environment',
      title: `Install ${file} with pipenv`,
      why: [file],
      commands: [
        pip('pipenv'),
        {
          argv: [{ dir: 'env', path: 'bin/pipenv' }, 'install', '--deploy'],
          cwd: { dir: 'repo', path: dirOf(file) },
          env: { ...pipEnv, PIPENV_IGNORE_VIRTUALENVS: '0', VIRTUAL_ENV: { dir: 'env' } },
        },
      ],
    });

  const other: Array<[RegExp, string, string, (file: string) => Command[]]> = [
    [/(^|\/)package\.json$/, 'node', 'Install the Node packages', (f) => [at(f, ['envboot_npm_install'])]],
    [/(^|\/)Cargo\.toml$/, 'rust', 'Build with cargo', (f) => [at(f, ['envboot_cargo_build'])]],
    [
      /(^|\/)go\.mod$/,
      'go',
      'Build with go',
      (f) => [at(f, ['envboot_need', 'go']), at(f, ['go', 'build', './...'])],
    ],
    [
      /(^|\/)Project\.toml$/,
      'julia',
      'Instantiate the Julia project',
      (f) => [
        at(f, ['envboot_need', 'julia']),
        at(f, ['julia', '--project=.', '-e', 'using Pkg; Pkg.instantiate()']),
      ],
    ],
    [
      /(^|\/)pom\.xml$/,
      'maven',
      'Build with Maven',
      (f) => [at(f, ['envboot_need', 'mvn']), at(f, ['mvn', '-q', '-DskipTests', 'package'])],
    ],
    [/(^|\/)DESCRIPTION$/, 'r', 'Install the R package’s dependencies', (f) => [at(f, ['envboot_r_deps'])]],
  ];
  for (const [re, id, title, commands] of other)
    for (const file of shallowest(files.filter((f) => re.test(f))))
      steps.push({
        id: stepId(id, file),
        kind: 'environment',
        title: `${title} (${file})`,
        why: [file],
        commands: commands(file),
      });

  for (const file of files) {
    if (
      /(^|\/)(Dockerfile|Containerfile)([.-][\w.-]+)?$/.test(file) &&
      !steps.some((s) => s.kind === 'environment')
    )
      unsupported.push({
        path: file,
        reason: 'the repository builds a container: set-up does not run container builds',
      });
  }

  steps.push(...checkSteps(input, Boolean(python)));

  const envDir = conda.length ? `.envboot/envs/${name}` : `.venvs/${name}`;
  const activate = !python
    ? `cd ~/${name}`
    : conda.length
      ? `cd ~/${name} && eval "$(conda shell.bash hook)" && conda activate ~/${envDir}`
      : `cd ~/${name} && source ~/${envDir}/bin/activate`;
  return {
    repo: { url: publicUrl(input.repo.url), commit: input.repo.commit, name },
    dirs: { repo: name, env: envDir, state: `.envboot/setup/${name}` },
    steps,
    activate,
    unsupported,
  };
}

/** A command run in the folder of an environment file. */
function at(file: string, argv: Arg[]): Command {
  return { argv, cwd: { dir: 'repo', path: dirOf(file) } };
}

/** "pip", "vit_jax/requirements.txt" → "pip-vit-jax-requirements-txt"; root files keep the short form. */
function stepId(prefix: string, file: string): string {
  if (!file.includes('/')) return prefix;
  return `${prefix}-${dirOf(file)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** The hardware check, the framework checks, then the user's own. */
function checkSteps(input: SetupInput, python: boolean): SetupStep[] {
  const req = input.requirements;
  const steps: SetupStep[] = [];
  if (req.gpu.needed) {
    const count = req.gpu.count ?? 1;
    steps.push({
      id: 'check-gpu',
      kind: 'check',
      title: `${count} GPU${count > 1 ? 's' : ''} visible to the driver (nvidia-smi)`,
      why: ['the analysis needs a GPU'],
      commands: [{ argv: ['envboot_check_gpus', String(count)] }],
    });
    const main = new Set(req.frameworks.filter((f) => (f.scope ?? 'main') === 'main').map((f) => f.name));
    if (python)
      for (const [framework, program] of Object.entries(FRAMEWORK_CHECKS))
        if (main.has(framework))
          steps.push({
            id: `check-${framework}`,
            kind: 'check',
            title: `${framework} sees the GPU`,
            why: [`${framework} is part of the environment`],
            commands: [{ argv: [{ dir: 'env', path: 'bin/python' }, '-c', program], cwd: { dir: 'repo' } }],
          });
  }
  if (input.check)
    steps.push({
      id: 'check-user',
      kind: 'check',
      title: `Your check: ${input.check}`,
      why: ['--check'],
      commands: [{ argv: ['envboot_in_env', 'bash', '-c', input.check], cwd: { dir: 'repo' } }],
    });
  return steps;
}
