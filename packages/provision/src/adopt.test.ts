import { describe, expect, it } from '@jest/globals';
import type { PlanData } from '@envboot/core';
import { judge, leaseFit } from './adopt.js';
import type { RunOptions } from './state/model.js';

const HOUR = 3_600_000;
const now = Date.parse('2026-11-25T12:00:00Z');

const plan = { count: 1, node_type: 'gpu_rtx_6000', duration_minutes: 240 } as PlanData;

function lease(o: { start?: number; hours: number; status?: string; hosts?: number; type?: string }) {
  const start = o.start ?? now - HOUR;
  return {
    id: 'lease-1',
    name: 'mine',
    status: o.status ?? 'ACTIVE',
    start: new Date(start).toISOString(),
    end: new Date(start + o.hours * HOUR).toISOString(),
    reservations: [
      {
        id: 'res-1',
        resource_type: 'physical:host',
        min: o.hosts ?? 1,
        max: o.hosts ?? 1,
        resource_properties: JSON.stringify(['==', '$node_type', o.type ?? 'gpu_rtx_6000']),
      },
    ],
  } as unknown as Parameters<typeof leaseFit>[0];
}

const noSite = { hosts: [], allocations: [] };
const options = (o: Partial<RunOptions> = {}) => ({ leaseName: 'mine', ...o }) as RunOptions;

describe('whether a lease the user has fits the plan', () => {
  it('fits when it lasts the planned duration from now, with the hosts', () => {
    expect(leaseFit(lease({ hours: 6 }), plan, noSite, now).problems).toEqual([]);
  });

  it('says by how much it ends too early, counted from its start when that is later', () => {
    expect(leaseFit(lease({ hours: 2 }), plan, noSite, now).problems).toEqual([
      'it ends at 2026-11-25T13:00:00Z, 3h00m before the planned 4h would (2026-11-25T16:00:00Z)',
    ]);
    const later = lease({ start: now + 24 * HOUR, hours: 5 });
    expect(leaseFit(later, plan, noSite, now).problems).toEqual([]);
  });

  it('names missing hosts and hosts of another node type', () => {
    const fit = leaseFit(lease({ hours: 6, type: 'compute_skylake' }), { ...plan, count: 2 }, noSite, now);
    expect(fit.problems).toEqual([
      'it holds 1 host(s); the plan needs 2',
      'its hosts are compute_skylake; the plan wants gpu_rtx_6000',
    ]);
  });

  it('counts the hosts Blazar allocated to the reservation', () => {
    const site = {
      hosts: [
        { id: 'h1', node_type: 'gpu_rtx_6000' },
        { id: 'h2', node_type: 'gpu_rtx_6000' },
      ],
      allocations: [
        { resource_id: 'h1', reservations: [{ id: 'res-1' }] },
        { resource_id: 'h2', reservations: [{ id: 'res-1' }] },
      ],
    } as unknown as Parameters<typeof leaseFit>[2];
    expect(leaseFit(lease({ hours: 6 }), { ...plan, count: 2 }, site, now)).toMatchObject({
      problems: [],
      hosts: 2,
    });
  });
});

describe('whether to adopt it', () => {
  const fits = leaseFit(lease({ hours: 6 }), plan, noSite, now);
  const short = leaseFit(lease({ hours: 2 }), plan, noSite, now);

  it('adopts only when told, and a lease that does not fit only when told to use it anyway', () => {
    expect(judge(lease({ hours: 6 }), fits, options({ adoptLease: true }), false)).toBe('adopt');
    expect(judge(lease({ hours: 6 }), fits, options({ lease: 'mine', leaseName: null }), false)).toBe(
      'adopt',
    );
    expect(judge(lease({ hours: 2 }), short, options({ adoptLease: true, adoptAnyway: true }), false)).toBe(
      'adopt',
    );
  });

  it('asks at a terminal instead of refusing', () => {
    expect(judge(lease({ hours: 6 }), fits, options(), true)).toBe('ask');
    expect(judge(lease({ hours: 2 }), short, options({ adoptLease: true }), true)).toBe('ask');
  });

  it('is a CONFLICT naming the flag, or the reason, when it cannot ask', () => {
    expect(() => judge(lease({ hours: 6 }), fits, options(), false)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', hint: expect.stringContaining('--adopt-lease') }),
    );
    expect(() => judge(lease({ hours: 2 }), short, options({ adoptLease: true }), false)).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        message: expect.stringContaining('does not fit the plan: it ends at'),
        hint: expect.stringContaining('--adopt-anyway'),
      }),
    );
  });

  it('never uses a lease that has ended', () => {
    const ended = lease({ hours: 6, status: 'TERMINATED' });
    const fit = leaseFit(ended, plan, noSite, now);
    expect(() => judge(ended, fit, options({ adoptAnyway: true, adoptLease: true }), true)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'lease mine cannot be used: it is TERMINATED' }),
    );
  });
});
