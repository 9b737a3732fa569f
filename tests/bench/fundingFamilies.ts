import type { Classification } from '@shared/domain';
import type { ForcedChoice, FundingCandidate, FundingConstraints } from '@shared/portfolio';
import { seededRandom } from '../unit/portfolio/randomPortfolio';

/**
 * Funding instances in the classic knapsack families (Pisinger's correlation classes), dressed as portfolios:
 * costs are whole multiples of 1,000 between 1K and 1M (R = 1,000 units), values follow the family, and every
 * instance also has one-per-problem groups, yearly caps, a minimum value-creation share, a forced-in and forced-out
 * candidates, blockers, and two unfundable giants (one the share makes unfundable, one over the whole budget).
 * Seeded: the same family, size and seed give the same instance on every machine.
 */
export const FAMILIES = ['uncorrelated', 'weakly correlated', 'strongly correlated', 'inversely correlated', 'almost strongly correlated', 'subset-sum'] as const;
export type Family = (typeof FAMILIES)[number];

const R = 1_000;
const UNIT = 1_000;

/** Cost and value in units (1..R) for one candidate of the family. */
function costAndValue(family: Family, rnd: () => number): { cost: number; value: number } {
  const u = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  switch (family) {
    case 'uncorrelated':
      return { cost: u(1, R), value: u(1, R) };
    case 'weakly correlated': {
      const cost = u(1, R);
      return { cost, value: Math.max(1, cost + u(-R / 10, R / 10)) };
    }
    case 'strongly correlated': {
      const cost = u(1, R);
      return { cost, value: cost + R / 10 };
    }
    case 'inversely correlated': {
      const value = u(1, R);
      return { cost: value + R / 10, value };
    }
    case 'almost strongly correlated': {
      const cost = u(1, R);
      return { cost, value: cost + R / 10 + u(-R / 500, R / 500) };
    }
    case 'subset-sum': {
      const cost = u(1, R);
      return { cost, value: cost };
    }
  }
}

/** Spending over the three plan years: one year, or two consecutive years split in whole units. */
function byYear(costUnits: number, rnd: () => number): number[] {
  const years = [0, 0, 0];
  const start = Math.floor(rnd() * 3);
  if (start === 2 || costUnits < 2 || rnd() < 0.4) years[start] = costUnits * UNIT;
  else {
    const first = Math.max(1, Math.min(costUnits - 1, Math.round(costUnits * (0.3 + rnd() * 0.4))));
    years[start] = first * UNIT;
    years[start + 1] = (costUnits - first) * UNIT;
  }
  return years;
}

export interface FamilyInstance {
  family: Family;
  size: number;
  seed: number;
  candidates: FundingCandidate[];
  constraints: FundingConstraints;
}

/** One instance of `size` candidates (giants included) of the family. */
export function familyInstance(family: Family, size: number, seed: number): FamilyInstance {
  const rnd = seededRandom(seed);
  const regular = Math.max(2, size - 2);
  const problems = Math.max(1, Math.ceil(regular / 2));
  const kindOf = (): Classification | null => {
    const r = rnd();
    return r < 0.4 ? 'value-creation' : r < 0.95 ? 'automation' : null;
  };
  const candidates: FundingCandidate[] = Array.from({ length: regular }, (_, i) => {
    const { cost, value } = costAndValue(family, rnd);
    return {
      id: `c${String(i).padStart(3, '0')}`,
      problemId: `p${Math.floor(rnd() * problems)}`,
      kind: kindOf(),
      investment: cost * UNIT,
      investmentByYear: byYear(cost, rnd),
      value: value * UNIT,
      hasBlocker: rnd() < 0.05,
    };
  });
  const total = candidates.reduce((s, c) => s + c.investment, 0);
  const budget = Math.round((total * (0.1 + rnd() * 0.4)) / UNIT) * UNIT;
  const share = Math.round((0.15 + rnd() * 0.25) * 100) / 100;
  const best = Math.max(...candidates.map((c) => c.value));
  // Giant 1: automation costing more than (1 − share) × budget: with it, the share needs more than the budget.
  const g1 = Math.round((budget * (1 - share / 2)) / UNIT);
  // Giant 2: over the whole budget, in an existing problem.
  const g2 = Math.round((budget * 1.5) / UNIT);
  candidates.push(
    { id: 'g1', problemId: 'giant', kind: 'automation', investment: g1 * UNIT, investmentByYear: byYear(g1, rnd), value: best * 4, hasBlocker: false },
    { id: 'g2', problemId: 'p0', kind: 'value-creation', investment: g2 * UNIT, investmentByYear: byYear(g2, rnd), value: best * 6, hasBlocker: false },
  );
  // Caps on one or two of the years, at 40–70% of the budget.
  const yearCaps: (number | null)[] = [null, null, null];
  const capped = 1 + Math.floor(rnd() * 2);
  for (let k = 0; k < capped; k++) yearCaps[Math.floor(rnd() * 3)] = Math.round((budget * (0.4 + rnd() * 0.3)) / UNIT) * UNIT;
  // Forced in: a small value-creation candidate (so the rules stay satisfiable); forced out: one or two others.
  const forced: Record<string, ForcedChoice> = {};
  const smallVc = candidates.filter((c) => c.kind === 'value-creation' && !c.hasBlocker && c.investment <= budget * 0.1 && c.investment <= Math.min(...yearCaps.map((cap) => cap ?? Infinity)));
  const chosenIn = smallVc[Math.floor(rnd() * smallVc.length)];
  if (chosenIn) forced[chosenIn.id] = { mode: 'in', reason: 'Committed' };
  const outs = 1 + Math.floor(rnd() * 2);
  for (let k = 0; k < outs; k++) {
    const c = candidates[Math.floor(rnd() * regular)];
    if (c && !forced[c.id]) forced[c.id] = { mode: 'out', reason: 'Paused' };
  }
  return { family, size, seed, candidates, constraints: { budget, yearCaps, minValueCreationShare: share, forced } };
}
