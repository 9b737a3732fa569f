import { LAST_MILE_CATEGORIES, type ComplianceRegime, type LastMileCategory, type LastMileCosts, type WorkspaceDefaults } from '../domain';
import { apportion } from './apportion';

/** An amount split across the last-mile categories by shares, in whole currency units adding up to the rounded amount. */
function splitByShares(amount: number, shares: WorkspaceDefaults['lastMileShares']): LastMileCosts {
  const parts = apportion(Math.max(0, amount), LAST_MILE_CATEGORIES.map((c) => shares[c]));
  return Object.fromEntries(LAST_MILE_CATEGORIES.map((c, i) => [c, parts[i] ?? 0])) as LastMileCosts;
}

/**
 * Quick last-mile estimate: pilot cost × the workspace multiplier, split across the eight categories by the
 * workspace shares (whole currency units, parts adding up to the rounded total); each compliance regime then
 * adds `defaults.complianceCostPerRegime` to security & compliance.
 */
export function proposeLastMile(
  pilotCost: number,
  defaults: WorkspaceDefaults,
  regimes: readonly ComplianceRegime[],
): LastMileCosts {
  const costs = splitByShares(Math.max(0, pilotCost) * defaults.lastMileMultiplier, defaults.lastMileShares);
  costs.securityCompliance += Math.round(new Set(regimes).size * defaults.complianceCostPerRegime);
  return costs;
}

/** A last-mile total spread over the categories by the workspace's shares, in whole cents that add up exactly to the total (apportion). */
export function spreadLastMile(total: number, shares: Record<LastMileCategory, number>): LastMileCosts {
  const cents = apportion(total * 100, LAST_MILE_CATEGORIES.map((c) => shares[c]));
  return Object.fromEntries(LAST_MILE_CATEGORIES.map((c, i) => [c, (cents[i] ?? 0) / 100])) as LastMileCosts;
}
