// Error mapping: each service's status and body shape become the project's code, with the service's own message,
// the request id and a scrubbed path. Tests branch on code and status, not on wording.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { blazar, glance, neutron, nova, reference, type Cloud } from '../src/index.js';
import { cloudError } from '../src/transport/errors.js';
import type { HttpFailure } from '../src/transport/types.js';
import { connectWith, newMetrics, rejection } from './support/connect.js';
import {
  appCredEnv,
  passwordEnv,
  scriptedCloud,
  type Answer,
  type ScriptedCloud,
} from './support/scripted-cloud.js';

let server: ScriptedCloud;
let cloud: Cloud;

beforeAll(async () => {
  server = await scriptedCloud();
  cloud = await connectWith(passwordEnv(server), { metrics: newMetrics() });
});

afterAll(async () => {
  cloud.close();
  await server.close();
});

async function failing(key: string, answer: Answer, call: () => Promise<unknown>) {
  server.script(key, [answer]);
  const err = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).not.toBeNull();
  return err as Error & {
    code: string;
    retryable: boolean;
    hint: string | null;
    cloud: Record<string, unknown>;
  };
}

describe('Blazar', () => {
  it('404 → NOT_FOUND with error_message and the request id', async () => {
    const err = await failing(
      'GET /reservation/v1/leases/nope',
      {
        status: 404,
        headers: { 'x-openstack-request-id': 'req-abc-404' },
        body: {
          error_code: 404,
          error_message: "Object with {'lease_id': 'nope'} not found",
          error_name: 404,
        },
      },
      () => blazar.leases.get(cloud.blazar, 'nope'),
    );
    expect(err).toMatchObject({
      code: 'NOT_FOUND',
      retryable: false,
      cloud: {
        service: 'reservation',
        status: 404,
        request_id: 'req-abc-404',
        method: 'GET',
        path: '/reservation/v1/leases/nope',
      },
    });
    expect(err.message).toContain("Object with {'lease_id': 'nope'} not found");
  });

  it('403 over the 7-day limit → CLOUD_API, Blazar message kept, with a hint', async () => {
    const message =
      'Lease duration of 864000 seconds must be less than or equal to the maximum lease duration of 604800 seconds.';
    const err = await failing(
      'POST /reservation/v1/leases',
      { status: 403, body: { error_code: 403, error_message: message, error_name: 403 } },
      () => cloud.blazar.request({ op: 't', method: 'POST', path: 'leases', json: {} }),
    );
    expect(err).toMatchObject({ code: 'CLOUD_API', cloud: { status: 403 } });
    expect(err.message).toContain(message);
    expect(err.hint).toMatch(/7 days/);
  });

  it('409 → CONFLICT; routing errors ({error, error_message}) keep their message', async () => {
    const err = await failing(
      'PUT /reservation/v1/leases/x',
      { status: 409, body: { error: 409, error_message: 'Cannot update the resource type' } },
      () => blazar.leases.update(cloud.blazar, 'x', { name: 'y' }),
    );
    expect(err).toMatchObject({ code: 'CONFLICT', cloud: { status: 409, method: 'PUT' } });
    expect(err.message).toContain('Cannot update the resource type');
  });

  it('500 "Not enough hosts available" → INSUFFICIENT_CAPACITY (exit 4)', async () => {
    const err = await failing(
      'GET /reservation/v1/os-hosts',
      {
        status: 500,
        body: { error_code: 500, error_message: 'Not enough hosts available', error_name: 500 },
      },
      () => blazar.hosts.list(cloud.blazar),
    );
    expect(err).toMatchObject({ code: 'INSUFFICIENT_CAPACITY', exitCode: 4 });
  });

  it('a 401 from keystonemiddleware carries Keystone’s message', async () => {
    server.script('GET /reservation/v1/leases', [
      {
        status: 401,
        body: {
          error: {
            code: 401,
            title: 'Unauthorized',
            message: 'The request you have made requires authentication.',
          },
        },
      },
      {
        status: 401,
        body: {
          error: {
            code: 401,
            title: 'Unauthorized',
            message: 'The request you have made requires authentication.',
          },
        },
      },
    ]);
    const err = await rejection(blazar.leases.list(cloud.blazar));
    expect(err).toMatchObject({ code: 'AUTH', cloud: { status: 401 } });
    expect(err.message).toContain('requires authentication');
  });
});

