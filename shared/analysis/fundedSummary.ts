import { portfolioSchedule, type PortfolioSchedule } from '../finance';
import type { FundingResult } from '../portfolio';
import type { CandidateAnalysis, CandidateCase } from './candidates';

/** The headline figures of a funded set (the summary header and the board pack's executive summary). */
export interface FundedSummary {
  /** Plan month of today (T) the figures are as of: 1 until the plan has started (docs/living-portfolio.md). */
  today: number;
  fundedCount: number;
  pilotInvestment: number;
  lastMileInvestment: number;
  /** What the funded set asks of the budget: investment from today on that is neither spent nor committed. */
  totalInvestment: number;
  /** Spend still to come on pilots and last miles already under way, across the portfolio (not in the budget). */
  committedInvestment: number;
  /** Money spent before today across the portfolio (shown, never a reason; docs/living-portfolio.md). */
  sunkCost: number;
  /**
   * Expected NPV of the funded set. A candidate forced in without a readiness assessment adds only its pilot (always
   * spent): its expected NPV at a probability of 0, the same value the funding choice counts.
   */
  expectedNpv: number;
  npv: number;
  /** Share of the funded investment in value creation (0–1); 0 when nothing is funded. */
  valueCreationShare: number;
  /** Share of the funded investment in automation (0–1). */
  automationShare: number;
  /** Share of the funded investment not classified yet (counted in neither share). */
  unclassifiedShare: number;
  /** Monthly run cost of the funded set once everything is live (sum of each funded candidate's run cost). */
  monthlyRunCost: number;
  /** Candidates in the whole portfolio with a readiness blocker. */
  blockerCount: number;
  /** Candidates in the whole portfolio whose readiness is not fully assessed. */
  notAssessedCount: number;
  /** Candidates in the whole portfolio not classified yet. */
  unclassifiedCount: number;
  /** Cumulative net cash of the funded set on the plan calendar, with its payback month (null = beyond horizon). */
  cash: PortfolioSchedule;
}

/** What the funding choice counts as a candidate's expected NPV (the pilot alone while readiness is not assessed). */
export function countedExpectedNpv(r: Pick<CandidateAnalysis, 'metrics'>): number {
  return r.metrics.expectedNpv ?? r.metrics.npvPilot;
}

/** Sums the funded candidates' business cases; payback is of the funded set's combined monthly cash. */
/** Needs only the business cases (not the scores): a weight change does not work it out again. */
export function summariseFunded(rows: readonly CandidateCase[], funding: FundingResult, horizon: number): FundedSummary {
  const selected = new Set(funding.selectedIds);
  const funded = rows.filter((r) => selected.has(r.useCase.id));
  const sum = (f: (r: CandidateCase) => number) => funded.reduce((s, r) => s + f(r), 0);
  const total = sum((r) => r.metrics.living.fundingCost);
  const of = (kind: 'value-creation' | 'automation' | null) => sum((r) => (r.useCase.classification.kind === kind ? r.metrics.living.fundingCost : 0));
  const yearsSum = (ys: readonly number[]) => ys.reduce((s, v) => s + v, 0);
  const share = (x: number) => (total > 0 ? x / total : 0);
  return {
    today: rows[0]?.metrics.living.today ?? 1,
    fundedCount: funded.length,
    pilotInvestment: sum((r) => yearsSum(r.metrics.living.fundingSplitByYear.pilot)),
    lastMileInvestment: sum((r) => yearsSum(r.metrics.living.fundingSplitByYear.lastMile)),
    totalInvestment: total,
    committedInvestment: rows.reduce((s, r) => s + r.metrics.living.committed, 0),
    sunkCost: rows.reduce((s, r) => s + r.metrics.living.sunk.total, 0),
    expectedNpv: sum(countedExpectedNpv),
    npv: sum((r) => r.metrics.npv),
    valueCreationShare: share(of('value-creation')),
    automationShare: share(of('automation')),
    unclassifiedShare: share(of(null)),
    monthlyRunCost: sum((r) => r.metrics.monthlyRunCost),
    blockerCount: rows.filter((r) => r.metrics.blockers.length > 0).length,
    notAssessedCount: rows.filter((r) => r.metrics.probability === null).length,
    unclassifiedCount: rows.filter((r) => r.useCase.classification.kind === null).length,
    cash: portfolioSchedule(
      funded.map((r) => r.schedule),
      horizon,
    ),
  };
}
