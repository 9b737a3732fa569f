import { DEFAULT_UNCERTAINTY_SETTINGS, type UncertaintyPolicySettings } from '../domain';
import type { Distribution } from './distributions';

/**
 * The workspace's uncertainty policy is the domain's `UncertaintyPolicySettings` (shared/domain/ranges.ts,
 * `workspace.uncertainty`): default ranges for every use case without its own, the distribution, the shared overrun,
 * the seed and the number of trials. Costs and benefit are factors of the plan's figure (likely 1); durations are whole
 * months added to the plan's. `UncertaintyPolicy` is its ranges alone (what a use case's figures are drawn from).
 */
export type UncertaintyPolicy = Omit<UncertaintyPolicySettings, 'seed' | 'trials'>;

/** The default policy (one home: the domain's defaults). */
export const DEFAULT_UNCERTAINTY_POLICY: UncertaintyPolicySettings = DEFAULT_UNCERTAINTY_SETTINGS;

/** A policy with every range of zero width: the simulation then reproduces the deterministic figures. */
export function certainPolicy(distribution: Distribution = 'pert'): UncertaintyPolicySettings {
  const one = { low: 1, likely: 1, high: 1 };
  const none = { low: 0, likely: 0, high: 0 };
  return {
    ...DEFAULT_UNCERTAINTY_SETTINGS,
    distribution,
    pilotCost: one,
    lastMileCost: one,
    runCost: one,
    benefit: one,
    pilotMonths: none,
    lastMileMonths: none,
    rampUpMonths: none,
    sharedOverrun: null,
  };
}