describe('Nova, Neutron, Glance, reference', () => {
  it('Nova {"itemNotFound": {message}} → NOT_FOUND with the message', async () => {
    const err = await failing(
      'GET /compute/v2.1/servers/gone',
      {
        status: 404,
        headers: { 'x-compute-request-id': 'req-nova-1' },
        body: { itemNotFound: { code: 404, message: 'Instance gone could not be found.' } },
      },
      () => nova.servers.get(cloud.nova, 'gone'),
    );
    expect(err).toMatchObject({ code: 'NOT_FOUND', cloud: { service: 'compute', request_id: 'req-nova-1' } });
    expect(err.message).toContain('Instance gone could not be found.');
  });

  it('Nova 403 quota → CLOUD_API with a quota hint', async () => {
    const err = await failing(
      'GET /compute/v2.1/servers/detail',
      { status: 403, body: { forbidden: { code: 403, message: 'Quota exceeded for instances' } } },
      () => nova.servers.list(cloud.nova),
    );
    expect(err).toMatchObject({ code: 'CLOUD_API', cloud: { status: 403 } });
    expect(err.hint).toMatch(/quota/i);
  });

  it('Neutron NeutronError → message; an exhausted pool → INSUFFICIENT_CAPACITY', async () => {
    const notFound = await failing(
      'GET /network/v2.0/floatingips/f1',
      {
        status: 404,
        body: {
          NeutronError: {
            type: 'FloatingIPNotFound',
            message: 'Floating IP f1 could not be found',
            detail: '',
          },
        },
      },
      () => neutron.floatingips.get(cloud.neutron, 'f1'),
    );
    expect(notFound).toMatchObject({ code: 'NOT_FOUND', cloud: { service: 'network' } });
    expect(notFound.message).toContain('Floating IP f1 could not be found');
    const exhausted = await failing(
      'POST /network/v2.0/floatingips',
      {
        status: 400,
        body: {
          NeutronError: {
            type: 'ExternalIpAddressExhausted',
            message: 'Unable to find any IP address on external network',
            detail: '',
          },
        },
      },
      () => cloud.neutron.request({ op: 't', method: 'POST', path: 'floatingips', json: {} }),
    );
    expect(exhausted).toMatchObject({
      code: 'INSUFFICIENT_CAPACITY',
      details: { neutron_type: 'ExternalIpAddressExhausted' },
    });
  });

  it('Glance text/HTML errors → the readable sentence', async () => {
    const err = await failing(
      'GET /image/v2/images/missing',
      {
        status: 404,
        headers: { 'content-type': 'text/html' },
        body: '<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>The resource could not be found.<br /><br /></body></html>',
      },
      () => glance.images.get(cloud.glance, 'missing'),
    );
    expect(err).toMatchObject({ code: 'NOT_FOUND', cloud: { service: 'image', status: 404 } });
    expect(err.message).toContain('The resource could not be found.');
  });

  it('a 502 from a proxy → retryable CLOUD_API after the retries', async () => {
    server.script(
      'GET /network/v2.0/networks',
      [1, 2, 3, 4].map(() => ({ status: 502, body: 'Bad Gateway' })),
    );
    const err = await rejection(neutron.networks.list(cloud.neutron));
    expect(err).toMatchObject({
      code: 'CLOUD_API',
      retryable: true,
      cloud: { status: 502 },
      details: { attempts: 4 },
    });
  });
});

