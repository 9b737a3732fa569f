import { portfolioSchedule, type PortfolioSchedule } from '../finance';
import type { FundingResult } from '../portfolio';
import type { CandidateAnalysis } from './candidates';

/** The headline figures of a funded set (the summary header and the board pack's executive summary). */
export interface FundedSummary {
  fundedCount: number;
  pilotInvestment: number;
  lastMileInvestment: number;
  totalInvestment: number;
  expectedNpv: number;
  npv: number;
  /** Share of the funded investment in value creation (0–1); 0 when nothing is funded. */
  valueCreationShare: number;
  /** Candidates in the whole portfolio with a readiness blocker. */
  blockerCount: number;
  /** Cumulative net cash of the funded set on the plan calendar, with its payback month (null = beyond horizon). */
  cash: PortfolioSchedule;
}

/** Sums the funded candidates' business cases; payback is of the funded set's combined monthly cash. */
export function summariseFunded(rows: readonly CandidateAnalysis[], funding: FundingResult, horizon: number): FundedSummary {
  const selected = new Set(funding.selectedIds);
  const funded = rows.filter((r) => selected.has(r.useCase.id));
  const sum = (f: (r: CandidateAnalysis) => number) => funded.reduce((s, r) => s + f(r), 0);
  const total = sum((r) => r.metrics.totalInvestment);
  const vc = funded.filter((r) => r.useCase.classification.kind === 'value-creation').reduce((s, r) => s + r.metrics.totalInvestment, 0);
  return {
    fundedCount: funded.length,
    pilotInvestment: sum((r) => r.metrics.pilotCost),
    lastMileInvestment: sum((r) => r.metrics.lastMileCost),
    totalInvestment: total,
    expectedNpv: sum((r) => r.metrics.expectedNpv),
    npv: sum((r) => r.metrics.npv),
    valueCreationShare: total > 0 ? vc / total : 0,
    blockerCount: rows.filter((r) => r.metrics.blockers.length > 0).length,
    cash: portfolioSchedule(
      funded.map((r) => r.schedule),
      horizon,
    ),
  };
}
