import { describe, expect, it } from '@jest/globals';
import { parseCatalog, selectEndpoint } from './catalog.js';

const catalog = parseCatalog([
  {
    type: 'reservation',
    name: 'blazar',
    endpoints: [
      { interface: 'public', region_id: 'CHI@UC', region: 'CHI@UC', url: 'https://uc:1234/v1' },
      { interface: 'internal', region_id: 'CHI@UC', url: 'http://uc-internal:1234/v1' },
      { interface: 'public', region_id: 'CHI@TACC', url: 'https://tacc:1234/v1' },
    ],
  },
  { type: 'compute', endpoints: [{ interface: 'publicURL', region: 'CHI@UC', url: 'https://uc:8774/v2.1' }] },
  { name: 'broken' },
]);

describe('selectEndpoint', () => {
  it('matches type, interface and region (by region_id or region name)', () => {
    expect(selectEndpoint(catalog, 'reservation', { interface: 'public', region: 'CHI@UC' })).toBe(
      'https://uc:1234/v1',
    );
    expect(selectEndpoint(catalog, 'reservation', { interface: 'internal', region: 'CHI@UC' })).toBe(
      'http://uc-internal:1234/v1',
    );
    expect(selectEndpoint(catalog, 'reservation', { interface: 'public', region: 'CHI@TACC' })).toBe(
      'https://tacc:1234/v1',
    );
    expect(selectEndpoint(catalog, 'compute', { interface: 'public', region: 'CHI@UC' })).toBe(
      'https://uc:8774/v2.1',
    );
  });

  it('takes any region when none is configured', () => {
    expect(selectEndpoint(catalog, 'reservation', { interface: 'public', region: null })).toBe(
      'https://uc:1234/v1',
    );
  });

  it('explains what is missing', () => {
    expect(() => selectEndpoint(catalog, 'image', { interface: 'public', region: 'CHI@UC' })).toThrow(
      expect.objectContaining({ code: 'CLOUD_API', hint: 'Services in the catalog: compute, reservation.' }),
    );
    expect(() =>
      selectEndpoint(catalog, 'reservation', { interface: 'public', region: 'RegionOne' }),
    ).toThrow(
      expect.objectContaining({
        code: 'AUTH_CONFIG',
        field: 'OS_REGION_NAME',
        hint: expect.stringContaining('CHI@UC, CHI@TACC'),
      }),
    );
    expect(() => selectEndpoint(catalog, 'compute', { interface: 'admin', region: 'CHI@UC' })).toThrow(
      expect.objectContaining({ code: 'AUTH_CONFIG', field: 'OS_INTERFACE' }),
    );
  });
});
