import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadSeed, seedShift, UC_REFERENCE_TIME } from './seed.js';

describe('the CHI@UC seed', () => {
  const seed = loadSeed('uc');

  it('holds the 132 real nodes, each with a numeric Blazar host id', () => {
    expect(seed.hosts).toHaveLength(132);
    expect(seed.hosts.every((h) => /^\d+$/.test(h.id))).toBe(true);
    expect(new Set(seed.hosts.map((h) => h.id)).size).toBe(132);
    const types = new Map<string, number>();
    for (const h of seed.hosts) types.set(h.node.node_type, (types.get(h.node.node_type) ?? 0) + 1);
    expect(Object.fromEntries(types)).toEqual({
      compute_cascadelake_r: 42,
      gpu_rtx_6000: 37,
      compute_skylake: 23,
      storage_nvme: 10,
      compute_gigaio: 8,
      gpu_a100_pcie: 4,
      gpu_v100: 4,
      compute_nvdimm: 2,
      gpu_a100_nvlink: 1,
      fpga: 1,
    });
  });

  it('gives hosts mapped by a non-numeric id numbers after the largest one', () => {
    const max = Math.max(...seed.hosts.map((h) => Number(h.id)));
    const a100 = seed.hosts.filter((h) => h.node.node_type === 'gpu_a100_pcie');
    expect(a100.every((h) => Number(h.id) > 3400)).toBe(true);
    expect(max).toBe(3408 + 13);
  });

  it('keeps the real calendar (144 reservations) on those hosts', () => {
    expect(seed.bookings).toHaveLength(144);
    const ids = new Set(seed.hosts.map((h) => h.id));
    expect(seed.bookings.every((b) => ids.has(b.hostId) && b.end > b.start)).toBe(true);
    expect(seed.sites.items.map((s) => s.uid)).toEqual(['edge', 'ncar', 'nrp', 'nu', 'tacc', 'uc']);
  });

  it('moves the calendar so that its reference time becomes the start time (whole minutes)', () => {
    const start = Date.UTC(2026, 10, 25, 19, 16, 42);
    const shift = seedShift(seed, start);
    expect(Date.parse(UC_REFERENCE_TIME) + shift).toBe(Date.UTC(2026, 10, 25, 19, 16));
    // busy around "now": most compute_skylake nodes are reserved at the reference time
    const now = Date.parse(UC_REFERENCE_TIME);
    const skylake = seed.hosts.filter((h) => h.node.node_type === 'compute_skylake').map((h) => h.id);
    const busy = skylake.filter((id) =>
      seed.bookings.some((b) => b.hostId === id && b.start <= now && now < b.end),
    );
    expect(busy.length).toBe(21);
  });
});

describe('other seeds', () => {
  it('small: 8 nodes and 3 reservations', () => {
    const s = loadSeed('small');
    expect(s.hosts).toHaveLength(8);
    expect(s.bookings).toHaveLength(3);
  });

  it('a seed file of the same shape, and clear errors for bad ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-seed-'));
    try {
      const small = loadSeed('small');
      const file = join(dir, 'one.json');
      writeFileSync(
        file,
        JSON.stringify({
          reference_time: '2025-01-01T00:00:00Z',
          nodes: [small.hosts[0]!.node],
          hosts: { x: small.hosts[0]!.node.uid },
        }),
      );
      const one = loadSeed(file);
      expect(one.hosts).toEqual([expect.objectContaining({ id: '1' })]);
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"nodes": []');
      expect(() => loadSeed(bad)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field: 'seed' }));
      writeFileSync(bad, JSON.stringify({ reference_time: 'soon', nodes: [], hosts: {} }));
      expect(() => loadSeed(bad)).toThrow(/reference_time/);
      writeFileSync(
        bad,
        JSON.stringify({ reference_time: '2025-01-01T00:00:00Z', nodes: [], hosts: { 1: 'nope' } }),
      );
      expect(() => loadSeed(bad)).toThrow(/names node nope/);
      expect(() => loadSeed(join(dir, 'missing.json'))).toThrow(/neither uc, small nor a readable file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
