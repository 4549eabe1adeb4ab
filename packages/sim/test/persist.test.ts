// Persistence: a restarted simulator keeps leases, servers, ports, floating IPs, key pairs and application
// credentials, never writes a secret, and refuses a state file from another seed.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { appCredAuth, Client, MINUTE, start } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sim-persist-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('--persist', () => {
  it('keeps what the users made across a restart, and the clock never goes back', async () => {
    const file = join(dir, 'state.json');
    const first = await start({ persist: file });
    const c = await new Client(first).login();
    const { lease, reservationId } = await c.activeLease();
    const serverId = (await c.serverCreate(reservationId)).body.server.id;
    first.clock.advance(11 * MINUTE);
    await c.post('/compute/v2.1/os-keypairs', {
      keypair: {
        name: 'kept',
        public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEkmSyvOswNlRLO1NaDxrp8sx/wmy8Os9FDrcNt5SFL5 x',
      },
    });
    const fip = (
      await c.post('/network/v2.0/floatingips', {
        floatingip: { floating_network_id: await c.network('public') },
      })
    ).body.floatingip;
    const cred = (
      await c.post(`/v3/users/${first.identity.userId}/application_credentials`, {
        application_credential: { name: 'kept', unrestricted: true },
      })
    ).body.application_credential;
    const clockThen = first.clock.now().getTime();
    await first.close();

    const text = readFileSync(file, 'utf8');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const secret of [cred.secret, c.token, first.identity.password, first.identity.appCredSecret])
      expect(text).not.toContain(secret);

    const second = await start({ persist: file });
    try {
      expect(second.clock.now().getTime()).toBeGreaterThanOrEqual(clockThen);
      const old = new Client(second);
      old.token = c.token;
      expect((await old.get('/reservation/v1/leases')).status).toBe(401);
      const d = await new Client(second).login();
      expect((await d.get(`/reservation/v1/leases/${lease.id}`)).body.lease.status).toBe('ACTIVE');
      expect((await d.get(`/compute/v2.1/servers/${serverId}`)).body.server).toMatchObject({
        status: 'ACTIVE',
      });
      expect((await d.get(`/network/v2.0/ports?device_id=${serverId}`)).body.ports).toHaveLength(1);
      expect((await d.get(`/network/v2.0/floatingips/${fip.id}`)).body.floatingip.floating_ip_address).toBe(
        fip.floating_ip_address,
      );
      expect((await d.get('/compute/v2.1/os-keypairs/kept')).status).toBe(200);
      expect((await d.post('/v3/auth/tokens', appCredAuth(cred.id, cred.secret))).status).toBe(201);
      // the calendar is the same: the restarted site still has this lease's host booked
      expect((await d.leaseCreate({}, { min: 2, max: 2 })).status).toBe(500);
      // and the life cycle goes on: the server goes when its lease is deleted
      await d.del(`/reservation/v1/leases/${lease.id}`);
      second.clock.advance(10_000);
      expect((await d.get(`/compute/v2.1/servers/${serverId}`)).status).toBe(404);
    } finally {
      await second.close();
    }
  });

  it('refuses a state file written with another seed, and one that is not a state file', async () => {
    const file = join(dir, 'state.json');
    await (await start({ persist: file })).close();
    await expect(start({ persist: file, seed: 'uc' })).rejects.toThrow(/was written with seed small, not uc/);
    writeFileSync(file, '{"hello": 1}');
    await expect(start({ persist: file })).rejects.toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'persist' }),
    );
    writeFileSync(file, 'nope');
    await expect(start({ persist: file })).rejects.toThrow(/is not a simulator state file/);
  });
});
