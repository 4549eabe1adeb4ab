// lease-status --wait through the shipped bin against a simulator over HTTP, for a lease that starts later: it waits
// as long as the start asks (sleeping until near it, then polling briskly), or says at once that an explicit
// --wait ends before the lease starts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { LeaseData } from '@envboot/core';
import { envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { makeLease, simCloud } from '@envboot/testkit-cloud';

const HOUR = 3_600_000;
const SPEED = 600;

let sim: Sim;
let env: NodeJS.ProcessEnv;
/** Virtual times of the GETs of each lease, as the simulator answered them. */
const polls = new Map<string, number[]>();

beforeAll(async () => {
  // At 600×, six hours pass in 36 s (far more than a busy machine takes to start the CLI); the 48-hour leases
  // outlast the file by far.
  sim = await startSim({
    port: 0,
    seed: 'small',
    speed: SPEED,
    onRequest: (r) => {
      const id = /^\/reservation\/v1\/leases\/([^/?]+)$/.exec(r.path)?.[1];
      if (r.method === 'GET' && id) polls.set(id, [...(polls.get(id) ?? []), sim.clock.now().getTime()]);
    },
  });
  const home = mkdtempSync(join(tmpdir(), 'envboot-ls-home-'));
  env = { ENVBOOT_SIM_URL: sim.url, HOME: home, XDG_CACHE_HOME: join(home, '.cache') };
});
afterAll(() => sim.close());

const laterLease = async (name: string, nodeType: string, startsInMs: number) =>
  makeLease(sim, await simCloud(sim), name, {
    nodeType,
    start: new Date(sim.clock.now().getTime() + startsInMs),
    hours: 48,
  });

describe('lease-status --wait on a lease that starts later', () => {
  it('--wait alone waits until the start and the time to become ACTIVE, sleeping until near the start', async () => {
    const lease = await laterLease('ls-cli-later', 'compute_skylake', 6 * HOUR);
    const start = Date.parse(lease.start);
    const run = await runCli(['lease-status', lease.id, '--site', 'sim', '--wait'], {
      env,
      timeoutMs: 240_000,
    });
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseData;
    expect(data.status).toBe('ACTIVE');
    // The bound came from the start (up to six hours away when it began), not a flat 900 s.
    expect(data.polling!.timeout_seconds).toBeGreaterThan(900);
    expect(data.polling!.timeout_seconds).toBeLessThanOrEqual(6 * 3600 + 900);
    // Far from the start it looked only now and then; near it, often.
    const seen = polls.get(lease.id) ?? [];
    const early = seen.filter((t) => t < start - 10 * 60_000);
    expect(early.length).toBeLessThanOrEqual(10);
    expect(data.polling!.poll_count).toBeLessThanOrEqual(20);
    expect(run.stderr).toMatch(/starts in \d/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  }, 300_000);

  it('an explicit --wait that ends before the start is refused at once, with the bound to use', async () => {
    const lease = await laterLease('ls-cli-bound', 'gpu_rtx_6000', 24 * HOUR);
    const run = await runCli(['api-3', '--reservation-id', lease.id, '--zone', 'sim', '--wait', '600'], {
      env,
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(2);
    const error = envelopeOf(run).error!;
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'wait' });
    const needed = (error.details as { needed_seconds: number }).needed_seconds;
    expect(needed).toBeGreaterThan(600);
    expect(error.hint).toContain(`--wait ${needed}`);
    // Nothing was polled: the lease was read once.
    expect(polls.get(lease.id)).toHaveLength(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
