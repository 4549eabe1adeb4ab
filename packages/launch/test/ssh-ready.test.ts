// SSH readiness against the simulator's live nodes: a real SSH handshake and login, the host key checked against the
// console log, and the three ways it fails (wrong key, port still refused, no SSH answer at all).
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ssh2 from 'ssh2';
import { startSim, type Sim } from '@envboot/sim';
import { blazar, glance, neutron, nova, type Cloud } from '@envboot/openstack';
import { makeLease, simCloud } from '@envboot/testkit-cloud';
import { consoleFingerprints, sshTargetFor, waitForSsh, type SshProgress } from '../src/ssh-ready.js';

const MINUTE = 60_000;
/** The live node's boot after ACTIVE (docs/simulator.md, Live nodes), with a margin. */
const NODE_BOOT = 3 * MINUTE;

let sim: Sim;
let cloud: Cloud;
let server: Awaited<ReturnType<typeof nova.servers.get>>;
let consoleLog = '';
const mine = ssh2.utils.generateKeyPairSync('ed25519');
const other = ssh2.utils.generateKeyPairSync('ed25519');

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const target = () => sshTargetFor(server, server.addresses[0]!.addr, 'cc');

describe('waitForSsh against a live node', () => {
  beforeAll(async () => {
    sim = await startSim({ liveNodes: true, port: 0, seed: 'small' });
    cloud = await simCloud(sim);
    // The simulator's clock runs at real speed here: the test moves it, so the node's boot is seen refusing first.
    const lease = await makeLease(sim, cloud, 'ssh-ready', { nodeType: 'compute_skylake', wait: false });
    for (let i = 0; i < 100 && (await blazar.leases.get(cloud.blazar, lease.id)).status !== 'ACTIVE'; i++) {
      sim.clock.advance(MINUTE);
      await pause(20);
    }
    await nova.keypairs.create(cloud.nova, { name: 'ssh-ready', public_key: mine.public.trim() });
    const created = await nova.servers.create(cloud.nova, {
      name: 'ssh-ready',
      imageRef: (await glance.images.findByName(cloud.glance, 'CC-Ubuntu22.04')).id,
      flavorRef: (await nova.flavors.findByName(cloud.nova, 'baremetal')).id,
      networks: [{ uuid: (await neutron.networks.findByName(cloud.neutron, 'sharednet1')).id }],
      key_name: 'ssh-ready',
      reservation: lease.reservations[0]!.id,
    });
    const id = created.id;
    sim.clock.advance(11 * MINUTE);
    for (let i = 0; i < 400; i++) {
      server = await nova.servers.get(cloud.nova, id);
      if (server.status === 'ACTIVE' && server.ssh_endpoint) break;
      await pause(50);
    }
    expect(server.ssh_endpoint).toBeDefined();
    consoleLog = await nova.servers.consoleOutput(cloud.nova, id);
  }, 60_000);
  afterAll(() => sim.close());
  it('waits through refusals until the key logs in as cc, checking the host key against the console', async () => {
    const fingerprints = consoleFingerprints(consoleLog);
    expect(fingerprints).toHaveLength(1);
    const seen: SshProgress[] = [];
    const ready = await waitForSsh({
      target: target(),
      privateKey: mine.private,
      fingerprints,
      timeoutMs: 5 * MINUTE,
      maxIntervalMs: 100,
      onProgress: (p) => {
        seen.push(p);
        // The node boots in virtual time: let it once the first refusal has been seen.
        if (p.kind === 'waiting' && seen.filter((s) => s.kind === 'waiting').length === 1)
          sim.clock.advance(NODE_BOOT);
      },
    });
    expect(ready).toMatchObject({
      user: 'cc',
      host_key: { fingerprint: fingerprints[0], source: 'console' },
    });
    expect(ready.attempts).toBeGreaterThan(1);
    expect(seen[0]).toMatchObject({ kind: 'waiting', reason: 'refused' });
    expect(seen[0]!.message).toMatch(/: connection refused \(/);
    expect(seen.map((p) => p.kind).slice(-2)).toEqual(['host-key', 'logged-in']);
    expect(seen.at(-1)!.message).toContain('logged in as cc');
  });

  it('accepts the first host key when the console shows none, and says so', async () => {
    const ready = await waitForSsh({
      target: target(),
      privateKey: mine.private,
      fingerprints: [],
      timeoutMs: MINUTE,
    });
    expect(ready.host_key.source).toBe('first-seen');
  });

  it('stops at once with SSH_AUTH when the key is not the one the server was booted with', async () => {
    await expect(
      waitForSsh({
        target: target(),
        privateKey: other.private,
        fingerprints: consoleFingerprints(consoleLog),
        timeoutMs: 5 * MINUTE,
        hints: { keyName: server.key_name ?? '' },
      }),
    ).rejects.toMatchObject({ code: 'SSH_AUTH', hint: expect.stringContaining(server.key_name ?? '') });
  });

  it('refuses a host key other than the console shows (SSH_AUTH)', async () => {
    await expect(
      waitForSsh({
        target: target(),
        privateKey: mine.private,
        fingerprints: ['SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
        timeoutMs: MINUTE,
      }),
    ).rejects.toMatchObject({ code: 'SSH_AUTH', details: { address: target().address } });
  });
});

describe('waitForSsh giving up', () => {
  let silent: NetServer;
  const sockets: Socket[] = [];
  let port = 0;
  beforeAll(async () => {
    // Accepts connections and never speaks SSH: a machine that answers TCP but no SSH.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    port = (silent.address() as { port: number }).port;
  });
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((r) => silent.close(() => r()));
  });

  it('is TIMEOUT when nothing answers SSH within the time given', async () => {
    await expect(
      waitForSsh({
        target: { address: '192.5.87.10', host: '127.0.0.1', port, user: 'cc' },
        privateKey: mine.private,
        fingerprints: [],
        timeoutMs: 10,
        attemptTimeoutMs: 10,
      }),
    ).rejects.toMatchObject({ code: 'TIMEOUT', details: { address: '192.5.87.10' } });
  });

  it('is SSH_REFUSED when the port still refuses at the end, with the security group in the hint', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(
      waitForSsh({
        target: { address: '192.5.87.10', host: '127.0.0.1', port: closedPort, user: 'cc' },
        privateKey: mine.private,
        fingerprints: [],
        timeoutMs: 10,
        hints: { securityGroups: ['allow-ssh'] },
      }),
    ).rejects.toMatchObject({ code: 'SSH_REFUSED', hint: expect.stringContaining('allow-ssh') });
  });

  it('never shows the private key in its errors', async () => {
    const err = await waitForSsh({
      target: { address: '192.5.87.10', host: '127.0.0.1', port, user: 'cc' },
      privateKey: mine.private,
      fingerprints: [],
      timeoutMs: 10,
      attemptTimeoutMs: 10,
    }).catch((e: unknown) => e);
    const body = mine.private.split('\n')[1]!;
    expect(JSON.stringify(err)).not.toContain(body);
    expect(String((err as Error).message)).not.toContain(body);
  });
});
