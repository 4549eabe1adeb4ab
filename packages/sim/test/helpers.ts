/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Shared by the HTTP-level tests: a simulator on an ephemeral port, and a small client that authenticates as the
// default identity and sends JSON.
import { startSim, type Sim, type SimOptions } from '../src/index.js';

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export async function start(options: SimOptions = {}): Promise<Sim> {
  return startSim({ port: 0, seed: 'small', ...options });
}

/** Blazar's request date format. */
export const blazarDate = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

export class Client {
  token = '';

  constructor(readonly sim: Sim) {}

  async call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const res = await fetch(`${this.sim.url}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(this.token ? { 'X-Auth-Token': this.token } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get = <T = any>(path: string, headers?: Record<string, string>) =>
    this.call<T>('GET', path, undefined, headers);
  post = <T = any>(path: string, body: unknown, headers?: Record<string, string>) =>
    this.call<T>('POST', path, body, headers);
  put = <T = any>(path: string, body: unknown) => this.call<T>('PUT', path, body);
  del = <T = any>(path: string) => this.call<T>('DELETE', path);

  /** Authenticates with the default user's password (project-scoped) and keeps the token. */
  async login(): Promise<this> {
    const id = this.sim.identity;
    const res = await this.post('/v3/auth/tokens', passwordAuth(id.username, id.password, id.projectName));
    if (res.status !== 201) throw new Error(`login failed: ${res.status} ${res.text}`);
    this.token = res.headers.get('x-subject-token')!;
    return this;
  }

  /**
   * Creates a lease from now for a day. Its dates are reckoned on the simulator's clock, and the request says so;
   * `headers` replaces that (e.g. `{}` for a client on the wall clock).
   */
  async leaseCreate(
    overrides: Record<string, unknown> = {},
    reservation: Record<string, unknown> = {},
    headers: Record<string, string> = { 'X-Sim-Dates': 'virtual' },
  ): Promise<Answer> {
    const start = this.sim.clock.now().getTime();
    return this.post(
      '/reservation/v1/leases',
      {
        name: 'test-lease',
        start_date: 'now',
        end_date: blazarDate(start + DAY),
        reservations: [
          {
            resource_type: 'physical:host',
            min: 1,
            max: 1,
            hypervisor_properties: '',
            resource_properties: '["==","$node_type","compute_skylake"]',
            ...reservation,
          },
        ],
        events: [],
        ...overrides,
      },
      headers,
    );
  }

  /** Moves the virtual clock and returns the lease as it then is. */
  async leaseAfter(id: string, ms: number): Promise<any> {
    this.sim.clock.advance(ms);
    return (await this.get(`/reservation/v1/leases/${id}`)).body.lease;
  }

  /** A lease that is ACTIVE, and its physical:host reservation id. */
  async activeLease(
    reservation: Record<string, unknown> = {},
  ): Promise<{ lease: any; reservationId: string }> {
    const created = await this.leaseCreate({}, reservation);
    if (created.status !== 201) throw new Error(`lease create failed: ${created.status} ${created.text}`);
    const lease = await this.leaseAfter(created.body.lease.id, 30_000);
    if (lease.status !== 'ACTIVE') throw new Error(`lease is ${lease.status}`);
    return { lease, reservationId: lease.reservations[0].id };
  }

  async image(name = 'CC-Ubuntu22.04'): Promise<string> {
    return (await this.get(`/image/v2/images?name=${encodeURIComponent(name)}`)).body.images[0].id;
  }

  async network(name = 'sharednet1'): Promise<string> {
    return (await this.get(`/network/v2.0/networks?name=${name}`)).body.networks[0].id;
  }

  async flavor(): Promise<string> {
    return (await this.get('/compute/v2.1/flavors')).body.flavors.find((f: any) => f.name === 'baremetal').id;
  }

  async serverCreate(reservationId: string | null, extra: Record<string, unknown> = {}): Promise<Answer> {
    const [imageRef, flavorRef, net] = await Promise.all([this.image(), this.flavor(), this.network()]);
    return this.post('/compute/v2.1/servers', {
      server: { name: 'test-server', imageRef, flavorRef, networks: [{ uuid: net }], ...extra },
      ...(reservationId ? { 'os:scheduler_hints': { reservation: reservationId } } : {}),
    });
  }
}

export function passwordAuth(name: string, password: string, project?: string) {
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: { user: { name, domain: { name: 'Default' }, password } },
      },
      ...(project ? { scope: { project: { name: project, domain: { name: 'Default' } } } } : {}),
    },
  };
}

export function appCredAuth(id: string, secret: string) {
  return {
    auth: { identity: { methods: ['application_credential'], application_credential: { id, secret } } },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
