// What an instance of a KVM@TACC flavor costs per hour. The balance service charges a flavor reservation at the
// rate set for its flavor (a portal setting no API shows), so the rates here are the ones Chameleon published in
// its changelog of August 2025; a flavor not among them has no known rate.
import type { SuCost } from '@envboot/core';
import { suCost } from './su.js';

const PUBLISHED_SU_PER_HOUR: Readonly<Record<string, number>> = {
  'm1.tiny': 0.01,
  'm1.small': 0.02,
  'm1.medium': 0.04,
  'm1.large': 0.08,
  'm1.xlarge': 0.15,
  'm1.xxlarge': 0.3,
  'g1.h100.pci.1': 0.5,
};

/** The published SU rate of one instance of the flavor, or null when Chameleon has published none. */
export function flavorRate(name: string): number | null {
  return PUBLISHED_SU_PER_HOUR[name] ?? null;
}

/** hours × count × the flavor's rate; null when its rate is not known (an estimate is not made up). */
export function flavorSuCost(name: string, count: number, hours: number): SuCost | null {
  const rate = flavorRate(name);
  if (rate === null) return null;
  return { ...suCost(Array(count).fill(rate), hours), basis: 'flavor' };
}
