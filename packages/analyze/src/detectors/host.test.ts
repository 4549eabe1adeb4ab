import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { gigabytes, hostDetector, jsoncOf } from './host.js';

describe('host specs', () => {
  it('converts sizes to gigabytes', () => {
    expect(gigabytes('32gb')).toBe(32);
    expect(gigabytes('16GiB')).toBe(16);
    expect(gigabytes('512m')).toBe(0.5);
    expect(gigabytes('2T')).toBe(2048);
    expect(gigabytes(2 ** 31)).toBe(2);
    expect(gigabytes('lots')).toBeNull();
  });

  it('parses JSON with comments and trailing commas, leaving strings alone', () => {
    const doc = jsoncOf('{\n // c\n "a": "http://x", /* b */ "b": [1,],\n}', 'devcontainer.json', () => {
      throw new Error('no warning expected');
    });
    expect(doc).toEqual({ a: 'http://x', b: [1] });
  });

  it('reads compose GPU reservations, runtime: nvidia and memory limits', async () => {
    const facts = await factsOf(hostDetector, {
      'docker-compose.yml':
        'services:\n  a:\n    runtime: nvidia\n  b:\n    mem_limit: 8g\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - capabilities: [gpu]\n              device_ids: ["0", "1", "2"]\n',
    });
    expect(ofType(facts, 'gpu')).toHaveLength(2);
    expect(ofType(facts, 'gpu-count')).toEqual([expect.objectContaining({ count: 3 })]);
    expect(ofType(facts, 'memory')).toEqual([expect.objectContaining({ gb: 8 })]);
  });

  it('reads devcontainer hostRequirements and the CUDA feature', async () => {
    const facts = await factsOf(hostDetector, {
      '.devcontainer/devcontainer.json':
        '{ "hostRequirements": { "gpu": "optional", "memory": "16gb", "storage": "128gb" }, "features": { "ghcr.io/devcontainers/features/nvidia-cuda:1": {} } }',
    });
    expect(ofType(facts, 'gpu').map((g) => g.requirement)).toEqual(['optional', 'required']);
    expect(ofType(facts, 'memory')[0]).toMatchObject({ gb: 16 });
    expect(ofType(facts, 'disk')[0]).toMatchObject({ gb: 128 });
  });

  it('reads apt.txt, and notes root files a binder folder sets aside', async () => {
    const facts = await factsOf(hostDetector, {
      'binder/apt.txt': '# libs\nlibgl1\nnvidia-cuda-toolkit\n',
      'requirements.txt': 'x\n',
    });
    expect(ofType(facts, 'system-package').map((p) => [p.name, p.ev.line])).toEqual([
      ['libgl1', 2],
      ['nvidia-cuda-toolkit', 3],
    ]);
    expect(ofType(facts, 'nvcc')).toHaveLength(1);
    expect(ofType(facts, 'ignored')[0]).toMatchObject({
      ev: expect.objectContaining({ file: 'requirements.txt', rule: 'scope.binder' }),
    });
  });
});
