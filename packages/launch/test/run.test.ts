import { mkdtempSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { CloudStepContext } from '@envboot/openstack';
import { stepArgs, writeSshKey } from '@envboot/testkit';
import { makeLease, simCloud, simContext } from '@envboot/testkit-cloud';
import { createLogger, validateAgainst } from '@envboot/core';
import { toInput } from '../src/input.js';
import { run } from '../src/run.js';

const PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKuZiXrUjo9iyX+aaL+wwMeqsCn4uuVBURtOjlw9VivE launch-test';

let sim: Sim;
const context = (dryRun = false): Promise<CloudStepContext> => simContext(sim, { dryRun });
const activeLease = async (name: string, nodeType: string, start: Date | 'now' = 'now') =>
  makeLease(sim, await simCloud(sim), name, { nodeType, start });
const state = () => sim.state() as { servers: Array<{ id: string; status: string; deleting?: boolean }> };
let okLeaseId = '';
/** A home with the user's public key in ~/.ssh, where launch looks for it by default. */
const home = mkdtempSync(join(tmpdir(), 'launch-home-'));
writeSshKey(home);
const inputOf = (args: Record<string, unknown>) =>
  toInput(stepArgs(args), undefined, { HOME: home, XDG_STATE_HOME: join(home, 'state') });

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 2000 });
});
afterAll(() => sim.close());

describe('launch against the simulator', () => {
  it('boots on the reservation, attaches a floating IP and prints the ssh line', async () => {
    const lease = await activeLease('ln-ok', 'compute_skylake');
    okLeaseId = lease.id;
    const dir = mkdtempSync(join(tmpdir(), 'launch-'));
    writeFileSync(join(dir, 'id_ed25519.pub'), `${PUBLIC_KEY}\n`);
    const input = inputOf({
      lease: lease.id,
      image: 'CC-Ubuntu22.04',
      assignFloatingIp: true,
      wait: '1800',
      publicKey: join(dir, 'id_ed25519.pub'),
    });
    const data = await run(input, await context());
    expect(validateAgainst('launch', data)).toEqual({ valid: true });
    const [server] = data.servers;
    expect(server).toMatchObject({ status: 'ACTIVE', ssh_user: 'cc', name: 'ln-ok' });
    expect(server!.fixed_ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(server!.floating_ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(server!.ssh).toBe(`ssh -i ${join(dir, 'id_ed25519')} cc@${server!.floating_ip}`);
    expect(server!.key_name).toMatch(/^envboot-[0-9a-f]{12}$/);
    expect(data).toMatchObject({
      lease_id: lease.id,
      reservation_id: lease.id,
      host_reservation_id: lease.reservations[0]!.id,
    });
  });

  it('boots the same server only once when run again', async () => {
    const lease = await activeLease('ln-twice', 'gpu_rtx_6000');
    const args = { lease: lease.id, image: 'CC-Ubuntu22.04-CUDA', wait: '1800' };
    const first = await run(inputOf(args), await context());
    const second = await run(inputOf(args), await context());
    expect(second.servers[0]!.server_id).toBe(first.servers[0]!.server_id);
  });

  it('suggests close names for an unknown image', async () => {
    await expect(
      run(inputOf({ lease: okLeaseId, image: 'CC-Ubuntu22.4' }), await context()),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'image',
      hint: expect.stringContaining('CC-Ubuntu22.04'),
    });
  });

  it('refuses a lease that is not ACTIVE yet, with how to wait for it', async () => {
    const lease = await activeLease(
      'ln-pending',
      'storage_nvme',
      new Date(sim.clock.now().getTime() + (10 * 86_400_000) / 10),
    );
    await expect(
      run(inputOf({ lease: lease.id, image: 'CC-Ubuntu22.04' }), await context()),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      hint: expect.stringContaining('lease-status'),
    });
  });

  it('reports the build failure and removes the server it created', async () => {
    const lease = await activeLease('ln-fail', 'compute_cascadelake_r');
    sim.setFaults({ serverError: 'next' });
    const err = (await run(
      inputOf({ lease: lease.id, image: 'CC-Ubuntu22.04', wait: '1800' }),
      await context(),
    ).catch((e: unknown) => e)) as { code: string; message: string; details: { removed: string[] } };
    sim.clearFaults();
    expect(err.code).toBe('SERVER_FAILED');
    expect(err.details.removed).toHaveLength(1);
    const id = err.details.removed[0]!.replace('server:', '');
    // Deleted, or being deleted (bare-metal teardown takes a little virtual time).
    expect(state().servers.find((s) => s.id === id && s.status !== 'DELETED' && !s.deleting)).toBeUndefined();
  });

  it('deletes the key pair it made with --create-key when the launch fails', async () => {
    const lease = await activeLease('ln-fail-key', 'compute_skylake');
    sim.setFaults({ serverError: 'next' });
    const err = (await run(
      inputOf({
        lease: lease.id,
        image: 'CC-Ubuntu22.04',
        wait: '1800',
        createKey: true,
        keyName: 'ln-new-key',
      }),
      await context(),
    ).catch((e: unknown) => e)) as { code: string; details: { removed: string[] } };
    sim.clearFaults();
    expect(err.code).toBe('SERVER_FAILED');
    expect(err.details.removed).toContain('keypair:ln-new-key');
    const keypairs = (sim.state() as { keypairs: Array<{ name: string }> }).keypairs.map((k) => k.name);
    expect(keypairs).not.toContain('ln-new-key');
  });

  it('sends nothing with --dry-run', async () => {
    const ctx = await context(true);
    const data = await run(inputOf({ lease: 'some-lease', image: 'CC-Ubuntu22.04', count: 2 }), ctx);
    expect(data.servers.map((s) => s.status)).toEqual(['DRY_RUN', 'DRY_RUN']);
    expect(ctx.metrics.requests).toBe(0);
  });

  it('warns in a --dry-run that the launch itself would find no key, and still rehearses', async () => {
    const lines: string[] = [];
    const ctx = await context(true);
    ctx.log = createLogger({
      level: 'warn',
      destination: new Writable({
        write(chunk, _e, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    const keyless = mkdtempSync(join(tmpdir(), 'launch-keyless-'));
    const input = toInput(stepArgs({ lease: 'some-lease', image: 'CC-Ubuntu22.04' }), undefined, {
      HOME: keyless,
      XDG_STATE_HOME: join(keyless, 'state'),
    });
    const data = await run(input, ctx);
    expect(data.servers.map((s) => s.status)).toEqual(['DRY_RUN']);
    const warnings = lines.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(warnings).toEqual([
      expect.objectContaining({ level: 40, msg: expect.stringMatching(/would stop here: no SSH key/) }),
    ]);
  });
});
