// The deterministic planner against the real CHI@UC catalog (hosts, hardware, calendar and images).
import { describe, expect, it } from '@jest/globals';
import { EnvbootError, validateAgainst } from '@envboot/core';
import { buildCatalog, imagesOf, type Catalog } from '../src/plan/catalog.js';
import { earliestStart } from '../src/plan/free.js';
import { plan, planDuration } from '../src/plan/plan.js';
import { SNAPSHOT_NOW, ucCatalog, ucRaw } from './helpers/catalog.js';
import { requirements } from './helpers/requirements.js';

const uc = ucCatalog();
const HOUR = 3_600_000;

function failure(fn: () => unknown): EnvbootError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(EnvbootError);
    return err as EnvbootError;
  }
  throw new Error('expected a failure');
}

/** The UC catalog with every host of some node types busy for the next `hours`. */
function busy(types: string[], hours: number): Catalog {
  return {
    ...uc,
    nodeTypes: uc.nodeTypes.map((n) =>
      types.includes(n.name)
        ? { ...n, calendars: n.calendars.map(() => [{ start: uc.now - HOUR, end: uc.now + hours * HOUR }]) }
        : n,
    ),
  };
}

describe('the catalog built from the CHI@UC snapshot', () => {
  it('joins Blazar hosts with reference hardware', () => {
    const rtx = uc.nodeTypes.find((n) => n.name === 'gpu_rtx_6000')!;
    expect(rtx).toMatchObject({ hosts: 37, architecture: 'x86_64', ramGb: 192, diskGb: 240 });
    expect(rtx.gpu).toEqual({
      count: 1,
      model: 'RTX 6000',
      vendor: 'nvidia',
      memoryGb: 24,
      computeCapability: '7.5',
    });
    expect(uc.nodeTypes.find((n) => n.name === 'gpu_a100_pcie')!.gpu).toMatchObject({
      count: 4,
      memoryGb: 80,
      computeCapability: '8.0',
    });
    expect(uc.nodeTypes.map((n) => n.name)).toEqual(
      expect.arrayContaining([
        'compute_cascadelake_r',
        'compute_skylake',
        'gpu_v100',
        'gpu_a100_nvlink',
        'fpga',
        'storage_nvme',
      ]),
    );
    expect(uc.nodeTypes.find((n) => n.name === 'fpga')!.special).toBe('fpga');
  });

  it('keeps only supported, active images that are not for virtual GPUs', () => {
    const names = uc.images.map((i) => i.name);
    expect(names).toContain('CC-Ubuntu22.04-CUDA');
    expect(names).not.toContain('CC-Ubuntu24.04-CUDA-VGPU');
    expect(names).not.toContain('my-old-image');
    expect(uc.images.find((i) => i.name === 'CC-Ubuntu24.04-ARM64')).toMatchObject({
      architecture: 'aarch64',
      os: 'ubuntu24.04',
    });
    expect(imagesOf([{ ...ucRaw().images[0]!, status: 'queued' }])).toEqual([]);
  });

  it('leaves out hosts Blazar may not give out', () => {
    const raw = ucRaw();
    raw.hosts = raw.hosts.map((h) => (h.node_type === 'gpu_v100' ? { ...h, reservable: false } : h));
    const c = buildCatalog(raw, 'uc', SNAPSHOT_NOW, 10080);
    expect(c.nodeTypes.find((n) => n.name === 'gpu_v100')).toBeUndefined();
  });
});

