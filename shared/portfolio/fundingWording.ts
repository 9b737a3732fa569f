import { formatNumber, formatPercent } from '../presentation/format';
import type { FundingResult, FundingWhy } from './fundingTypes';

/**
 * The one home of the funding answer's sentence ("Optimal: …", "Best found: … within 0.4% of the best possible …",
 * or why nothing can be funded), worded from the answer's facts (`FundingResult.why`) in a workspace's number format
 * and currency. The domain words it once with plain figures (`message`, for tools and tests); every screen and
 * export words it again with the workspace's presenter: `fundingMessage(result, present)`.
 */
export interface FundingWords {
  /** An amount of money ("$1,200,000", "1.200.000 €"). */
  money: (value: number) => string;
  percent: (value: number | null, digits?: number) => string;
  number: (value: number, maxDigits?: number) => string;
}

/** Plain figures with US separators and no currency symbol: the domain's own wording, before a workspace's format applies. */
export const PLAIN_WORDS: FundingWords = {
  money: (v) => formatNumber(v, 'en-US', 0),
  percent: (v, d = 1) => formatPercent(v, 'en-US', d),
  number: (v, d = 1) => formatNumber(v, 'en-US', d),
};

/**
 * How far below the best possible a set's total can be, as a fraction rounded UP to the next 0.1% (so no sentence
 * claims to be closer than it is); null when no bound is known.
 */
export function provenGap(total: number, bound: number | undefined): number | null {
  if (bound === undefined || !(bound > 0) || !(total >= 0) || !Number.isFinite(bound)) return null;
  return Math.ceil((Math.max(0, bound - total) / bound) * 1000) / 1000;
}

/** "; its total is within 0.4% of the best possible, …", or null when no bound is known. */
function gapText(total: number, bound: number | undefined, w: FundingWords): string | null {
  const gap = provenGap(total, bound);
  if (gap === null) return null;
  if (gap === 0) return `; its total is at least ${w.percent(0.999)} of the best possible.`;
  return `; its total is within ${w.percent(gap)} of the best possible, so a better set may exist but not by more.`;
}

/** A share as a percentage with one decimal only where it has one ("30%", "25.5%"). */
export const shareText = (share: number, w: FundingWords = PLAIN_WORDS): string =>
  w.percent(share, Number.isInteger(Math.round(share * 1000) / 10) ? 0 : 1);

/** The sentence for an answer's facts, in the given words (PLAIN_WORDS when none). */
export function fundingMessage(result: Pick<FundingResult, 'why' | 'totalValue' | 'bound'>, w: FundingWords = PLAIN_WORDS): string {
  const why: FundingWhy = result.why;
  switch (why.kind) {
    case 'optimal':
      return 'Optimal: no other set within the budget and rules has a higher total.';
    case 'best-found': {
      const stopped =
        why.by === 'user'
          ? 'Best found: you stopped the search'
          : why.by === 'time-limit'
            ? 'Best found: the search stopped at its time limit'
            : `Best found: the search stopped at its limit after ${w.number(why.steps, 0)} steps`;
      return `${stopped}${gapText(result.totalValue, result.bound, w) ?? ', so a better set may exist.'}`;
    }
    case 'nothing-found':
      return `The search stopped at its limit after ${w.number(why.steps, 0)} steps before finding a set that meets every rule.`;
    case 'share-impossible':
      return `No set meets the minimum value-creation share of ${shareText(why.share, w)} together with the candidates forced in.`;
    case 'forced-same-problem':
      return `${why.first} and ${why.second} are both forced in but solve the same problem; fund at most one per problem.`;
    case 'forced-over-budget':
      return `The candidates forced in need ${w.money(why.need)}, more than the budget of ${w.money(why.budget)}.`;
    case 'forced-over-cap':
      return `The candidates forced in need ${w.money(why.need)} in plan year ${why.planYear}, more than its cap of ${w.money(why.cap)}.`;
  }
}
