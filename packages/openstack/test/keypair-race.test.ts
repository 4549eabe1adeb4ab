// Importing one public key under one name from several clients at once (several runs of one user): Nova answers
// 409 to every POST but the first, and each of those clients must get the key pair, not a CONFLICT. Against the
// simulator, whose key-pair POSTs are slowed down so that every client looks the name up before any has imported it.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { connect, nova, resolveCloudConfig, type Cloud } from '../src/index.js';

let sim: Sim;
const opened: Cloud[] = [];

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 1 });
  sim.setFaults({ latency: [{ route: 'POST /compute/**/os-keypairs', ms: 300 }] });
});

afterAll(async () => {
  for (const c of opened) c.close();
  await sim.close();
});

async function clients(n: number): Promise<Cloud[]> {
  const config = await resolveCloudConfig({
    site: 'sim',
    env: { ENVBOOT_SIM_URL: sim.url, ENVBOOT_TOKEN_CACHE: '0' },
    cwd: '/nonexistent',
    home: '/nonexistent',
  });
  const made = await Promise.all(
    Array.from({ length: n }, () => connect(config, { shareToken: false, tokenCache: false })),
  );
  opened.push(...made);
  return made;
}

function publicKey(): string {
  const { publicKey: key } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url');
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]).toString('base64')} me@host`;
}

describe('nova.keypairs.create from several clients at once', () => {
  it('gives every client the key pair: one imports it, the others find it after their 409', async () => {
    const key = publicKey();
    const all = await clients(6);
    const results = await Promise.all(
      all.map((c) => nova.keypairs.create(c.nova, { name: 'shared-key', public_key: key })),
    );
    expect(results.map((r) => r.name)).toEqual(Array(6).fill('shared-key'));
    expect(results.filter((r) => !r.reused)).toHaveLength(1);
    const [one] = all;
    expect((await nova.keypairs.list(one!.nova)).filter((k) => k.name === 'shared-key')).toHaveLength(1);
  });

  it('still refuses (CONFLICT) when the key pair another client imported holds another key', async () => {
    const all = await clients(2);
    const outcomes = await Promise.allSettled(
      all.map((c) => nova.keypairs.create(c.nova, { name: 'contested-key', public_key: publicKey() })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
  });
});
