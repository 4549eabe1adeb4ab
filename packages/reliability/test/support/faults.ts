// The faults every command is run under, as simulator fault specs (docs/simulator.md, Faults).
import type { FaultRule, FaultSpec, Sim } from '@envboot/sim';

/** Each service and method the commands use: a burst on each hits every kind of call once or twice. */
const ROUTE_GROUPS = [
  'POST /v3/auth/tokens',
  'GET /reservation/**',
  'POST /reservation/**',
  'DELETE /reservation/**',
  'GET /compute/**',
  'POST /compute/**',
  'DELETE /compute/**',
  'GET /network/**',
  'POST /network/**',
  'PUT /network/**',
  'DELETE /network/**',
  'GET /image/**',
  'GET /reference/**',
];
const CREATING = ROUTE_GROUPS.filter((r) => r.startsWith('POST '));
const SERVICES = ['/reservation/**', '/compute/**', '/network/**', '/image/**', '/reference/**'];

export interface Fault {
  id: string;
  /** The column heading of docs/reliability.md. */
  title: string;
  /** What it does, for the method section. */
  description: string;
  /** Acts when a resource is created: set before the scenario makes the lease its command works on. */
  beforeSetup?: boolean;
  /** Puts the fault in force (the latency spike also lifts itself after a while). */
  apply(sim: Sim): void;
}

const spec =
  (s: FaultSpec) =>
  (sim: Sim): void =>
    sim.setFaults(s);

export const FAULTS: Fault[] = [
  {
    id: '5xx',
    title: '5xx burst',
    description:
      'the first call of every service and method answers 502, the second 504 (gateway errors, no Retry-After)',
    apply: spec({
      rules: ROUTE_GROUPS.flatMap((route): FaultRule[] => [
        { route, status: 502, first: 1 },
        { route, status: 504, first: 2 },
      ]),
    }),
  },
  {
    id: '429',
    title: '429 + Retry-After',
    description: 'the first call of every service and method answers 429 with Retry-After: 1',
    apply: spec({ rules: ROUTE_GROUPS.map((route) => ({ route, status: 429, first: 1, retryAfter: 1 })) }),
  },
  {
    id: 'latency',
    title: '2 s latency spike',
    description: 'every call waits 2 s for the first 2.5 s of the run, then the spike ends',
    apply(sim) {
      sim.setFaults({ latency: 2000 });
      setTimeout(() => sim.clearFaults(), 2500).unref();
    },
  },
  {
    id: 'drop',
    title: 'dropped connections',
    description:
      'the first call of every service and method loses its connection before it is carried out; the second ' +
      'creating call (POST) is carried out and then loses its connection, so a blind retry would create twice',
    apply: spec({
      rules: [
        ...ROUTE_GROUPS.map((route) => ({ route, drop: true, first: 1 })),
        ...CREATING.map((route) => ({ route, drop: true, after: true, first: 2 })),
      ],
    }),
  },
  {
    id: 'token',
    title: 'token expiry mid-run',
    description:
      'tokens live 3 s (Keystone cuts expires_at to the second, so 2–3 s in fact) and every service call takes ' +
      '0.7 s: a token expires between calls or while one is in flight, and must be renewed (a renewed token lives ' +
      'long enough for the call it was renewed for, even on a busy machine)',
    apply: spec({ tokenTtlSeconds: 3, latency: SERVICES.map((route) => ({ route, ms: 700 })) }),
  },
  {
    id: 'lease-error',
    title: 'lease → ERROR',
    description: 'every lease goes to ERROR when it starts (set before the scenario makes its own lease)',
    beforeSetup: true,
    apply: spec({ leaseError: 'all' }),
  },
  {
    id: 'server-error',
    title: 'server build fails',
    description: 'every server goes to ERROR with a Nova fault instead of ACTIVE',
    apply: spec({ serverError: 'all' }),
  },
  {
    id: 'fip-empty',
    title: 'floating IP pool empty',
    description: 'the public network has no address left to allocate',
    apply: spec({ floatingIpPool: 0 }),
  },
];
