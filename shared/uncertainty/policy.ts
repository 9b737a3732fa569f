import type { Distribution, Range } from './distributions';

/**
 * The workspace's uncertainty policy (docs/uncertainty.md): default ranges for every use case without its own.
 * Costs and benefit are multipliers of the plan's figure (likely 1); durations are months added to the plan's.
 */
export interface UncertaintyPolicy {
  distribution: Distribution;
  pilotCost: Range;
  lastMileCost: Range;
  runCost: Range;
  benefit: Range;
  pilotMonths: Range;
  lastMileMonths: Range;
  rampUpMonths: Range;
  /**
   * One portfolio-wide overrun factor per trial, multiplying every pilot and last-mile cost (overruns are not
   * independent: the same integrator, the same data); null = independent overruns.
   */
  sharedOverrun: Range | null;
}

/** Last miles run over far more often than under (docs/sources.md); benefits fall short more often than they exceed. */
export const DEFAULT_UNCERTAINTY_POLICY: UncertaintyPolicy = {
  distribution: 'pert',
  pilotCost: { low: 0.9, likely: 1, high: 1.3 },
  lastMileCost: { low: 0.9, likely: 1, high: 1.6 },
  runCost: { low: 0.9, likely: 1, high: 1.3 },
  benefit: { low: 0.6, likely: 1, high: 1.1 },
  pilotMonths: { low: 0, likely: 0, high: 2 },
  lastMileMonths: { low: 0, likely: 0, high: 4 },
  rampUpMonths: { low: 0, likely: 0, high: 3 },
  sharedOverrun: null,
};

/** A policy with every range of zero width: the simulation then reproduces the deterministic figures. */
export function certainPolicy(distribution: Distribution = 'pert'): UncertaintyPolicy {
  const one = { low: 1, likely: 1, high: 1 };
  const none = { low: 0, likely: 0, high: 0 };
  return { distribution, pilotCost: one, lastMileCost: one, runCost: one, benefit: one, pilotMonths: none, lastMileMonths: none, rampUpMonths: none, sharedOverrun: null };
}
