// The transport against a scripted server: the exact request log, the counters, retries and their timing,
// POSTs never repeated blindly, one renewal on 401, request ids in errors, keep-alive.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { blazar, glance, type Cloud } from '../src/index.js';
import { connectWith, newMetrics } from './support/connect.js';
import {
  passwordEnv,
  scriptedCloud,
  type LoggedRequest,
  type ScriptedCloud,
} from './support/scripted-cloud.js';

const LEASES = 'GET /reservation/v1/leases';
const TOKENS = 'POST /v3/auth/tokens';

let server: ScriptedCloud;
let cloud: Cloud | undefined;

beforeEach(async () => {
  server = await scriptedCloud();
});

afterEach(async () => {
  cloud?.close();
  cloud = undefined;
  expect(server.unused()).toEqual([]);
  await server.close();
});

function blazarError(status: number, message: string) {
  return { status, body: { error_code: status, error_message: message, error_name: status } };
}

async function open(extra: Parameters<typeof connectWith>[1] = {}) {
  const metrics = newMetrics();
  cloud = await connectWith(passwordEnv(server), { metrics, ...extra });
  return { cloud, metrics };
}

describe('authentication cost', () => {
  it('gets a token and its catalog with one request', async () => {
    const { metrics } = await open();
    expect(server.requests()).toEqual([TOKENS]);
    expect(metrics).toEqual({ requests: 1, auth_requests: 1, retries: 0 });
  });
});

describe('retries', () => {
  it('retries a GET after a 503 and succeeds', async () => {
    server.script(LEASES, [blazarError(503, 'Service Unavailable'), { body: { leases: [] } }]);
    const { cloud, metrics } = await open();
    expect(await blazar.leases.list(cloud.blazar)).toEqual([]);
    expect(server.requests()).toEqual([TOKENS, LEASES, LEASES]);
    expect(metrics).toEqual({ requests: 3, auth_requests: 1, retries: 1 });
  });

  it('gives up after the retry limit with a retryable CLOUD_API error carrying the last request id', async () => {
    server.script(
      LEASES,
      Array.from({ length: 3 }, () => blazarError(503, 'try later')),
    );
    const { cloud, metrics } = await open({ retry: { limit: 2 } });
    const err = await blazar.leases.list(cloud.blazar).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'CLOUD_API',
      retryable: true,
      cloud: { service: 'reservation', status: 503 },
    });
    const last = server.log.at(-1)!;
    expect(server.requests().filter((r) => r === LEASES)).toHaveLength(3);
    expect((err as { cloud: { request_id: string } }).cloud.request_id).toMatch(/^req-/);
    expect((err as Error).message).toContain('try later');
    expect(metrics.retries).toBe(2);
    expect(last.method).toBe('GET');
  });

  it('honours Retry-After on a 429', async () => {
    const times: number[] = [];
    const stamp = (answer: object) => (req: LoggedRequest) => {
      void req;
      times.push(Date.now());
      return answer;
    };
    server.script(LEASES, [
      stamp({
        status: 429,
        headers: { 'retry-after': '1' },
        body: { error_code: 429, error_message: 'slow down' },
      }),
      stamp({ body: { leases: [] } }),
    ]);
    const { cloud } = await open({ retry: { delayScale: 1 } });
    await blazar.leases.list(cloud.blazar);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('does not wait for a Retry-After longer than the cap, and says how long to wait', async () => {
    server.script(LEASES, [{ status: 503, headers: { 'retry-after': '120' }, body: 'busy' }]);
    const { cloud } = await open({ retry: { maxRetryAfterMs: 5_000 } });
    const err = await blazar.leases.list(cloud.blazar).catch((e: unknown) => e);
    expect(server.count(LEASES)).toBe(1);
    expect(err).toMatchObject({ code: 'CLOUD_API', retryable: true, details: { retry_after_ms: 120_000 } });
    expect((err as { hint: string }).hint).toContain('120 s');
  });

  it('retries a GET whose connection was dropped', async () => {
    server.script(LEASES, [{ drop: true }, { body: { leases: [] } }]);
    const { cloud, metrics } = await open();
    await blazar.leases.list(cloud.blazar);
    expect(server.count(LEASES)).toBe(2);
    expect(metrics.retries).toBe(1);
  });

  it('retries a GET that timed out, then reports NETWORK', async () => {
    server.script(LEASES, [
      { delayMs: 400, body: { leases: [] } },
      { delayMs: 400, body: { leases: [] } },
    ]);
    const { cloud } = await open({ timeoutMs: 150, retry: { limit: 1 } });
    const err = await blazar.leases.list(cloud.blazar).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'NETWORK', retryable: true, cloud: { status: null } });
    expect(server.count(LEASES)).toBe(2);
  });

  it('never retries a POST on its own', async () => {
    server.script('POST /reservation/v1/leases', [blazarError(503, 'Service Unavailable')]);
    const { cloud, metrics } = await open();
    const err = await cloud.blazar
      .request({ op: 'test', method: 'POST', path: 'leases', json: {} })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CLOUD_API', cloud: { status: 503, method: 'POST' } });
    expect(server.count('POST /reservation/v1/leases')).toBe(1);
    expect(metrics.retries).toBe(0);
  });

  it('does not retry a 500 (Blazar says "not enough hosts" with it)', async () => {
    server.script(LEASES, [blazarError(500, 'Internal Server Error')]);
    const { cloud } = await open();
    await expect(blazar.leases.list(cloud.blazar)).rejects.toMatchObject({
      code: 'CLOUD_API',
      retryable: false,
    });
    expect(server.count(LEASES)).toBe(1);
  });
});

