// Whole-analysis cases: what the detectors read and the inference decides together, for the GPU, the CUDA build's
// vendor and the primary language.
import { describe, expect, it } from '@jest/globals';
import { requirementsOf } from '../../test/helpers/detect.js';

const gpuOf = async (files: Record<string, string>) => (await requirementsOf(files)).gpu;
const languageOf = async (files: Record<string, string>) => (await requirementsOf(files)).languages?.[0];

describe('a GPU the user chooses, or one the code needs', () => {
  it("reads .cuda() under the choice a --no_cuda flag turns off as the user's choice", async () => {
    const train = [
      'import argparse',
      'import torch',
      'def main():',
      '    parser = argparse.ArgumentParser()',
      "    parser.add_argument('-no_cuda', action='store_true')",
      '    opt = parser.parse_args()',
      '    opt.cuda = not opt.no_cuda',
      '    if opt.cuda:',
      '        transformer = transformer.cuda()',
    ].join('\n');
    expect((await gpuOf({ 'train.py': train })).needed).toBe(false);
    // Without the flag, .cuda() is what the code does.
    const bare = train.replace("    parser.add_argument('-no_cuda', action='store_true')\n", '');
    expect((await gpuOf({ 'train.py': bare })).needed).toBe(true);
  });

  it('reads a CUDA check inside a try, under the GPU the user chose, as that choice', async () => {
    const main = [
      'import torch',
      'def main(args):',
      '    if args.cuda >= 0:',
      '        try:',
      '            if not torch.cuda.is_available():',
      '                raise EnvironmentError("CUDA is not available")',
      '            torch.cuda.set_device(args.cuda)',
      '        except Exception:',
      '            log.warning("GPU access failed. Falling back to CPU.")',
      '            args.cuda = -1',
    ].join('\n');
    const gpu = await gpuOf({ 'main.py': main, 'requirements.txt': 'torch==1.0.0\n' });
    expect(gpu.evidence.map((e) => e.rule)).not.toContain('code.cuda-check');
    expect(gpu.evidence.map((e) => e.rule)).not.toContain('code.cuda-default');
    // The same check at the top of the code refuses the CPU.
    const refuses = await gpuOf({
      'main.py': 'import torch\nif not torch.cuda.is_available():\n    raise SystemExit("needs CUDA")\n',
    });
    expect(refuses).toMatchObject({ needed: true, requirement: 'required' });
  });

  it('reads NCCL and set_device under the distributed run a launcher starts as that choice', async () => {
    const train = [
      'import torch',
      'parser.add_argument("--device", type=str, default="cuda" if torch.cuda.is_available() else "cpu")',
      'args.distributed = (args.local_rank != -1)',
      'if args.distributed:',
      '    torch.cuda.set_device(args.local_rank)',
      "    torch.distributed.init_process_group(backend='nccl', init_method='env://')",
    ].join('\n');
    const gpu = await gpuOf({ 'train.py': train, 'requirements.txt': 'torch\n' });
    expect(gpu.needed).toBe(false);
    // NCCL for every run is a GPU the code needs.
    const always = await gpuOf({
      'train.py': "import torch\ntorch.distributed.init_process_group(backend='nccl')\n",
    });
    expect(always).toMatchObject({ needed: true, requirement: 'required' });
  });

  it('reads nvcc run only when torch sees CUDA, a CPU compiler otherwise, as an optional CUDA build', async () => {
    const setup = [
      'import os, torch',
      'if torch.cuda.is_available():',
      "    r = os.system('cd scn; nvcc init.cu -c -o init.cu.o')",
      'else:',
      "    r = os.system('cd scn; g++ -std=c++11 -fPIC -c init.cpp -o init.cpp.o')",
    ].join('\n');
    const gpu = await gpuOf({ 'PyTorch/setup.py': setup, 'PyTorch/scn/init.cu': '__global__ void k() {}\n' });
    expect(gpu).toMatchObject({ needed: false, requirement: 'optional' });
  });

  it('reads torch wheels for CUDA beside ROCm ones as a menu of builds, not a requirement', async () => {
    const readme = [
      '# ui',
      '- Works even if you do not have a GPU with: ```--cpu``` (slow)',
      '### AMD',
      '```pip install torch torchvision torchaudio --index-url https://download.pytorch.org/whl/rocm6.2.4```',
      '### NVIDIA',
      '```pip install torch torchvision torchaudio --extra-index-url https://download.pytorch.org/whl/cu128```',
    ].join('\n');
    const gpu = await gpuOf({ 'README.md': readme, 'main.py': 'import torch\n' });
    expect(gpu.needed).toBe(false);
  });

  it('reads a one-line ```fenced``` command as inline code, not the start of a block', async () => {
    const readme = [
      '# seg',
      'Other requirements:',
      '```pip install timm==0.3.2```',
      '',
      'An example (works for me): ```CUDA 10.1``` and ```pytorch 1.7.1```',
      '```',
      'pip install mmcv-full==1.2.7',
      '```',
    ].join('\n');
    const req = await requirementsOf({
      'README.md': readme,
      'tools/train.py': 'import torch\nmodel.cuda()\n',
    });
    expect(req.gpu.cuda).toBe('10.1');
    expect(req.frameworks?.find((f) => f.name === 'mmcv')?.declared_as).toEqual(['mmcv-full']);
    expect(req.frameworks?.map((f) => f.name)).toContain('timm');
  });

  it('takes CUDA pins beside a CPU build of the same stack as a choice', async () => {
    const readme =
      '## Install\n\nIf using cuda:\n`conda install pytorch cudatoolkit=10.1 -c pytorch`\nelse:\n`conda install pytorch cpuonly -c pytorch`\n';
    const gpu = await gpuOf({
      'README.md': readme,
      'setup.py': 'setup(install_requires=["transformers"])\n',
    });
    expect(gpu).toMatchObject({ needed: false, requirement: 'optional' });
    // The CUDA pin alone is the build to install.
    const pinned = await gpuOf({
      'README.md': '```\nconda install pytorch cudatoolkit=10.1 -c pytorch\n```\n',
    });
    expect(pinned.needed).toBe(true);
  });

  it('reads a GPU environment file as a choice when the instructions name its CPU variant', async () => {
    const gpu = await gpuOf({
      'environment_gpu.yml':
        'name: gnn\ndependencies:\n  - python=3.7\n  - cudatoolkit=10.2\n  - pytorch=1.6.0\n',
      'docs/installation.md':
        '## Setup Python environment for CPU\n\n```\nconda env create -f environment_cpu.yml\n```\n',
      'main.py':
        'import torch\ndevice = torch.device("cuda" if torch.cuda.is_available() and use_gpu else "cpu")\n',
    });
    expect(gpu).toMatchObject({ needed: false, requirement: 'optional' });
  });

  it('reads a plain Dockerfile beside Dockerfile.gpu as the CPU variant', async () => {
    const gpu = await gpuOf({
      Dockerfile: 'FROM tensorflow/tensorflow:1.3.0\nRUN pip install networkx==1.11\n',
      'Dockerfile.gpu': 'FROM tensorflow/tensorflow:1.3.0-gpu\nRUN pip install networkx==1.11\n',
    });
    expect(gpu).toMatchObject({ needed: false, requirement: 'optional' });
  });

  it("resolves BuildKit's platform arguments in a FROM", async () => {
    const dockerfile = [
      'ARG BASE="nvidia/cuda:12.9.1-devel-ubuntu22.04"',
      'FROM ${BASE} AS builder-base-amd64',
      'FROM builder-base-${TARGETARCH} AS builder',
      'RUN pip install torch',
    ].join('\n');
    const gpu = await gpuOf({ 'torch/Dockerfile': dockerfile, 'README.md': '# images\n' });
    expect(gpu).toMatchObject({ needed: true, cuda: '12.9' });
  });

  it('compiles CUDA through a Makefile pattern rule the default goal needs', async () => {
    const makefile = [
      'OBJS=objs/main.o objs/kernel.o',
      'NVCC=nvcc',
      'all: $(EXECUTABLE)',
      'clean:',
      '\trm -rf objs',
      '$(EXECUTABLE): $(OBJS)',
      '\t$(CXX) -o $@ $(OBJS) -lcudart',
      'objs/%.o: %.cu',
      '\t$(NVCC) $< -c -o $@',
    ].join('\n');
    const gpu = await gpuOf({ Makefile: makefile, 'kernel.cu': '__global__ void k() {}\n' });
    expect(gpu).toMatchObject({ needed: true, requirement: 'required' });
  });

  it('runs the torchrun a script launches with its own defaults', async () => {
    const script = [
      '#!/usr/bin/bash',
      'NGPU=${NGPU:-"8"}',
      'torchrun --nproc_per_node=${NGPU} --rdzv_endpoint="localhost:5972" \\',
      '  train.py --job.config_file ./debug_model.toml',
    ].join('\n');
    const req = await requirementsOf({ 'run_train.sh': script, 'requirements.txt': 'torch >= 2.2.0\n' });
    expect(req.gpu).toMatchObject({ needed: true, count: 8 });
    expect(req.languages?.[0]).toBe('Python');
  });
});

