import { describe, expect, it } from '@jest/globals';
import { memoryRepo } from '@envboot/git-source';
import { ofType } from '../../test/helpers/detect.js';
import { detect } from './index.js';
import { condaDetector } from './python/conda.js';
import { Tree } from './tree.js';
import { cpuSibling } from './variants.js';

describe('GPU and CPU variants of an environment file', () => {
  it('pairs a GPU-named file with its CPU sibling in the same folder', () => {
    const tree = new Tree(
      ['environment-cuda.yml', 'environment-cpu.yml', 'requirements-gpu.txt', 'sub/requirements-cpu.txt'].map(
        (path) => ({ path, size: 1 }),
      ),
    );
    expect(cpuSibling(tree, 'environment-cuda.yml')).toBe('environment-cpu.yml');
    expect(cpuSibling(tree, 'requirements-gpu.txt')).toBeNull();
    expect(cpuSibling(tree, 'environment-cpu.yml')).toBeNull();
  });

  it('makes the GPU variant a choice: optional GPU, its packages an optional group, its CUDA dropped', async () => {
    const cuda = 'name: x\ndependencies:\n  - python=3.8\n  - pytorch\n  - cudatoolkit>=10\n';
    const found = await detect(
      memoryRepo({
        'environment-cuda.yml': cuda,
        'environment-cpu.yml': 'name: x\ndependencies:\n  - pytorch\n',
      }),
      [condaDetector],
    );
    const gpu = ofType(found.facts, 'gpu');
    expect(gpu.map((g) => [g.requirement, g.ev.rule])).toContainEqual(['optional', 'env.gpu-variant']);
    expect(gpu.every((g) => g.requirement !== 'required')).toBe(true);
    expect(ofType(found.facts, 'cuda')).toEqual([]);
    const fromCuda = ofType(found.facts, 'package').filter((p) => p.ev.file === 'environment-cuda.yml');
    expect(fromCuda.length).toBeGreaterThan(0);
    expect(fromCuda.every((p) => p.scope === 'optional' && p.group === 'environment-cuda.yml')).toBe(true);
  });

  it('takes the plain environment file beside a CPU-only one as the GPU variant', () => {
    const tree = new Tree(
      ['environment.yml', 'environment_cpuonly.yml', 'requirements.txt'].map((path) => ({ path, size: 1 })),
    );
    expect(cpuSibling(tree, 'environment.yml')).toBe('environment_cpuonly.yml');
    expect(cpuSibling(tree, 'requirements.txt')).toBeNull();
    expect(cpuSibling(tree, 'environment_cpuonly.yml')).toBeNull();
  });
});
