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
import { hostFilter, type CalendarHost } from '@envboot/availability';
import type { CapacityArgs } from './cli.js';

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
}

export const DEFAULT_DURATION_MINUTES = 60;
export const DEFAULT_WITHIN = '14d';

export function toInput(args: CapacityArgs, upstream: Envelope | undefined, now = new Date()): CapacityInput {
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
  return {
    nodeType,
    resourceProperties,
    window,
    nodes: firstOf(wholeNumber(args.nodes, 'nodes'), plan?.count) ?? null,
    withinMinutes: parseDuration(args.within ?? DEFAULT_WITHIN, 'within'),
    view,
    bucket: args.bucket ?? null,
  };
}
