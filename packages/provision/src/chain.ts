// The steps of a provision run, in order, each recorded in the run's state before and after it works, so that a
// run can be resumed from the last completed step or its creations deleted. Independent work runs in parallel:
// the repository is fetched and analysed while the site's catalog is read.
import {
  EnvbootError,
  formatDuration,
  isoUtc,
  resolveWindow,
  withChanges,
  type PlanData,
  type Window,
} from '@envboot/core';
import { candidates, earliestWindow, parseFilter } from '@envboot/availability';
import { blazar, glance, nova, reference, type Cloud } from '@envboot/openstack';
import { calendarHosts } from '@envboot/leases';
import {
  analyzeRepository,
  buildCatalog,
  inferRequirements,
  plan as rulesPlan,
  planWithCatalog,
  preloadPlanner,
  type Catalog,
  type RepositoryAnalysis,
} from '@envboot/analyze';
import { run as createLease } from '@envboot/lease-create';
import { run as waitForLease } from '@envboot/lease-status';
import { run as allocate } from '@envboot/allocate';
import {
  attachFloatingIps,
  createServers,
  describeServers,
  resolveLaunch,
  serverNames,
  waitActive,
} from '@envboot/launch';
import { existingLease, judge, leaseFit, question, type Fit } from './adopt.js';
import { ensureKey } from './keypair.js';
import { callHook, checkPluginPlan, type HookContext, type Plugin } from './plugins.js';
import type { ProvisionContext } from './context.js';
import type { ProvisionInput } from './input.js';
import { STEP_NAMES, type RunState, type StepName } from './state/model.js';
import type { RunStore } from './state/store.js';

const DAY = 86_400_000;

export interface Chain {
  state: RunState;
  store: RunStore;
  input: ProvisionInput;
  ctx: ProvisionContext;
  plugins: Plugin[];
}

/** Runs one step: recorded as running, then done (with its time and request count) or failed. */
async function step<T>(chain: Chain, name: StepName, work: () => Promise<T>): Promise<T> {
  const { state, store, ctx } = chain;
  const record = state.steps[name];
  const started = Date.now();
  const requests = ctx.metrics.requests;
  record.status = 'running';
  record.started_at = new Date(started).toISOString();
  store.save(state);
  ctx.progress.update(
    `[${STEP_NAMES.indexOf(name) + 1}/${STEP_NAMES.length}] ${name.replace('_', ' ')}`,
    name,
  );
  try {
    const result = await work();
    record.status = 'done';
    return result;
  } catch (err) {
    record.status = 'failed';
    state.failed_step = name;
    throw err;
  } finally {
    record.finished_at = new Date().toISOString();
    record.elapsed_ms = Date.now() - started;
    record.requests = ctx.metrics.requests - requests;
    store.save(state);
  }
}

function skip(chain: Chain, ...names: StepName[]): void {
  for (const name of names)
    if (chain.state.steps[name].status !== 'done') chain.state.steps[name].status = 'skipped';
  chain.store.save(chain.state);
}

type Lease = Awaited<ReturnType<typeof blazar.leases.get>>;

/** Records the user's lease as the run's lease, adopted: its dates are the window, and the run never deletes it. */
function adopt(chain: Chain, lease: Lease, fit: Fit): void {
  const { state, ctx } = chain;
  const of = (type: string) => lease.reservations.find((r) => r.resource_type === type)?.id ?? null;
  state.lease = {
    id: lease.id,
    name: lease.name,
    host_reservation_id: of('physical:host'),
    floatingip_reservation_id: of('virtual:floatingip'),
    adopted: true,
  };
  const start = Date.parse(lease.start);
  const end = Date.parse(lease.end);
  state.window = {
    start: isoUtc(new Date(start)),
    end: isoUtc(new Date(end)),
    duration_minutes: Math.max(1, Math.round((end - start) / 60_000)),
  };
  const plan = state.plan!;
  // Used anyway with fewer hosts than planned: as many servers as it has hosts.
  if (fit.hosts > 0 && fit.hosts < plan.count) {
    state.plan = {
      ...plan,
      count: fit.hosts,
      reasons: [...plan.reasons, `${fit.hosts} server(s): as many as lease ${lease.name} holds hosts`],
    };
  }
  ctx.log.info(
    { lease: lease.id, name: lease.name },
    `using your lease ${lease.name}; the run will not delete it`,
  );
  skip(chain, 'lease');
}

type Raw = Parameters<typeof buildCatalog>[0];

