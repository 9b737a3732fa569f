import type { LastMileCategory, UseCaseRanges } from '../domain';
import type { Range } from './distributions';
import type { UncertaintyPolicy } from './policy';

/**
 * The ranges that apply to one use case (docs/uncertainty.md, "Ranges in the data"): each field its own range where it
 * has one, the workspace policy's otherwise; the distribution likewise. The shared overrun is the policy's (it is
 * portfolio-wide). `lastMileByCategory` holds only the categories with a range of their own: every other category
 * follows `lastMileCost`. Costs and benefit are factors of the plan's figure, durations whole months added to it.
 */
export interface EffectiveRanges extends UncertaintyPolicy {
  lastMileByCategory: Partial<Record<LastMileCategory, Range>>;
}

export function effectiveRanges(uc: { ranges?: UseCaseRanges | undefined }, policy: UncertaintyPolicy): EffectiveRanges {
  const own = uc.ranges;
  if (!own) return { ...policy, lastMileByCategory: {} };
  return {
    distribution: own.distribution ?? policy.distribution,
    pilotCost: own.pilotCost ?? policy.pilotCost,
    pilotMonths: own.pilotMonths ?? policy.pilotMonths,
    lastMileCost: own.lastMileCost ?? policy.lastMileCost,
    lastMileMonths: own.lastMileMonths ?? policy.lastMileMonths,
    runCost: own.runCost ?? policy.runCost,
    benefit: own.benefit ?? policy.benefit,
    rampUpMonths: own.rampUpMonths ?? policy.rampUpMonths,
    sharedOverrun: policy.sharedOverrun,
    lastMileByCategory: own.lastMileByCategory,
  };
}