describe('README statements', () => {
  it('reads a memory the README recommends as a GPU that helps', async () => {
    const readme =
      '# samgeo\n\nThe model is computationally intensive, and a powerful GPU is recommended. It is recommended to have a GPU with at least 8 GB of GPU memory.\n';
    const gpu = await gpuOf({ 'README.md': readme, 'requirements.txt': 'torch\nsegment-anything\n' });
    expect(gpu.needed).toBe(false);
    const required = await gpuOf({
      'README.md': '# x\n\nYou need a GPU with at least 8 GB of GPU memory.\n',
      'requirements.txt': 'torch\n',
    });
    expect(required).toMatchObject({ needed: true, min_memory_gb: 8 });
  });

  it('reads "only supports CUDA" as a requirement, not a CUDA version it supports', async () => {
    const only = await gpuOf({
      'README.md':
        '# pool\n\nIt requires PyTorch 1.0+ and only supports CUDA (CPU mode is not implemented).\n',
    });
    expect(only).toMatchObject({ needed: true, requirement: 'required' });
    const version = await gpuOf({
      'README.md': '# workspace\n\n> Currently, the GPU-flavor only supports CUDA 10.1.\n',
    });
    expect(version.evidence.map((e) => e.rule)).not.toContain('readme.gpu-required');
  });

  it("reads thanks for donated hardware as no statement, and a news item's CPU support as one", async () => {
    const thanks = await gpuOf({
      'README.md':
        '# jiant\n\n- We gratefully acknowledge the support of NVIDIA Corporation with the donation of a Titan V GPU used in this work.\n',
    });
    expect(thanks.needed).toBe(false);
    expect(thanks.model).toBeNull();
    const news = await gpuOf({
      'README.md': '# gpen\n\n(2021-12-09) GPEN can run on CPU now by simply discarding --use_cuda.\n',
      'requirements.txt': 'torch\n',
    });
    expect(news.needed).toBe(false);
  });

  it('reads GPU support "if available" for better performance as optional', async () => {
    const gpu = await gpuOf({
      'README.md':
        "# tacotron\n\nInstall the latest version of TensorFlow for your platform. For better performance, install with GPU support if it's available.\n",
      'train.py': 'import tensorflow as tf\nos.environ["CUDA_VISIBLE_DEVICES"] = args.gpu_assignment\n',
    });
    expect(gpu).toMatchObject({ needed: false, requirement: 'optional' });
  });
});