/** Authenticates and reads what the plan and the window need, in parallel. */
async function readSite(cloud: Cloud, referenceSite: string): Promise<Raw> {
  const [hosts, allocations, nodes, images] = await Promise.all([
    blazar.hosts.list(cloud.blazar),
    blazar.allocations.list(cloud.blazar),
    reference.nodes.list(cloud.reference, referenceSite),
    glance.images.list(cloud.glance),
  ]);
  return { hosts, allocations, nodes, images };
}

function hookContext(state: RunState): HookContext {
  return {
    run_id: state.run_id,
    site: state.options.site,
    plan: state.plan,
    lease: state.lease ? { id: state.lease.id, name: state.lease.name } : null,
    servers: state.servers.map((s) => ({ ...s })),
  };
}

/** A name people recognise in the lease list: the repository's, and the run's suffix. */
export function defaultLeaseName(state: RunState): string {
  const repo =
    state.options.repo
      ?.replace(/\.git$/, '')
      .replace(/\/+$/, '')
      .split(/[/:]/)
      .pop() ?? 'envboot';
  const slug =
    repo
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'envboot';
  return `envboot-${slug}-${state.run_id.slice(-6)}`;
}

async function makePlan(
  chain: Chain,
  analysis: RepositoryAnalysis | null,
  catalog: Catalog,
): Promise<PlanData> {
  const { state, input, ctx } = chain;
  const o = state.options;
  let planned: PlanData;
  if (o.pipedPlan) {
    planned = o.pipedPlan;
  } else if (analysis && input.analyze) {
    planned = (await planWithCatalog(analysis, catalog, input.analyze, ctx)).plan!;
  } else {
    // --skip-repo-clone: nothing is known of the code; the rules plan for no particular needs.
    planned = rulesPlan(inferRequirements([], []), catalog, {
      maxNodes: Math.max(4, o.nodes ?? 0),
      nodeType: o.nodeType,
      image: o.image,
      count: o.nodes,
      durationMinutes: o.durationMinutes,
    });
  }
  for (const plugin of chain.plugins) {
    const select = plugin.selectPlan;
    if (!select) continue;
    const returned = await callHook(plugin, 'selectPlan', () => select(state.requirements, catalog, planned));
    planned = checkPluginPlan(plugin, returned, catalog, Math.max(4, o.nodes ?? 0));
  }
  return { ...planned, site: o.site };
}

/** The window: --start, else the earliest in which the plan's hosts are free (an interval sweep, 14 days ahead). */
function chooseWindow(chain: Chain, raw: Raw, plan: PlanData, now: number): Window {
  const o = chain.state.options;
  const site = chain.ctx.site;
  if (o.start) {
    return resolveWindow(
      { start: o.start, duration: plan.duration_minutes },
      {
        now: new Date(now),
        defaultDurationMinutes: plan.duration_minutes,
        maxMinutes: site.max_lease_minutes,
      },
    );
  }
  const hosts = candidates(calendarHosts(raw.hosts, raw.allocations), parseFilter(plan.resource_properties));
  const found = earliestWindow(hosts, {
    count: plan.count,
    durationMs: plan.duration_minutes * 60_000,
    from: now,
    until: now + 14 * DAY,
  });
  if (!found) {
    throw new EnvbootError(
      'INSUFFICIENT_CAPACITY',
      `${plan.count} × ${plan.node_type} are not free together for ${formatDuration(plan.duration_minutes)} in the next 14 days`,
      {
        hint: `${hosts.length} ${plan.node_type} host(s) at ${site.name}; ask for fewer (--nodes) or less time (--duration), or another --node-type.`,
        retryable: true,
      },
    );
  }
  // A window that starts within the minute is "now" for Blazar.
  const startIsNow = found.start - now < 60_000;
  const start = startIsNow ? new Date(now) : new Date(found.start);
  return {
    start,
    end: new Date(start.getTime() + plan.duration_minutes * 60_000),
    durationMinutes: plan.duration_minutes,
    startIsNow,
  };
}

