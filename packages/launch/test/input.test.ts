import { describe, expect, it } from '@jest/globals';
import { stepArgs } from '@envboot/testkit';
import { toInput } from '../src/input.js';

const env = { HOME: '/home/u' };
const inputOf = (args: Record<string, unknown>) =>
  toInput(stepArgs({ lease: 'l', image: 'CC-Ubuntu22.04', ...args }), undefined, env);

describe("launch's floating IP and key flags", () => {
  it('leaves floating IPs to the network unless told (--floating-ip, api-6 --assign-floating-ip, --no-floating-ip)', () => {
    expect(inputOf({}).floatingIp).toBeNull();
    expect(inputOf({ floatingIp: true }).floatingIp).toBe(true);
    expect(inputOf({ assignFloatingIp: true }).floatingIp).toBe(true);
    expect(inputOf({ floatingIp: false }).floatingIp).toBe(false);
    expect(() => inputOf({ assignFloatingIp: true, floatingIp: false })).toThrow(
      expect.objectContaining({ code: 'USAGE', field: 'floating-ip' }),
    );
  });

  it('keeps created private keys under $XDG_STATE_HOME/envboot/keys', () => {
    expect(inputOf({ createKey: true })).toMatchObject({
      createKey: true,
      keysDir: '/home/u/.local/state/envboot/keys',
      home: '/home/u',
    });
    expect(
      toInput(stepArgs({ lease: 'l', image: 'x' }), undefined, { HOME: '/h', XDG_STATE_HOME: '/s' }).keysDir,
    ).toBe('/s/envboot/keys');
    expect(() => inputOf({ createKey: true, publicKey: 'k.pub' })).toThrow(
      expect.objectContaining({ code: 'USAGE', field: 'public-key' }),
    );
  });
});
