import { describe, expect, it } from '@jest/globals';
import { Faults, normalizeFaultSpec, parseFaultSpec, routeMatcher } from './faults.js';

describe('the fault spec text form', () => {
  it('reads every kind of entry', () => {
    const spec = parseFaultSpec(
      'latency=50~10, latency@GET /image/**=5, 503@POST /reservation/v1/leases=2x, 429:3@GET /compute/v2.1/servers/*=0.25,' +
        'drop@GET /network/**=0.1, drop-after@POST /reservation/v1/leases=1x, 503-after@POST /compute/v2.1/servers=1x,' +
        'token-ttl=30, lease-error=next, server-error=all, fip-pool=0, seed=42',
    );
    expect(spec).toEqual({
      seed: 42,
      latency: [
        { ms: 50, jitter: 10 },
        { route: 'GET /image/**', ms: 5 },
      ],
      rules: [
        { route: 'POST /reservation/v1/leases', status: 503, first: 2 },
        { route: 'GET /compute/v2.1/servers/*', status: 429, rate: 0.25, retryAfter: 3 },
        { route: 'GET /network/**', drop: true, rate: 0.1 },
        { route: 'POST /reservation/v1/leases', drop: true, after: true, first: 1 },
        { route: 'POST /compute/v2.1/servers', status: 503, after: true, first: 1 },
      ],
      tokenTtlSeconds: 30,
      leaseError: 'next',
      serverError: 'all',
      floatingIpPool: 0,
    });
  });

  it('applies a global retry-after to the rules that set none', () => {
    const spec = parseFaultSpec('429@GET /x=1x,retry-after=7');
    expect(spec.rules).toEqual([{ route: 'GET /x', status: 429, first: 1, retryAfter: 7 }]);
  });

  it.each([
    ['latency', /has no "="/],
    ['frobnicate=1', /unknown setting "frobnicate"/],
    ['404@GET /x=1x', /status must be 5xx or 429/],
    ['boom@GET /x=1x', /unknown action "boom"/],
    ['503@GET /x=2', /rate must be in \(0, 1\]/],
    ['503@nopath=1x', /is not "\[METHOD \]\/path"/],
    ['lease-error=sometimes', /"next" or "all"/],
    ['fip-pool=-1', /whole number/],
    ['latency=fast', /is not MS or MS~JITTER/],
  ])('refuses %s with a clear message', (text, message) => {
    expect(() => parseFaultSpec(text)).toThrow(message);
    expect(() => parseFaultSpec(text)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'faults' }),
    );
  });

  it('checks the JSON form too', () => {
    expect(normalizeFaultSpec({ latency: 20 })).toEqual({ latency: [{ ms: 20 }] });
    expect(normalizeFaultSpec('seed=3')).toEqual({ seed: 3 });
    expect(() => normalizeFaultSpec({ rules: [{ route: '/x', status: 503 }] })).toThrow(
      /exactly one of rate or first/,
    );
    expect(() => normalizeFaultSpec({ rules: [{ route: '/x', status: 503, drop: true, first: 1 }] })).toThrow(
      /exactly one of status or drop/,
    );
    expect(() => normalizeFaultSpec({ colour: 'red' })).toThrow(/unknown key "colour"/);
    expect(() => normalizeFaultSpec([1])).toThrow(/JSON object/);
    expect(() => normalizeFaultSpec({ tokenTtlSeconds: 0 })).toThrow(/at least 1/);
  });
});

describe('route patterns', () => {
  it('match a method and a path, * within a segment and ** across segments', () => {
    const leases = routeMatcher('POST /reservation/v1/leases');
    expect(leases('POST', '/reservation/v1/leases')).toBe(true);
    expect(leases('GET', '/reservation/v1/leases')).toBe(false);
    expect(leases('POST', '/reservation/v1/leases/abc')).toBe(false);
    const one = routeMatcher('GET /reservation/v1/leases/*');
    expect(one('GET', '/reservation/v1/leases/abc')).toBe(true);
    expect(one('GET', '/reservation/v1/leases/abc/hosts')).toBe(false);
    const any = routeMatcher('/compute/**');
    expect(any('DELETE', '/compute/v2.1/servers/x')).toBe(true);
    expect(any('GET', '/image/v2/images')).toBe(false);
  });
});

describe('Faults', () => {
  it('fails the first N matching requests, then never again', () => {
    const f = new Faults('503@POST /reservation/v1/leases=2x');
    const statuses = Array.from({ length: 4 }, () => f.decide('POST', '/reservation/v1/leases').before);
    expect(statuses).toEqual([
      { kind: 'status', status: 503, retryAfter: 1 },
      { kind: 'status', status: 503, retryAfter: 1 },
      undefined,
      undefined,
    ]);
    expect(f.decide('GET', '/reservation/v1/leases').before).toBeUndefined();
  });

  it('draws rates from the seeded generator: the same seed gives the same decisions', () => {
    const run = (seed: number) => {
      const f = new Faults({
        seed,
        rules: [{ route: '/x', status: 500, rate: 0.5 }],
        latency: { ms: 10, jitter: 5 },
      });
      return Array.from({ length: 40 }, () => {
        const d = f.decide('GET', '/x');
        return `${d.before ? 'F' : '.'}${d.delayMs.toFixed(3)}`;
      }).join(' ');
    };
    expect(run(7)).toBe(run(7));
    expect(run(7)).not.toBe(run(8));
    const fired = run(7)
      .split(' ')
      .filter((d) => d.startsWith('F')).length;
    expect(fired).toBeGreaterThan(8);
    expect(fired).toBeLessThan(32);
  });

  it('keeps jittered latency within its bounds', () => {
    const f = new Faults('latency=100~20');
    for (let i = 0; i < 200; i++) {
      const { delayMs } = f.decide('GET', '/v3');
      expect(delayMs).toBeGreaterThanOrEqual(80);
      expect(delayMs).toBeLessThanOrEqual(120);
    }
  });

  it('tells "after" faults apart and sends Retry-After with 429', () => {
    const f = new Faults('drop-after@POST /a=1x,429@GET /b=1x');
    expect(f.decide('POST', '/a')).toEqual({ delayMs: 0, before: undefined, after: { kind: 'drop' } });
    expect(f.decide('GET', '/b').before).toEqual({ kind: 'status', status: 429, retryAfter: 1 });
  });

  it('uses up "next" faults once and keeps "all"', () => {
    const f = new Faults('lease-error=next,server-error=all');
    expect(f.takeLeaseError()).toBe(true);
    expect(f.takeLeaseError()).toBe(false);
    expect(f.takeServerError()).toBe(true);
    expect(f.takeServerError()).toBe(true);
    f.clear();
    expect(f.takeServerError()).toBe(false);
    expect(f.spec).toEqual({});
  });
});
