// lease-create's flags and piped values → its input. A flag wins over the pipe; a capacity envelope supplies the
// node type (or, from a site whose units are flavors, the flavor), the count and the window it found.
import {
  isoUtc,
  UsageError,
  dataOf,
  firstOf,
  parseUtc,
  planOf,
  resolveWindow,
  wholeNumber,
  type Envelope,
  type Window,
  type CapacityData,
  type SuCost,
} from '@envboot/core';
import { hostFilter } from '@envboot/availability';
import { deviceFilter } from './device.js';
import type { LeaseCreateArgs } from './cli.js';

export type ResourceType = 'physical:host' | 'virtual:instance' | 'flavor:instance' | 'device';

export interface LeaseCreateInput {
  name: string;
  nodes: number;
  nodeType: string | null;
  /** The Blazar filter for the hosts ("" = any host; Chameleon then picks compute_skylake first). */
  resourceProperties: string;
  window: Window;
  /** The end was given as a date (--end): a window from now keeps it rather than its duration. */
  endIsDate?: boolean;
  resourceType: ResourceType;
  /** Floating IPs to reserve on the public network with the lease. */
  floatingIps: number;
  /** Return an existing live lease of the same name instead of failing with CONFLICT. */
  reuse: boolean;
  instance: { vcpus: number; memoryMb: number; diskGb: number } | null;
  /**
   * What Blazar does 48 hours before the end (physical:host): 'email' (a reminder to the owner) or '' (nothing);
   * undefined leaves the field out, so the site's default applies (email at Chameleon). Fixed at creation.
   */
  beforeEnd?: 'email' | '';
  /** The SU cost capacity worked out for this window on the hosts it found (piped), for --dry-run. */
  suCost?: SuCost;
  /** --flavor (KVM@TACC): the flavor to reserve `nodes` instances of, by name or id. */
  flavor?: string | null;
  /** --device-type (CHI@Edge): the machine type to reserve `nodes` devices of (the filter is resourceProperties). */
  deviceType?: string | null;
}

export const DEFAULT_DURATION_MINUTES = 60;

/** A name that is the same when the same request is repeated, so that a retry finds the first lease. */
export function defaultName(nodeType: string | null, nodes: number, window: Window): string {
  // The start to the minute, in UTC: 202612061530.
  const when = window.startIsNow ? 'now' : isoUtc(window.start).slice(0, 16).replace(/[-:T]/g, '');
  return `envboot-${nodeType ?? 'hosts'}-${nodes}x-${when}`;
}

export function toInput(
  args: LeaseCreateArgs,
  upstream: Envelope | undefined,
  now = new Date(),
): LeaseCreateInput {
  const capacity = dataOf(upstream, 'capacity');
  const plan = planOf(upstream);
  const { nodeType, resourceProperties } = hostFilter(
    { nodeType: args.nodeType, resourceProperties: args.resourceProperties },
    capacity ?? plan,
  );

  const nodes = firstOf(wholeNumber(args.nodes, 'nodes', 1), capacity?.nodes_requested, plan?.count) ?? 1;
  const floatingIps = wholeNumber(args.floatingIps, 'floating-ips', 0) ?? 0;

  // The window: flags, else the earliest window capacity found, else capacity's own window, else now.
  const piped = capacity?.earliest ?? (capacity ? { start: capacity.start, end: capacity.end } : undefined);
  const hasWindowFlags = args.start !== undefined || args.duration !== undefined || args.end !== undefined;
  let window: Window;
  if (hasWindowFlags || !piped) {
    window = resolveWindow(
      {
        start: args.start,
        end: args.end,
        duration: firstOf<string | number>(args.duration, args.end ? undefined : plan?.duration_minutes),
      },
      { now, defaultDurationMinutes: DEFAULT_DURATION_MINUTES, maxMinutes: Number.POSITIVE_INFINITY },
    );
  } else {
    const start = parseUtc(piped.start, 'start');
    const end = parseUtc(piped.end, 'end');
    // A window that began while the pipe was running starts now instead, for the same length.
    const startIsNow = start.getTime() <= now.getTime();
    const durationMinutes = Math.round((end.getTime() - start.getTime()) / 60_000);
    window = startIsNow
      ? { start: now, end: new Date(now.getTime() + durationMinutes * 60_000), durationMinutes, startIsNow }
      : { start, end, durationMinutes, startIsNow };
  }

  const deviceType = args.deviceType?.trim() || null;
  const hostFlags = [args.nodeType, args.resourceProperties, args.resourceType].some(given);
  const pipedFlavor = deviceType || hostFlags ? null : flavorOf(capacity);
  const flavor = args.flavor?.trim() || pipedFlavor;
  if (flavor && deviceType)
    throw new UsageError('--flavor (KVM@TACC) and --device-type (CHI@Edge) do not go together', {
      field: 'flavor',
    });
  if (flavor || deviceType)
    return kindInput(
      args,
      flavor ? { flavor } : { deviceType: deviceType! },
      window,
      hasWindowFlags || !piped,
      flavor && flavor === pipedFlavor && !args.flavor?.trim() ? capacity : undefined,
    );
  if (args.count !== undefined)
    throw new UsageError('--count goes with --flavor or --device-type (hosts: --nodes)', { field: 'count' });
  const resourceType: ResourceType = args.resourceType ?? 'physical:host';
  if (resourceType !== 'physical:host' && resourceType !== 'virtual:instance') {
    throw new UsageError(`--resource-type must be physical:host or virtual:instance`, {
      field: 'resource-type',
    });
  }
  const instance =
    resourceType === 'virtual:instance'
      ? {
          vcpus: wholeNumber(args.vcpus, 'vcpus', 1, 4096) ?? 1,
          memoryMb: wholeNumber(args.memoryMb, 'memory-mb', 1, 16_777_216) ?? 1024,
          diskGb: wholeNumber(args.diskGb, 'disk-gb', 0, 1_000_000) ?? 10,
        }
      : null;
  const name = args.name?.trim() || defaultName(nodeType, nodes, window);
  return {
    name,
    nodes,
    nodeType,
    resourceProperties,
    window,
    endIsDate: (hasWindowFlags || !piped) && args.end !== undefined && args.end !== null && args.end !== '',
    resourceType,
    floatingIps,
    reuse: args.reuse === true,
    instance,
    ...(pipedCost(capacity, nodes, window) ?? {}),
    ...(args.beforeEnd === undefined
      ? {}
      : { beforeEnd: args.beforeEnd === 'none' ? ('' as const) : ('email' as const) }),
  };
}

