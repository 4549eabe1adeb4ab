// Optional persistence: the users' leases, servers, ports, floating IPs, key pairs and application credentials are
// written to a JSON file (atomically, mode 600, debounced) so that a restarted simulator carries on where it
// stopped. No secret is written: application credentials are kept as hashes, and tokens are not kept (clients
// authenticate again after a restart).
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { UsageError, readInputFileSync } from '@envboot/core';
import type { Lease } from './blazar/model.js';
import type { AppCredential } from './keystone/identity.js';
import type { FloatingIp, Port } from './neutron/state.js';
import type { Keypair, Server } from './nova/state.js';
import type { World } from './world.js';

export const STATE_FORMAT = 'envboot-sim-state/1';

export interface PersistedState {
  format: typeof STATE_FORMAT;
  seed: string;
  /** The calendar shift chosen at the first start (ms). */
  shift: number;
  /** Virtual time when saved: a restarted clock never goes back before it. */
  virtualNow: number;
  leases: Lease[];
  servers: Server[];
  keypairs: Keypair[];
  ports: Port[];
  floatingIps: FloatingIp[];
  appCredentials: AppCredential[];
}

export function loadState(file: string, seed: string): PersistedState | undefined {
  if (!existsSync(file)) return undefined;
  let doc: PersistedState;
  const text = readInputFileSync(file, { field: 'persist', maxBytes: 256 * 2 ** 20 }).toString('utf8');
  try {
    doc = JSON.parse(text) as PersistedState;
  } catch (err) {
    throw new UsageError(`--persist ${file} is not a simulator state file: ${(err as Error).message}`, {
      field: 'persist',
    });
  }
  if (doc?.format !== STATE_FORMAT) {
    throw new UsageError(`--persist ${file} is not a simulator state file (format ${String(doc?.format)})`, {
      field: 'persist',
    });
  }
  if (doc.seed !== seed) {
    throw new UsageError(
      `--persist ${file} was written with seed ${doc.seed}, not ${seed}; use the same seed or another file`,
      { field: 'persist' },
    );
  }
  return doc;
}

export function restoreState(world: World, doc: PersistedState): void {
  for (const c of doc.appCredentials) world.directory.appCredentials.set(c.id, c);
  world.neutron.restore({ ports: doc.ports, floatingIps: doc.floatingIps });
  world.nova.restore({ servers: doc.servers, keypairs: doc.keypairs });
  world.blazar.restore(doc.leases);
}

export function captureState(world: World, seed: string): PersistedState {
  const nova = world.nova.snapshot();
  const neutron = world.neutron.snapshot();
  return {
    format: STATE_FORMAT,
    seed,
    shift: world.shift,
    virtualNow: world.clock.nowMs(),
    leases: world.blazar.snapshot(),
    servers: nova.servers,
    keypairs: nova.keypairs,
    ports: neutron.ports,
    floatingIps: neutron.floatingIps,
    appCredentials: [...world.directory.appCredentials.values()].filter(
      (c) => c.id !== world.directory.identity.appCredId,
    ),
  };
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
