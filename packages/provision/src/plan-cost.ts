// What a run's reservation is estimated to cost, carried in its plan and said in its question: hours × Σ su_factor
// of the hosts of the window chosen (capacity's figure), or 1.0 a host when no hosts were looked at (--start).
// No API gives the project's balance, so the question says so rather than guess whether it is enough.
import type { PlanData, SuCost } from '@envboot/core';
import { DEFAULT_SU_FACTOR, suCost } from '@envboot/leases';

/** The plan with its cost: the window's own when capacity priced it, else 1.0 a host over the plan's hours. */
export function pricedPlan(plan: PlanData, cost: SuCost | undefined): PlanData {
  return {
    ...plan,
    su_cost: cost ?? suCost(Array(plan.count).fill(DEFAULT_SU_FACTOR), plan.duration_minutes / 60, 'assumed'),
  };
}

/** "about 8 SU (4 h × 2 SU/h)", for the question. */
export function costPhrase(cost: SuCost): string {
  return `about ${cost.su} SU (${cost.hours} h × ${cost.su_per_hour} SU/h${cost.basis === 'assumed' ? ', 1.0 a host assumed' : ''})`;
}

export const BALANCE_UNKNOWN = "No API gives the project's SU balance: check it in the Chameleon portal.";
