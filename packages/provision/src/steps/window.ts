// The capacity step: the window the run reserves (--start, else capacity's earliest window in which the plan's
// hosts are free), or the dates of a lease the user already has, used only when the user says so; and, at a
// terminal, the question whether to go ahead.
import {
  EnvbootError,
  formatDuration,
  isoUtc,
  resolveWindow,
  type PlanData,
  type SuCost,
  type Window,
} from '@envboot/core';
import { run as capacity } from '@envboot/capacity';
import { calendarHosts } from '@envboot/leases';
import type { blazar } from '@envboot/openstack';
import { existingLease, judge, leaseFit, question, type Fit } from '../adopt.js';
import { BALANCE_UNKNOWN, costPhrase, pricedPlan } from '../plan-cost.js';
import { STEP_NAMES, type RunState } from '../state/model.js';
import { STOP, connected, type ChainStep, type RunScope, type StepResult } from './types.js';

const SEARCH_DAYS = 14;

export const window: ChainStep = {
  name: 'capacity',
  // Again on --resume while no lease exists: the calendar has moved on.
  done: (run) => Boolean(run.state.lease?.id),
  async run(run) {
    const { cloud, site } = connected(run);
    const { state, input, ctx } = run;
    const canAsk = Boolean(ctx.confirm) && !input.yes && !ctx.dryRun;
    // A name recorded without an id is this run's own create, interrupted: the lease step finds it again.
    const existing = state.lease ? null : await existingLease(cloud, state.options);
    if (existing) {
      const fit = leaseFit(existing, state.plan!, site, cloud.clock.now());
      if (judge(existing, fit, state.options, canAsk) === 'ask') {
        const { text, reasons } = question(existing, fit);
        if (!(await ask(run, text, reasons))) return declined(run);
      }
      return stopIfDryRun(run, adopt(run, existing, fit));
    }
    const plan = state.plan!;
    const w = await chooseWindow(run, plan);
    const priced = pricedPlan(plan, w.suCost);
    const chosen = {
      window: { start: isoUtc(w.start), end: isoUtc(w.end), duration_minutes: w.durationMinutes },
      plan: priced,
    };
    if (ctx.dryRun) return stopIfDryRun(run, chosen);
    if (canAsk) {
      const go = await ask(
        run,
        `Reserve ${plan.count} × ${plan.node_type} at ${ctx.site.name} from ${w.startIsNow ? 'now' : chosen.window.start} for ${formatDuration(plan.duration_minutes)}, ${costPhrase(priced.su_cost!)}, and boot ${plan.image}?`,
        [...plan.reasons, BALANCE_UNKNOWN],
      );
      if (!go) {
        Object.assign(state, chosen);
        return declined(run);
      }
    }
    return chosen;
  },
};

/** A dry run ends with its window (or the lease it would use): nothing is created, nothing after it runs. */
function stopIfDryRun(run: RunScope, patch: Partial<RunState>): StepResult {
  if (!run.ctx.dryRun) return patch;
  Object.assign(run.state, patch);
  return STOP;
}

/** The question and its reasons on lines of their own, not after the status line. */
function ask(run: RunScope, text: string, reasons: string[]): Promise<boolean> {
  run.ctx.progress.done();
  return run.ctx.confirm!(text, reasons);
}

/** The person said no: the run is planned, and nothing after this step happens. */
function declined(run: RunScope): StepResult {
  run.state.status = 'planned';
  run.skip(...STEP_NAMES.slice(STEP_NAMES.indexOf('keypair')));
  return STOP;
}

/** --start, else the earliest window in which the plan's hosts are free together (capacity's search, 14 days). */
async function chooseWindow(run: RunScope, plan: PlanData): Promise<Window & { suCost?: SuCost }> {
  const { cloud, site } = connected(run);
  const { options: o } = run.state;
  const now = cloud.clock.now();
  const duration = { durationMs: plan.duration_minutes * 60_000, minutes: plan.duration_minutes };
  if (o.start) {
    return resolveWindow(
      { start: o.start, duration: plan.duration_minutes },
      {
        now: new Date(now),
        defaultDurationMinutes: plan.duration_minutes,
        maxMinutes: run.ctx.site.max_lease_minutes,
      },
    );
  }
  // Read-only, so asked even for a dry run; the calendar is the one connect read.
  const found = await capacity(
    {
      nodeType: plan.node_type,
      resourceProperties: plan.resource_properties,
      window: {
        start: new Date(now),
        end: new Date(now + duration.durationMs),
        durationMinutes: duration.minutes,
        startIsNow: true,
      },
      nodes: plan.count,
      withinMinutes: SEARCH_DAYS * 24 * 60,
      view: 'json',
      bucket: null,
      calendar: calendarHosts(site.hosts, site.allocations),
    },
    { ...run.ctx, dryRun: false },
  );
  if (!found.earliest) {
    throw new EnvbootError(
      'INSUFFICIENT_CAPACITY',
      `${plan.count} × ${plan.node_type} are not free together for ${formatDuration(plan.duration_minutes)} in the next ${SEARCH_DAYS} days`,
      {
        hint: `${found.total_nodes} ${plan.node_type} host(s) at ${run.ctx.site.name}; ask for fewer (--nodes) or less time (--duration), or another --node-type.`,
        retryable: true,
        ...(found.reason ? { details: { reason: found.reason } } : {}),
      },
    );
  }
  // A window that starts within the minute is "now" for Blazar.
  const earliest = Date.parse(found.earliest.start);
  const startIsNow = earliest - now < 60_000;
  const start = startIsNow ? new Date(now) : new Date(earliest);
  return {
    start,
    end: new Date(start.getTime() + duration.durationMs),
    durationMinutes: duration.minutes,
    startIsNow,
    suCost: found.earliest.su_cost,
  };
}

/** The user's lease as the run's, adopted: its dates are the window, and the run never deletes it. */
function adopt(run: RunScope, lease: blazar.Lease, fit: Fit): Partial<RunState> {
  const of = (type: string) => lease.reservations.find((r) => r.resource_type === type)?.id ?? null;
  const start = Date.parse(lease.start);
  const end = Date.parse(lease.end);
  const plan = run.state.plan!;
  run.ctx.log.info(
    { lease: lease.id, name: lease.name },
    `using your lease ${lease.name}; the run will not delete it`,
  );
  return {
    lease: {
      id: lease.id,
      name: lease.name,
      host_reservation_id: of('physical:host'),
      floatingip_reservation_id: of('virtual:floatingip'),
      adopted: true,
    },
    window: {
      start: isoUtc(new Date(start)),
      end: isoUtc(new Date(end)),
      duration_minutes: Math.max(1, Math.round((end - start) / 60_000)),
    },
    // Used anyway with fewer hosts than planned: as many servers as it has hosts.
    ...(fit.hosts > 0 && fit.hosts < plan.count
      ? {
          plan: {
            ...plan,
            count: fit.hosts,
            reasons: [...plan.reasons, `${fit.hosts} server(s): as many as lease ${lease.name} holds hosts`],
          },
        }
      : {}),
  };
}