describe('the fourteenth set: GPU statements', () => {
  it("reads the README's multi-GPU launch commands as the GPUs its work runs on, whatever the build makes optional", async () => {
    const setup = [
      'from torch.utils.cpp_extension import BuildExtension, CppExtension, CUDAExtension',
      'if torch.cuda.is_available():',
      '    ext = CUDAExtension',
      'else:',
      '    ext = CppExtension',
    ].join('\n');
    const readme =
      '# NAFNet\n\n* Train:\n  * ```python -m torch.distributed.launch --nproc_per_node=8 basicsr/train.py -opt x.yml --launcher pytorch```\n';
    expect(
      await gpuOf({ 'setup.py': setup, 'readme.md': readme, 'requirements.txt': 'torch\n' }),
    ).toMatchObject({
      needed: true,
      count: 8,
    });
    // With code that falls back to the CPU, the launch commands are how the authors ran it.
    const fallback = await gpuOf({
      'setup.py': setup,
      'readme.md': readme,
      'train.py': 'import torch\ndevice = "cuda" if torch.cuda.is_available() else "cpu"\n',
    });
    expect(fallback.needed).toBe(false);
  });

  it('reads a CUDA version stated plainly as written for a GPU, not one stated as an option', async () => {
    const stated = await gpuOf({
      'README.md':
        '# Uni-Perceiver\n\n## Requirements\n\n* Linux, CUDA>=10.1, GCC>=5.4\n* pytorch >= 1.8.0\n',
    });
    expect(stated).toMatchObject({ needed: true, cuda: '10.1' });
    const option = await gpuOf({
      'README.md': '# neural-style\n\n* For CUDA backend:\n  * CUDA 7.5 or above\n',
      'requirements.txt': 'torch\n',
    });
    expect(option.needed).toBe(false);
  });

  it('reads usage code that puts the model on the GPU, and "(GPU-only)"', async () => {
    const usage = await gpuOf({
      'README.md':
        '# StableLM\n\n```python\nimport torch\nfrom transformers import AutoModelForCausalLM\nmodel = AutoModelForCausalLM.from_pretrained("x")\nmodel.half().cuda()\n```\n',
      'requirements.txt': 'torch\ntransformers\n',
    });
    expect(usage.needed).toBe(true);
    const either = await gpuOf({
      'README.md':
        '# x\n\n```python\nimport torch\ndevice = "cuda" if torch.cuda.is_available() else "cpu"\nmodel.to("cuda")\n```\n',
      'requirements.txt': 'torch\n',
    });
    expect(either.needed).toBe(false);
    const only = await gpuOf({
      'README.md': '# ROME\n\nAn implementation of Rank-One Model Editing on transformers (GPU-only).\n',
    });
    expect(only).toMatchObject({ needed: true, requirement: 'required' });
  });
});

describe('which GPU vendor', () => {
  it('runs on NVIDIA when the README offers a CUDA extra beside a ROCm index', async () => {
    const readme = [
      '# fla',
      '```sh',
      '# CUDA',
      'pip install flash-linear-attention[cuda]',
      '# ROCm',
      'pip install --index-url https://download.pytorch.org/whl/rocm7.2 torch',
      'pip install flash-linear-attention[rocm]',
      '```',
    ].join('\n');
    const gpu = await gpuOf({
      'README.md': readme,
      'fla/ops/chunk.py': 'import torch\nx = torch.zeros(1).cuda()\n',
    });
    expect(gpu).toMatchObject({ needed: true, vendor: 'nvidia' });
  });
});

describe('install guides', () => {
  it('reads an install guide kept under readme/ as one under docs/', async () => {
    const req = await requirementsOf({
      'requirements.txt': 'opencv-python\n',
      'readme/INSTALL.md':
        '# Installation\n\nThe code was tested on Ubuntu 16.04, with Anaconda Python 3.6 and PyTorch v0.4.1. NVIDIA GPUs are needed for both training and testing.\n',
    });
    expect(req.runtimes.python).toBe('3.6');
    expect(req.gpu.needed).toBe(true);
  });
});

