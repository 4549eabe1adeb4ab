import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { isPlaceholderId, placeholderId, refusePlaceholder } from './placeholder.js';

describe('placeholder ids', () => {
  it('are the same for the same seed, and recognised', () => {
    const id = placeholderId('lease', 'envboot-compute_skylake-1x-now|2026-11-25T10:00Z');
    expect(id).toMatch(/^dry-run-lease-[0-9a-f]{8}$/);
    expect(placeholderId('lease', 'envboot-compute_skylake-1x-now|2026-11-25T10:00Z')).toBe(id);
    expect(placeholderId('fip-reservation', 'x')).toMatch(/^dry-run-fip-reservation-[0-9a-f]{8}$/);
    expect(placeholderId('server', 'x', 2)).toMatch(/^dry-run-server-[0-9a-f]{8}-2$/);
    expect(isPlaceholderId(placeholderId('server', 'x', 2))).toBe(true);
  });

  it('are not lease names or OpenStack ids', () => {
    for (const ref of [
      'my-lease',
      'dry-run',
      'dry-run-test',
      '6c1e0a8b-2f4e-4a3c-9d1b-0123456789ab',
      undefined,
    ])
      expect(isPlaceholderId(ref)).toBe(false);
  });

  it('follow the PlaceholderId definition of the schemas', () => {
    const defs = JSON.parse(readFileSync(new URL('../../../schemas/defs.json', import.meta.url), 'utf8'));
    const pattern = new RegExp(defs.$defs.PlaceholderId.pattern as string);
    for (const id of [placeholderId('lease', 'x'), placeholderId('floating-ip', 'y', 12)])
      expect(pattern.test(id)).toBe(true);
    expect(pattern.test('my-lease')).toBe(false);
  });

  it('are refused where a real id is needed', () => {
    expect(() => refusePlaceholder(placeholderId('lease', 'x'), 'lease')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'lease' }),
    );
    expect(() => refusePlaceholder('my-lease', 'lease')).not.toThrow();
  });
});