/** capacity's SU cost, when it is for the same number of hosts and the same length as this lease. */
function pipedCost(
  capacity: CapacityData | undefined,
  nodes: number,
  window: Window,
): { suCost: SuCost } | undefined {
  const cost = capacity?.earliest?.su_cost;
  if (!cost || cost.hosts !== nodes || Math.abs(cost.hours - window.durationMinutes / 60) > 0.01)
    return undefined;
  return { suCost: cost };
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** The flavor a capacity envelope from a site whose units are flavors (KVM@TACC) answered for, else null. */
function flavorOf(capacity: CapacityData | undefined): string | null {
  const named = capacity?.node_type;
  return named && capacity.flavors?.some((f) => f.flavor === named) ? named : null;
}

/**
 * --flavor NAME or --device-type TYPE, with --count N: instances of a flavor or devices; host flags do not apply.
 * `fromCapacity` is the capacity envelope the flavor came from, which also gives the count and its SU cost.
 */
function kindInput(
  args: LeaseCreateArgs,
  kind: { flavor: string } | { deviceType: string },
  window: Window,
  flagWindow: boolean,
  fromCapacity?: CapacityData,
): LeaseCreateInput {
  const flag = 'flavor' in kind ? 'flavor' : 'device-type';
  const what = 'flavor' in kind ? kind.flavor : kind.deviceType;
  for (const [value, other] of [
    [args.nodeType, 'node-type'],
    [args.resourceProperties, 'resource-properties'],
    [args.resourceType, 'resource-type'],
    [args.nodes, 'nodes'],
  ] as const) {
    if (given(value)) {
      const partner = fromCapacity ? `the flavor ${what} capacity piped in` : `--${flag}`;
      throw new UsageError(`--${other} does not go with ${partner} (use --count)`, { field: other });
    }
  }
  const count = firstOf(wholeNumber(args.count, 'count', 1, 1000), fromCapacity?.nodes_requested) ?? 1;
  const when = defaultName(null, count, window).split('-').at(-1);
  return {
    name: args.name?.trim() || `envboot-${what}-${count}x-${when}`,
    nodes: count,
    nodeType: null,
    resourceProperties: 'deviceType' in kind ? deviceFilter(kind.deviceType) : '',
    window,
    endIsDate: flagWindow && args.end !== undefined && args.end !== null && args.end !== '',
    resourceType: 'flavor' in kind ? 'flavor:instance' : 'device',
    floatingIps: wholeNumber(args.floatingIps, 'floating-ips', 0) ?? 0,
    reuse: args.reuse === true,
    instance: null,
    flavor: 'flavor' in kind ? kind.flavor : null,
    deviceType: 'deviceType' in kind ? kind.deviceType : null,
    ...(pipedCost(fromCapacity, count, window) ?? {}),
  };
}
