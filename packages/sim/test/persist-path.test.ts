// A --persist path the simulator cannot use is bad input (INVALID_INPUT), not an internal error: a directory that
// does not exist, a directory, a device that never ends. One that stops working while the site runs is reported.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '@envboot/core';
import { eventually } from '@envboot/testkit';
import { Client, start } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sim-persist-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--persist paths that cannot be used', () => {
  it.each([
    [
      'in a directory that does not exist',
      join(dir, 'missing', 'state.json'),
      /cannot write --persist .*ENOENT/,
    ],
    ['a directory', dir, /cannot (read|write) --persist/],
    ['a device that never ends', '/dev/zero', /cannot read --persist \/dev\/zero: it holds more than/],
  ])('%s', async (_what, persist, message) => {
    await expect(start({ persist })).rejects.toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'persist',
        message: expect.stringMatching(message),
      }),
    );
  });
});

describe('a --persist file that can no longer be written while the site runs', () => {
  it('is reported on the log, the site keeps answering, and the next change writes it again', async () => {
    const home = join(dir, 'removed-later');
    mkdirSync(home);
    const file = join(home, 'state.json');
    const lines: string[] = [];
    const sim = await start({
      persist: file,
      logger: createLogger({ level: 'error', destination: { write: (l: string) => void lines.push(l) } }),
    });
    try {
      const c = await new Client(sim).login();
      rmSync(home, { recursive: true, force: true });
      const key = (name: string) =>
        c.post('/compute/v2.1/os-keypairs', {
          keypair: {
            name,
            public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEkmSyvOswNlRLO1NaDxrp8sx/wmy8Os9FDrcNt5SFL5 x',
          },
        });
      expect((await key('while-gone')).status).toBe(200);
      // The write is due 100 ms after the change.
      await eventually(() =>
        expect(lines.map((l) => JSON.parse(l).msg)).toEqual([
          expect.stringMatching(
            /cannot write --persist .*ENOENT; the state is written again at the next change/,
          ),
        ]),
      );
      expect((await c.get('/compute/v2.1/os-keypairs/while-gone')).status).toBe(200);

      mkdirSync(home);
      expect((await key('once-back')).status).toBe(200);
      await eventually(() => {
        expect(existsSync(file)).toBe(true);
        expect(readFileSync(file, 'utf8')).toContain('once-back');
      });
    } finally {
      mkdirSync(home, { recursive: true });
      await sim.close();
    }
  });
});
