// The files launch reads (--userdata, --public-key) are read within a bound: a device that never ends, a
// directory or an oversized file is INVALID_INPUT, not a process out of memory or an INTERNAL error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { stepArgs } from '@envboot/testkit';
import { simContext } from '@envboot/testkit-cloud';
import { toInput } from '../src/input.js';
import { chooseKey } from '../src/keys.js';
import { run } from '../src/run.js';

let sim: Sim;
const dir = mkdtempSync(join(tmpdir(), 'launch-files-'));

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 2000 });
});
afterAll(() => sim.close());

describe('files named on the command line', () => {
  const userdata = async (file: string) =>
    run(
      toInput(stepArgs({ lease: 'any', image: 'CC-Ubuntu22.04', userdata: file }), undefined),
      await simContext(sim, { dryRun: true }),
    );

  it('--userdata: a device that never ends, a directory, or more than Nova takes', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, 'x'.repeat(49_150));
    for (const [file, why] of [
      ['/dev/zero', 'more than 49149 bytes'],
      [dir, 'it is a directory'],
      [big, 'more than 49149 bytes'],
    ] as const) {
      await expect(userdata(file)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        field: 'userdata',
        message: expect.stringContaining(why),
      });
    }
  });

  it('--public-key: a device that never ends or a directory', async () => {
    for (const file of ['/dev/zero', dir]) {
      await expect(chooseKey(null, { keyName: null, publicKeyFile: file })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        field: 'public-key',
      });
    }
  });
});
