import { describe, expect, it } from '@jest/globals';
import { describeGpu, gpuMemoryGb } from './gpu-memory.js';
import { NO_HARDWARE_FILTER, hardwareOf, judgeHardware, type NodeRecord } from './hardware.js';

describe('gpuMemoryGb', () => {
  it.each([
    // Every model name Chameleon's reference API gives (UC and TACC, 2025-08).
    ['GA100 [A100 PCIe 80GB]', 80, 80],
    ['GA100 [A100 SXM4 80GB]', 80, 80],
    ['GA100 [A100 PCIe 40GB]', 40, 40],
    ['GA100GL [A30 PCIe]', 24, 24],
    ['TU102GL [Quadro RTX 6000/8000]', 24, 24],
    ['GV100GL [Tesla V100 PCIe 32GB]', 32, 32],
    ['GV100GL [Tesla V100 SXM2 32GB]', 32, 32],
    ['GV100GL [Tesla V100 PCIe 16GB]', 16, 16],
    ['GP100GL [Tesla P100 PCIe 16GB]', 16, 16],
    ['GP100GL [Tesla P100 SXM2 16GB]', 16, 16],
    ['P100', 12, 16],
    ['GK210GL [Tesla K80]', 12, 12],
    ['GM200GL [Tesla M40]', 12, 24],
    ['Arcturus GL-XL [Instinct MI100]', 32, 32],
    // Others the table knows.
    ['H100', 80, 94],
    ['NVIDIA H100 PCIe 80GB', 80, 80],
    ['Quadro RTX 8000', 48, 48],
    ['V100', 16, 32],
  ])('%s: %i–%i GB', (model, min, max) => {
    expect(gpuMemoryGb(model)).toEqual({ min, max });
  });

  it('a model it does not know is unknown, not guessed', () => {
    expect(gpuMemoryGb('GH100 [Hopper something]')).toBeNull();
    expect(gpuMemoryGb('Radeon Pro W6800')).toBeNull();
    expect(gpuMemoryGb(null)).toBeNull();
    expect(gpuMemoryGb('')).toBeNull();
  });

  it('describes a GPU for people', () => {
    expect(describeGpu('GA100 [A100 PCIe 40GB]', gpuMemoryGb('GA100 [A100 PCIe 40GB]'))).toBe('A100 40 GB');
    expect(describeGpu('GM200GL [Tesla M40]', gpuMemoryGb('GM200GL [Tesla M40]'))).toBe('M40 12–24 GB');
    expect(describeGpu('Mystery', null)).toBe('Mystery (memory unknown)');
  });
});

describe('judgeHardware', () => {
  const node = (gpu: NodeRecord['gpu'], architecture = 'x86_64'): NodeRecord => ({
    architecture,
    ram_bytes: 192 * 2 ** 30,
    threads_per_core: 48,
    gpu,
  });
  const noGpu = node({ gpu: false, count: 0, model: null, vendor: null });
  const m40 = node({ gpu: true, count: 1, model: 'GM200GL [Tesla M40]', vendor: 'NVIDIA' });
  const a100 = node({ gpu: true, count: 2, model: 'GA100 [A100 PCIe 40GB]', vendor: 'NVIDIA' });
  const mystery = node({ gpu: true, count: 1, model: 'Mystery 9000', vendor: 'Acme' });
  const f = (o: Partial<typeof NO_HARDWARE_FILTER>) => ({ ...NO_HARDWARE_FILTER, ...o });

  it('memory: a range entirely above is yes, entirely below is no, across is unknown', () => {
    expect(judgeHardware(f({ gpuMemoryGb: 40 }), hardwareOf(a100))).toBe('yes');
    expect(judgeHardware(f({ gpuMemoryGb: 40 }), hardwareOf(m40))).toBe('no');
    expect(judgeHardware(f({ gpuMemoryGb: 16 }), hardwareOf(m40))).toBe('unknown');
    expect(judgeHardware(f({ gpuMemoryGb: 12 }), hardwareOf(m40))).toBe('yes');
    expect(judgeHardware(f({ gpuMemoryGb: 8 }), hardwareOf(mystery))).toBe('unknown');
  });

  it('no GPU fails every GPU filter, whatever else is unknown', () => {
    expect(judgeHardware(f({ gpuMemoryGb: 1 }), hardwareOf(noGpu))).toBe('no');
    expect(judgeHardware(f({ gpus: 1 }), hardwareOf(noGpu))).toBe('no');
    expect(judgeHardware(f({ gpuVendor: 'nvidia' }), hardwareOf(noGpu))).toBe('no');
  });

  it('count, vendor and model substrings, architecture, RAM, threads', () => {
    expect(judgeHardware(f({ gpus: 2 }), hardwareOf(a100))).toBe('yes');
    expect(judgeHardware(f({ gpus: 3 }), hardwareOf(a100))).toBe('no');
    expect(judgeHardware(f({ gpuVendor: 'nvidia', gpuModel: 'a100' }), hardwareOf(a100))).toBe('yes');
    expect(judgeHardware(f({ gpuModel: 'MI100' }), hardwareOf(a100))).toBe('no');
    expect(judgeHardware(f({ architecture: 'aarch64' }), hardwareOf(a100))).toBe('no');
    expect(judgeHardware(f({ minRamGb: 192, minThreads: 48 }), hardwareOf(noGpu))).toBe('yes');
    expect(judgeHardware(f({ minRamGb: 256 }), hardwareOf(noGpu))).toBe('no');
  });

  it('no filter: every node, even one without a record', () => {
    expect(judgeHardware(NO_HARDWARE_FILTER, undefined)).toBe('yes');
    expect(judgeHardware(f({ gpus: 1 }), undefined)).toBe('unknown');
  });
});
