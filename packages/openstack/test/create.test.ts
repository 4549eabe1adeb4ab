// Creating without duplicates: look up by name first, POST once, and after a failure that leaves us unsure,
// look up again before anything is resent.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createLogger } from '@envboot/core';
import { blazar, neutron, nova, type Cloud } from '../src/index.js';
import { connectWith, newMetrics } from './support/connect.js';
import {
  passwordEnv,
  scriptedCloud,
  type Answer,
  type LoggedRequest,
  type ScriptedCloud,
} from './support/scripted-cloud.js';

let server: ScriptedCloud;
let cloud: Cloud | undefined;

/** A Blazar lease store behind the scripted routes; `onCreate` decides whether the POST stores and what it answers. */
function blazarLeases(
  onCreate: (lease: Record<string, unknown>, n: number) => { store: boolean; answer: Answer },
) {
  const leases: Array<Record<string, unknown>> = [];
  let posts = 0;
  server.route('GET /reservation/v1/leases', () => ({ body: { leases } }));
  server.route('POST /reservation/v1/leases', (req: LoggedRequest) => {
    posts += 1;
    const body = req.json as Record<string, unknown>;
    const lease = {
      id: randomUUID(),
      name: body.name,
      status: 'PENDING',
      start_date: '2026-11-25T20:00:00.000000',
      end_date: '2026-11-26T20:00:00.000000',
      created_at: '2026-11-25 19:59:00',
      reservations: [],
      events: [],
    };
    const { store, answer } = onCreate(lease, posts);
    if (store) leases.push(lease);
    return answer;
  });
  return leases;
}

function blazarError(status: number, message: string): Answer {
  return { status, body: { error_code: status, error_message: message, error_name: status } };
}

const request = {
  name: 'exp-1',
  start: 'now' as const,
  end: new Date('2026-11-26T20:00:00Z'),
  reservations: [
    {
      resource_type: 'physical:host' as const,
      min: 1,
      max: 1,
      resource_properties: ['==', '$node_type', 'compute_skylake'],
    },
  ],
};

beforeEach(async () => {
  server = await scriptedCloud();
  cloud = await connectWith(passwordEnv(server), { metrics: newMetrics() });
});

afterEach(async () => {
  cloud?.close();
  await server.close();
});