describe('the primary language', () => {
  it("takes C or C++ from the README's opening when only the Python bindings that wrap the library were counted", async () => {
    const ujson = {
      'README.md':
        '# UltraJSON\n\nUltraJSON is an ultra fast JSON encoder and decoder written in pure C with bindings for Python 3.7+.\n',
      'setup.py':
        'from setuptools import Extension, setup\nsetup(name="ujson", ext_modules=[Extension("ujson", ["python/ujson.c"])])\n',
    };
    expect(await languageOf(ujson)).toBe('C');
    // Not a project whose Python code is there to count, nor C#.
    expect(await languageOf({ ...ujson, 'ujson/main.py': 'import os\nprint(os.name)\n' })).toBe('Python');
    expect(
      await languageOf({
        'README.md': '# x\n\nA client written in C# for the service.\n',
        'setup.py': 'from setuptools import setup\nsetup(name="x")\n',
      }),
    ).toBe('Python');
  });

  it('takes the language a README alone writes for, by the packages it says the code was trained with', async () => {
    expect(
      await languageOf({
        'README.md':
          '# BCQ\n\nNetworks are trained using [PyTorch 1.4](https://github.com/pytorch/pytorch) and Python 3.7.\n',
      }),
    ).toBe('Python');
  });

  it("takes a notebook's language from its code when no kernel was recorded, and C++ from a C++14 kernel", async () => {
    const notebook = (metadata: object, ...cells: string[]) =>
      JSON.stringify({
        metadata,
        nbformat: 4,
        nbformat_minor: 4,
        cells: cells.map((source) => ({ cell_type: 'code', metadata: {}, source, outputs: [] })),
      });
    expect(await languageOf({ 'intro.ipynb': notebook({}, 'import numpy as np\nprint(np.pi)\n') })).toBe(
      'Python',
    );
    expect(await languageOf({ 'intro.ipynb': notebook({}, 'library(ggplot2)\nx <- c(1, 2)\n') })).toBe('R');
    expect(
      await languageOf({
        'hello.ipynb': notebook(
          { kernelspec: { name: 'xcpp14', display_name: 'C++14', language: 'C++14' } },
          '#include <iostream>\n',
        ),
      }),
    ).toBe('C++');
  });

  it('takes Python for the CUDA kernels of a package the README installs, CUDA for a kernel library built by CMake', async () => {
    const kernels = {
      'README.md': '# PyTorch Cluster\n\n```\npip install torch-cluster\n```\n',
      'csrc/cuda/fps_cuda.cu': '__global__ void fps_kernel(const float *src) {}\n',
    };
    expect(await languageOf(kernels)).toBe('Python');
    expect(
      await languageOf({
        ...kernels,
        'README.md': '# cuCollections\n\nBefore contributing:\n\n```\npip install pre-commit\n```\n',
      }),
    ).toBe('Cuda');
    expect(
      await languageOf({
        ...kernels,
        'CMakeLists.txt': 'project(fps LANGUAGES CXX CUDA)\nadd_library(fps csrc/cuda/fps_cuda.cu)\n',
      }),
    ).toBe('Cuda');
  });

  it("takes the wrapped library's language when the only Python is a setup.py in a folder named for the bindings", async () => {
    const re2 = {
      'README.md': '# RE2\n\nA regular expression library.\n',
      'python/setup.py':
        'import setuptools\nsetuptools.setup(name="google-re2", ext_modules=[setuptools.Extension("_re2", sources=["_re2.cc"])])\n',
    };
    expect(await languageOf(re2)).toBe('C++');
    expect(
      await languageOf({
        'bindings/python/setup.py':
          'from setuptools import setup\nfrom setuptools_rust import RustExtension\nsetup(name="safetensors")\n',
        'bindings/python/Cargo.toml': '[package]\nname = "safetensors-python"\nversion = "0.4.0"\n',
      }),
    ).toBe('Rust');
  });

  it('takes C++ for a root setup.py that builds the project with CMake, when it is the only Python', async () => {
    const ncnn = {
      'README.md': '# ncnn\n\nA high-performance neural network inference framework.\n',
      'setup.py':
        'from setuptools import Extension, setup\nclass CMakeExtension(Extension):\n    pass\nsetup(name="ncnn", ext_modules=[CMakeExtension("ncnn")])\n',
    };
    expect(await languageOf(ncnn)).toBe('C++');
    // A Python package with code of its own that builds an extension with CMake stays Python.
    expect(await languageOf({ ...ncnn, 'ncnn/model.py': 'import numpy as np\n' })).toBe('Python');
  });

  it('takes the root manifest before the bindings of a subfolder', async () => {
    expect(
      await languageOf({
        'Cargo.toml': '[workspace]\nmembers = ["rust/lance"]\n',
        'python/pyproject.toml': '[project]\nname = "pylance"\n[build-system]\nbuild-backend = "maturin"\n',
      }),
    ).toBe('Rust');
  });

  it('takes a root CMake build for C++ when the only Python is the bindings’ setup.py', async () => {
    expect(
      await languageOf({
        'CMakeLists.txt': 'cmake_minimum_required(VERSION 3.17)\nproject(faiss LANGUAGES CXX)\n',
        'faiss/python/setup.py': 'from setuptools import setup\nsetup(name="faiss")\n',
      }),
    ).toBe('C++');
  });

  it('takes the project of a root manifest before the scripts and images that run it', async () => {
    expect(
      await languageOf({
        'requirements.txt': 'torch\n',
        'tools/train-1node.sh': '#!/bin/bash\n#SBATCH --gres=gpu:8\nsrun tools/single-node_run.sh $@\n',
      }),
    ).toBe('Python');
    expect(
      await languageOf({
        'go.mod': 'module github.com/x/migrate\n\ngo 1.21\n',
        Dockerfile: 'FROM golang:1.21\n',
      }),
    ).toBe('Go');
    // A package.json beside shell scripts may be how a shell tool is published.
    expect(
      await languageOf({ 'package.json': '{"name": "nvm"}', 'nvm.sh': '#!/bin/sh\nnvm() { echo; }\n' }),
    ).toBe('Shell');
  });

  it('takes TypeScript from a package.json that compiles it, when the sources are not among the files', async () => {
    expect(
      await languageOf({
        'package.json': '{"name": "fast-cli", "bin": "./distribution/cli.js", "scripts": {"build": "tsc"}}',
      }),
    ).toBe('TypeScript');
    expect(
      await languageOf({
        'package.json':
          '{"name": "npkill", "main": "lib/index.js", "devDependencies": {"typescript": "^3.4.5"}}',
      }),
    ).toBe('TypeScript');
    // Hand-written typings beside JavaScript.
    expect(
      await languageOf({ 'package.json': '{"name": "ky", "main": "index.js", "types": "index.d.ts"}' }),
    ).toBe('JavaScript');
  });

  it("takes the language of the README's usage code, or of the commands in the guide it links to, when nothing else says", async () => {
    expect(
      await languageOf({
        'README.md':
          '# LaMini\n\n```python\n# pip install -q transformers\nfrom transformers import pipeline\n```\n',
      }),
    ).toBe('Python');
    expect(
      await languageOf({
        'README.md': '# Feature denoising\n\nPlease see [INSTRUCTIONS.md](INSTRUCTIONS.md) for the usage.\n',
        'INSTRUCTIONS.md': '## Evaluation\n\n```\npython main.py --eval --load /path/to/model\n```\n',
      }),
    ).toBe('Python');
  });

  it('takes the manifest that publishes the project when two tie, and the README commands when nothing else says', async () => {
    expect(
      await languageOf({
        'backend/pyproject.toml': '[tool.poetry]\nname = "doccano"\n',
        'frontend/package.json': '{"private": true, "dependencies": {"vue": "^2"}}',
      }),
    ).toBe('Python');
    expect(
      await languageOf({
        'go.mod': 'module github.com/hashicorp/vagrant\n\ngo 1.17\n',
        'vagrant.gemspec': 'Gem::Specification.new do |s|\n  s.name = "vagrant"\nend\n',
      }),
    ).toBe('Ruby');
    expect(
      await languageOf({
        'README.md': '# Transformer-XL\n',
        'pytorch/README.md': '## Prerequisite\n\n```\nconda install pytorch torchvision -c pytorch\n```\n',
      }),
    ).toBe('Python');
  });

  it('follows a launcher a script builds from its own variables', async () => {
    const script = [
      'N_GPUS=1',
      'LAUNCHER="deepspeed --num_gpus $N_GPUS"',
      'CMD="$LAUNCHER pretrain_gpt.py --data-path data"',
      '$CMD',
    ].join('\n');
    expect(
      await languageOf({ 'examples/pretrain_gpt_single_node.sh': script, 'requirements.txt': 'deepspeed\n' }),
    ).toBe('Python');
  });
});

