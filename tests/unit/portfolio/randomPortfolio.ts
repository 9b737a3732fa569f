import type { FundingCandidate } from '@shared/portfolio';

/** Deterministic PRNG (mulberry32): the same seed gives the same portfolio on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomPortfolioOptions {
  candidates: number;
  /** Average candidates per problem (default 3). */
  perProblem?: number;
  years?: number;
  blockerShare?: number;
}

/**
 * A realistic random portfolio: pilots of 20K–150K, last miles 2–5× the pilot, spending spread over the
 * plan years from a random start, expected NPV between −0.6× and 3× the investment, a third value creation.
 */
export function randomPortfolio(seed: number, options: RandomPortfolioOptions): FundingCandidate[] {
  const rnd = seededRandom(seed);
  const years = options.years ?? 3;
  const problems = Math.max(1, Math.round(options.candidates / (options.perProblem ?? 3)));
  return Array.from({ length: options.candidates }, (_, i) => {
    const pilot = 20_000 + rnd() * 130_000;
    const lastMile = pilot * (2 + rnd() * 3);
    const investment = pilot + lastMile;
    const startYear = Math.floor(rnd() * years);
    const spanYears = Math.min(years - startYear, 1 + Math.floor(rnd() * 2));
    const byYear = new Array<number>(years).fill(0);
    if (spanYears === 1) byYear[startYear] = investment;
    else {
      const first = investment * (0.3 + rnd() * 0.4);
      byYear[startYear] = first;
      byYear[startYear + 1] = investment - first;
    }
    return {
      id: `uc${String(i).padStart(4, '0')}`,
      problemId: `p${Math.floor(rnd() * problems)}`,
      kind: rnd() < 0.35 ? 'value-creation' : 'automation',
      investment,
      investmentByYear: byYear,
      value: investment * (-0.6 + rnd() * 3.6),
      hasBlocker: rnd() < (options.blockerShare ?? 0.1),
    };
  });
}

/** Total investment of the candidates. */
export const totalInvestment = (cs: readonly FundingCandidate[]): number => cs.reduce((s, c) => s + c.investment, 0);
