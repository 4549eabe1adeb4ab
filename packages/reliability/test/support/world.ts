// One isolated site per scenario: a simulator of its own, a private HOME (with the user's SSH public key, as launch
// and provision need one) and XDG directories for the CLI's child processes, and a snapshot of what is alive in
// the simulator to tell what a run created or left behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, type Sim, type SimOptions } from '@envboot/sim';
import { childEnv, writeSshKey } from '@envboot/testkit';

export interface World {
  sim: Sim;
  home: string;
  /** The environment of every envboot child process of this world. */
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

export async function startWorld(options: Partial<SimOptions> = {}, extraEnv: NodeJS.ProcessEnv = {}) {
  const sim = await startSim({ port: 0, seed: 'small', speed: 2000, ...options });
  const home = mkdtempSync(join(tmpdir(), 'rel-home-'));
  writeSshKey(home);
  const env = childEnv({
    ENVBOOT_SIM_URL: sim.url,
    ENVBOOT_TOKEN_CACHE: '0',
    HOME: home,
    XDG_STATE_HOME: join(home, 'state'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_CONFIG_HOME: join(home, 'config'),
    ...extraEnv,
  });
  for (const name of Object.keys(env)) if (/^(OS_|OPENAI_)/.test(name)) delete env[name];
  Object.assign(env, extraEnv);
  const world: World = {
    sim,
    home,
    env,
    async close() {
      await sim.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
  return world;
}

interface StateLease {
  id: string;
  name: string;
  status: string;
}
interface StateServer {
  id: string;
  name: string;
  status: string;
  deleting: boolean;
}
interface StateFloatingIp {
  id: string;
  address: string;
  port_id: string | null;
  reservation_id: string | null;
}
interface StateKeypair {
  name: string;
}

/** What is alive in the simulator: leases, servers not being deleted, ad-hoc floating IPs, key pairs. */
export interface Alive {
  leases: Map<string, StateLease>;
  servers: Map<string, StateServer>;
  /** Addresses allocated from the public network (not those a lease reserves, which go with the lease). */
  floatingIps: Map<string, StateFloatingIp>;
  keypairs: Set<string>;
}

export function alive(sim: Sim): Alive {
  const state = sim.state() as {
    leases: StateLease[];
    servers: StateServer[];
    floating_ips: StateFloatingIp[];
    keypairs: StateKeypair[];
  };
  return {
    leases: new Map(state.leases.map((l) => [l.id, l])),
    servers: new Map(state.servers.filter((s) => !s.deleting).map((s) => [s.id, s])),
    floatingIps: new Map(state.floating_ips.filter((f) => !f.reservation_id).map((f) => [f.id, f])),
    keypairs: new Set(state.keypairs.map((k) => k.name)),
  };
}

export interface Created {
  leases: string[];
  servers: string[];
  floatingIps: string[];
  keypairs: string[];
}

/** What exists after and did not before (ids; key pairs by name). */
export function createdBetween(before: Alive, after: Alive): Created {
  const fresh = <T>(a: Map<string, T> | Set<string>, b: Map<string, T> | Set<string>) =>
    [...b.keys()].filter((k) => !a.has(k));
  return {
    leases: fresh(before.leases, after.leases),
    servers: fresh(before.servers, after.servers),
    floatingIps: fresh(before.floatingIps, after.floatingIps),
    keypairs: fresh(before.keypairs, after.keypairs),
  };
}

/** What existed before and is gone after. */
export function removedBetween(before: Alive, after: Alive): Created {
  return createdBetween(after, before);
}

/** `created` minus what the command was asked to make and reported; what remains is a leak. */
export type Product = Partial<Record<keyof Created, Array<string | null | undefined>>>;

export function leaksOf(created: Created, product: Product): Created {
  const minus = (ids: string[], keep: Product[keyof Created] = []) => ids.filter((id) => !keep.includes(id));
  return {
    leases: minus(created.leases, product.leases),
    servers: minus(created.servers, product.servers),
    floatingIps: minus(created.floatingIps, product.floatingIps),
    keypairs: minus(created.keypairs, product.keypairs),
  };
}

export function describeLeaks(leaks: Created): string {
  const parts = Object.entries(leaks)
    .filter(([, ids]) => ids.length > 0)
    .map(([kind, ids]) => `${ids.length} ${kind}`);
  return parts.length ? parts.join(', ') : 'none';
}
