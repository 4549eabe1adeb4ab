import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../../test/helpers/detect.js';
import { condaDetector, isCondaFile, parseCondaSpec } from './conda.js';

describe('conda environments', () => {
  it('recognises environment file names, including the non-standard ones', () => {
    for (const p of [
      'environment.yml',
      'environment.yaml',
      'conda.yaml',
      'env.yml',
      'environment-gpu.yml',
      'envs/torch.conda.yml',
      'env/SE3nv.yml',
      'conda/linux-cuda.yaml',
      'conda-environments/DLC-GPU.yaml',
      'conda_envs/cpu.yml',
    ])
      expect(isCondaFile(p)).toBe(true);
    for (const p of [
      'docker-compose.yml',
      '.github/workflows/ci.yml',
      'config.yaml',
      'configs/env/train.json',
      'conda-recipes/meta.yaml.json',
    ])
      expect(isCondaFile(p)).toBe(false);
  });

  it('reads an explicit spec file: Python and packages from the URLs, CUDA builds as hints', async () => {
    const facts = await factsOf(condaDetector, {
      'spec-file.txt':
        '# This file may be used to create an environment using:\n# $ conda create --name <env> --file <this file>\n@EXPLICIT\nhttps://repo.anaconda.com/pkgs/main/linux-64/python-3.7.13-h12debd9_0.conda\nhttps://conda.anaconda.org/pytorch/linux-64/pytorch-1.12.1-py3.7_cuda11.3_cudnn8.3.2_0.tar.bz2\nhttps://repo.anaconda.com/pkgs/main/noarch/python-dateutil-2.8.2-pyhd3eb1b0_0.conda\n',
      'notes-conda.txt': 'https://repo.anaconda.com/pkgs/main/linux-64/python-3.9.1-h1_0.conda\n',
    });
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version, r.ev.line])).toEqual([
      ['python', '3.7.13', 4],
    ]);
    // A snapshot of the author's machine: its CUDA builds hint at a GPU, they do not require one, but the CUDA
    // they pin is still the version to install (a weak statement, not a requirement).
    expect(ofType(facts, 'cuda').map((c) => [c.version, c.ev.priority])).toEqual([['11.3', 3]]);
    expect(ofType(facts, 'gpu-hint').map((h) => h.ev.line)).toEqual([5]);
    expect(ofType(facts, 'package').map((p) => [p.name, p.version])).toEqual([
      ['torch', '1.12.1'],
      ['python-dateutil', '2.8.2'],
    ]);
  });

  it('reports only the known packages of an exported environment, every package pinned with its build', async () => {
    const pins = [
      'backcall=0.2.0=pyhd3eb1b0_0',
      'pickleshare=0.7.5=pyhd3eb1b0_1003',
      'numpy=1.21.5=py37h6c91a56_3',
    ];
    const more = Array.from({ length: 8 }, (_, i) => `wcwidth${i}=0.2.5=pyhd3eb1b0_0`);
    const facts = await factsOf(condaDetector, {
      'environment.yml': `name: x\ndependencies:\n${[...pins, ...more].map((p) => `  - ${p}\n`).join('')}`,
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['numpy']);
  });

  it('names a git URL of the pip: section by its repository, as a requirements file does', async () => {
    const env = [
      'dependencies:',
      '  - python=3.9',
      '  - pip:',
      '      - git+https://github.com/Dao-AILab/flash-attention.git@5b838a8',
      '      - git+https://github.com/NVIDIA/dllogger.git',
    ].join('\n');
    const facts = await factsOf(condaDetector, { 'env/SE3nv.yml': env });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['flash-attention', 'dllogger']);
  });

  it.each([
    ['python=3.9', { name: 'python', spec: '==3.9', build: null }],
    [
      'pytorch=1.12.1=py3.9_cuda11.3_cudnn8.3.2_0',
      { name: 'pytorch', spec: '==1.12.1', build: 'py3.9_cuda11.3_cudnn8.3.2_0' },
    ],
    ['conda-forge::numpy>=1.24', { name: 'numpy', spec: '>=1.24' }],
    ['cudatoolkit', { name: 'cudatoolkit', spec: null }],
    ['scipy 1.11.*', { name: 'scipy', spec: '==1.11' }],
  ])('parses %s', (text, expected) => {
    expect(parseCondaSpec(text)).toMatchObject(expected);
  });

  it('gives Python, CUDA from cudatoolkit and build strings, packages under PyPI names, and the pip section', async () => {
    const facts = await factsOf(condaDetector, {
      'environment.yml':
        'channels: [pytorch, nvidia]\ndependencies:\n  - python=3.9\n  - pytorch=1.12.1=py3.9_cuda11.3_0\n  - cudatoolkit=11.3\n  - r-base=4.2\n  - pip:\n      - transformers==4.30.0\n',
    });
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toEqual([
      ['python', '3.9'],
      ['r', '4.2'],
    ]);
    expect(ofType(facts, 'gpu-hint')).toEqual([
      expect.objectContaining({ ev: expect.objectContaining({ line: 1, seen: 'channel nvidia' }) }),
    ]);
    expect(ofType(facts, 'cuda').map((c) => [c.version, c.ev.rule, c.ev.line])).toEqual([
      ['11.3', 'py.conda.cuda', 4],
      ['11.3', 'py.conda.cuda', 5],
    ]);
    expect(ofType(facts, 'package').map((p) => [p.name, p.ecosystem, p.variant?.kind ?? null])).toEqual([
      ['torch', 'conda', 'cuda'],
      ['transformers', 'pypi', null],
    ]);
  });

  it('makes conda pytorch a CPU build when cpuonly is there', async () => {
    const facts = await factsOf(condaDetector, {
      'environment.yml': 'dependencies:\n  - pytorch\n  - torchvision\n  - cpuonly\n',
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.variant?.kind])).toEqual([
      ['torch', 'cpu'],
      ['torchvision', 'cpu'],
    ]);
  });

  it('ignores files that are not environments', async () => {
    expect(await factsOf(condaDetector, { 'environment.yml': 'just: [a, list]\n' })).toEqual([]);
    expect(await factsOf(condaDetector, { 'environment.yml': 'dependencies: [a\n' })).toEqual([]);
  });

  it('reads a YAML file of another name at the top or under scripts/ when it is an environment, and nothing from other YAML', async () => {
    const env =
      'name: RoseTTAFold\nchannels:\n  - pytorch\n  - nvidia\ndependencies:\n  - python=3.8\n  - cudatoolkit=11.1\n  - pip:\n    - dgl-cu110==0.6.1\n';
    const facts = await factsOf(condaDetector, {
      'RoseTTAFold-linux.yml': env,
      'scripts/rome.yml': 'name: rome\nchannels: [defaults]\ndependencies:\n  - python=3.9.7\n',
      'configs/model.yml': 'name: gpt2\nchannels: [a]\ndependencies:\n  - python=3.6\n',
      'mkdocs.yml': 'site_name: x\n',
      'tasks.yml': 'dependencies:\n  - build\n',
      'broken.yml': 'dependencies: [a\n',
    });
    expect(ofType(facts, 'manifest').map((m) => m.file)).toEqual([
      'RoseTTAFold-linux.yml',
      'scripts/rome.yml',
    ]);
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['11.1']);
    expect(ofType(facts, 'package').map((p) => p.name)).toContain('dgl-cu110');
  });

  it("reads the pytorch channel's cuda100 selector as CUDA 10.0, and conda's pytorch-scatter as torch-scatter", async () => {
    const facts = await factsOf(condaDetector, {
      'environment.yml':
        'name: yolact\nchannels: [pytorch]\ndependencies:\n  - python==3.7\n  - pytorch::cuda100\n  - pytorch-scatter\n',
    });
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['10.0']);
    expect(ofType(facts, 'package').map((p) => p.name)).toContain('torch-scatter');
  });
});
