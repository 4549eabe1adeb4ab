import { describe, expect, it } from '@jest/globals';
import { seen } from '../model.js';
import { bare, factsOf, ofType } from '../../test/helpers/detect.js';
import { dockerDetector, imageFacts, instructions, readmeImageFacts } from './docker.js';

const ev = seen('Dockerfile', 1, 'FROM x', 'docker.from', 0);

describe('Dockerfiles', () => {
  it('joins continuation lines and skips comments', () => {
    expect(instructions('# c\nFROM a\nRUN apt-get install \\\n    # why\n    -y b\n')).toEqual([
      { op: 'FROM', args: 'a', line: 2, raw: 'FROM a' },
      { op: 'RUN', args: 'apt-get install      -y b', line: 3, raw: 'RUN apt-get install      -y b' },
    ]);
  });

  it.each([
    [
      'nvidia/cuda:12.1.0-cudnn8-devel-ubuntu22.04',
      [
        { type: 'os', os: 'ubuntu22.04' },
        { type: 'gpu', requirement: 'required' },
        { type: 'cuda', version: '12.1' },
        { type: 'nvcc' },
      ],
    ],
    [
      'pytorch/pytorch:2.1.0-cuda11.8-cudnn8-runtime',
      [
        { type: 'gpu', requirement: 'required' },
        { type: 'cuda', version: '11.8' },
        expect.objectContaining({ type: 'package', name: 'torch', version: '2.1.0' }),
      ],
    ],
    [
      'tensorflow/tensorflow:2.15.0',
      [
        expect.objectContaining({
          type: 'package',
          name: 'tensorflow',
          variant: expect.objectContaining({ kind: 'cpu' }),
        }),
      ],
    ],
    [
      'tensorflow/tensorflow:2.15.0-gpu',
      [
        { type: 'gpu', requirement: 'required' },
        expect.objectContaining({ type: 'package', name: 'tensorflow', variant: null }),
      ],
    ],
    [
      'nvcr.io/nvidia/pytorch:23.10-py3',
      [
        { type: 'gpu', requirement: 'required' },
        expect.objectContaining({ type: 'package', name: 'torch' }),
        { type: 'cuda', version: '12.2' },
      ],
    ],
    [
      'rocm/pytorch:rocm6.0_ubuntu22.04_py3.10',
      [
        { type: 'os', os: 'ubuntu22.04' },
        { type: 'gpu', requirement: 'required' },
        { type: 'rocm', version: '6.0' },
      ],
    ],
    ['python:3.11-slim', [{ type: 'runtime', name: 'python', version: '3.11', range: null }]],
    ['ubuntu:22.04', [{ type: 'os', os: 'ubuntu22.04' }]],
    ['debian:12', []],
  ])('reads %s', (image, expected) => {
    expect(bare(imageFacts(image, null, ev).facts)).toEqual(expected);
  });

  it('substitutes ARG defaults, follows stage names to the final base, and reads pip and apt lines', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile:
        'ARG CUDA=11.8.0\nFROM nvidia/cuda:${CUDA}-devel-ubuntu20.04 AS build\nRUN make\nFROM build\nRUN pip install --no-cache-dir torch==2.1.0 --index-url https://download.pytorch.org/whl/cu118 && apt-get install -y ffmpeg\nCMD ["python", "serve.py"]\n',
    });
    expect(ofType(facts, 'cuda').map((c) => [c.version, c.ev.rule])).toEqual([
      ['11.8', 'docker.pip'],
      ['11.8', 'docker.from'],
    ]);
    expect(ofType(facts, 'package')).toEqual([
      expect.objectContaining({ name: 'torch', variant: expect.objectContaining({ kind: 'cuda' }) }),
    ]);
    expect(ofType(facts, 'system-package').map((p) => p.name)).toEqual(['ffmpeg']);
    expect(ofType(facts, 'os')).toEqual([expect.objectContaining({ os: 'ubuntu20.04' })]);
    expect(ofType(facts, 'container')[0]).toMatchObject({
      file: 'Dockerfile',
      baseImages: ['nvidia/cuda:11.8.0-devel-ubuntu20.04'],
    });
  });

  it('substitutes an ARG default that uses the ARGs before it', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile:
        'ARG CUDA_VERSION=11.7.1\nARG CUDNN_VERSION=8\nARG BUILD_IMAGE=nvidia/cuda:${CUDA_VERSION}-cudnn${CUDNN_VERSION}-devel-ubuntu22.04\nFROM ${BUILD_IMAGE} AS train\nRUN make\n',
    });
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['11.7']);
    expect(ofType(facts, 'container')[0]?.baseImages).toEqual([
      'nvidia/cuda:11.7.1-cudnn8-devel-ubuntu22.04',
    ]);
  });

  it('reads an image that installs the CUDA stack, or asks the NVIDIA runtime for a CUDA, as needing a GPU', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile:
        'FROM ubuntu:18.04\nRUN apt-get update && apt-get install --yes --no-install-recommends lambda-stack-cuda\nENV NVIDIA_REQUIRE_CUDA "cuda>=10.0"\n',
    });
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule, g.ev.line])).toEqual([
      ['required', 'setup.cuda-install', 2],
      ['required', 'setup.cuda-install', 3],
    ]);
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['10.0']);
  });

  it("reads NVIDIA's OpenGL and Vulkan base images as needing a GPU", async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile: 'FROM nvidia/opengl:1.2-glvnd-runtime-ubuntu20.04\nENV NVIDIA_DRIVER_CAPABILITIES all\n',
    });
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['required', 'docker.from'],
    ]);
  });

  it('reads a lower-case dockerfile in a folder as a Dockerfile', async () => {
    const facts = await factsOf(dockerDetector, {
      'env/dockerfile': 'FROM nvidia/cuda:11.1-devel-ubuntu18.04\n',
    });
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['11.1']);
  });

  it("reads the images a README's commands pull or run as stated versions and a hint, not a table of them", () => {
    const readme = [
      'We recommend docker: ``docker pull pengchuanzhang/maskrcnn:ubuntu18-py3.7-cuda10.2-pytorch1.9``.',
      '```',
      'docker run --gpus all nvidia/cuda:11.0-base nvidia-smi',
      '```',
      '| cuda12.1 | `docker pull cnstark/pytorch:2.3.0-py3.10.15-cuda12.1.0-ubuntu22.04` |',
    ].join('\n');
    expect(
      readmeImageFacts('README.md', readme).map((f) => [
        f.type,
        f.type === 'cuda' || f.type === 'runtime' ? f.version : null,
        'ev' in f ? [f.ev.rule, f.ev.line, f.ev.priority] : null,
      ]),
    ).toEqual([
      ['gpu-hint', null, ['readme.docker-image', 1, 3]],
      ['cuda', '10.2', ['readme.docker-image', 1, 3]],
      ['runtime', '3.7', ['readme.docker-image', 1, 3]],
    ]);
  });

  it('reads --platform=linux/arm64 as aarch64', async () => {
    const facts = await factsOf(dockerDetector, { Dockerfile: 'FROM --platform=linux/arm64 python:3.12\n' });
    expect(ofType(facts, 'arch')).toEqual([
      expect.objectContaining({ arch: 'aarch64', ev: expect.objectContaining({ rule: 'docker.platform' }) }),
    ]);
  });

  it('sets aside a Dockerfile that only runs tests, and those under examples/ or vendored folders', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile: 'FROM nvidia/cuda:12.2.0-base-ubuntu22.04\nCMD ["pytest", "-q"]\n',
      'examples/gpu/Dockerfile': 'FROM nvidia/cuda:12.2.0-base-ubuntu22.04\n',
    });
    expect(facts.map((f) => f.type)).toEqual(['ignored', 'ignored']);
    expect(
      ofType(facts, 'ignored')
        .map((f) => f.ev.rule)
        .sort(),
    ).toEqual(['docker.test-only', 'scope.ignored-path']);
  });

  it('reads only binder/Dockerfile when a binder folder exists', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile: 'FROM nvidia/cuda:12.2.0-base-ubuntu22.04\n',
      'binder/Dockerfile': 'FROM python:3.10\n',
    });
    expect(ofType(facts, 'gpu')).toEqual([]);
    expect(ofType(facts, 'runtime')).toEqual([expect.objectContaining({ version: '3.10' })]);
    expect(ofType(facts, 'ignored')[0]!.ev.rule).toBe('scope.binder');
  });

  it('reads a GPU Dockerfile with a CPU variant as a GPU that is a choice', async () => {
    const gpuOnly = 'FROM nvidia/cuda:8.0-cudnn5-devel\nRUN pip install keras\n';
    const named = await factsOf(dockerDetector, {
      'Dockerfile.gpu': gpuOnly,
      'README.md': '# Images\n\ndocker build -t dl:cpu -f Dockerfile.cpu .\n',
    });
    expect(ofType(named, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['optional', 'docker.from'],
      ['optional', 'docker.gpu-variant'],
    ]);
    expect(ofType(named, 'gpu').at(-1)!.ev).toMatchObject({ file: 'README.md', line: 3 });
    expect(ofType(named, 'cuda')).toEqual([]);
    const sibling = await factsOf(dockerDetector, {
      'Dockerfile.gpu': gpuOnly,
      'Dockerfile.cpu': 'FROM ubuntu:22.04\n',
    });
    expect(ofType(sibling, 'gpu').every((g) => g.requirement === 'optional')).toBe(true);
    const alone = await factsOf(dockerDetector, { 'Dockerfile.gpu': gpuOnly });
    expect(ofType(alone, 'gpu').map((g) => g.requirement)).toEqual(['required']);
  });

  it('reads RUN lines across empty continuation lines, with the variables they set, and python3.X from apt', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile:
        'FROM ubuntu:20.04\nRUN APT_INSTALL="apt-get install -y" && \\\n    PIP_INSTALL="python -m pip --no-cache-dir install --upgrade" && \\\n\n    $APT_INSTALL \\\n        python3.8 \\\n        && \\\n\n    $PIP_INSTALL \\\n        numpy scipy\n',
    });
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toContainEqual(['python', '3.8']);
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['numpy', 'scipy']);
  });

  it('reads a CUDA-named Dockerfile as a choice when the README offers a CPU image', async () => {
    const facts = await factsOf(dockerDetector, {
      'docker/Dockerfile.pytorch-py38-cu113':
        'FROM nvidia/cuda:11.3.1-cudnn8-devel-ubuntu20.04\nRUN pip install torch -f https://download.pytorch.org/whl/cu113/torch.html\n',
      'README.md': 'Also works in CPU-only mode:\n\n    docker pull ufoym/deepo:cpu\n',
    });
    expect(ofType(facts, 'gpu').every((g) => g.requirement === 'optional')).toBe(true);
    expect(ofType(facts, 'package').every((p) => p.scope === 'optional')).toBe(true);
  });

  it("reads a GPU-named Dockerfile built on the project's CPU image as a choice, and its wheels and Python", async () => {
    const facts = await factsOf(dockerDetector, {
      'gpu.Dockerfile':
        'ARG BASE_TAG=staging\nFROM nvidia/cuda:10.0-cudnn7-devel-ubuntu16.04 AS nvidia\nFROM gcr.io/kaggle-images/python:${BASE_TAG}\nRUN pip install /tmp/tensorflow_gpu/tensorflow*.whl && conda install -y cudatoolkit=10.0\nADD patches/x.py /opt/conda/lib/python3.6/site-packages/x.py\n',
    });
    expect(ofType(facts, 'gpu').every((g) => g.requirement === 'optional')).toBe(true);
    expect(ofType(facts, 'package').map((p) => p.name)).toContain('tensorflow');
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toContainEqual(['python', '3.6']);
  });

  it('reads the Python an image builds from ENV or ARG PYTHON_VERSION', async () => {
    for (const line of ['ENV PYTHON_VERSION 3.12.10', 'ARG PYTHON_VERSION=3.12']) {
      const facts = await factsOf(dockerDetector, {
        Dockerfile: `FROM debian:bookworm-slim\n${line}\nRUN make\n`,
      });
      expect(ofType(facts, 'runtime').map((r) => [r.version, r.ev.rule, r.ev.line])).toEqual([
        ['3.12', 'docker.python-env', 2],
      ]);
    }
  });

  it('reads ENV values as variables of the lines after: PYTHON_VERSION among others, a Miniconda installer', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile:
        'FROM ubuntu:20.04\nENV CONDA_DIR=/opt/conda \\\n    PYTHON_VERSION="3.8.5"\nRUN conda install -y \'python=\'$PYTHON_VERSION numpy\n',
      'cpu/Dockerfile':
        'FROM ubuntu:18.04\nENV MINICONDA_VERSION py37_4.9.2\nRUN wget https://repo.continuum.io/miniconda/Miniconda3-${MINICONDA_VERSION}-Linux-x86_64.sh\n',
    });
    expect(ofType(facts, 'runtime').map((r) => [r.ev.file, r.version, r.ev.rule])).toEqual([
      ['Dockerfile', '3.8.5', 'install.conda'],
      ['Dockerfile', '3.8', 'docker.python-env'],
      ['cpu/Dockerfile', '3.7', 'docker.python-env'],
    ]);
  });

  it('reads the CUDA and Python of any image tagged with them', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile:
        'ARG CUDA_VER=11.5\nARG PYTHON_VER=3.9\nARG FROM_IMAGE=gpuci/rapidsai\nFROM ${FROM_IMAGE}:22.04-cuda${CUDA_VER}-base-ubuntu20.04-py${PYTHON_VER}\n',
    });
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['11.5']);
    expect(ofType(facts, 'gpu').map((g) => g.requirement)).toEqual(['required']);
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toContainEqual(['python', '3.9']);
  });

  it('reads the Python of the Miniconda installer an image downloads', async () => {
    const facts = await factsOf(dockerDetector, {
      Dockerfile:
        'FROM debian:bookworm-slim\nARG MINICONDA_URL="https://repo.anaconda.com/miniconda/Miniconda3-py311_23.11.0-1-Linux-x86_64.sh"\nRUN wget "${MINICONDA_URL}" -O miniconda.sh\n',
    });
    expect(ofType(facts, 'runtime').map((r) => [r.version, r.ev.rule, r.ev.line])).toEqual([
      ['3.11', 'docker.python-env', 2],
    ]);
  });

  it('reads docker/gpu/Dockerfile beside docker/cpu/Dockerfile as a choice, and a lone cuda12/ folder as a requirement', async () => {
    const gpu = 'FROM nvidia/cuda:11.2.0-cudnn8-runtime\nRUN pip3 install face_recognition\n';
    const both = await factsOf(dockerDetector, {
      'docker/gpu/Dockerfile': gpu,
      'docker/cpu/Dockerfile': 'FROM python:3.8-slim\nRUN pip3 install face_recognition\n',
    });
    expect(ofType(both, 'gpu').every((g) => g.requirement === 'optional')).toBe(true);
    expect(ofType(both, 'gpu').map((g) => g.ev.rule)).toContain('docker.gpu-variant');
    const alone = await factsOf(dockerDetector, { 'images/notebook/cuda12/Dockerfile': gpu });
    expect(ofType(alone, 'gpu').map((g) => g.requirement)).toEqual(['required']);
    // One level deeper: base/gpu/<image>/Dockerfile beside base/cpu/<image>/Dockerfile.
    const nested = await factsOf(dockerDetector, {
      'base/gpu/openmpi3.1.2-cuda10.1-cudnn7-ubuntu18.04/Dockerfile': gpu,
      'base/cpu/openmpi3.1.2-ubuntu18.04/Dockerfile': 'FROM ubuntu:18.04\n',
    });
    expect(ofType(nested, 'gpu').every((g) => g.requirement === 'optional')).toBe(true);
  });
});
