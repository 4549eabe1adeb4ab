// provision's plan carries what its reservation is estimated to cost, through the shipped CLI against a simulator:
// hours × Σ su_factor of the hosts of the window chosen, the figure capacity gives for the same window.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { CapacityData, ProvisionData } from '@envboot/core';
import { envelopeOf, runCli } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
let box: Sandbox;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small' });
  box = sandbox('shipped-provision-cost');
});
afterAll(() => sim.close());

const cli = (...args: string[]) =>
  runCli(args, { env: { ...box.env, ENVBOOT_SIM_URL: sim.url }, cwd: box.cwd, timeoutMs: 60_000 });

describe('SU cost in provision --dry-run', () => {
  it('is hours × Σ su_factor of the hosts of the window, as capacity prices it', async () => {
    const shape = ['--node-type', 'compute_skylake', '--nodes', '2', '--duration', '3h'];
    const run = await cli('provision', '--skip-repo-clone', '--site', 'sim', ...shape, '--dry-run');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as ProvisionData;
    const capacity = envelopeOf(await cli('capacity', '--site', 'sim', ...shape)).data as CapacityData;
    const factors = capacity.earliest!.nodes!.slice(0, 2).map((n) => n.su_factor ?? 1);
    const su = 3 * factors.reduce((a, b) => a + b, 0);
    expect(data.plan!.su_cost).toEqual({ hours: 3, hosts: 2, su_per_hour: su / 3, su, basis: 'hosts' });
    expect(data.plan!.su_cost).toEqual(capacity.earliest!.su_cost);
  });
});
