// Service units: what Chameleon charges for a reservation. Its balance service charges hours × Σ su_factor of the
// resources Blazar allocated (every host up to max), su_factor being each host's extra capability of that name (a
// string; 1.0 when missing), and nothing for floating IPs. No API lets a user read the balance: this is an
// estimate, made here from what Blazar shows (docs/commands/leases.md, "SU cost").
import type { SuCost } from '@envboot/core';

/** A host's su_factor, as the balance service reads it: the extra capability as a number, else 1.0. */
export const DEFAULT_SU_FACTOR = 1;

export function suFactor(capabilities: Readonly<Record<string, unknown>>): number {
  const raw = capabilities.su_factor;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
  return Number.isFinite(value) && value >= 0 && raw !== '' ? value : DEFAULT_SU_FACTOR;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The cost of `hours` on hosts of these su_factors. `basis` says where the factors came from: the hosts' own
 * (`hosts`), or 1.0 each because the hosts were not known (`assumed`: a --dry-run offline).
 */
export function suCost(factors: readonly number[], hours: number, basis: SuCost['basis'] = 'hosts'): SuCost {
  const rate = factors.reduce((sum, f) => sum + f, 0);
  return {
    hours: round2(hours),
    hosts: factors.length,
    su_per_hour: round2(rate),
    su: round2(rate * hours),
    basis,
  };
}

/** Hours between two instants (0 when the second is not later). */
export function hoursBetween(from: number, to: number): number {
  return Math.max(0, to - from) / 3_600_000;
}
