// launch --userdata through the shipped CLI: the file's bytes reach the server the simulated Nova creates, and a
// file that cannot be read is INVALID_INPUT before anything is created.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { makeLease, simCloud } from '@envboot/testkit-cloud';
import { sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
let leaseId: string;
let box: Sandbox;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 2000 });
  leaseId = (
    await makeLease(sim, await simCloud(sim), 'shipped-userdata', {
      nodeType: 'compute_skylake',
      // 43 s of real time at this speed: the lease outlives a slow moment of a busy machine.
      hours: 24,
    })
  ).id;
  box = sandbox('shipped-userdata');
});
afterAll(() => sim.close());

interface SimServer {
  name: string;
  user_data: string | null;
}
const servers = () => (sim.state() as { servers: SimServer[] }).servers;

const launch = (...args: string[]) =>
  runCli([leaseId, '--site', 'sim', '--image', 'CC-Ubuntu22.04', ...args], {
    bin: 'launch',
    env: { ...box.env, ENVBOOT_SIM_URL: sim.url },
    cwd: box.cwd,
  });

describe('launch --userdata through the shipped CLI', () => {
  it("passes the file's content to Nova as the server's user data", async () => {
    const content = [
      '#cloud-config',
      'packages: [htop]',
      'runcmd:',
      "  - echo 'booted by envboot — ✓' > /etc/motd",
      '',
    ].join('\n');
    writeFileSync(join(box.cwd, 'cloud-init.yaml'), content);
    const run = await launch('--userdata', 'cloud-init.yaml', '--name-prefix', 'shipped-ud');
    const envelope = envelopeOf(run);
    expect({ code: run.code, error: envelope.error }).toEqual({ code: 0, error: null });
    const server = servers().find((s) => s.name === 'shipped-ud');
    expect(server?.user_data).toEqual(expect.any(String));
    expect(Buffer.from(server!.user_data!, 'base64').toString('utf8')).toBe(content);
  });

  it('a missing file is INVALID_INPUT (exit 2) naming --userdata, and no server is created', async () => {
    const before = servers().length;
    const run = await launch('--userdata', 'no-such-cloud-init.yaml', '--name-prefix', 'shipped-ud-missing');
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'userdata',
      message: expect.stringContaining('no-such-cloud-init.yaml'),
    });
    expect(run.stderr).toContain('[INVALID_INPUT]');
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(servers()).toHaveLength(before);
  });
});