describe('CUDA and Python versions', () => {
  it('reads a `conda list --export` package list under any name, its toolkit before a leftover selector', async () => {
    const list = [
      '# This file may be used to create an environment using:',
      '# $ conda create --name <env> --file <this file>',
      '# platform: linux-64',
      'absl-py=0.9.0=py36_0',
      'cuda90=1.0=h6433d27_0',
      'cudatoolkit=10.1.243=h6bb024c_0',
      'python=3.6.6=hc3d631a_0',
      'pytorch=1.5.0=py3.6_cuda10.1.243_cudnn7.6.3_0',
      'torchvision=0.6.0=py36_cu101',
    ].join('\n');
    const req = await requirementsOf({ 'requirements.txt': list, 'train.py': 'import torch\nx.cuda()\n' });
    expect(req.runtimes.python).toBe('3.6.6');
    expect(req.gpu.cuda).toBe('10.1');
    expect(req.frameworks?.map((f) => f.name)).toContain('torch');
  });

  it("reads no CUDA version from a device (cuda:0), and conda's packed cuda90 as 9.0", async () => {
    const device = await requirementsOf({
      'README.md':
        '# seg\n\n```\npython demo.py img.jpg --device cuda:0\n```\nAn example (works for me): CUDA 10.1 and pytorch 1.7.1\n',
      'train.py': 'import torch\nmodel.cuda()\n',
    });
    expect(device.gpu.cuda).toBe('10.1');
    // A major written onto the name, in the list of what the authors ran.
    const joined = await requirementsOf({
      'README.md':
        '# aug\n\nWe conducted experiments under\n\n- python 3.6.9\n- pytorch 1.2.0, torchvision 0.4.0, cuda10\n',
    });
    expect(joined.gpu.cuda).toBe('10');
    expect(joined.gpu.needed).toBe(true);
  });

  it('reads the CUDA an install line of the README sets up', async () => {
    const req = await requirementsOf({
      'README.md': '# gemv\n\n## Requirements\n```\nsudo apt install -y cuda-11-7\n```\n',
      'fast_gemv.cu': '__global__ void gemv() {}\n',
    });
    expect(req.gpu.cuda).toBe('11.7');
  });

  it('reads the Python of a badge with a v, a conda pin in prose, a requirement list and a CPython tag', async () => {
    const python = async (readme: string) =>
      (await requirementsOf({ 'README.md': readme, 'train.py': 'import torch\n' })).runtimes.python;
    expect(await python('![python](https://img.shields.io/badge/python-v3.7.4-green.svg)\n')).toBe('3.7');
    expect(await python('We test our models under `python=3.7.3,pytorch=1.9.0,cuda=11.1`.\n')).toBe('3.7');
    expect(await python('Requires:\n\n```\npython==3.6+\nlightgbm==2.1.1\n```\n')).toBe('3.6');
    expect(
      await python(
        'Then copy the lib file out:\n\n        cp build/lib.linux-x86_64-3.6/emd_cuda.cpython-36m-x86_64-linux-gnu.so .\n',
      ),
    ).toBe('3.6');
  });

  it('reads the Python 2.7 a setup.py refuses to go below', async () => {
    const req = await requirementsOf({
      'wrappers/python/setup.py':
        'import sys\nif sys.version_info < (2, 7):\n    reportError("OpenMM requires Python 2.7 or better.")\nsetup(name="openmm")\n',
    });
    expect(req.runtimes.python).toBe('2.7');
  });
});

describe('frameworks', () => {
  it("reads a generated gemspec's dependencies, %q<name> and a version list", async () => {
    const gemspec = [
      'Gem::Specification.new do |s|',
      '  s.name = %q{brakeman}',
      '  s.add_runtime_dependency(%q<activesupport>, [">= 2.2"])',
      '  s.add_runtime_dependency(%q<haml>, [">= 3.0.12"])',
      'end',
    ].join('\n');
    const req = await requirementsOf({ 'brakeman.gemspec': gemspec });
    expect(req.frameworks?.map((f) => [f.name, f.version])).toEqual([
      ['activesupport', '>= 2.2'],
      ['haml', '>= 3.0.12'],
    ]);
  });

  it('names pytorch-ignite by its published name, imported as ignite', async () => {
    const req = await requirementsOf({ 'train.py': 'import torch\nfrom ignite.engine import Engine\n' });
    expect(req.frameworks?.map((f) => f.name)).toContain('pytorch-ignite');
  });
});

