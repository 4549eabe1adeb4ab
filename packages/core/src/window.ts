// A reservation window from --start / --duration / --end, checked the way Blazar will check it.
import { formatDuration, parseDuration } from './duration.js';
import { UsageError } from './errors.js';
import { floorMinute, isoUtc, parseUtc } from './time.js';

export interface WindowFlags {
  start?: string | Date | null;
  duration?: string | number | null;
  end?: string | Date | null;
}

export interface Window {
  start: Date;
  end: Date;
  durationMinutes: number;
  /** The start was "now" (or not given): Blazar is sent "now" rather than a date. */
  startIsNow: boolean;
}

export interface WindowRules {
  now: Date;
  defaultDurationMinutes: number;
  /** The site's longest lease. */
  maxMinutes: number;
}

export function resolveWindow(flags: WindowFlags, rules: WindowRules): Window {
  const startIsNow =
    flags.start === undefined || flags.start === null || flags.start === '' || flags.start === 'now';
  const start = startIsNow
    ? rules.now
    : flags.start instanceof Date
      ? flags.start
      : parseUtc(String(flags.start), 'start');
  if (!startIsNow && start.getTime() < floorMinute(rules.now).getTime()) {
    throw new UsageError(`--start ${start.toISOString()} is in the past`, {
      field: 'start',
      hint: 'Use a time from now on (UTC), or "now".',
    });
  }
  const hasDuration = flags.duration !== undefined && flags.duration !== null && flags.duration !== '';
  const hasEnd = flags.end !== undefined && flags.end !== null && flags.end !== '';
  if (hasDuration && hasEnd) throw new UsageError('give --duration or --end, not both', { field: 'end' });
  let durationMinutes: number;
  if (hasEnd) {
    const end = flags.end instanceof Date ? flags.end : parseUtc(String(flags.end), 'end');
    durationMinutes = Math.floor((end.getTime() - start.getTime()) / 60_000);
    if (durationMinutes < 1)
      throw new UsageError('--end must be at least a minute after the start', { field: 'end' });
  } else {
    durationMinutes = hasDuration ? parseDuration(flags.duration, 'duration') : rules.defaultDurationMinutes;
  }
  if (durationMinutes > rules.maxMinutes) {
    throw new UsageError(
      `a ${formatDuration(durationMinutes)} lease is longer than the site allows (${formatDuration(rules.maxMinutes)})`,
      {
        field: hasEnd ? 'end' : 'duration',
        hint: 'Reserve less, and extend the lease later if you need more time.',
      },
    );
  }
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  if (end.getTime() > LATEST.getTime()) {
    // Blazar's dates and the envelope's have four-digit years.
    throw new UsageError(
      `--start ${isoUtc(start)} is too far ahead: the window must end by ${isoUtc(LATEST)}`,
      {
        field: 'start',
      },
    );
  }
  return { start, end, durationMinutes, startIsNow };
}

const LATEST = new Date(Date.UTC(9999, 11, 31, 23, 59));
