import type { UncertaintyPolicySettings } from '../domain';
import type { CostBasis } from '../portfolio';
import { p90Cost, type CostAtBasis } from '../uncertainty/p90Cost';
import type { CandidateCase } from './candidates';

/**
 * What a candidate counts against the budget and the yearly caps under the plan's cost basis (docs/scenarios.md,
 * "Funding against the P90 cost"): its likely cost (the plan's figures, not yet spent or committed) or its P90 cost.
 * The one home of the cost basis: the funding problem and the funding notes both read it, so every screen and export
 * says the same about what is funded. P90 costs are worked out once per business case.
 */
const kept = new WeakMap<object, { policy: UncertaintyPolicySettings; at: CostAtBasis }>();

export function fundingCostAt(row: Pick<CandidateCase, 'useCase' | 'metrics' | 'uncertainty'>, basis: CostBasis): CostAtBasis {
  const living = row.metrics.living;
  if (basis !== 'p90') return { cost: living.fundingCost, byYear: living.fundingByYear };
  const known = kept.get(living);
  if (known && known.policy === row.uncertainty) return known.at;
  const at = p90Cost(row.useCase, living, row.uncertainty);
  kept.set(living, { policy: row.uncertainty, at });
  return at;
}