describe('the thirteenth set: GPU statements and builds', () => {
  it('reads a device that is the GPU unless a flag says otherwise as a GPU the code runs on', async () => {
    const main = [
      'import torch',
      "opt.device = torch.device('cpu' if opt.no_cuda else 'cuda')",
      'model = model.to(opt.device)',
    ].join('\n');
    const gpu = await gpuOf({ 'main.py': main, 'requirements.txt': 'torch\ntorchvision\n' });
    expect(gpu).toMatchObject({ needed: true, requirement: 'recommended' });
    expect(gpu.evidence.map((e) => e.rule)).toContain('code.gpu-mention');
  });

  it('reads a fallback between two torch.device calls, and an availability passed as an argument', async () => {
    const config =
      "config.device = torch.device('cuda:0') if torch.cuda.is_available() else torch.device('cpu')\n";
    const gpu = await gpuOf({
      'configs/default.py': `import torch\n${config}`,
      'main.py': 'import torch\n',
      'requirements.txt': 'torch\n',
      'README.md': '# Score SDE\n\nWe benchmark on 4x Nvidia Tesla V100 GPUs.\n',
    });
    expect(gpu.needed).toBe(false);
    const trainer = await gpuOf({
      'train.py': 'import torch\nargs = TrainingArguments(fp16=torch.cuda.is_available(), output_dir=out)\n',
      'environment.yml': 'dependencies:\n  - python=3.8\n  - pytorch\n  - transformers\n',
    });
    expect(trainer.evidence.map((e) => e.rule)).toContain('code.cuda-fallback');
  });

  it('reads CUDA builds pinned beside code that falls back to the CPU as the GPU build', async () => {
    const gpu = await gpuOf({
      'README.md':
        '# OpenVoice\n\n```bash\nconda create -n openvoice python=3.9\nconda install pytorch==1.13.1 pytorch-cuda=11.7 -c pytorch -c nvidia\n```\n',
      'app.py': "import torch\ndevice = 'cuda' if torch.cuda.is_available() else 'cpu'\n",
    });
    expect(gpu).toMatchObject({ needed: false, requirement: 'optional' });
  });

  it('reads a 4-bit load through transformers as bitsandbytes, a package that needs a GPU', async () => {
    const req = await requirementsOf({
      'finetune.py':
        'import torch\nfrom transformers import AutoModelForCausalLM, BitsAndBytesConfig\nbnb = BitsAndBytesConfig(load_in_4bit=True)\n',
      'README.md': '# recipes\n\n```python\ndevice = "cuda" if torch.cuda.is_available() else "cpu"\n```\n',
    });
    expect(req.frameworks?.map((f) => f.name)).toContain('bitsandbytes');
    expect(req.gpu.needed).toBe(true);
  });

  it('names the framework a declared package is built on when nothing declares it', async () => {
    const req = await requirementsOf({ 'requirements.txt': 'xformers==0.0.23\nflax\n' });
    const torch = req.frameworks?.find((f) => f.name === 'torch');
    expect(torch).toMatchObject({
      scope: 'main',
      evidence: [expect.objectContaining({ rule: 'pkg.built-on' })],
    });
    expect(req.frameworks?.map((f) => f.name)).toContain('jax');
    const declared = await requirementsOf({ 'requirements.txt': 'torch==2.1.0\nxformers\n' });
    expect(declared.frameworks?.filter((f) => f.name === 'torch')).toHaveLength(1);
    expect(declared.frameworks?.find((f) => f.name === 'torch')?.version).toBe('2.1.0');
  });

  it('reads NVML bindings as monitoring, not a CUDA library', async () => {
    const gpu = await gpuOf({
      'requirements.txt': 'torch>=1.9\nnvidia-ml-py3>=7.352.0\n',
      'util.py': 'import torch\ndevice = "cuda" if torch.cuda.is_available() else "cpu"\n',
    });
    expect(gpu.needed).toBe(false);
  });

  it('reads "does not currently support running on CPU" and a GPU prerequisites item as requirements', async () => {
    const install = await gpuOf({
      'README.md':
        '# pycls\n\n## Requirements\n\n- NVIDIA GPU, Linux, Python3\n\npycls does not currently support running on CPU; a GPU system is required.\n',
      'requirements.txt': 'numpy\n',
    });
    expect(install).toMatchObject({ needed: true, requirement: 'required' });
    const prerequisite = await gpuOf({
      'README.md':
        '# psp\n\n### Prerequisites\n- Linux or macOS\n- NVIDIA GPU + CUDA CuDNN (CPU may be possible with some modifications, but is not inherently supported)\n',
    });
    expect(prerequisite.needed).toBe(true);
    const alone = await gpuOf({
      'README.md': '# vid2vid\n\n## Prerequisites\n- Linux or macOS\n- NVIDIA GPU + CUDA cuDNN\n',
    });
    expect(alone.evidence.map((e) => e.rule)).toContain('readme.gpu-required');
    const either = await gpuOf({
      'README.md': '# cut\n\n### Prerequisites\n- Linux or macOS\n- CPU or NVIDIA GPU + CUDA CuDNN\n',
    });
    expect(either.needed).toBe(false);
  });

  it('reads "a GPU with compute capability >= 3.0" as a GPU, and the oldest that will do', async () => {
    const gpu = await gpuOf({
      'README.md':
        '# detector\n\n## Requirements\n\n* **CUDA >= 10.2**\n* **GPU with CC >= 3.0**: see the list of GPUs\n',
      Makefile:
        'GPU=0\nifeq ($(GPU), 1)\nNVCC=nvcc\nendif\nall:\n\tgcc -o det main.c\ngpu:\n\tnvcc -c k.cu\n',
    });
    expect(gpu).toMatchObject({ needed: true, cuda: '10.2', min_compute_capability: '3.0' });
    // The CUDA implementation of a library with a CPU one says nothing of the library.
    const either = await gpuOf({
      'README.md': '# ctc\n\nThe CUDA implementation requires a device of at least compute capability 3.0.\n',
    });
    expect(either.needed).toBe(false);
  });

  it('reads a requirements item that names the oldest GPU architecture, and a list of capabilities, as a GPU', async () => {
    const cutlass = await gpuOf({
      'README.md':
        '# Compatibility\n\nMinimum requirements:\n\n- Architecture: Volta (compute capability 7.0)\n- CUDA Toolkit version: 11.4\n',
    });
    expect(cutlass).toMatchObject({ needed: true, min_compute_capability: '7.0' });
    const kernels = await gpuOf({
      'README.md':
        '# Kernels\n\n## Requirements\n\n* NVIDIA GPU(s) with compute capability of: 8.0, 8.6, 8.9, 9.0\n',
    });
    expect(kernels).toMatchObject({ needed: true, min_compute_capability: '8.0' });
    const miner = await gpuOf({
      'README.txt':
        'This code should be running on nVidia GPUs ranging from compute capability\n3.0 up to 5.2.\n',
    });
    expect(miner.needed).toBe(true);
  });

  it('reads an autotools Makefile.am that compiles .cu sources with $(NVCC), and a Makefile whose goal reaches nvcc through other targets', async () => {
    const autotools = await gpuOf({
      'Makefile.am':
        'bin_PROGRAMS = miner\nminer_SOURCES = main.cpp heavy/heavy.cu\n\n.cu.o:\n\t$(NVCC) $(nvcc_FLAGS) -o $@ -c $<\n',
    });
    expect(autotools.needed).toBe(true);
    const chained = await gpuOf({
      Makefile:
        'all: \\\n\ttests \\\n\tdemos\n\ntests: \\\n\ttest_reduce\n\ntest_reduce: tests/test_reduce.cu\n\tnvcc -o $@ $<\n\ndemos:\n\techo demos\n',
    });
    expect(chained.needed).toBe(true);
    // The CUDA targets a variable gathers when nvcc is found (all: $(TARGETS)) are the goal's too.
    const gathered = await gpuOf({
      Makefile:
        'NVCC := $(shell which nvcc 2>/dev/null)\nTARGETS = train\nifneq ($(NVCC),)\n  TARGETS += traincu\nendif\nall: $(TARGETS)\ntrain: train.c\n\t$(CC) -o $@ $^\ntraincu: train.cu\n\t$(NVCC) -o $@ $^\n',
    });
    expect(gathered.needed).toBe(true);
  });

  it('reads CPU-only servers of a cluster as no statement about the code', async () => {
    const req = await requirementsOf({
      'README.md':
        '# deploy\n\n## Hardware\n\n* 1 or more CPU-only servers for management\n* 1 or more DGX compute nodes\n',
    });
    expect(req.gpu.evidence.map((e) => e.rule)).not.toContain('readme.cpu-only');
  });

  it("reads a build script that compiles CUDA with nvcc as kernels that need a GPU, with the toolkit path's CUDA", async () => {
    const gpu = await gpuOf({
      'README.md':
        '# PointNet++\n\nThe TF operators are included under tf_ops, you need to compile them first.\n',
      'tf_ops/sampling/tf_sampling_compile.sh':
        '#/bin/bash\n/usr/local/cuda-8.0/bin/nvcc tf_sampling_g.cu -o tf_sampling_g.cu.o -c -O2 -DGOOGLE_CUDA=1 -x cu -Xcompiler -fPIC\n',
    });
    expect(gpu).toMatchObject({ needed: true, requirement: 'required', cuda: '8.0', nvcc: true });
    // Not when the script checks for nvcc first.
    const checked = await gpuOf({
      'build.sh': 'if command -v nvcc; then\n  nvcc -c -o bn.o bn.cu\nfi\ng++ -c bn.cpp\n',
    });
    expect(checked.evidence.map((e) => e.rule)).not.toContain('cpp.script-nvcc');
  });

  it("reads CUDA from the pytorch channel's old selector in a README command, and from a wheel's local version in prose", async () => {
    const selector = await gpuOf({
      'README.md': '# 3D ResNets\n\n```bash\nconda install pytorch torchvision cuda80 -c soumith\n```\n',
      'main.py': "import torch\nopt.device = torch.device('cpu' if opt.no_cuda else 'cuda')\n",
    });
    expect(selector.cuda).toBe('8.0');
    const local = await gpuOf({
      'README.md':
        '# GPTQ\n\n## Dependencies\n\n* `torch`: tested on v1.12.1+cu113\n\n```\nCUDA_VISIBLE_DEVICES=0 python llama.py c4\n```\n',
    });
    expect(local.cuda).toBe('11.3');
  });

  it("reads a Singularity recipe's Docker base image as a Dockerfile's FROM", async () => {
    const gpu = await gpuOf({
      Singularity: 'BootStrap: docker\nFrom: nvidia/cuda:10.2-devel-centos7\n%post\n    yum install -y git\n',
    });
    expect(gpu).toMatchObject({ needed: true, cuda: '10.2' });
    expect(gpu.evidence[0]).toMatchObject({ file: 'Singularity', line: 2, rule: 'docker.from' });
  });

  it('reads CUDA_VISIBLE_DEVICES=<your GPU> in README commands as a GPU the commands run on', async () => {
    const gpu = await gpuOf({
      'README.md':
        '# manydepth\n\n```bash\nCUDA_VISIBLE_DEVICES=<your_desired_GPU> \\\npython -m manydepth.train --data_path x\n```\n',
      'environment.yml': 'dependencies:\n  - python=3.7\n  - pytorch=1.7.1\n',
    });
    expect(gpu.needed).toBe(true);
  });

  it('reads a CUDA extension built only when the project finds the toolkit as an option', async () => {
    const setup = [
      'from setuptools import setup',
      'from torch.utils.cpp_extension import BuildExtension, CppExtension',
      'def cuda_toolkit_available():',
      '    return subprocess.call(["nvcc"]) == 0',
      'def get_extensions():',
      '    extensions = [CppExtension("fast_transformers.causal_product.causal_product_cpu", sources=["causal_product_cpu.cpp"])]',
      '    if cuda_toolkit_available():',
      '        from torch.utils.cpp_extension import CUDAExtension',
      '        extensions += [CUDAExtension("fast_transformers.causal_product.causal_product_cuda", sources=["causal_product_cuda.cu"])]',
      '    return extensions',
      'setup(name="pytorch-fast-transformers", ext_modules=get_extensions(), install_requires=["torch"])',
    ].join('\n');
    const gpu = await gpuOf({
      'setup.py': setup,
      'fast_transformers/causal_product/causal_product_cuda.cu': '__global__ void k() {}\n',
    });
    expect(gpu.needed).toBe(false);
  });

  it('keeps GPUs the README launches on needed beside a GPU package in an extra', async () => {
    const gpu = await gpuOf({
      'pyproject.toml':
        '[project]\nname = "fourm"\ndependencies = ["torch>=2.0"]\n[project.optional-dependencies]\nfast = ["xformers>=0.0.24"]\n',
      'README_TRAINING.md':
        '# Training\n\nTo train on a 8 GPU node, run:\n\n```bash\nOMP_NUM_THREADS=1 torchrun --nproc_per_node=8 run_training_4m.py --config cfgs/default.yaml\n```\n',
      'README.md': '# 4M\n\nSee [training](README_TRAINING.md).\n',
    });
    expect(gpu.needed).toBe(true);
  });
});

