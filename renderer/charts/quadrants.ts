/** Quadrants of the value-vs-feasibility matrix. */
export const QUADRANTS = ['quick-win', 'strategic-bet', 'fill-in', 'defer'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  'quick-win': 'Quick wins',
  'strategic-bet': 'Strategic bets',
  'fill-in': 'Fill-ins',
  defer: 'Defer',
};

/** Singular form for a single candidate ("Quick win"). */
export const QUADRANT_SINGULAR: Record<Quadrant, string> = {
  'quick-win': 'Quick win',
  'strategic-bet': 'Strategic bet',
  'fill-in': 'Fill-in',
  defer: 'Defer',
};

/**
 * Quadrant of a candidate; a value or feasibility equal to its threshold counts as high.
 * High value: quick win (high feasibility) or strategic bet (low); low value: fill-in (high) or defer (low).
 */
export function quadrantOf(feasibility: number, value: number, feasibilityThreshold: number, valueThreshold: number): Quadrant {
  const highValue = value >= valueThreshold;
  const feasible = feasibility >= feasibilityThreshold;
  if (highValue) return feasible ? 'quick-win' : 'strategic-bet';
  return feasible ? 'fill-in' : 'defer';
}
