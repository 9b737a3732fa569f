import { LAST_MILE_CATEGORIES, type ComplianceRegime, type LastMileCosts, type WorkspaceDefaults } from '../domain';

/**
 * Splits an amount across the last-mile categories by shares, in whole currency units, so that the parts add up to
 * the rounded whole (largest-remainder rounding).
 */
function splitByShares(amount: number, shares: WorkspaceDefaults['lastMileShares']): LastMileCosts {
  const raw = LAST_MILE_CATEGORIES.map((c) => Math.max(0, amount * shares[c]));
  const floors = raw.map(Math.floor);
  const target = Math.round(raw.reduce((a, b) => a + b, 0));
  let missing = target - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((v, i) => ({ i, frac: v - Math.floor(v) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing--;
  }
  return Object.fromEntries(LAST_MILE_CATEGORIES.map((c, i) => [c, floors[i] ?? 0])) as LastMileCosts;
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
