// provision at KVM@TACC, whose units are flavors: the same step table, with the steps that read hosts replaced.
// connect only logs in; plan picks a flavor (a GPU one when any can be reserved now, the most GPUs
// first); capacity reserves from now, if the flavor has the instances free, and asks at a terminal with the cost;
// lease makes a flavor:instance reservation (lease-create --flavor); allocate has no hosts to read. Launch is
// launch's own, which boots on the reserved flavor reservation:<id> at this site.
import { EnvbootError, floorMinute, formatDuration, isoUtc, type PlanData } from '@envboot/core';
import { readFlavors, type FlavorEntry } from '@envboot/capacity';
import { flavorSuCost } from '@envboot/leases';
import { BALANCE_UNKNOWN, costPhrase } from '../plan-cost.js';
import { STEP_NAMES, type RunState } from '../state/model.js';
import { STOP, type ChainStep, type RunScope, type StepTable } from '../steps/types.js';
import { createRunLease } from '../steps/reserve.js';

/** GPU flavors last at most 7 days at KVM@TACC (Chameleon's docs); the others as the site allows. */
const GPU_MAX_MINUTES = 7 * 24 * 60;
const DEFAULT_MINUTES = 60;
const GPU_IMAGE = 'CC-Ubuntu24.04-CUDA';
const PLAIN_IMAGE = 'CC-Ubuntu24.04';

/** Whether a run at this site goes through the flavor steps. */
export const reservesFlavors = (site: { class: string }): boolean => site.class === 'kvm';

const minutesOf = (run: RunScope): number =>
  run.state.options.durationMinutes ?? run.state.options.pipedPlan?.duration_minutes ?? DEFAULT_MINUTES;

const countOf = (run: RunScope): number => run.state.options.nodes ?? run.state.options.pipedPlan?.count ?? 1;

/** The flavors over the window from the site's present, for `count` instances. */
async function flavorsNow(run: RunScope, minutes: number, count: number): Promise<FlavorEntry[]> {
  const cloud = run.found.cloud!;
  const start = floorMinute(new Date(cloud.clock.now()));
  const end = new Date(start.getTime() + minutes * 60_000);
  return readFlavors(cloud, run.ctx.site.id, { start, end }, count);
}

const kvmConnect: ChainStep = {
  name: 'connect',
  async run(run) {
    const cloud = await run.ctx.cloud();
    run.found.cloud = cloud;
    // No hosts, allocations or nodes to read here; launch finds the image itself.
    run.found.site = { hosts: [], allocations: [], nodes: [], images: [] };
  },
};

/** A flavor named (--node-type, or the piped plan's when it is one of the site's), else the best GPU flavor free. */
function chooseFlavor(run: RunScope, flavors: FlavorEntry[], count: number): FlavorEntry {
  const o = run.state.options;
  const named = o.nodeType ?? o.pipedPlan?.flavor ?? null;
  const own = named ? flavors.find((f) => f.flavor === named) : undefined;
  if (own) return own;
  const free = flavors.filter((f) => (f.available ?? 0) >= count);
  const found = free.find((f) => f.gpus > 0) ?? free[0];
  if (!found) {
    throw new EnvbootError(
      'INSUFFICIENT_CAPACITY',
      `no flavor at ${run.ctx.site.name} has ${count} instance(s) free now`,
      {
        hint: 'Ask for fewer (--nodes), or look: envboot capacity --site kvm',
        retryable: true,
      },
    );
  }
  return found;
}

