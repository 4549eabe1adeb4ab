import { describe, expect, it } from '@jest/globals';
import { cudaSupportsCapability, impliedCuda, minUbuntuForCuda, ngcCuda, ubuntuForCuda } from './cuda.js';
import { compareVersions, computeCapability, findGpuModel, memoryOfModelString } from './gpus.js';
import { condaPackage, cudaFromDigits, normalizePython, pythonPackage } from './packages.js';

describe('packages', () => {
  it('normalises names as PEP 503 does', () => {
    expect(normalizePython('Flash_Attn')).toBe('flash-attn');
    expect(normalizePython('torch.geometric')).toBe('torch-geometric');
  });

  it.each([
    ['torch', [], { framework: 'torch', gpu: 'framework' }],
    ['tensorflow-cpu', [], { framework: 'tensorflow', gpu: 'cpu' }],
    ['tensorflow-gpu', [], { framework: 'tensorflow', gpu: 'only' }],
    ['tensorflow', ['and-cuda'], { framework: 'tensorflow', gpu: 'only' }],
    ['jax', ['cuda12'], { framework: 'jax', gpu: 'only', cuda: '12' }],
    ['jax', ['cpu'], { framework: 'jax', gpu: 'cpu' }],
    ['cupy-cuda12x', [], { framework: 'cupy', gpu: 'only', cuda: '12' }],
    ['cupy-cuda117', [], { framework: 'cupy', gpu: 'only', cuda: '11.7' }],
    ['nvidia-cudnn-cu12', [], { framework: null, gpu: 'only', cuda: '12' }],
    ['mxnet-cu112', [], { framework: 'mxnet', gpu: 'only', cuda: '11.2' }],
    ['dgl-cuda11.1', [], { framework: 'dgl', gpu: 'only', cuda: '11.1' }],
    ['dgl-cu113', [], { framework: 'dgl', gpu: 'only', cuda: '11.3' }],
    ['unknown-thing-cu113', [], { framework: null, gpu: null }],
    ['faiss-cpu', [], { framework: 'faiss', gpu: 'cpu' }],
    ['tf-nightly', [], { framework: 'tensorflow', gpu: 'framework' }],
    ['tf-nightly-cpu', [], { framework: 'tensorflow', gpu: 'cpu' }],
    ['flash_attn', [], { framework: 'flash-attn', gpu: 'only' }],
    ['scikit-learn', [], { framework: 'scikit-learn', gpu: null }],
    ['requests', [], { framework: 'requests', gpu: null }],
    ['not-a-known-package', [], { framework: null, gpu: null }],
  ])('%s %j', (name, extras, expected) => {
    expect(pythonPackage(name, extras as string[])).toMatchObject(expected);
  });

  it('maps conda names to PyPI names', () => {
    expect(condaPackage('pytorch')).toMatchObject({
      pypiName: 'torch',
      framework: 'torch',
      gpu: 'framework',
    });
    expect(condaPackage('cpuonly')).toMatchObject({ gpu: 'cpu' });
    // conda-forge's R packages are CRAN's, lower-cased.
    expect(condaPackage('r-rcpp')).toMatchObject({ framework: 'Rcpp' });
    expect(condaPackage('r-ggplot2')).toMatchObject({ framework: 'ggplot2' });
    // A Python library Debian maintains counts in conda too; conda's C libraries do not.
    expect(condaPackage('bitarray')).toMatchObject({ framework: 'bitarray' });
    expect(condaPackage('openssl')).toMatchObject({ framework: null });
    expect(condaPackage('libtiff')).toMatchObject({ framework: null });
    expect(cudaFromDigits('121')).toBe('12.1');
    expect(cudaFromDigits('12')).toBe('12');
    expect(cudaFromDigits('90')).toBe('9.0');
    expect(cudaFromDigits('92')).toBe('9.2');
  });
});

describe('GPUs', () => {
  it('knows models, their memory and compute capability', () => {
    expect(findGpuModel('TU102GL [Quadro RTX 6000/8000]')).toMatchObject({
      name: 'RTX 6000',
      computeCapability: '7.5',
    });
    expect(memoryOfModelString('GA100 [A100 PCIe 80GB]')).toBe(80);
    expect(memoryOfModelString('GV100GL [Tesla V100 PCIe 32GB]')).toBe(32);
    expect(memoryOfModelString('Tesla P100')).toBe(16);
    expect(computeCapability('sm_86')).toBe('8.6');
    expect(compareVersions('11.10', '11.8')).toBeGreaterThan(0);
  });
});

describe('CUDA', () => {
  it('knows the CUDA framework releases were built for', () => {
    expect(impliedCuda('torch', '2.1.0')).toBe('12.1');
    expect(impliedCuda('tensorflow', '1.15.0')).toBe('10.0');
    expect(impliedCuda('tensorflow', '2.15.0')).toBe('12.2');
    expect(impliedCuda('jax', '0.4.23')).toBeNull();
    expect(impliedCuda('torch', '9.9')).toBeNull();
  });

  it('matches Ubuntu releases to CUDA versions and GPUs to CUDA versions', () => {
    expect(ubuntuForCuda('10.0')).toBe('18.04');
    expect(ubuntuForCuda('11.8')).toBe('22.04');
    expect(ubuntuForCuda('12.1')).toBe('22.04');
    expect(ubuntuForCuda('12.6')).toBe('24.04');
    expect(minUbuntuForCuda('11.3')).toBe('20.04');
    expect(cudaSupportsCapability('10.2', '8.0')).toBe(false);
    expect(cudaSupportsCapability('11.0', '8.0')).toBe(true);
    expect(cudaSupportsCapability('10.0', '7.5')).toBe(true);
    expect(cudaSupportsCapability('12.1', '3.7')).toBe(false);
  });

  it('knows the CUDA of NVIDIA framework container releases', () => {
    expect(ngcCuda('22.10-py3')).toBe('11.8');
    expect(ngcCuda('23.10-py3')).toBe('12.2');
    expect(ngcCuda('21.10-tf2-py3')).toBe('11.4');
    expect(ngcCuda('19.11-py3')).toBe('10.2');
    expect(ngcCuda('18.01-py3')).toBeNull();
    expect(ngcCuda('latest')).toBeNull();
  });
});
