// capacity's flags and piped values → its input. Pure: a flag always wins over the pipe.
import {
  UsageError,
  firstOf,
  parseDuration,
  planOf,
  resolveWindow,
  wholeNumber,
  type Envelope,
  type Window,
} from '@envboot/core';
import {
  NO_HARDWARE_FILTER,
  hasHardwareFilter,
  hostFilter,
  type CalendarHost,
  type HardwareFilter,
} from '@envboot/availability';
import type { CapacityArgs } from './cli.js';
import { siteList } from './site-list.js';

export interface CapacityInput {
  nodeType: string | null;
  /** The Blazar filter hosts must match ("" = any host). */
  resourceProperties: string;
  window: Window;
  /** Hosts wanted together; asks for the earliest window that fits. */
  nodes: number | null;
  /** How far ahead the earliest-window search looks. */
  withinMinutes: number;
  view: 'json' | 'calendar';
  bucket: 'hour' | 'day' | null;
  /** The site's hosts and their bookings, when the caller has read them already (provision): not read again. */
  calendar?: readonly CalendarHost[];
  /** Several sites to ask (--site uc,tacc or --site any), in order; null: the one site of the context. */
  sites?: string[] | null;
  /** What the hosts' hardware must be (reference API), beyond the Blazar filter. */
  hardware?: HardwareFilter;
}

/** Whether the question goes through the per-site search (several sites, or hardware only the reference API knows). */
export function asksSites(input: CapacityInput): boolean {
  return (
    (input.sites ?? null) !== null || (input.hardware !== undefined && hasHardwareFilter(input.hardware))
  );
}

function positive(value: unknown, flag: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(n) || n <= 0 || n > 1_000_000) {
    throw new UsageError(`--${flag} must be a number greater than 0, got ${JSON.stringify(value)}`, {
      field: flag,
    });
  }
  return n;
}

function text(value: unknown, flag: string): string | null {
  if (value === undefined || value === null) return null;
  const t = String(value).trim();
  if (t === '') throw new UsageError(`--${flag} needs a value`, { field: flag });
  return t;
}

function hardwareFilter(args: CapacityArgs): HardwareFilter {
  const arch = args.arch === undefined ? null : String(args.arch).toLowerCase();
  if (arch !== null && arch !== 'x86_64' && arch !== 'aarch64')
    throw new UsageError(`--arch must be x86_64 or aarch64, got ${JSON.stringify(args.arch)}`, {
      field: 'arch',
    });
  return {
    ...NO_HARDWARE_FILTER,
    gpuMemoryGb: positive(args.gpuMemoryGb, 'gpu-memory-gb'),
    gpuVendor: text(args.gpuVendor, 'gpu-vendor'),
    gpuModel: text(args.gpuModel, 'gpu-model'),
    gpus: wholeNumber(args.gpus, 'gpus', 1, 64),
    architecture: arch,
    minRamGb: positive(args.minRamGb, 'min-ram-gb'),
    minThreads: wholeNumber(args.minThreads, 'min-threads', 1, 100_000),
  };
}

export const DEFAULT_DURATION_MINUTES = 60;
export const DEFAULT_WITHIN = '14d';

export function toInput(
  args: CapacityArgs,
  upstream: Envelope | undefined,
  now = new Date(),
  env: NodeJS.ProcessEnv = process.env,
): CapacityInput {
  const plan = planOf(upstream);
  const { nodeType, resourceProperties } = hostFilter(
    { nodeType: args.nodeType, resourceProperties: args.resourceProperties },
    plan,
  );
  const window = resolveWindow(
    {
      start: args.start,
      end: args.end,
      duration: firstOf<string | number>(args.duration, args.end ? undefined : plan?.duration_minutes),
    },
    { now, defaultDurationMinutes: DEFAULT_DURATION_MINUTES, maxMinutes: Number.POSITIVE_INFINITY },
  );
  const view = args.view ?? 'json';
  if (view !== 'json' && view !== 'calendar')
    throw new UsageError(`--view must be json or calendar`, { field: 'view' });
  const sites = siteList(args.site, env);
  const hardware = hardwareFilter(args);
  const several = sites !== null || hasHardwareFilter(hardware);
  if (several && view === 'calendar') {
    throw new UsageError('--view calendar draws one site: give one --site and no hardware flags', {
      field: 'view',
    });
  }
  const nodes = firstOf(wholeNumber(args.nodes, 'nodes'), plan?.count) ?? null;
  return {
    nodeType,
    resourceProperties,
    window,
    // Asking several sites is asking where N hosts are free: one, unless --nodes says more.
    nodes: several ? (nodes ?? 1) : nodes,
    withinMinutes: parseDuration(args.within ?? DEFAULT_WITHIN, 'within'),
    view,
    bucket: args.bucket ?? null,
    sites,
    hardware,
  };
}