const kvmPlan: ChainStep = {
  name: 'plan',
  done: (run) => run.state.plan !== null,
  async run(run) {
    const o = run.state.options;
    const count = countOf(run);
    const flavors = await flavorsNow(run, minutesOf(run), count);
    const f = chooseFlavor(run, flavors, count);
    const minutes = f.gpus > 0 ? Math.min(minutesOf(run), GPU_MAX_MINUTES) : minutesOf(run);
    const image = o.image ?? o.pipedPlan?.image ?? (f.gpus > 0 ? GPU_IMAGE : PLAIN_IMAGE);
    const plan: PlanData = {
      site: o.site,
      node_type: f.flavor,
      flavor: f.flavor,
      count,
      image,
      duration: `${minutes}m`,
      duration_minutes: minutes,
      resource_properties: '',
      source: 'flags',
      reasons: [
        `${run.ctx.site.name} reserves flavors: ${f.flavor} (${f.vcpus ?? '?'} vCPUs, ${f.ram_mb ?? '?'} MiB${f.gpus ? `, ${f.gpus} GPU` : ''}), ${f.available ?? 'an unknown number of'} instance(s) can be reserved now`,
        ...(minutes < minutesOf(run)
          ? [`${formatDuration(minutes)}: the longest a GPU flavor lease lasts at KVM@TACC`]
          : []),
      ],
    };
    return { plan };
  },
};

const kvmWindow: ChainStep = {
  name: 'capacity',
  done: (run) => Boolean(run.state.lease?.id),
  async run(run) {
    const { state, ctx, input } = run;
    const plan = state.plan!;
    const flavors = await flavorsNow(run, plan.duration_minutes, plan.count);
    const f = flavors.find((x) => x.flavor === plan.flavor);
    if (f && f.available !== null && f.available < plan.count) {
      throw new EnvbootError(
        'INSUFFICIENT_CAPACITY',
        `${plan.count} × ${plan.flavor} cannot be reserved now at ${ctx.site.name}: ${f.available} can`,
        { hint: 'Ask for fewer (--nodes), or another flavor (--node-type).', retryable: true },
      );
    }
    const now = floorMinute(new Date(run.found.cloud!.clock.now())).getTime();
    const cost = flavorSuCost(plan.flavor!, plan.count, plan.duration_minutes / 60);
    const chosen: Partial<RunState> = {
      window: {
        start: isoUtc(new Date(now)),
        end: isoUtc(new Date(now + plan.duration_minutes * 60_000)),
        duration_minutes: plan.duration_minutes,
      },
      plan: cost ? { ...plan, su_cost: cost } : plan,
    };
    if (ctx.dryRun) {
      Object.assign(state, chosen);
      return STOP;
    }
    if (ctx.confirm && !input.yes) {
      ctx.progress.done();
      const price = cost ? costPhrase(cost) : 'at a rate Chameleon has not published';
      const go = await ctx.confirm(
        `Reserve ${plan.count} × ${plan.flavor} at ${ctx.site.name} from now for ${formatDuration(plan.duration_minutes)}, ${price}, and boot ${plan.image}?`,
        [...plan.reasons, BALANCE_UNKNOWN],
      );
      if (!go) {
        Object.assign(state, chosen);
        state.status = 'planned';
        run.skip(...STEP_NAMES.slice(STEP_NAMES.indexOf('keypair')));
        return STOP;
      }
    }
    return chosen;
  },
};

const kvmLease: ChainStep = {
  name: 'lease',
  done: (run) => Boolean(run.state.lease?.id),
  run: (run) => createRunLease(run, { resourceType: 'flavor:instance', flavor: run.state.plan!.flavor! }),
};

const REPLACED: Partial<Record<string, ChainStep>> = {
  connect: kvmConnect,
  plan: kvmPlan,
  capacity: kvmWindow,
  lease: kvmLease,
};

/** The table for a run at a site of flavors: each step replaced where it reads hosts; allocate skipped. */
export function flavorTable(table: StepTable): StepTable {
  const swap = (step: ChainStep): ChainStep =>
    step.name === 'allocate' ? { ...step, skipped: () => true } : (REPLACED[step.name] ?? step);
  return table.map((entry) =>
    Array.isArray(entry) ? (entry as readonly ChainStep[]).map(swap) : swap(entry as ChainStep),
  );
}
