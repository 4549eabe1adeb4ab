// The files provision reads from its flags (--env-file, --key-path, --plugin) are read within a bound: a device
// that never ends, a directory or a missing file is a clear error, not a process out of memory, stuck for ever
// in a synchronous read, or an INTERNAL error.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { connect, resolveCloudConfig, type Cloud } from '@envboot/openstack';
import { simEnv } from '@envboot/testkit';
import { withEnvFile } from '../src/input.js';
import { ensureKey } from '../src/keypair.js';
import { loadPlugins } from '../src/plugins.js';

let sim: Sim;
let cloud: Cloud;
const dir = mkdtempSync(join(tmpdir(), 'prov-files-'));

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 300 });
  cloud = await connect(await resolveCloudConfig({ site: 'sim', env: simEnv(sim.url) }), {
    tokenCache: false,
  });
});
afterAll(async () => {
  cloud.close();
  await sim.close();
});

describe('files named on the command line', () => {
  it('--env-file: a device that never ends, or a directory', () => {
    expect(() => withEnvFile({}, '/dev/zero')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'env-file' }),
    );
    expect(() => withEnvFile({}, dir)).toThrow(
      expect.objectContaining({ message: expect.stringContaining('directory') }),
    );
  });

  it('--key-path: a device that never ends, or a file that does not exist', async () => {
    const key = (keyPath: string) =>
      ensureKey(cloud, {
        keyName: 'k1',
        createKey: false,
        keyPath,
        keysDir: dir,
        runId: 'prov-x',
        home: dir,
      });
    await expect(key('/dev/zero')).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'key-path' });
    await expect(key(join(dir, 'missing.pub'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('ENOENT'),
    });
  });

  it('--plugin: a device or a directory is not loaded', async () => {
    for (const file of ['/dev/zero', dir]) {
      await expect(loadPlugins([file])).rejects.toMatchObject({
        code: 'PLUGIN_FAILED',
        message: expect.stringContaining('not a regular file'),
      });
    }
  });
});
