import { describe, expect, it } from '@jest/globals';
import { extensionCheck, hostsOfLease, type HostBooking } from './extension.js';

const H = 3_600_000;
const D = 24 * H;
const T0 = Date.UTC(2026, 11, 1, 12, 0);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const lease = (status: string, start: number, end: number) => ({ status, start: iso(start), end: iso(end) });
const booking = (start: number, end: number): HostBooking => ({
  host_id: '7',
  lease_id: 'other',
  reservation_id: 'r',
  start,
  end,
});

describe('extensionCheck', () => {
  it('opens the window 48 hours before the end, for a lease that has not started too', () => {
    const pending = lease('PENDING', T0 + D, T0 + 4 * D);
    expect(extensionCheck(pending, T0, [])).toMatchObject({
      allowed_now: false,
      reason: 'window',
      allowed_from: iso(T0 + 2 * D),
      max_end: iso(T0 + 11 * D),
    });
    expect(extensionCheck(pending, T0 + 2 * D, []).allowed_now).toBe(true);
  });

  it('stops a started lease where another reservation takes one of its hosts', () => {
    const active = lease('ACTIVE', T0, T0 + D);
    const check = extensionCheck(active, T0 + H, [booking(T0 + D + 6 * H, T0 + 2 * D), booking(T0 - D, T0)]);
    expect(check).toMatchObject({ allowed_now: true, max_end: iso(T0 + D + 6 * H), reason: null });
    expect(check.blocking).toHaveLength(1);
    expect(extensionCheck(active, T0 + H, [booking(T0 + D, T0 + 2 * D)])).toMatchObject({
      allowed_now: false,
      reason: 'blocked',
      max_end: iso(T0 + D),
    });
  });

  it('leaves a lease that has not started free to move to other hosts', () => {
    const pending = lease('PENDING', T0 + H, T0 + D);
    expect(extensionCheck(pending, T0, [booking(T0 + D, T0 + 2 * D)])).toMatchObject({
      allowed_now: true,
      max_end: iso(T0 + 8 * D),
    });
  });

  it('says a lease that has ended cannot be extended', () => {
    expect(extensionCheck(lease('TERMINATED', T0 - D, T0), T0 + H, [])).toMatchObject({
      allowed_now: false,
      reason: 'ended',
      allowed_from: null,
    });
  });
});

describe('hostsOfLease', () => {
  it("finds the lease's hosts and the other reservations on them", () => {
    const r = (id: string, lease_id: string) => ({
      id,
      lease_id,
      start: iso(T0),
      end: iso(T0 + D),
      extras: {},
    });
    const found = hostsOfLease(
      [
        { resource_id: '1', reservations: [r('a', 'mine'), r('b', 'other')] },
        { resource_id: '2', reservations: [r('c', 'other')] },
        { resource_id: '3', reservations: [r('d', 'mine')] },
      ],
      'mine',
    );
    expect(found.hostIds).toEqual(['1', '3']);
    expect(found.others).toEqual([
      { host_id: '1', lease_id: 'other', reservation_id: 'b', start: T0, end: T0 + D },
    ]);
  });
});
