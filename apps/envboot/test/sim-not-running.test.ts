// --site sim with no simulator listening, through the shipped bin: the hint says how to start one, and where it
// looked.
import { createServer } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { sandbox } from './shipped-support.js';

/** A port nothing listens on (it did a moment ago, so nothing else took it meanwhile). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('--site sim without a simulator', () => {
  it('is NETWORK (exit 5), and the hint says how to start one at the URL it tried', async () => {
    const port = await closedPort();
    const box = sandbox('sim-not-running');
    const run = await runCli(['capacity', '--site', 'sim', '--node-type', 'compute_skylake'], {
      env: { ...box.env, ENVBOOT_SIM_URL: `http://127.0.0.1:${port}` },
    });
    expect(run.code).toBe(5);
    const { error } = envelopeOf(run);
    expect(error).toMatchObject({ code: 'NETWORK', cloud: { service: 'identity', status: null } });
    expect(error?.hint).toBe(
      `No simulator is listening at http://127.0.0.1:${port}: start one with \`envboot sim --port ${port} &\`, ` +
        'or set ENVBOOT_SIM_URL to where one runs.',
    );
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('envboot '));
    expect(lines).toEqual([expect.stringContaining(`envboot sim --port ${port} &`)]);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