export async function runChain(chain: Chain): Promise<void> {
  const { state, input, ctx, store } = chain;
  const o = state.options;
  const site = ctx.site;

  // 1–2. Authenticate and read the site while the repository is fetched and analysed.
  const needAnalysis = !state.plan && input.analyze !== null;
  const [connected, analysis] = await Promise.all([
    step(chain, 'connect', async () => {
      const cloud = await ctx.cloud();
      const raw = readSite(cloud, site.reference_site ?? site.id);
      // The planner's code loads while the site is read (not earlier: the first request goes out first).
      if (needAnalysis) preloadPlanner();
      return { cloud, raw: await raw };
    }),
    needAnalysis
      ? step(chain, 'analyze', () => ctx.analysis?.result ?? analyzeRepository(input.analyze!, ctx))
      : Promise.resolve((skip(chain, 'analyze'), null)),
  ]);
  const { cloud, raw } = connected;
  if (analysis) {
    state.repo = {
      source: analysis.data.repo.source,
      commit: analysis.data.repo.commit ?? null,
      path: analysis.data.repo.path ?? null,
    };
    state.requirements = analysis.data.requirements as unknown as Record<string, unknown>;
  }

  // 3. The plan.
  if (!state.plan) {
    state.plan = await step(chain, 'plan', async () => {
      const catalog = buildCatalog(raw, o.site, cloud.clock.now(), site.max_lease_minutes);
      return makePlan(chain, analysis, catalog);
    });
  }
  const plan = state.plan;

  // 4. The window (again on --resume while no lease exists: the calendar has moved on), or the dates of a lease
  // the user already has, used only when the user says so.
  if (!state.lease?.id) {
    const canAsk = Boolean(ctx.confirm) && !input.yes && !ctx.dryRun;
    const found = await step(chain, 'capacity', async () => {
      // A name recorded without an id is this run's own create, interrupted: the lease step finds it again.
      const existing = state.lease ? null : await existingLease(cloud, o);
      if (!existing)
        return { kind: 'new' as const, window: chooseWindow(chain, raw, plan, cloud.clock.now()) };
      const fit = leaseFit(existing, plan, raw, cloud.clock.now());
      return { kind: 'existing' as const, existing, fit, verdict: judge(existing, fit, o, canAsk) };
    });
    if (found.kind === 'existing') {
      if (found.verdict === 'ask') {
        ctx.progress.done();
        const { text, reasons } = question(found.existing, found.fit);
        if (!(await ctx.confirm!(text, reasons))) {
          state.status = 'planned';
          skip(chain, ...STEP_NAMES.slice(STEP_NAMES.indexOf('keypair')));
          return;
        }
      }
      adopt(chain, found.existing, found.fit);
      if (ctx.dryRun) return;
    } else {
      const window = found.window;
      state.window = {
        start: isoUtc(window.start),
        end: isoUtc(window.end),
        duration_minutes: window.durationMinutes,
      };
      if (ctx.dryRun) return;
      if (canAsk) {
        ctx.progress.done(); // the question and its reasons on lines of their own, not after the status line
        const go = await ctx.confirm!(
          `Reserve ${plan.count} × ${plan.node_type} at ${site.name} from ${window.startIsNow ? 'now' : state.window.start} for ${formatDuration(plan.duration_minutes)}, and boot ${plan.image}?`,
          plan.reasons,
        );
        if (!go) {
          state.status = 'planned';
          skip(chain, ...STEP_NAMES.slice(STEP_NAMES.indexOf('keypair')));
          return;
        }
      }
    }
  }

  // 5. The key pair.
  if (!state.key) {
    state.key = await step(chain, 'keypair', () =>
      ensureKey(cloud, {
        keyName: o.keyName,
        createKey: o.createKey,
        keyPath: o.keyPath,
        keysDir: input.keysDir,
        runId: state.run_id,
        home: input.home,
      }),
    );
  }

  // 6. The lease: its name is recorded before it is created, so an interrupted create is found again (and only
  // then is a live lease of that name taken for the run's own).
  if (!state.lease?.id) {
    const ownCreateInterrupted = state.lease !== null;
    const name = o.leaseName ?? state.lease?.name ?? defaultLeaseName(state);
    state.lease = { id: null, name, host_reservation_id: null, floatingip_reservation_id: null };
    store.save(state);
    const w = state.window!;
    const lease = await step(chain, 'lease', () =>
      createLease(
        {
          name,
          nodes: plan.count,
          nodeType: plan.node_type,
          resourceProperties: plan.resource_properties,
          window: {
            start: new Date(w.start),
            end: new Date(w.end),
            durationMinutes: w.duration_minutes,
            startIsNow: Date.parse(w.start) <= Date.now() + 60_000,
          },
          resourceType: 'physical:host',
          floatingIps: 0,
          reuse: ownCreateInterrupted,
          instance: null,
        },
        ctx,
      ).catch((err: unknown) => {
        // Someone else's lease took the name since the capacity step: not the run's, not even to clean up.
        if (!ownCreateInterrupted && err instanceof EnvbootError && err.code === 'CONFLICT')
          state.lease = null;
        throw err;
      }),
    );
    state.lease = {
      id: lease.lease_id,
      name,
      host_reservation_id: lease.host_reservation_id ?? null,
      floatingip_reservation_id: lease.floatingip_reservation_id ?? null,
    };
    state.outputs.lease = lease;
  }
  const leaseId = state.lease.id!;

  // 7. Wait until it is ACTIVE (as long as it takes to start, and 15 minutes more).
  const untilStart = Math.max(0, Date.parse(state.window?.start ?? '') - cloud.clock.now()) / 1000;
  state.outputs.lease = await step(chain, 'lease_active', () =>
    waitForLease({ lease: leaseId, waitSeconds: Math.ceil(untilStart) + 900, intervalSeconds: 5 }, ctx),
  );

  // 8. The hosts it received (with the hardware read in step 2).
  const allocation = await step(chain, 'allocate', () =>
    allocate(
      { lease: leaseId, floatingIps: null, checkout: null, known: { hosts: raw.hosts, nodes: raw.nodes } },
      ctx,
    ),
  );
  state.outputs.hosts = allocation.hosts.map((h) => ({
    uuid: h.uuid,
    hostname: h.hostname,
    node_type: h.node_type,
    host_id: h.host_id,
  }));

  if (o.skipLaunch) {
    skip(chain, 'launch', 'server_active', 'floating_ip', 'ssh');
    return;
  }

  // 9. Boot: the servers' names are recorded first, each id as soon as the server exists.
  for (const plugin of chain.plugins) {
    if (plugin.preLaunch) await callHook(plugin, 'preLaunch', () => plugin.preLaunch!(hookContext(state)));
  }
  const names = serverNames(o.serverName ?? state.lease.name, state.plan.count);
  state.servers = names.map((name) => ({ id: state.servers.find((s) => s.name === name)?.id ?? null, name }));
  store.save(state);
  // A server of one of these names that is there before this run first boots is someone else's: not reused.
  const firstLaunch = state.steps.launch.started_at === null;
  const { resolved, servers } = await step(chain, 'launch', async () => {
    const r = await resolveLaunch(cloud, {
      lease: leaseId,
      hostReservationId: state.lease!.host_reservation_id,
      image: plan.image,
      flavor: 'baremetal',
      network: o.network ?? site.network,
      keyName: state.key?.name ?? null,
      publicKeyFile: null,
    });
    if (state.key?.private_key_path) r.key = { ...r.key, privateKeyPath: state.key.private_key_path };
    const created = await createServers(cloud, r, {
      names,
      existing: firstLaunch ? 'fail' : 'reuse',
      onCreated: (id, name) => {
        const entry = state.servers.find((s) => s.name === name);
        if (entry) entry.id = id;
        store.save(state);
      },
    }).catch((err: unknown) => {
      if (!(err instanceof EnvbootError) || err.code !== 'CONFLICT' || err.field !== 'name') throw err;
      throw withChanges(err, {
        hint: "It is not this run's to take over: give the run's servers another name with --server-name.",
      });
    });
    return { resolved: r, servers: created };
  });
  for (const s of servers) {
    const entry = state.servers.find((x) => x.name === s.name);
    if (entry) entry.id = s.id;
  }
  const ids = servers.map((s) => s.id);

  // 10. Wait until ACTIVE (bare metal: about 10 minutes).
  let final = await step(chain, 'server_active', () =>
    waitActive(cloud, ctx, ids, { timeoutSeconds: 2400, intervalSeconds: 30 }),
  );

  // 11. Floating IPs: the lease's reserved ones first, else new ones (recorded, to be released by clean-up).
  const attached = o.floatingIp
    ? await step(chain, 'floating_ip', async () => {
        const result = await attachFloatingIps(cloud, {
          serverIds: ids,
          leaseId,
          fipReservationId: state.lease!.floatingip_reservation_id,
          publicNetwork: site.public_network,
          networkId: resolved.network.id,
        });
        for (const a of result) {
          if (!state.floating_ips.some((f) => f.id === a.floatingIpId)) {
            state.floating_ips.push({ id: a.floatingIpId, address: a.address, created: a.created });
          }
        }
        return result;
      })
    : (skip(chain, 'floating_ip'), []);

  // 12. How to reach them.
  await step(chain, 'ssh', async () => {
    final = await Promise.all(ids.map((id) => nova.servers.get(cloud.nova, id)));
    state.outputs.servers = describeServers(final, resolved, { attached });
    state.ssh = state.outputs.servers.map((s) => s.ssh).filter((s): s is string => !!s);
  });
  for (const plugin of chain.plugins) {
    if (plugin.postLaunch) await callHook(plugin, 'postLaunch', () => plugin.postLaunch!(hookContext(state)));
  }
}