describe('renewal on 401', () => {
  it('renews the token once and repeats the call with the new token', async () => {
    server.route(LEASES, (req) => server.checkToken(req) ?? { body: { leases: [] } });
    const { cloud, metrics } = await open();
    const first = server.issued[0]!;
    server.invalidate(first);
    await blazar.leases.list(cloud.blazar);
    expect(server.requests()).toEqual([TOKENS, LEASES, TOKENS, LEASES]);
    const gets = server.log.filter((r) => r.method === 'GET');
    expect(gets[0]!.headers['x-auth-token']).toBe(first);
    expect(gets[1]!.headers['x-auth-token']).toBe(server.issued[1]);
    expect(metrics).toEqual({ requests: 4, auth_requests: 2, retries: 1 });
  });

  it('fails with AUTH when the renewed token is refused too', async () => {
    server.route(LEASES, () => ({
      status: 401,
      body: {
        error: {
          code: 401,
          title: 'Unauthorized',
          message: 'The request you have made requires authentication.',
        },
      },
    }));
    const { cloud } = await open();
    const err = await blazar.leases.list(cloud.blazar).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'AUTH', exitCode: 7, cloud: { status: 401, service: 'reservation' } });
    expect(server.requests()).toEqual([TOKENS, LEASES, TOKENS, LEASES]);
  });

  it('renews once for several calls refused at the same time', async () => {
    server.route(LEASES, (req) => server.checkToken(req) ?? { body: { leases: [] } });
    const { cloud } = await open();
    server.invalidate();
    await Promise.all([1, 2, 3].map(() => blazar.leases.list(cloud.blazar)));
    expect(server.count(TOKENS)).toBe(2);
    expect(server.count(LEASES)).toBe(6);
  });
});

describe('responses', () => {
  it('reuses one connection for consecutive calls (keep-alive)', async () => {
    server.route(LEASES, () => ({ body: { leases: [] } }));
    const { cloud } = await open();
    for (let i = 0; i < 5; i += 1) await blazar.leases.list(cloud.blazar);
    expect(server.count(LEASES)).toBe(5);
    expect(server.connections).toBe(1);
  });

  it('sends the token, a User-Agent and JSON accept headers', async () => {
    server.route(LEASES, () => ({ body: { leases: [] } }));
    const { cloud } = await open();
    await blazar.leases.list(cloud.blazar);
    const get = server.log.find((r) => r.method === 'GET')!;
    expect(get.headers['x-auth-token']).toBe(server.issued[0]);
    expect(get.headers['user-agent']).toMatch(/^envboot\//);
    expect(get.headers.accept).toBe('application/json');
  });

  it('takes the time scale from the simulator clock-speed header', async () => {
    await server.close();
    server = await scriptedCloud({ clockSpeed: 600 });
    const { cloud } = await open();
    expect(cloud.timeScale).toBeCloseTo(1 / 600);
  });

  it('follows Glance pagination to the last page', async () => {
    const image = (id: string) => ({
      id,
      name: `img-${id}`,
      status: 'active',
      created_at: '2026-01-01T00:00:00Z',
    });
    server.script('GET /image/v2/images', [
      { body: { images: [image('a'), image('b')], next: '/v2/images?marker=b&limit=2' } },
      (req) => {
        expect(req.path).toBe('/image/v2/images?marker=b&limit=2');
        return { body: { images: [image('c'), image('d')], next: '/v2/images?marker=d&limit=2' } };
      },
      { body: { images: [image('e')] } },
    ]);
    const { cloud } = await open();
    const images = await glance.images.list(cloud.glance, { pageSize: 2 });
    expect(images.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(server.log[1]!.path).toBe('/image/v2/images?limit=2');
  });

  it('refuses a success status the operation does not expect', async () => {
    server.script('DELETE /reservation/v1/leases/abc', [{ status: 202, body: {} }]);
    const { cloud } = await open();
    // Blazar answers 200 or 204; any other 2xx is a surprise worth reporting.
    await expect(
      cloud.blazar.request({ op: 't', method: 'DELETE', path: 'leases/abc', ok: [200, 204] }),
    ).rejects.toMatchObject({ code: 'CLOUD_API', cloud: { status: 202 } });
  });
});
