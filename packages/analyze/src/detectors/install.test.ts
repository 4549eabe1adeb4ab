import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { dockerDetector } from './docker.js';
import { commandLines, installDetector } from './install.js';
import { urlPackageName } from './urls.js';

describe('install instructions', () => {
  it('names a cloned repository installed from its directory by the package it publishes', async () => {
    const guide = [
      '```bash',
      'git clone https://github.com/Dao-AILab/flash-attention',
      'cd flash-attention',
      'python setup.py install',
      'cd csrc/rotary && pip install .',
      'git clone https://github.com/someone/not-a-package.git && cd not-a-package && pip install -e .',
      '```',
    ].join('\n');
    const facts = ofType(await factsOf(installDetector, { 'README.md': guide }), 'package');
    expect(facts.map((p) => [p.name, p.ev.rule, p.ev.line])).toEqual([['flash-attn', 'install.clone', 4]]);
  });

  it('makes a cloned package its section recommends an optional group', async () => {
    const guide = [
      '#### xformers',
      'For more efficiency and speed on GPUs, we highly recommend installing xformers.',
      '```bash',
      'git clone https://github.com/facebookresearch/xformers.git',
      'cd xformers',
      'pip install -e .',
      '```',
    ].join('\n');
    const facts = ofType(await factsOf(installDetector, { 'README.md': guide }), 'package');
    expect(facts.map((p) => [p.name, p.scope, p.group])).toEqual([['xformers', 'optional', 'source-build']]);
  });

  it('reads commands only from code blocks, literal blocks and prompt lines, joining continuations', () => {
    const text = [
      'Run pip install numpy to get started.',
      '```bash',
      'pip install torch \\',
      '  transformers',
      '```',
      '$ conda create -n env python=3.10',
      'Install it::',
      '',
      '    pip install jax',
      'Back to prose, pip install nothing.',
    ].join('\n');
    expect(commandLines(text)).toEqual([
      { line: 3, text: 'pip install torch transformers' },
      { line: 6, text: '$ conda create -n env python=3.10' },
      { line: 9, text: 'pip install jax' },
    ]);
  });

  it('reads an install command indented as a Markdown code block after a blank line, not indented prose', () => {
    const text = [
      'If you want it with RabbitMQ',
      '',
      '    pip install -U dramatiq[rabbitmq, watch]',
      '',
      '    then read on',
    ].join('\n');
    expect(commandLines(text)).toEqual([{ line: 3, text: 'pip install -U dramatiq[rabbitmq, watch]' }]);
  });

  it('makes a GPU build offered beside the plain build of its framework an optional group', async () => {
    const facts = await factsOf(installDetector, {
      'INSTALL.md': [
        '```',
        'pip3 install tensorflow==1.14.0',
        '```',
        'or',
        '```',
        'pip3 install tensorflow-gpu==1.14.0',
        '```',
      ].join('\n'),
      'README.md': ['```', 'pip install faiss-gpu', '```'].join('\n'),
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.scope, p.group ?? null, p.ev.rule])).toEqual([
      ['faiss-gpu', 'main', null, 'install.pip'],
      ['tensorflow', 'main', null, 'install.pip'],
      ['tensorflow-gpu', 'optional', 'gpu', 'install.gpu-alternative'],
    ]);
  });

  it('reads an install command written as inline code', () => {
    const text =
      '- torch 2.1.1 + cu118\n  - `pip install torch==2.1.1 --index-url https://download.pytorch.org/whl/cu118`\n- run `python main.py`\n';
    expect(commandLines(text)).toEqual([
      { line: 2, text: 'pip install torch==2.1.1 --index-url https://download.pytorch.org/whl/cu118' },
    ]);
  });

  it('reads no packages from a comment after a command', async () => {
    const facts = await factsOf(installDetector, {
      'README.md': [
        '```',
        'pip install -e ".[gpu]"  # or pip install -e . if no NVIDIA GPU',
        'pip install modin[all] # Install Modin with Ray',
        "pip install 'git+https://x/y.git#subdirectory=api'",
        '```',
      ].join('\n'),
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['modin', 'y']);
  });

  it('keeps extras written with spaces with their target', async () => {
    const facts = await factsOf(installDetector, {
      'README.md': [
        '```',
        'pip install -e ". [train]"',
        'pip install -e ".[train, eval]"',
        'pip install . [gpu]',
        'pip install dramatiq[rabbitmq, watch]',
        '```',
      ].join('\n'),
    });
    expect(ofType(facts, 'install-extras').map((f) => f.extras)).toEqual([
      ['train'],
      ['train', 'eval'],
      ['gpu'],
      ['rabbitmq', 'watch'],
    ]);
  });

  it('turns pip lines into packages, with the build a wheel index picks, and names the extras they select', async () => {
    const facts = await factsOf(installDetector, {
      'README.md': [
        '```',
        'pip install -e ".[train,eval]"',
        'pip install torch==2.1.0 torchvision --index-url https://download.pytorch.org/whl/cu121',
        'pip install -r requirements.txt && pip install "flash-attn>=2" --no-build-isolation',
        '```',
      ].join('\n'),
    });
    expect(ofType(facts, 'install-extras').map((f) => f.extras)).toEqual([['train', 'eval']]);
    const packages = ofType(facts, 'package');
    expect(packages.map((p) => [p.name, p.version, p.variant?.kind ?? null])).toEqual([
      ['torch', '2.1.0', 'cuda'],
      ['torchvision', null, 'cuda'],
      ['flash-attn', '>=2', null],
    ]);
    expect(packages[0]!.ev).toMatchObject({ file: 'README.md', line: 3, rule: 'install.pip' });
    expect(ofType(facts, 'cuda').map((f) => f.version)).toEqual(['12.1']);
  });

  it('reads conda create and install lines: the Python version, CUDA pins and packages', async () => {
    const facts = await factsOf(installDetector, {
      'docs/installation.md': [
        '```shell',
        'conda create -n myenv python=3.9 -y',
        'conda install -c pytorch -c nvidia pytorch=2.0 pytorch-cuda=11.8',
        '```',
      ].join('\n'),
    });
    expect(ofType(facts, 'runtime')).toEqual([
      expect.objectContaining({
        name: 'python',
        version: '3.9',
        ev: expect.objectContaining({ rule: 'install.conda' }),
      }),
    ]);
    expect(ofType(facts, 'cuda').map((f) => f.version)).toEqual(['11.8']);
    expect(ofType(facts, 'package').map((p) => [p.ecosystem, p.name])).toEqual([['conda', 'torch']]);
  });

  it('reads an install guide kept in a readme/ folder', async () => {
    const facts = await factsOf(installDetector, {
      'readme/INSTALL.md':
        '1. Install pytorch0.4.1:\n\n    ~~~\n    conda install pytorch=0.4.1 torchvision -c pytorch\n    ~~~\n',
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.version])).toEqual([
      ['torch', '0.4.1'],
      ['torchvision', null],
    ]);
  });

  it('reads conda lines and project extras in Dockerfile RUN lines', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile: [
        'FROM continuumio/miniconda3',
        'RUN conda install -y python=3.11 numpy && pip install -e .[gpu]',
      ].join('\n'),
    });
    expect(ofType(facts, 'install-extras').map((f) => f.extras)).toEqual([['gpu']]);
    expect(ofType(facts, 'runtime').find((r) => r.ev.rule === 'install.conda')?.version).toBe('3.11');
    expect(ofType(facts, 'package').map((p) => p.name)).toContain('numpy');
  });

  it('names the package a wheel, an archive or a VCS URL installs', () => {
    expect(
      urlPackageName(
        'https://storage.googleapis.com/tensorflow/linux/gpu/tensorflow-0.8.0-cp27-none-linux_x86_64.whl',
      ),
    ).toBe('tensorflow');
    expect(urlPackageName('git+git://github.com/fchollet/keras.git@1.0.3')).toBe('keras');
    expect(urlPackageName('git+https://github.com/org/repo.git#egg=real_name')).toBe('real_name');
    expect(urlPackageName('https://example.org/dist/some_pkg-2.1.tar.gz')).toBe('some_pkg');
    expect(urlPackageName('https://example.org/page')).toBeNull();
  });

  it('reads the packages of pip lines with options before install, and of URLs, in a Dockerfile', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile:
        'FROM ubuntu:22.04\nARG V=0.8.0\nRUN pip --no-cache-dir install \\\n  https://x.org/tensorflow-${V}-cp27-none-linux_x86_64.whl\nRUN pip install git+https://github.com/fchollet/keras.git@1.0.3\n',
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['tensorflow', 'keras']);
  });

  it('reads the Python that pyenv sets up', async () => {
    const facts = await factsOf(installDetector, { 'README.md': '```bash\npyenv local 3.8.13\n```\n' });
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version, r.ev.rule])).toEqual([
      ['python', '3.8', 'install.pyenv'],
    ]);
  });

  it.each([
    ['virtualenv venv --python=python3.6', '3.6'],
    ['virtualenv -p /usr/bin/python3.5 /opt/venv', '3.5'],
    ['python3.9 -m venv .venv', '3.9'],
    ['uv venv openr1 --python 3.11 && source openr1/bin/activate', '3.11'],
  ])('reads the Python a virtual environment is made with: %s', async (command, version) => {
    const facts = await factsOf(installDetector, { 'README.md': `\`\`\`bash\n${command}\n\`\`\`\n` });
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version, r.ev.rule])).toEqual([
      ['python', version, 'install.venv'],
    ]);
  });

  it('reads no Python from a virtual environment made with the default one', async () => {
    const facts = await factsOf(installDetector, {
      'README.md': '```bash\nvirtualenv -p python3 venv\npython -m venv env\n```\n',
    });
    expect(ofType(facts, 'runtime')).toEqual([]);
  });

  it("reads every script of a repository whose code is scripts, with the script's own variables expanded", async () => {
    const script =
      '#!/bin/bash\nAPT_INSTALL="apt-get install -y --no-install-recommends"\nPIP_INSTALL="python -m pip --no-cache-dir install --upgrade"\nDEBIAN_FRONTEND=noninteractive sudo $APT_INSTALL \\\n    python3.9 \\\n    python3.9-venv\n$PIP_INSTALL torch==2.0.1 jupyterlab\n';
    const facts = await factsOf(installDetector, {
      'README.md': '# ML box\n',
      'ubuntu-20/ml_in_a_box.sh': script,
    });
    expect(ofType(facts, 'runtime').map((r) => [r.version, r.ev.rule, r.ev.line])).toEqual([
      ['3.9', 'install.system-python', 4],
    ]);
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['torch', 'jupyterlab']);
    // Beside code of another language, only the scripts named for setting up are read.
    const withCode = await factsOf(installDetector, {
      'ubuntu-20/ml_in_a_box.sh': script,
      'train.py': 'import torch\n',
    });
    expect(ofType(withCode, 'runtime')).toEqual([]);
  });

  it('reads the C and C++ libraries a compiled project installs to build against', async () => {
    const readme =
      '## Build\n```sh\nsudo apt install libncursesw5-dev autotools-dev autoconf build-essential\nsudo dnf install libcurl-devel\nbrew install ncurses cmake\n```\n';
    const facts = await factsOf(installDetector, { 'README.md': readme, 'configure.ac': 'AC_INIT([top])\n' });
    expect(
      ofType(facts, 'package')
        .filter((p) => p.ecosystem === 'native')
        .map((p) => [p.name, p.ev.rule]),
    ).toEqual([
      ['libncursesw5-dev', 'install.system-library'],
      ['libcurl-devel', 'install.system-library'],
      ['ncurses', 'install.system-library'],
    ]);
    // A project that compiles nothing installs system libraries for its tools, not as its stack.
    const python = await factsOf(installDetector, { 'README.md': readme, 'app.py': 'import curses\n' });
    expect(ofType(python, 'package').filter((p) => p.ecosystem === 'native')).toEqual([]);
  });

  it('reads a Singularity recipe as a setup script', async () => {
    const facts = await factsOf(installDetector, {
      'keras.def':
        'Bootstrap: docker\nFrom: nvidia/cuda:10.0-cudnn7-devel\n%post\n  virtualenv -p /usr/bin/python3.6 /opt/venv\n  pip install keras==2.2.4\n',
      'notes.def': 'pip install not-a-recipe\n',
    });
    expect(ofType(facts, 'runtime').map((r) => [r.version, r.ev.file])).toEqual([['3.6', 'keras.def']]);
    expect(ofType(facts, 'package').map((p) => [p.name, p.ev.file])).toEqual([['keras', 'keras.def']]);
  });

  it('reads the commands of a setup script, continuation lines joined', async () => {
    const facts = await factsOf(installDetector, {
      'setup/create_env.sh':
        '#!/bin/bash\n# pip install not-this\nconda create -n lingua python=3.11 -y\npip install \\\n  git+https://github.com/facebookresearch/xformers.git@d394#egg=xformers\n',
      'scripts/train.sh': 'pip install ignored-here\n',
      'train.py': 'import torch\n',
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.ev.file, p.ev.line])).toEqual([
      ['xformers', 'setup/create_env.sh', 4],
    ]);
    expect(ofType(facts, 'runtime').map((r) => r.version)).toEqual(['3.11']);
  });
});
