import { describe, expect, it } from '@jest/globals';
import { Tree } from './tree.js';
import { bare, factsOf, ofType } from '../../test/helpers/detect.js';
import { proseOf, readmeDetector, readmeFiles, readmeLineFacts } from './readme.js';

const facts = (line: string) => bare(readmeLineFacts('README.md', 1, line));

describe('README statements', () => {
  it.each([
    [
      'We trained on 8x A100 80GB GPUs.',
      [
        { type: 'gpu', requirement: 'required' },
        { type: 'gpu-count', count: 8 },
        { type: 'gpu-model', model: 'A100' },
        { type: 'gpu-memory', gb: 80 },
      ],
    ],
    [
      'Tested on four V100 GPUs.',
      [
        { type: 'gpu', requirement: 'required' },
        { type: 'gpu-count', count: 4 },
        { type: 'gpu-model', model: 'V100' },
      ],
    ],
    [
      'It needs at least 16 GB of GPU memory.',
      [
        { type: 'gpu-memory', gb: 16 },
        { type: 'gpu', requirement: 'required' },
      ],
    ],
    [
      'You need 64 GB RAM and 2 TB of free disk space.',
      [
        { type: 'memory', gb: 64 },
        { type: 'disk', gb: 2048 },
      ],
    ],
    ['The dataset is about 150 GB.', [{ type: 'disk', gb: 150 }]],
    [
      'Tested with CUDA 11.8 and Python 3.10 on Ubuntu 20.04.',
      [
        { type: 'cuda', version: '11.8' },
        { type: 'runtime', name: 'python', version: '3.10', range: null },
        { type: 'os', os: 'ubuntu20.04' },
      ],
    ],
    ['Runs on CPU only; no GPU required.', [{ type: 'gpu', requirement: 'none' }]],
    ['A GPU is optional but speeds up training.', [{ type: 'gpu', requirement: 'optional' }]],
    ['An NVIDIA GPU is required.', [{ type: 'gpu', requirement: 'required' }]],
    [
      'Training uses DistributedDataParallel across the node.',
      [
        { type: 'gpu-count', count: 2 },
        { type: 'gpu', requirement: 'required' },
      ],
    ],
    // What the code can do with several GPUs, a feature in a list, a title: no need.
    ['Supports multi-GPU training.', []],
    ['- :zap: multi-GPU training with pytorch-lightning', []],
    ['Distributed Training', []],
    ['Training takes about 12 hours.', [{ type: 'duration', minutes: 720 }]],
    ['Distributed over 4 nodes.', [{ type: 'nodes', count: 4 }]],
    ['Runs on ARM64 only.', [{ type: 'arch', arch: 'aarch64' }]],
    ['(arm64 images are experimental and only available for `rocker/r-ver` 4.1.0 or later).', []],
    ['docker run --gpus all nvidia/cuda:11.0-base nvidia-smi', []],
    ['Install the CPU-only build for laptops: pip install torch', []],
    // A recommendation, an aside marked optional, a condition: a GPU that helps, or no statement.
    [
      'While not required, for optimal performance it is highly recommended to run the code using a CUDA enabled GPU.',
      [{ type: 'gpu', requirement: 'optional' }],
    ],
    [
      '1. (Optional) Create an Azure Data Science Virtual Machine with e.g. a V100 GPU.',
      [{ type: 'gpu-model', model: 'V100' }, { type: 'gpu-hint' }, { type: 'gpu', requirement: 'optional' }],
    ],
    ['If you need a GPU: Runtime > Change runtime type.', []],
    [
      'The Res152 model takes about 52 hours to finish training on 128 V100s.',
      [
        { type: 'gpu', requirement: 'required' },
        { type: 'gpu-count', count: 128 },
        { type: 'gpu-model', model: 'V100' },
        { type: 'duration', minutes: 3120 },
      ],
    ],
  ])('%s', (line, expected) => {
    expect(facts(line)).toEqual(expected);
  });

  it('reads prose, not code blocks', async () => {
    const found = await factsOf(readmeDetector, {
      'README.md': '# x\n\n```\nWe trained on 8x A100.\n```\n\nNeeds 32 GB of RAM.\n',
    });
    expect(ofType(found, 'memory')).toEqual([
      expect.objectContaining({ gb: 32, ev: expect.objectContaining({ line: 7 }) }),
    ]);
    expect(ofType(found, 'gpu-count')).toEqual([]);
  });

  it.each([
    ['This code does not require any special hardware.', 'none'],
    ['It runs fine on a CPU; if you have a GPU, training will be faster.', 'optional'],
    ['A GPU is not required.', 'none'],
    ['- CUDA enabled computing device', 'required'],
    ['A CUDA-capable device is required for training.', 'required'],
    ['If you have a CUDA-enabled device, training is faster.', 'optional'],
    ['Use a CUDA-capable GPU if one is available.', 'optional'],
  ])('reads "%s" as GPU %s', (line, requirement) => {
    expect(facts(line)).toEqual([{ type: 'gpu', requirement }]);
  });

  it('reads "no GPU needed" about a demo or Colab notebook as saying nothing about the code', () => {
    expect(facts('Run our interactive demo in a [Colab notebook](https://x.org) (no GPU needed):')).toEqual(
      [],
    );
    expect(facts('Training code: no GPU needed.')).toEqual([{ type: 'gpu', requirement: 'none' }]);
  });

  it("reads the authors' cluster as what one node must have, and a plainer count as stronger", () => {
    const total = readmeLineFacts('README.md', 1, 'We trained on 64 A100 GPUs in total across 8 nodes.');
    expect(ofType(total, 'gpu-count')).toEqual([
      expect.objectContaining({ count: 8, ev: expect.objectContaining({ rule: 'readme.cluster' }) }),
    ]);
    expect(ofType(total, 'nodes')).toEqual([expect.objectContaining({ count: 8 })]);
    const perNode = readmeLineFacts('README.md', 1, 'Experiments used 4 nodes with 8 GPUs each.');
    expect(ofType(perNode, 'gpu-count').map((f) => f.count)).toEqual([8]);
    const plain = readmeLineFacts('README.md', 1, 'Inference needs one A100 GPU.');
    expect(ofType(plain, 'gpu-count')).toEqual([
      expect.objectContaining({ count: 1, ev: expect.objectContaining({ rule: 'readme.gpu-count-model' }) }),
    ]);
  });

  it('reads prose only: badges, link targets, URLs, HTML and inline code are dropped', async () => {
    expect(proseOf('[![GPU](https://img.shields.io/badge/GPU-8xA100-green)](https://x.org) Fast')).toBe(
      '  Fast',
    );
    expect(proseOf('See [the H100 notes](https://example.org/h100-8x) and `--gpus 8`.')).toBe(
      'See the H100 notes and  .',
    );
    const found = await factsOf(readmeDetector, {
      'README.md':
        '[![A100](https://img.shields.io/badge/tested%20on-8x%20A100-blue)](https://ci.example.org)\n<img src="a100-4x.png" alt="4x A100 cluster">\nSee https://example.org/runs/8xV100 for logs.\n',
    });
    expect(found.filter((f) => f.type.startsWith('gpu'))).toEqual([]);
  });

  it('reads versions from badge alt text and inline code, and packages from inline requirements, never GPUs', async () => {
    const found = await factsOf(readmeDetector, {
      'README.md':
        '[![Python 3.8+](https://img.shields.io/badge/python-3.8+-blue.svg)](https://python.org)\nThe code requires `python>=3.8`, as well as `pytorch>=1.7` and `torchvision>=0.8` and `--gpus=8`.\n',
    });
    expect(ofType(found, 'runtime').map((r) => [r.version, r.ev.line])).toEqual([
      ['3.8', 1],
      ['3.8', 2],
    ]);
    expect(ofType(found, 'package').map((p) => [p.name, p.version, p.ev.rule])).toEqual([
      ['pytorch', '>=1.7', 'readme.requirement'],
      ['torchvision', '>=0.8', 'readme.requirement'],
    ]);
    expect(found.filter((f) => f.type.startsWith('gpu'))).toEqual([]);
  });

  it('reads training guides at the root too, and "N-GPU nodes" as GPUs per node', async () => {
    const found = await factsOf(readmeDetector, {
      'TRAINING.md': 'ConvNeXt-T training on ImageNet-1K with 4 8-GPU nodes:\n',
    });
    expect(ofType(found, 'gpu-count')).toEqual([
      expect.objectContaining({ count: 8, ev: expect.objectContaining({ file: 'TRAINING.md', line: 1 }) }),
    ]);
  });

  it('reads "N <GPU> nodes (M GPUs)" as nodes of that GPU, the GPUs divided over them', () => {
    const found = readmeLineFacts(
      'README.md',
      1,
      'Run training on 4 A100-80GB nodes (32 GPUs) in a SLURM cluster:',
    );
    expect(ofType(found, 'gpu-count')).toEqual([
      expect.objectContaining({ count: 8, ev: expect.objectContaining({ rule: 'readme.cluster' }) }),
    ]);
    expect(ofType(found, 'gpu-model').map((f) => f.model)).toEqual(['A100']);
    expect(ofType(found, 'gpu-memory').map((f) => f.gb)).toEqual([80]);
  });

  it('reads a "GPU optional" sentence that a line break splits, and runs of the authors as what they used', async () => {
    const found = await factsOf(readmeDetector, {
      'README.md':
        "Install the environment. If you only want\nto run the models locally on CPU, you can remove the CUDA requirements.\n\nDemucs was trained on 8 V100 with 32GB of RAM.\nUse environment-cpu.yml if you don't have GPUs.\n",
    });
    const gpu = ofType(found, 'gpu').map((g) => [g.requirement, g.ev.rule, g.ev.line]);
    expect(gpu).toContainEqual(['optional', 'readme.gpu-optional', 2]);
    expect(gpu).toContainEqual(['required', 'readme.cluster', 4]);
    expect(gpu).toContainEqual(['optional', 'readme.gpu-optional', 5]);
  });

  it('reads "on both CPU and GPU" as a GPU that helps, and "CPU is enough" as none needed', async () => {
    const found = await factsOf(readmeDetector, {
      'README.md':
        'Efficiency improves with 8-bit quantization on both CPU and GPU.\n\nCPU is enough to run a client, but you probably need a GPU to run a server efficiently.\n',
    });
    expect(ofType(found, 'gpu').map((g) => [g.requirement, g.ev.rule, g.ev.line])).toEqual([
      ['optional', 'readme.gpu-optional', 1],
      ['none', 'readme.cpu-only', 3],
    ]);
  });

  it('reads "To run on CPU" as a mode offered, not a script told to run on the CPU or code written for it', async () => {
    const rules = async (readme: string) =>
      ofType(await factsOf(readmeDetector, { 'README.md': readme }), 'gpu').map((g) => g.ev.rule);
    expect(await rules('To run on CPU instead of GPU (and for running on Mac OS X):\n')).toEqual([
      'readme.cpu-only',
    ]);
    expect(await rules('It runs fine on a CPU.\n')).toEqual(['readme.cpu-only']);
    // An install offered beside the CUDA one is not a statement that the CPU is enough.
    expect(
      await rules('For a non-CUDA (CPU only) installation, replace `cudatoolkit=...` with `cpuonly`.\n'),
    ).toEqual([]);
    // A tool's feature for work on the host side is not a statement about running the tool.
    expect(await rules('  * [CPU-only Measurements](docs/benchmarks.md#cpu-only-benchmarks)\n')).toEqual([]);
    expect(await rules('- [CPU-only benchmarking](examples/cpu_only.cu)\n')).toEqual([]);
    expect(
      await rules('Make sure you run the eval script with `-gpuid -1` to tell the script to run on CPU.\n'),
    ).toEqual([]);
    expect(await rules('- code for run on CPU (fp16 or int4 is support, in purely C++)\n')).toEqual([]);
  });

  it('reads Python 2.7 only where no Python 3 is stated, not from a release that dropped it or a table row', async () => {
    const pythonOf = async (readme: string) =>
      ofType(await factsOf(readmeDetector, { 'README.md': readme }), 'runtime').map((r) => r.version);
    expect(await pythonOf('Tested under Python 2.7.\n')).toEqual(['2.7']);
    expect(await pythonOf('Tested under Python 2.7.\n\n## Requirements\n\n- Python (3.6+)\n')).toEqual([
      '3.6',
    ]);
    expect(await pythonOf('Version 4.8 is the final version that supported Python 2.7.\n')).toEqual([]);
    expect(await pythonOf('| Languages | R, SQL, Julia, Python2, Scala |\n')).toEqual([]);
  });

  it('reads a CUDA major stated alone, and "CUDA: version x.y"', async () => {
    const cudaOf = async (readme: string) =>
      ofType(await factsOf(readmeDetector, { 'README.md': readme }), 'cuda').map((c) => c.version);
    expect(await cudaOf('- CUDA 8 (in /usr/local/cuda)\n')).toEqual(['8']);
    expect(await cudaOf('Requires PyTorch and CUDA >= 11.\n')).toEqual(['11']);
    expect(await cudaOf('- CUDA: Version >= 12.1\n')).toEqual(['12.1']);
    expect(await cudaOf('Uses 32 CUDA cores per block.\n')).toEqual([]);
    // The CUDA compiler's version is the toolkit's; a version a release dropped is none to run on.
    expect(await cudaOf('- NVCC 12.0 or newer\n')).toEqual(['12.0']);
    expect(await cudaOf('- CUDA Toolkit + nvcc: 12.0 and above\n')).toEqual(['12.0']);
    expect(await cudaOf('Check it with `nvcc --version`.\n')).toEqual([]);
    expect(await cudaOf('__06/04/2025__ Removed CUDA 11 support\n')).toEqual([]);
  });

  it('reads a GPU count whose memory comes before the model', async () => {
    const found = await factsOf(readmeDetector, {
      'README.md': 'All training code are tested on a machine with 8 80GB A100 GPUs.\n',
    });
    expect(ofType(found, 'gpu-count').map((f) => f.count)).toEqual([8]);
    expect(ofType(found, 'gpu-memory').map((f) => f.gb)).toEqual([80]);
    expect(ofType(found, 'gpu-model').map((f) => f.model)).toEqual(['A100']);
  });

  it('reads a version in emphasis: "Supported Python version is >= **3.5**"', async () => {
    const found = await factsOf(readmeDetector, { 'README.md': 'Supported Python version is >= **3.5**.\n' });
    expect(ofType(found, 'runtime').map((r) => [r.name, r.version])).toEqual([['python', '3.5']]);
  });

  it('reads the Python a badge shows, "python (3.4+)", and the recommended one of two', async () => {
    const pythonOf = async (readme: string) =>
      ofType(await factsOf(readmeDetector, { 'README.md': readme }), 'runtime').map((r) => [
        r.version,
        r.ev.seen,
      ]);
    expect(await pythonOf('[![Python 3.6](https://img.shields.io/badge/Python-3.7-blue.svg)](#)\n')).toEqual([
      ['3.7', 'Python 3.7'],
    ]);
    expect(
      await pythonOf('<a href="x"><img src="https://img.shields.io/badge/python-%3E=_3.6-green.svg"></a>\n'),
    ).toEqual([['3.6', 'python >= 3.6']]);
    expect(await pythonOf('## Requirements\n- python (3.4+),\n')).toEqual([['3.4', 'python (3.4']]);
    expect(
      await pythonOf('python 3.13 is supported but using 3.12 is recommended because some nodes lag.\n'),
    ).toEqual([['3.12', '3.12 is recommended']]);
    expect(await pythonOf('Please make sure your Python version is 3.8.\n')).toEqual([
      ['3.8', 'Python version is 3.8'],
    ]);
    // A package named for Python is not Python: `opencv-python >= 3.2.0` beside "Python 2.7".
    expect(
      await pythonOf(
        '1. Python 2.7. We do not support Python 3 yet.\n2. Packages: cython, opencv-python >= 3.2.0.\n',
      ),
    ).toEqual([['2.7', 'Python 2.7']]);
  });

  it('reads Python 2.7 where the README runs on it, not where it drops it', async () => {
    const pythonOf = async (readme: string) =>
      ofType(await factsOf(readmeDetector, { 'README.md': readme }), 'runtime').map((r) => r.version);
    expect(await pythonOf('## Requirements\n\n  * PyTorch 0.2.0\n  * Python 2.7\n')).toEqual(['2.7']);
    expect(await pythonOf('This code base has been tested with TensorFlow 1.13.1 under Python2.\n')).toEqual([
      '2.7',
    ]);
    expect(await pythonOf('Python 2.7 is no longer supported; use Python 3.8 or newer.\n')).toEqual(['3.8']);
    expect(await pythonOf('Support for Python 2.7 was dropped in 2020.\n')).toEqual([]);
  });

  it("reads the imports of the README's Python usage code, not its shell blocks or the project's own modules", async () => {
    const readme = [
      '```python',
      'import torch',
      'from transformers import AutoModelForCausalLM',
      'from mypkg import Model',
      '```',
      '```bash',
      'import numpy',
      '```',
      '```',
      'from sklearn.linear_model import Ridge',
      '```',
    ].join('\n');
    const found = await factsOf(readmeDetector, { 'README.md': readme, 'mypkg/__init__.py': '' });
    expect(ofType(found, 'package').map((p) => [p.name, p.ev.rule, p.ev.line])).toEqual([
      ['torch', 'readme.imports', 2],
      ['transformers', 'readme.imports', 3],
      ['scikit-learn', 'readme.imports', 10],
    ]);
  });

  it('reads README_en.md next to a README in another language', async () => {
    const found = await factsOf(readmeDetector, {
      'README.md': '# 模型',
      'README_en.md': 'It needs at least 13 GB of GPU memory.\n',
    });
    expect(ofType(found, 'gpu-memory').map((m) => [m.gb, m.ev.file])).toEqual([[13, 'README_en.md']]);
  });

  it('reads a usage example that picks the CPU without a GPU, and "works on both CPU and GPU"', async () => {
    const found = await factsOf(readmeDetector, {
      'README.md':
        'Bark has been tested and works on both CPU and GPU.\n\n```python\ndevice = "cuda:0" if torch.cuda.is_available() else "cpu"\n```\n',
    });
    expect(ofType(found, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['optional', 'readme.gpu-optional'],
    ]);
    expect(ofType(found, 'gpu-hint').map((h) => [h.ev.rule, h.ev.line])).toEqual([
      ['readme.code-fallback', 4],
    ]);
  });

  it("reads a part's README at the top (README_deit.md), not a translation (README_zh.md)", () => {
    const tree = new Tree(
      ['README.md', 'README_deit.md', 'README_zh.md', 'README.ja.md', 'docs/README_x.md'].map((path) => ({
        path,
        size: 1,
      })),
    );
    expect(readmeFiles(tree)).toEqual(['README.md', 'README_deit.md']);
  });

  it('reads the README of the one top folder that has one when the root has none', () => {
    const treeOf = (paths: string[]) => new Tree(paths.map((path) => ({ path, size: 1 })));
    expect(
      readmeFiles(treeOf(['classification/README.md', 'classification/train.sh', 'docs/README.md'])),
    ).toEqual(['classification/README.md']);
    // Two parts with a README each: neither speaks for the whole; a root README always does.
    expect(readmeFiles(treeOf(['a/README.md', 'b/README.md']))).toEqual([]);
    expect(readmeFiles(treeOf(['README.md', 'a/README.md']))).toEqual(['README.md']);
  });

  it('reads an install guide under docs/ as the README is read', async () => {
    const found = await factsOf(readmeDetector, {
      'README.md': '# OpenPCDet\n\nSee docs/INSTALL.md.\n',
      'docs/INSTALL.md':
        '# Installation\n\n* Python 3.6+\n* CUDA 9.0 or higher (PyTorch 1.3+ needs CUDA 9.2+)\n',
    });
    expect(ofType(found, 'runtime').map((r) => [r.version, r.ev.file])).toEqual([['3.6', 'docs/INSTALL.md']]);
    expect(ofType(found, 'cuda').map((c) => c.version)).toContain('9.0');
  });
});
