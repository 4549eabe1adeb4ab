// Ids a --dry-run makes up, so that the next command's --dry-run can follow it and a whole pipe can be rehearsed
// offline: "dry-run-<kind>-<8 hex digits>[-<n>]", the same for the same request. No cloud issues ids of this form;
// a command that would send one to the cloud refuses it instead.
import { createHash } from 'node:crypto';
import { UsageError } from './errors.js';

export type PlaceholderKind = 'lease' | 'reservation' | 'fip-reservation' | 'host' | 'server' | 'floating-ip';

const PLACEHOLDER = /^dry-run-[a-z]+(?:-[a-z]+)*-[0-9a-f]{8}(?:-[1-9][0-9]*)?$/;

/** A placeholder id of this kind, derived from `seed` (the same request gives the same id); `n` numbers several. */
export function placeholderId(kind: PlaceholderKind, seed: string, n?: number): string {
  const digest = createHash('sha256').update(seed).digest('hex').slice(0, 8);
  return `dry-run-${kind}-${digest}${n === undefined ? '' : `-${n}`}`;
}

export function isPlaceholderId(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/** Refuses a placeholder where a real id is needed: a command without --dry-run would send it to the cloud. */
export function refusePlaceholder(value: string | null | undefined, field: string): void {
  if (!isPlaceholderId(value)) return;
  throw new UsageError(
    `${value} is a placeholder made up by a --dry-run, not an id the cloud knows: add --dry-run to rehearse`,
    {
      field,
      hint: 'Give --dry-run to every command of a rehearsal, or run the commands before this one without --dry-run.',
    },
  );
}
