// Optional persistence: for every served site, the users' leases, servers, networks, subnets, routers, ports,
// security groups, floating IPs, key pairs and application credentials are written to one JSON file (atomically,
// mode 600, debounced) so that a restarted simulator carries on where it stopped. No secret is written: application credentials are kept as hashes, and tokens are not kept (clients
// authenticate again after a restart).
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { UsageError, readInputFileSync } from '@envboot/core';
import type { Lease } from './blazar/model.js';
import type { AppCredential } from './keystone/identity.js';
import type {
  FloatingIp,
  Network,
  Port,
  Router,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
} from './neutron/state.js';
import type { Keypair, Server } from './nova/state.js';
import type { World } from './world.js';

export const STATE_FORMAT = 'envboot-sim-state/2';
/** Written before a simulator served several sites: one site's state at the top level. */
const STATE_FORMAT_1 = 'envboot-sim-state/1';

/** One site's state. */
export interface SiteState {
  seed: string;
  /** The calendar shift chosen at the first start (ms). */
  shift: number;
  leases: Lease[];
  servers: Server[];
  keypairs: Keypair[];
  ports: Port[];
  floatingIps: FloatingIp[];
  /** Absent from files written before networks, subnets, routers and security groups were kept. */
  networks?: Network[];
  subnets?: Subnet[];
  routers?: Router[];
  securityGroups?: SecurityGroup[];
  securityGroupRules?: SecurityGroupRule[];
  appCredentials: AppCredential[];
  /** Blazar ids of the hosts marked failed (absent from older files). */
  failedHosts?: string[];
}

export interface PersistedState {
  format: typeof STATE_FORMAT;
  /** Virtual time when saved: a restarted clock never goes back before it (one clock for every site). */
  virtualNow: number;
  /** By site id; a site the simulator does not serve this time keeps its state for the next. */
  sites: Record<string, SiteState>;
}

/** The state file, if there is one; every served site's state must have been written with the seed it has now. */
export function loadState(file: string, seeds: ReadonlyMap<string, string>): PersistedState | undefined {
  if (!existsSync(file)) return undefined;
  let doc: PersistedState | (SiteState & { format: typeof STATE_FORMAT_1; virtualNow: number });
  const text = readInputFileSync(file, { field: 'persist', maxBytes: 256 * 2 ** 20 }).toString('utf8');
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (err) {
    throw new UsageError(`--persist ${file} is not a simulator state file: ${(err as Error).message}`, {
      field: 'persist',
    });
  }
  if (doc?.format === STATE_FORMAT_1) {
    const { format: _format, virtualNow, ...site } = doc;
    doc = { format: STATE_FORMAT, virtualNow, sites: { uc: site } };
  }
  if (doc?.format !== STATE_FORMAT || typeof doc.sites !== 'object' || doc.sites === null) {
    throw new UsageError(`--persist ${file} is not a simulator state file (format ${String(doc?.format)})`, {
      field: 'persist',
    });
  }
  for (const [id, seed] of seeds) {
    const saved = doc.sites[id];
    if (saved && saved.seed !== seed) {
      throw new UsageError(
        `--persist ${file} was written with seed ${saved.seed}, not ${seed}, for site ${id}; use the same seed or another file`,
        { field: 'persist' },
      );
    }
  }
  return doc;
}

export function restoreState(world: World, doc: SiteState): void {
  for (const c of doc.appCredentials) world.directory.appCredentials.set(c.id, c);
  world.neutron.restore(doc);
  world.nova.restore({ servers: doc.servers, keypairs: doc.keypairs });
  world.blazar.restore(doc.leases);
  for (const id of doc.failedHosts ?? []) {
    const host = world.blazar.hosts.get(id);
    if (host) host.columns.reservable = false;
  }
  world.blazar.refreshHostList();
}

export function captureSite(world: World, seed: string): SiteState {
  const nova = world.nova.snapshot();
  return {
    seed,
    shift: world.shift,
    leases: world.blazar.snapshot(),
    servers: nova.servers,
    keypairs: nova.keypairs,
    ...world.neutron.snapshot(),
    appCredentials: [...world.directory.appCredentials.values()].filter(
      (c) => c.id !== world.directory.identity.appCredId,
    ),
    failedHosts: world.blazar.hostList.filter((h) => h.columns.reservable === false).map((h) => h.id),
  };
}

/** The whole file: every served site as it is now, and the saved state of those not served this time. */
export function captureState(
  sites: ReadonlyArray<{ id: string; world: World; seed: string }>,
  carried: Record<string, SiteState>,
  virtualNow: number,
): PersistedState {
  const out: Record<string, SiteState> = { ...carried };
  for (const s of sites) out[s.id] = captureSite(s.world, s.seed);
  return { format: STATE_FORMAT, virtualNow, sites: out };
}

/** Writes the state some time after a change (many changes, one write), and at once on flush(). */
export class Persister {
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: string,
    private readonly capture: () => PersistedState,
    /** A write that fails later, while the site runs (its directory removed, say): reported, not thrown. */
    private readonly onLaterFailure: (err: Error) => void,
    private readonly delayMs = 100,
  ) {}

  schedule(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      try {
        this.flush();
      } catch (err) {
        // Thrown from a timer it would end the process; the next change tries again.
        this.onLaterFailure(err as Error);
      }
    }, this.delayMs);
    this.#timer.unref();
  }

  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const tmp = `${this.file}.${process.pid}.tmp`;
    const text = `${JSON.stringify(this.capture())}\n`;
    try {
      writeFileSync(tmp, text, { mode: 0o600 });
      renameSync(tmp, this.file);
    } catch (err) {
      // A directory that does not exist, a read-only place, a path that is a directory: the caller's to fix.
      throw new UsageError(
        `cannot write --persist ${this.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
        { field: 'persist' },
      );
    }
  }
}
