import { describe, expect, it } from '@jest/globals';
import type { Requirements } from '@envboot/core';
import { planSetup, publicUrl, pythonBounds, repoName, type SetupInput } from '../src/index.js';

type Req = SetupInput['requirements'];
const gpu = (needed: boolean, count: number | null = null): Req['gpu'] =>
  ({ needed, count, requirement: needed ? 'required' : 'none' }) as Requirements['gpu'];
const framework = (name: string, scope = 'main') =>
  ({ name, version: null, ecosystem: 'pypi', scope }) as unknown as Requirements['frameworks'][number];
const req = (over: Partial<Req> = {}): Req => ({
  gpu: gpu(false),
  runtimes: { python: '3.10' },
  runtime_constraints: {},
  frameworks: [],
  environment_files: [],
  install_extras: [],
  ...over,
});
const files = (...paths: string[]) => paths.map((path) => ({ path, runtime: 'python' }));
const ids = (input: SetupInput) => planSetup(input).steps.map((s) => s.id);
const repo = { url: 'https://github.com/owner/proj.git', commit: '0123456789abcdef0123456789abcdef01234567' };

describe('the set-up plan', () => {
  it('checks out, makes a venv, installs requirements and the project with the extras the README installs', () => {
    const plan = planSetup({
      repo,
      requirements: req({
        environment_files: files('requirements.txt', 'pyproject.toml', 'docs/requirements.txt'),
        install_extras: ['train'],
      }),
    });
    expect(plan.steps.map((s) => [s.id, s.kind])).toEqual([
      ['checkout', 'checkout'],
      ['python', 'runtime'],
      ['pip', 'environment'],
      ['project', 'environment'],
    ]);
    expect(plan.steps[3]!.commands[0]!.argv.slice(-2)).toEqual(['-e', '.[train]']);
    expect(plan.steps[3]!.why).toContain('the README installs [train]');
    expect(plan.activate).toBe('cd ~/proj && source ~/.venvs/proj/bin/activate');
    expect(plan.dirs).toEqual({ repo: 'proj', env: '.venvs/proj', state: '.envboot/setup/proj' });
  });

  it('builds a conda environment from environment.yml, and the Node, Rust and Go projects beside it', () => {
    expect(
      ids({
        repo,
        requirements: req({
          environment_files: [
            ...files('environment.yml'),
            { path: 'web/package.json', runtime: 'node' },
            { path: 'Cargo.toml', runtime: 'rust' },
            { path: 'go.mod', runtime: 'go' },
          ],
        }),
      }),
    ).toEqual(['checkout', 'conda', 'conda-env', 'node-web', 'rust', 'go']);
  });

  it('checks the GPUs, the frameworks that can see them, and runs the user check last', () => {
    const steps = planSetup({
      repo,
      requirements: req({
        gpu: gpu(true, 2),
        environment_files: files('requirements.txt'),
        frameworks: [framework('torch'), framework('jax', 'optional')],
      }),
      check: 'pytest -x tests/unit',
    }).steps;
    expect(steps.slice(-3).map((s) => s.id)).toEqual(['check-gpu', 'check-torch', 'check-user']);
    expect(steps.at(-3)!.commands[0]!.argv).toEqual(['envboot_check_gpus', '2']);
    expect(steps.at(-1)!.commands[0]!.argv).toEqual(['envboot_in_env', 'bash', '-c', 'pytest -x tests/unit']);
  });

  it('never gives the node credentials, and names the folder after the repository', () => {
    expect(publicUrl('https://user:secret@github.com/o/r.git')).toBe('https://github.com/o/r.git');
    expect(repoName('https://github.com/o/My Repo.git')).toBe('My-Repo');
    expect(repoName('git@github.com:o/r.git')).toBe('r');
    const plan = planSetup({
      repo: { url: 'https://u:tok@x.org/o/r.git', commit: null },
      requirements: req(),
    });
    expect(JSON.stringify(plan)).not.toContain('tok');
  });

  it('says which environment files it does not install', () => {
    const plan = planSetup({
      repo,
      requirements: req({ environment_files: [{ path: 'Dockerfile', runtime: 'docker' }] }),
    });
    expect(plan.unsupported).toEqual([{ path: 'Dockerfile', reason: expect.stringContaining('container') }]);
  });
});

describe('Python bounds', () => {
  it.each([
    ['>=3.9,<3.14', null, { min: '3.9', below: '3.14' }],
    ['^3.11', null, { min: '3.11', below: '4.0' }],
    ['~=3.8', null, { min: '3.8', below: '4.0' }],
    ['==3.10.*', null, { min: '3.10', below: '3.11' }],
    [null, '3.10', { min: '3.10', below: null }],
    [null, null, { min: '3.8', below: null }],
  ])('%s / %s', (range, version, bounds) => {
    expect(pythonBounds(range, version)).toEqual(bounds);
  });
});