describe('the thirteenth set: versions and languages', () => {
  it('reads Python 3 without a minor as the major, the weakest statement', async () => {
    const req = await requirementsOf({
      'README.md': '# AWD-LSTM\n\nPython 3 and PyTorch 0.2 are required for the current codebase.\n',
    });
    expect(req.runtimes.python).toBe('3');
    const minor = await requirementsOf({
      'README.md': '# x\n\nPython 3 is required.\n',
      'environment.yml': 'dependencies:\n  - python=3.8\n  - numpy\n',
    });
    expect(minor.runtimes.python).toBe('3.8');
    // A `python3` command is not a statement.
    const command = await requirementsOf({
      'README.md': '# x\n\nRun `python3 main.py` or python3 main.py.\n',
    });
    expect(command.runtimes.python ?? null).not.toBe('3');
  });

  it('puts the language of a manifest the README runs before the Dockerfile that installs it', async () => {
    expect(
      await languageOf({
        'README.md': '# DreamerV3\n\n```sh\npython dreamerv3/main.py --logdir ~/logdir\n```\n',
        'dreamerv3/requirements.txt': 'jax\noptax\n',
        'dreamerv3/Dockerfile': 'FROM ubuntu:22.04\nRUN pip install -r requirements.txt\n',
      }),
    ).toBe('Python');
    // The one Dockerfile that packages a program the README runs.
    expect(
      await languageOf({
        'README.md': '# diffusion\n\n```bash\npython run_benchmark.py --compile_unet\n```\n',
        Dockerfile: 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nRUN pip install torch\n',
      }),
    ).toBe('Python');
    // What runs inside an image is the image's: a repository of images stays Dockerfile.
    expect(
      await languageOf({
        'README.md':
          '# node\n\n```console\n$ docker run -it --rm node:22 node your-daemon-or-script.js\n```\n',
        '20/bookworm-slim/Dockerfile': 'FROM debian:bookworm-slim\nRUN apt-get install -y curl\n',
      }),
    ).toBe('Dockerfile');
  });

  it('reads the language of what a Makefile compiles when its sources are not there', async () => {
    const make =
      'CC=gcc\nNVCC=nvcc\nGPU=0\nifeq ($(GPU), 1)\nCFLAGS+= -DGPU\nendif\n$(OBJDIR)%.o: %.c $(DEPS)\n\t$(CC) $(CFLAGS) -c $< -o $@\n$(OBJDIR)%.o: %.cu $(DEPS)\n\t$(NVCC) -c $< -o $@\n';
    expect(await languageOf({ Makefile: make, 'README.md': '# darknet\n' })).toBe('C');
    const cuda = 'NVCC ?= $(CUDA_HOME)/bin/nvcc\n%.o: %.cu\n\t$(NVCC) -c $< -o $@\n';
    expect(await languageOf({ 'src/common.mk': cuda, 'README.md': '# nccl-tests\n' })).toBe('Cuda');
  });

  it('puts Python before the CUDA kernels it loads unless they outweigh it more than twice over', async () => {
    const kernel = '__global__ void add(float *x) { x[threadIdx.x] += 1; }\n'.repeat(40);
    const model =
      'import torch\nfrom torch.utils.cpp_extension import load\n' + 'x = torch.zeros(3)\n'.repeat(80);
    expect(await languageOf({ 'ops/add.cu': kernel, 'model.py': model })).toBe('Python');
    expect(await languageOf({ 'ops/add.cu': kernel.repeat(4), 'model.py': model })).toBe('Cuda');
  });

  it('reads the #! line of a script whose extension no language has, and the compiler a configure.ac checks for', async () => {
    expect(
      await languageOf({
        'scripts/deb/setup_20.x': '#!/bin/bash\nset -e\napt-get install -y nodejs\n',
        'README.md': '# distributions\n',
      }),
    ).toBe('Shell');
    expect(
      await languageOf({
        'configure.ac': 'AC_INIT([axel], [2.17])\nAC_PROG_CC\nAC_CONFIG_FILES([Makefile])\n',
        'README.md': '# axel\n',
      }),
    ).toBe('C');
  });

  it('reads an R-only conda environment as R, and Gradle scripts as build files', async () => {
    expect(
      await languageOf({
        'environment.yml': 'channels:\n  - conda-forge\ndependencies:\n  - r-base\n  - r-tidyverse\n',
      }),
    ).toBe('R');
    expect(
      await languageOf({
        'build.gradle':
          "plugins { id 'java' }\ndependencies { implementation 'com.google.guava:guava:31.0-jre' }\n",
      }),
    ).toBe('Java');
    expect(
      await languageOf({ 'src/cli.cr': 'require "./ameba"\nAmeba::Cli.run\n', 'shard.yml': 'name: ameba\n' }),
    ).toBe('Crystal');
  });
});
