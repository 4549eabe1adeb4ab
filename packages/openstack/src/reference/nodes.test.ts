import { describe, expect, it } from '@jest/globals';
import { parseNode } from './nodes.js';

describe('reference nodes', () => {
  it('summarises the hardware of a node (gpu as object or list)', () => {
    const node = parseNode({
      uid: 'n1',
      node_name: 'gpu-rtx-07',
      node_type: 'gpu_rtx_6000',
      architecture: { platform_type: 'x86_64', smp_size: 2, smt_size: 48 },
      processor: { model: 'Intel Xeon Gold 6126' },
      main_memory: { ram_size: 201326592000 },
      gpu: { gpu: true, gpu_count: 1, gpu_model: 'Quadro RTX 6000', gpu_vendor: 'NVIDIA' },
      storage_devices: [{ size: 240057409536 }, { size: '1000204886016' }],
      infiniband: false,
    });
    expect(node).toMatchObject({
      uid: 'n1',
      architecture: 'x86_64',
      cpus: 2,
      threads_per_core: 48,
      ram_bytes: 201326592000,
      gpu: { gpu: true, count: 1, model: 'Quadro RTX 6000', vendor: 'NVIDIA' },
      storage_bytes: 240057409536 + 1000204886016,
    });
    expect(
      parseNode({
        uid: 'n2',
        gpu: [
          { gpu: true, gpu_model: 'A100' },
          { gpu: true, gpu_model: 'A100' },
        ],
      }).gpu,
    ).toEqual({
      gpu: true,
      count: 2,
      model: 'A100',
      vendor: null,
    });
    expect(parseNode({ uid: 'n3' }).gpu).toEqual({ gpu: false, count: 0, model: null, vendor: null });
  });
});
