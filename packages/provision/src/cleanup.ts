// Deleting what a run created: its servers (those recorded, and any booted on its own lease), the floating IPs it
// allocated, its lease, and a key pair it created. Idempotent: what is already gone counts as removed. What the
// run adopted (a lease the user had, a key pair the user named or imported) is the user's and is never deleted.
import type { Cloud } from '@envboot/openstack';
import {
  leasesNamed,
  removeFloatingIp,
  removeKeyPair,
  removeLease,
  removeServer,
  serversOfLease,
  waitServerGone,
} from '@envboot/leases';
import { EnvbootError, type Logger } from '@envboot/core';
import type { Resource, RunState } from './state/model.js';

export type { Resource };

export interface CleanupResult {
  removed: Resource[];
  remaining: Resource[];
}

/** Whether the run's key pair is the run's to delete: one it created under a name nobody gave it. */
function ownsKey(state: RunState): boolean {
  return Boolean(state.key?.created) && !state.options.keyName;
}

/** Everything the run created, as far as its state knows. */
export function createdBy(state: RunState): Resource[] {
  const out: Resource[] = [];
  if (state.lease?.id && !state.lease.adopted)
    out.push({ type: 'lease', id: state.lease.id, name: state.lease.name });
  for (const s of state.servers) if (s.id) out.push({ type: 'server', id: s.id, name: s.name });
  for (const f of state.floating_ips)
    if (f.created) out.push({ type: 'floating_ip', id: f.id, name: f.address });
  if (state.key && ownsKey(state)) out.push({ type: 'keypair', id: state.key.name, name: state.key.name });
  return out;
}

/** What the run uses but does not own: the user's lease it was told to use, the user's key pair. */
export function adoptedBy(state: RunState): Resource[] {
  const out: Resource[] = [];
  if (state.lease?.id && state.lease.adopted)
    out.push({ type: 'lease', id: state.lease.id, name: state.lease.name });
  if (state.key && !ownsKey(state)) out.push({ type: 'keypair', id: state.key.name, name: state.key.name });
  return out;
}

/**
 * Whether a delete left the resource gone (it may have been gone already). A refusal is said on the log, and the
 * resource is counted as remaining; anything but a cloud's answer is not hidden.
 */
async function gone(r: Resource, log: Logger, attempt: () => Promise<unknown>): Promise<boolean> {
  try {
    await attempt();
    return true;
  } catch (err) {
    if (!(err instanceof EnvbootError)) throw err;
    log.warn({ err, resource: r }, `could not delete ${r.type} ${r.name ?? r.id}: ${err.message}`);
    return false;
  }
}

/** The cloud's clock is known to the second (its Date header), and its leases' dates to the second too. */
const CLOCK_MARGIN_MS = 60_000;

/** Whether a lease was created at or after `since` (both by the cloud's clock), give or take the margin. */
function createdSince(createdAt: string | null | undefined, since: string): boolean {
  const created = createdAt ? Date.parse(createdAt) : NaN;
  if (Number.isNaN(created)) return false;
  return created >= Date.parse(since) - CLOCK_MARGIN_MS;
}

export async function cleanUp(
  cloud: Cloud,
  state: RunState,
  options: { log: Logger; signal?: AbortSignal; waitMs?: number },
): Promise<CleanupResult> {
  const removed: Resource[] = [];
  const remaining: Resource[] = [];
  const settle = (r: Resource, ok: boolean) => (ok ? removed : remaining).push(r);

  // A lease whose create was interrupted has a name but no id: find it by name.
  const adopted = state.lease?.adopted === true;
  let leaseId = state.lease?.id ?? null;
  if (!leaseId && state.lease?.name && !adopted) {
    const named = await leasesNamed(cloud, state.lease.name);
    const mine = named.filter((l) =>
      createdSince(l.created_at, state.lease?.requested_at ?? state.created_at),
    );
    leaseId = mine[0]?.id ?? null;
    if (leaseId) state.lease = { ...state.lease, id: leaseId };
  }

  // Servers first: the recorded ones and any booted on the run's own lease (an interrupted launch may not have
  // recorded them). On an adopted lease, only the recorded ones: the others are the user's.
  const serverIds = new Set(state.servers.map((s) => s.id).filter((id): id is string => !!id));
  if (leaseId && !adopted) for (const s of await serversOfLease(cloud, leaseId)) serverIds.add(s.id);
  const names = new Map(state.servers.map((s) => [s.id, s.name]));
  await Promise.all(
    [...serverIds].map(async (id) => {
      const r: Resource = { type: 'server', id, name: names.get(id) ?? null };
      if (!(await gone(r, options.log, () => removeServer(cloud, id)))) return settle(r, false);
      try {
        await waitServerGone(cloud, id, {
          timeoutMs: options.waitMs ?? 600_000,
          intervalMs: 5_000,
          signal: options.signal,
        });
        settle(r, true);
      } catch (err) {
        if (!(err instanceof EnvbootError)) throw err;
        options.log.warn({ err, server: id }, 'server not gone yet');
        settle(r, false);
      }
    }),
  );

  await Promise.all(
    state.floating_ips
      .filter((f) => f.created)
      .map(async (f) => {
        const r: Resource = { type: 'floating_ip', id: f.id, name: f.address };
        settle(r, await gone(r, options.log, () => removeFloatingIp(cloud, f.id)));
      }),
  );
  if (leaseId && !adopted) {
    const r: Resource = { type: 'lease', id: leaseId, name: state.lease?.name ?? null };
    settle(r, await gone(r, options.log, () => removeLease(cloud, leaseId!)));
  }
  if (state.key && ownsKey(state)) {
    const name = state.key.name;
    const r: Resource = { type: 'keypair', id: name, name };
    settle(r, await gone(r, options.log, () => removeKeyPair(cloud, name)));
  }
  return { removed, remaining };
}