describe('network and configuration failures', () => {
  it('a refused connection → NETWORK, retryable, after the retries', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const metrics = newMetrics();
    const err = await rejection(
      connectWith({ ...passwordEnv(server), OS_AUTH_URL: `http://127.0.0.1:${port}/v3` }, { metrics }),
    );
    expect(err).toMatchObject({
      code: 'NETWORK',
      retryable: true,
      cloud: { service: 'identity', status: null },
    });
    expect(err.message).toContain('ECONNREFUSED');
    expect(metrics.requests).toBe(4);
  });

  it('a refused connection to the simulator says how to start one, on the port it tried', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const err = await rejection(
      connectWith({ ENVBOOT_SIM_URL: `http://127.0.0.1:${port}` }, { site: 'sim' }),
    );
    expect(err).toMatchObject({ code: 'NETWORK', cloud: { service: 'identity', status: null } });
    expect(err.hint).toBe(
      `No simulator is listening at http://127.0.0.1:${port}: start one with \`envboot sim --port ${port} &\`, ` +
        'or set ENVBOOT_SIM_URL to where one runs.',
    );
  });

  it('the hint names the default port and a remote host as they are', () => {
    const refused = (origin: string, site: string | null): HttpFailure => ({
      service: 'identity',
      op: 'keystone.tokens.issue',
      method: 'POST',
      path: '/v3/auth/tokens',
      status: null,
      requestId: null,
      text: null,
      json: undefined,
      networkCode: 'ECONNREFUSED',
      retryAfterMs: null,
      renewed: false,
      attempts: 4,
      origin,
      site,
      simulated: site === 'sim',
    });
    expect(cloudError(refused('http://127.0.0.1:8788', 'sim'), null).hint).toBe(
      'No simulator is listening at http://127.0.0.1:8788: start one with `envboot sim &`, ' +
        'or set ENVBOOT_SIM_URL to where one runs.',
    );
    expect(cloudError(refused('http://10.0.0.5:9000', 'sim'), null).hint).toContain(
      'start it there with `envboot sim --host 10.0.0.5 --port 9000 &`',
    );
    expect(cloudError(refused('https://chi.uc.chameleoncloud.org:5000', 'uc'), null).hint).toBe(
      'Check the network and the URL; the call was retried.',
    );
  });

  it('a wrong password → AUTH at once (no retry); an unknown application credential → AUTH', async () => {
    const before = server.count('POST /v3/auth/tokens');
    await expect(connectWith(passwordEnv(server, { OS_PASSWORD: 'wrong-password-1' }))).rejects.toMatchObject(
      {
        code: 'AUTH',
        exitCode: 7,
        cloud: { service: 'identity', status: 401 },
      },
    );
    await expect(
      connectWith(appCredEnv(server, { OS_APPLICATION_CREDENTIAL_ID: 'no-such-credential' })),
    ).rejects.toMatchObject({
      code: 'AUTH',
      cloud: { status: 404 },
    });
    expect(server.count('POST /v3/auth/tokens') - before).toBe(2);
  });

  it('a service missing from the catalog is named; a region without it names OS_REGION_NAME', async () => {
    const other = await connectWith(passwordEnv(server, { OS_REGION_NAME: 'KVM@TACC' }));
    try {
      expect(() => other.endpoint('reservation')).toThrow(
        expect.objectContaining({ code: 'AUTH_CONFIG', field: 'OS_REGION_NAME' }),
      );
      expect(() => other.endpoint('orchestration')).toThrow(expect.objectContaining({ code: 'CLOUD_API' }));
      await expect(blazar.leases.list(other.blazar)).rejects.toMatchObject({ code: 'AUTH_CONFIG' });
    } finally {
      other.close();
    }
  });

  it('the reference API is called without a token', async () => {
    const ref = await connectWith({ ...passwordEnv(server), ENVBOOT_REFERENCE_URL: `${server.url}/ref` });
    try {
      server.script('GET /ref/sites/uc/clusters/chameleon/nodes', [
        {
          body: {
            total: 1,
            offset: 0,
            items: [{ uid: 'n1', node_type: 'compute_skylake', gpu: { gpu: false } }],
          },
        },
      ]);
      const nodes = await reference.nodes.list(ref.reference, 'uc');
      expect(nodes.map((n) => n.uid)).toEqual(['n1']);
      const call = server.log.find((r) => r.path.startsWith('/ref/'))!;
      expect(call.headers['x-auth-token']).toBeUndefined();
      expect(call.path).toBe('/ref/sites/uc/clusters/chameleon/nodes?limit=500&offset=0');
    } finally {
      ref.close();
    }
  });
});