describe('plan', () => {
  it('gives a CPU job the smallest CPU node, a plain image and a default duration', () => {
    const p = plan(requirements(), uc, { maxNodes: 4 });
    expect(p).toMatchObject({
      node_type: 'compute_skylake',
      count: 1,
      image: 'CC-Ubuntu24.04',
      duration: '4h',
      duration_minutes: 240,
      resource_properties: '["==","$node_type","compute_skylake"]',
      source: 'rules',
      ssh_user: 'cc',
    });
    expect(validateAgainst('plan', p)).toEqual({ valid: true });
    expect(p.reasons.join('\n')).toMatch(/no GPU needed[\s\S]*the smallest that fits/);
  });

  it('gives one GPU with CUDA 12.1 an RTX 6000 and the Ubuntu 22.04 CUDA image', () => {
    const p = plan(requirements({ gpu: { needed: true, cuda: '12.1' } }), uc, { maxNodes: 4 });
    expect(p).toMatchObject({
      node_type: 'gpu_rtx_6000',
      count: 1,
      image: 'CC-Ubuntu22.04-CUDA',
      duration: '8h',
    });
    expect(p.reasons.join('\n')).toMatch(/CUDA 12.1 is packaged for Ubuntu 22.04/);
  });

  it('takes the newest CUDA image when the CUDA version is recent or unknown', () => {
    expect(plan(requirements({ gpu: { needed: true, cuda: '12.6' } }), uc, { maxNodes: 4 }).image).toBe(
      'CC-Ubuntu24.04-CUDA',
    );
    expect(plan(requirements({ gpu: { needed: true } }), uc, { maxNodes: 4 }).image).toBe(
      'CC-Ubuntu24.04-CUDA',
    );
  });

  it('never gives a GPU smaller than the code needs', () => {
    const p = plan(requirements({ gpu: { needed: true, min_memory_gb: 40 } }), uc, { maxNodes: 4 });
    expect(p.node_type).toMatch(/^gpu_a100/);
    expect(p.alternatives).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          node_type: 'gpu_rtx_6000',
          fits: false,
          why: expect.stringMatching(/24 GB per GPU/),
        }),
      ]),
    );
  });

  it('keeps old CUDA off GPUs it cannot drive, and needs Ampere for sm_80 code', () => {
    const old = plan(requirements({ gpu: { needed: true, cuda: '10.0' } }), busy(['gpu_rtx_6000'], 400), {
      maxNodes: 4,
    });
    expect(old.node_type).toBe('gpu_v100');
    expect(old.alternatives!.find((a) => a.node_type === 'gpu_a100_pcie')).toMatchObject({
      fits: false,
      why: expect.stringMatching(/CUDA 10.0 cannot run/),
    });
    expect(old.reasons.join('\n')).toMatch(/conda or a container/);
    const ampere = plan(requirements({ gpu: { needed: true, min_compute_capability: '8.0' } }), uc, {
      maxNodes: 4,
    });
    expect(ampere.node_type).toMatch(/^gpu_a100/);
  });

  it('spreads 8 GPUs over two 4-GPU nodes, and scales down to the node cap', () => {
    const eight = requirements({ gpu: { needed: true, count: 8, model: 'A100', min_memory_gb: 80 } });
    const p = plan(eight, uc, { maxNodes: 4 });
    expect(p).toMatchObject({ node_type: 'gpu_a100_pcie', count: 2 });
    expect(p.reasons.join('\n')).toMatch(/count 2: 8 GPUs over 4 per node/);
    const capped = plan(eight, uc, { maxNodes: 1 });
    expect(capped.count).toBe(1);
    expect(capped.reasons.join('\n')).toMatch(/scaled down/);
  });

  it('prefers what is free soonest over the smallest when the smallest is busy', () => {
    const p = plan(requirements({ gpu: { needed: true } }), busy(['gpu_rtx_6000'], 48), { maxNodes: 4 });
    expect(p.node_type).not.toBe('gpu_rtx_6000');
    expect(p.reasons.join('\n')).toMatch(/free sooner than gpu_rtx_6000/);
    expect(p.alternatives!.find((a) => a.node_type === 'gpu_rtx_6000')).toMatchObject({
      fits: true,
      free_at: new Date(uc.now + 48 * HOUR).toISOString().replace('.000Z', 'Z'),
    });
    // A short wait is not worth bigger hardware.
    const short = plan(requirements({ gpu: { needed: true } }), busy(['gpu_rtx_6000'], 1), { maxNodes: 4 });
    expect(short.node_type).toBe('gpu_rtx_6000');
    expect(short.free_at).toBe(new Date(uc.now + HOUR).toISOString().replace('.000Z', 'Z'));
  });

  it('says when no window fits within the horizon', () => {
    const all = busy(
      uc.nodeTypes.map((n) => n.name),
      24 * 30,
    );
    const p = plan(requirements(), all, { maxNodes: 4 });
    expect(p.node_type).toBe('compute_skylake');
    expect(p.free_at).toBeNull();
    expect(p.reasons.join('\n')).toMatch(/no window of 4h for 1 host in the next 14 days/);
  });

  it('uses scarce hardware only when nothing else fits', () => {
    expect(plan(requirements({ memory_gb: 300 }), uc, { maxNodes: 4 }).node_type).toBe('compute_gigaio');
    expect(plan(requirements({ disk_gb: 1000 }), uc, { maxNodes: 4 }).node_type).toBe('compute_nvdimm');
  });

  it('plans a CPU node when a GPU is optional', () => {
    const p = plan(requirements({ gpu: { needed: false, requirement: 'optional' } }), uc, { maxNodes: 4 });
    expect(p.node_type).toBe('compute_skylake');
    expect(p.reasons[0]).toMatch(/GPU is optional/);
  });

  it('proposes the largest node type, and says so, when the stated need exceeds every node of the site', () => {
    const p = plan(requirements({ gpu: { needed: true, min_memory_gb: 120 }, memory_gb: 4000 }), uc, {
      maxNodes: 4,
    });
    const a100 = uc.nodeTypes.filter((n) => n.gpu?.memoryGb === 80).map((n) => n.name);
    expect(a100).toContain(p.node_type);
    expect(p.reasons.join('\n')).toMatch(
      /the stated need exceeds every node type at .*; proposing the largest, gpu_a100\w+ \(4× A100 80 GB, .*\), with the need cut to its size/,
    );
    expect(validateAgainst('plan', p)).toEqual({ valid: true });
  });

  it('cuts a compute capability no node of the site has to the largest fit, and says so', () => {
    const p = plan(
      requirements({ gpu: { needed: true, min_memory_gb: 48, min_compute_capability: '8.6' } }),
      uc,
      { maxNodes: 4 },
    );
    expect(p.reasons.join('\n')).toMatch(
      /the stated need exceeds every node type at .*; proposing the largest/,
    );
    expect(validateAgainst('plan', p)).toEqual({ valid: true });
  });

  it('refuses code no node type at the site can run, saying where to go', () => {
    const arm = failure(() => plan(requirements({ architecture: 'aarch64' }), uc, { maxNodes: 4 }));
    expect(arm.code).toBe('INSUFFICIENT_CAPACITY');
    expect(arm.hint).toMatch(/--site tacc/);
    const amd = failure(() =>
      plan(requirements({ gpu: { needed: true, vendor: 'amd' } }), uc, { maxNodes: 4 }),
    );
    expect(amd.code).toBe('INSUFFICIENT_CAPACITY');
    expect(JSON.stringify(amd.details)).toMatch(/nvidia GPUs, the code needs amd/);
  });

  it('matches the image to the Python the code pins, and says when Python must be installed', () => {
    expect(plan(requirements({ runtimes: { python: '3.10' } }), uc, { maxNodes: 4 }).image).toBe(
      'CC-Ubuntu22.04',
    );
    const old = plan(requirements({ runtimes: { python: '3.7' } }), uc, { maxNodes: 4 });
    expect(old.reasons.join('\n')).toMatch(/Python 3.7 is not Ubuntu 24.04's own \(3.12\)/);
    expect(plan(requirements({ os: 'ubuntu22.04' }), uc, { maxNodes: 4 }).image).toBe('CC-Ubuntu22.04');
  });

  it('sizes the lease from the stated run time, within the site maximum', () => {
    expect(planDuration(requirements({ run_minutes: 180 }), 10080)).toMatchObject({ minutes: 300 });
    const long = planDuration(requirements({ run_minutes: 10 * 1440 }), 10080);
    expect(long.minutes).toBe(10080);
    expect(long.reason).toMatch(/capped/);
    expect(() => planDuration(requirements(), 10080, 8 * 1440)).toThrow(/longer than the site allows/);
  });

  it('takes --node-type, --image, --count and --duration over the rules, and checks them', () => {
    const p = plan(requirements(), uc, {
      maxNodes: 4,
      nodeType: 'compute_cascadelake_r',
      image: 'CC-Ubuntu22.04',
      count: 2,
      durationMinutes: 90,
    });
    expect(p).toMatchObject({
      node_type: 'compute_cascadelake_r',
      image: 'CC-Ubuntu22.04',
      count: 2,
      duration: '90m',
      source: 'flags',
    });
    // The count's reason names the flag, not a GPU need this repository does not have.
    expect(p.reasons).toContain('count 2: 2 asked for with --nodes');
    const bad = failure(() => plan(requirements(), uc, { maxNodes: 4, nodeType: 'gpu_h100' }));
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.hint).toMatch(/gpu_rtx_6000/);
    expect(failure(() => plan(requirements(), uc, { maxNodes: 4, image: 'CC-Windows' })).hint).toMatch(
      /CC-Ubuntu22.04/,
    );
  });

  it('is deterministic', () => {
    const req = requirements({ gpu: { needed: true, count: 2 } });
    expect(plan(req, uc, { maxNodes: 4 })).toEqual(plan(req, uc, { maxNodes: 4 }));
  });
});

describe('earliestStart', () => {
  const h = (n: number) => n * HOUR;
  it('finds the first moment enough hosts are free together for the whole window', () => {
    const calendars = [[{ start: h(0), end: h(5) }], [{ start: h(2), end: h(3) }], []];
    expect(earliestStart(calendars, 1, h(1), 0, h(100))).toBe(0);
    expect(earliestStart(calendars, 2, h(2), 0, h(100))).toBe(0);
    expect(earliestStart(calendars, 2, h(3), 0, h(100))).toBe(h(3));
    expect(earliestStart(calendars, 3, h(1), 0, h(100))).toBe(h(5));
    expect(earliestStart(calendars, 4, h(1), 0, h(100))).toBeNull();
    expect(earliestStart(calendars, 3, h(1), 0, h(4))).toBeNull();
  });
});
