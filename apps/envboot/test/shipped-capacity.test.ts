// capacity through the shipped CLI against a simulator: when no window fits it says why (more hosts than the site
// has, or none free within the search horizon), in the envelope and on stderr; the calendar view starts now, marks
// it, and shows host counts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { CapacityData } from '@envboot/core';
import { envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { makeLease, simCloud } from '@envboot/testkit-cloud';
import { atTerminal, logLines, sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
let box: Sandbox;

beforeAll(async () => {
  // At the wall clock's pace: the lease below outlives the file by two days.
  sim = await startSim({ port: 0, seed: 'small' });
  box = sandbox('shipped-capacity');
});
afterAll(() => sim.close());

const capacity = (...args: string[]) =>
  runCli(['capacity', '--site', 'sim', ...args], { env: { ...box.env, ENVBOOT_SIM_URL: sim.url } });

describe('capacity says why no window fits', () => {
  it('more hosts than the site has of the type: how many it has', async () => {
    const run = await capacity('--node-type', 'compute_skylake', '--nodes', '50');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as CapacityData;
    expect(data).toMatchObject({
      earliest: null,
      reason: { code: 'more_than_exist', nodes_requested: 50, hosts_reservable: 3, hosts_total: 3 },
    });
    expect(data.reason!.message).toContain('3 compute_skylake');
    const warned = logLines(run.stderr).find((l) => l.level === 40);
    expect(warned?.msg).toBe(data.reason!.message);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('none free within the search horizon: the horizon', async () => {
    // The site's only storage_nvme host, taken for two days.
    await makeLease(sim, await simCloud(sim), 'cap-busy', {
      nodeType: 'storage_nvme',
      hours: 48,
      wait: false,
    });
    const run = await capacity('--node-type', 'storage_nvme', '--nodes', '1', '--within', '1d');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as CapacityData;
    expect(data).toMatchObject({
      earliest: null,
      reason: {
        code: 'none_free_within_horizon',
        nodes_requested: 1,
        hosts_reservable: 1,
        horizon_end: data.horizon_end,
      },
    });
    expect(data.reason!.message).toContain(data.horizon_end!.slice(0, 16).replace('T', ' '));
    expect(logLines(run.stderr).find((l) => l.level === 40)?.msg).toBe(data.reason!.message);
  });

  it('at a terminal, in the answer', async () => {
    const { code, screen } = await atTerminal(
      ['capacity', '--site', 'sim', '--node-type', 'compute_skylake', '--nodes', '50'],
      { ...box.env, ENVBOOT_SIM_URL: sim.url },
      { columns: 200 },
    );
    expect(code).toBe(0);
    expect(screen).toMatch(/No window: 50 hosts asked for, but .+ has only 3 compute_skylake hosts\./);
  });

  it('no reason when a window fits', async () => {
    const data = envelopeOf(await capacity('--node-type', 'compute_skylake', '--nodes', '1'))
      .data as CapacityData;
    expect(data.earliest).not.toBeNull();
    expect(data.reason).toBeNull();
  });
});

describe('the calendar view', () => {
  it('starts now, in the envelope', async () => {
    const data = envelopeOf(await capacity('--view', 'calendar', '--within', '2d')).data as CapacityData;
    const calendar = data.calendar!;
    const now = sim.clock.now().getTime();
    expect(Math.abs(Date.parse(calendar.now) - now)).toBeLessThan(10 * 60_000);
    expect(calendar.starts[0]).toBe(calendar.now);
    const skylake = calendar.rows.find((r) => r.node_type === 'compute_skylake')!;
    expect(skylake).toMatchObject({ total: 3, free_now: expect.any(Number) });
  });

  it('at a terminal: free/total host counts, and "now" under the first column', async () => {
    const { code, screen } = await atTerminal(
      ['capacity', '--site', 'sim', '--view', 'calendar', '--within', '2d', '--bucket', 'hour'],
      { ...box.env, ENVBOOT_SIM_URL: sim.url },
    );
    expect(code).toBe(0);
    const lines = screen.split(/\r?\n/);
    expect(lines[0]).toMatch(/^Free hosts at .+, per 1 h, from now \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)/);
    expect(lines.find((l) => l.startsWith('compute_skylake'))).toMatch(
      /^compute_skylake\s+[0-3]\/3\s+[0-3]\/3 /,
    );
    expect(lines.find((l) => l.startsWith('storage_nvme'))).toMatch(/^storage_nvme\s+0\/1\s+0\/1 /);
    const ticks = lines.findIndex((l) => /└┬/.test(l));
    expect(lines[ticks + 1]!.indexOf('now')).toBe(lines[ticks]!.indexOf('┬'));
  });
});