describe('blazar.leases.create', () => {
  it('looks the name up, then POSTs once', async () => {
    const leases = blazarLeases((lease) => ({ store: true, answer: { status: 201, body: { lease } } }));
    const lease = await blazar.leases.create(cloud!.blazar, request);
    expect(lease).toMatchObject({ name: 'exp-1', status: 'PENDING', reused: false });
    expect(leases).toHaveLength(1);
    expect(server.requests().slice(1)).toEqual(['GET /reservation/v1/leases', 'POST /reservation/v1/leases']);
    const sent = server.log.find((r) => r.method === 'POST' && r.path.startsWith('/reservation'))!.json;
    expect(sent).toEqual({
      name: 'exp-1',
      start_date: 'now',
      end_date: '2026-11-26 20:00',
      reservations: [
        {
          resource_type: 'physical:host',
          min: 1,
          max: 1,
          resource_properties: '["==","$node_type","compute_skylake"]',
          hypervisor_properties: '',
        },
      ],
      events: [],
    });
  });

  it('returns the lease when the POST failed after creating it (500), without a second POST', async () => {
    const leases = blazarLeases(() => ({ store: true, answer: blazarError(500, 'Internal Server Error') }));
    const lease = await blazar.leases.create(cloud!.blazar, request);
    expect(leases).toHaveLength(1);
    expect(lease.id).toBe(leases[0]!.id);
    expect(server.count('POST /reservation/v1/leases')).toBe(1);
    expect(server.requests().slice(1)).toEqual([
      'GET /reservation/v1/leases',
      'POST /reservation/v1/leases',
      'GET /reservation/v1/leases',
    ]);
  });

  it('returns the lease when the connection dropped after it was created', async () => {
    const leases = blazarLeases(() => ({ store: true, answer: { drop: true } }));
    const lease = await blazar.leases.create(cloud!.blazar, request);
    expect(leases).toHaveLength(1);
    expect(lease.id).toBe(leases[0]!.id);
    expect(server.count('POST /reservation/v1/leases')).toBe(1);
  });

  it('POSTs again when the failed call had not created anything (503)', async () => {
    const leases = blazarLeases((lease, n) =>
      n === 1
        ? { store: false, answer: blazarError(503, 'busy') }
        : { store: true, answer: { status: 201, body: { lease } } },
    );
    await blazar.leases.create(cloud!.blazar, request);
    expect(leases).toHaveLength(1);
    expect(server.requests().slice(1)).toEqual([
      'GET /reservation/v1/leases',
      'POST /reservation/v1/leases',
      'GET /reservation/v1/leases',
      'POST /reservation/v1/leases',
    ]);
  });

  it('says on the log when the look-up after a failed POST fails too, and goes on as if nothing was made', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _e, done) {
        lines.push(String(chunk));
        done();
      },
    });
    cloud!.close();
    cloud = await connectWith(passwordEnv(server), {
      metrics: newMetrics(),
      log: createLogger({ level: 'warn', destination }),
    });
    const leases = blazarLeases((lease, n) =>
      n === 1
        ? { store: false, answer: { drop: true } }
        : { store: true, answer: { status: 201, body: { lease } } },
    );
    let gets = 0;
    server.route('GET /reservation/v1/leases', () =>
      ++gets === 2 ? blazarError(400, 'bad query') : { body: { leases } },
    );
    await blazar.leases.create(cloud!.blazar, request);
    expect(leases).toHaveLength(1);
    expect(server.count('POST /reservation/v1/leases')).toBe(2);
    const warning = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.op === 'create');
    expect(warning).toMatchObject({ level: 40, code: 'CLOUD_API', what: 'lease exp-1' });
  });

  it('does not take a lease that existed before for the one just created', async () => {
    const leases = blazarLeases(() => ({ store: false, answer: blazarError(500, 'Internal Server Error') }));
    leases.push({
      id: 'old',
      name: 'exp-1',
      status: 'TERMINATED',
      start_date: '2026-01-01T00:00:00.000000',
      end_date: '2026-01-02T00:00:00.000000',
    });
    await expect(blazar.leases.create(cloud!.blazar, request)).rejects.toMatchObject({
      code: 'CLOUD_API',
      cloud: { status: 500 },
    });
  });

  it('reuses a live lease of the same name, or refuses it when asked to', async () => {
    const leases = blazarLeases((lease) => ({ store: true, answer: { status: 201, body: { lease } } }));
    leases.push({
      id: 'live',
      name: 'exp-1',
      status: 'ACTIVE',
      start_date: '2026-11-25T19:00:00.000000',
      end_date: '2026-11-26T19:00:00.000000',
    });
    await expect(blazar.leases.create(cloud!.blazar, request)).resolves.toMatchObject({
      id: 'live',
      reused: true,
    });
    await expect(blazar.leases.create(cloud!.blazar, request, { existing: 'fail' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(server.count('POST /reservation/v1/leases')).toBe(0);
  });

  it('stops at a clear refusal: not enough hosts is INSUFFICIENT_CAPACITY, with no second look', async () => {
    blazarLeases(() => ({
      store: false,
      answer: blazarError(
        500,
        "Not enough resources available with query {'resource_type': 'physical:host', 'min': 1}",
      ),
    }));
    const err = await blazar.leases.create(cloud!.blazar, request).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'INSUFFICIENT_CAPACITY',
      exitCode: 4,
      cloud: { service: 'reservation', status: 500 },
    });
    expect((err as Error).message).toContain('Not enough resources available');
    expect(server.requests().slice(1)).toEqual(['GET /reservation/v1/leases', 'POST /reservation/v1/leases']);
  });

  it('checks the request before sending anything', async () => {
    blazarLeases((lease) => ({ store: true, answer: { status: 201, body: { lease } } }));
    await expect(
      blazar.leases.create(cloud!.blazar, {
        ...request,
        reservations: [{ resource_type: 'physical:host', min: 2, max: 1 }],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'reservations[0].max' });
    await expect(
      blazar.leases.create(cloud!.blazar, {
        ...request,
        reservations: [
          {
            resource_type: 'physical:host',
            min: 1,
            max: 1,
            resource_properties: ['>=', '$architecture.smt_size', 48],
          },
        ],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(server.requests()).toEqual(['POST /v3/auth/tokens']);
  });
});

describe('nova.servers.create', () => {
  it('boots once with the reservation hint, and finds the server by name after a dropped connection', async () => {
    const servers: Array<Record<string, unknown>> = [];
    server.route('GET /compute/v2.1/servers/detail', (req) => {
      const name = new URL(req.path, server.url).searchParams.get('name');
      expect(name).toBe('^node-1\\.a$');
      return { body: { servers } };
    });
    server.route('POST /compute/v2.1/servers', (req) => {
      const body = req.json as { server: Record<string, unknown> };
      servers.push({ id: 'srv-1', name: body.server.name, status: 'BUILD' });
      return { drop: true };
    });
    const created = await nova.servers.create(cloud!.nova, {
      name: 'node-1.a',
      imageRef: 'img',
      flavorRef: 'baremetal',
      networks: [{ uuid: 'net' }],
      key_name: 'me',
      reservation: 'res-1',
      user_data: '#!/bin/sh\necho hi\n',
    });
    expect(created).toEqual({ id: 'srv-1', name: 'node-1.a', reused: false });
    expect(server.count('POST /compute/v2.1/servers')).toBe(1);
    const post = server.log.find((r) => r.method === 'POST' && r.path === '/compute/v2.1/servers')!;
    expect(post.json).toMatchObject({
      server: {
        name: 'node-1.a',
        imageRef: 'img',
        flavorRef: 'baremetal',
        min_count: 1,
        max_count: 1,
        key_name: 'me',
      },
      'os:scheduler_hints': { reservation: 'res-1' },
    });
    expect(
      Buffer.from((post.json as { server: { user_data: string } }).server.user_data, 'base64').toString(),
    ).toBe('#!/bin/sh\necho hi\n');
    expect(post.headers['openstack-api-version']).toBe('compute 2.61');
  });
});

describe('neutron.floatingips.create', () => {
  it('marks the new address with a unique description and finds it by that after a 502', async () => {
    const fips: Array<Record<string, unknown>> = [];
    server.route('GET /network/v2.0/floatingips', (req) => {
      const description = new URL(req.path, server.url).searchParams.get('description');
      return { body: { floatingips: fips.filter((f) => f.description === description) } };
    });
    server.route('POST /network/v2.0/floatingips', (req) => {
      const fip = (req.json as { floatingip: Record<string, unknown> }).floatingip;
      fips.push({ id: `fip-${fips.length + 1}`, floating_ip_address: '192.5.87.10', ...fip });
      return { status: 502, body: '<html><body>Bad Gateway</body></html>' };
    });
    const fip = await neutron.floatingips.create(cloud!.neutron, { floating_network_id: 'public-net' });
    expect(fips).toHaveLength(1);
    expect(fip).toMatchObject({
      id: 'fip-1',
      floating_ip_address: '192.5.87.10',
      floating_network_id: 'public-net',
    });
    expect(fip.description).toMatch(/^envboot:[0-9a-f-]{36}$/);
    expect(server.count('POST /network/v2.0/floatingips')).toBe(1);
  });
});

describe('nova.keypairs.create', () => {
  it('returns an existing key pair with the same public key, and refuses one with another key', async () => {
    const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq me@host';
    server.route('GET /compute/v2.1/os-keypairs/me', () => ({
      body: {
        keypair: {
          name: 'me',
          public_key: `${key.split(' ').slice(0, 2).join(' ')} other-comment`,
          fingerprint: 'fp',
          type: 'ssh',
        },
      },
    }));
    await expect(nova.keypairs.create(cloud!.nova, { name: 'me', public_key: key })).resolves.toMatchObject({
      name: 'me',
      reused: true,
    });
    await expect(
      nova.keypairs.create(cloud!.nova, { name: 'me', public_key: 'ssh-ed25519 AAAAother x' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(server.count('POST /compute/v2.1/os-keypairs')).toBe(0);
  });
});
