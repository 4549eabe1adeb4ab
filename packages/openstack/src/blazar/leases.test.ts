import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseLease, toCreateBody, toUpdateBody, type WireLease } from './leases.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

describe('parseLease', () => {
  it('normalises Blazar’s three date formats, numbers sent as strings, and narrows reservations', () => {
    const lease = parseLease((fixture('lease.wire.json') as { lease: WireLease }).lease);
    expect(lease).toEqual(fixture('lease.parsed.json'));
    const [host, fip] = lease.reservations;
    // The union narrows on resource_type.
    if (host?.resource_type !== 'physical:host' || fip?.resource_type !== 'virtual:floatingip')
      throw new Error('narrowing');
    expect(host.max - host.min).toBe(1);
    expect(fip.amount).toBe(1);
  });

  it('keeps reservation types it does not model, with their fields', () => {
    const lease = parseLease({
      id: 'l',
      reservations: [{ id: 'r', resource_type: 'virtual:gpu', amount: 3 }],
    });
    expect(lease.reservations[0]).toMatchObject({
      resource_type: 'other',
      original_type: 'virtual:gpu',
      fields: { amount: 3 },
    });
  });
});

describe('toCreateBody', () => {
  const end = new Date('2026-12-01T12:34:56Z');

  it('writes dates as "YYYY-MM-DD HH:MM" UTC, filters as JSON strings, and an empty events list', () => {
    expect(
      toCreateBody({
        name: 'exp',
        start: new Date('2026-12-01T08:00:30Z'),
        end,
        beforeEnd: new Date('2026-12-01T11:00:00Z'),
        reservations: [
          {
            resource_type: 'physical:host',
            min: 1,
            max: 2,
            resource_properties: ['and', ['==', '$node_type', 'gpu_rtx_6000'], ['==', '$gpu.gpu', 'True']],
          },
          { resource_type: 'virtual:floatingip', network_id: 'public-id', amount: 1 },
        ],
      }),
    ).toEqual({
      name: 'exp',
      start_date: '2026-12-01 08:00',
      end_date: '2026-12-01 12:34',
      before_end_date: '2026-12-01 11:00',
      reservations: [
        {
          resource_type: 'physical:host',
          min: 1,
          max: 2,
          resource_properties: '["and",["==","$node_type","gpu_rtx_6000"],["==","$gpu.gpu","True"]]',
          hypervisor_properties: '',
        },
        { resource_type: 'virtual:floatingip', network_id: 'public-id', amount: 1 },
      ],
      events: [],
    });
  });

  it('sends "now" as Blazar reads it, and a filter given as a string unchanged', () => {
    const body = toCreateBody({
      name: 'n',
      start: 'now',
      end,
      reservations: [
        {
          resource_type: 'physical:host',
          min: 1,
          max: 1,
          resource_properties: '["=", "$node_type", "compute_skylake"]',
        },
      ],
    });
    expect(body.start_date).toBe('now');
    expect((body.reservations as Array<{ resource_properties: string }>)[0]!.resource_properties).toBe(
      '["=", "$node_type", "compute_skylake"]',
    );
  });

  it('refuses what Blazar would refuse, naming the field', () => {
    const base = {
      name: 'n',
      start: 'now' as const,
      end,
      reservations: [{ resource_type: 'physical:host' as const, min: 1, max: 1 }],
    };
    expect(() => toCreateBody({ ...base, name: ' ' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'name' }),
    );
    expect(() => toCreateBody({ ...base, start: end })).toThrow(expect.objectContaining({ field: 'end' }));
    expect(() => toCreateBody({ ...base, reservations: [] })).toThrow(
      expect.objectContaining({ field: 'reservations' }),
    );
    expect(() =>
      toCreateBody({ ...base, reservations: [{ resource_type: 'physical:host', min: 0, max: 1 }] }),
    ).toThrow(expect.objectContaining({ field: 'reservations[0].min' }));
    expect(() =>
      toCreateBody({
        ...base,
        reservations: [{ resource_type: 'physical:host', min: 1, max: 1, resource_properties: '["==","$x"' }],
      }),
    ).toThrow(expect.objectContaining({ field: 'reservations[0].resource_properties' }));
    expect(() =>
      toCreateBody({
        ...base,
        reservations: [
          {
            resource_type: 'physical:host',
            min: 1,
            max: 1,
            resource_properties: ['and', ['>=', '$architecture.smt_size', 48]],
          },
        ],
      }),
    ).toThrow(/must be a string/);
  });
});

describe('toUpdateBody', () => {
  it('sends only what changes; an empty change is refused', () => {
    expect(toUpdateBody({ end: new Date('2026-12-03T10:00:00Z') })).toEqual({ end_date: '2026-12-03 10:00' });
    expect(() => toUpdateBody({})).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
