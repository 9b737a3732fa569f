import { chartKind } from '@renderer/charts/kinds';
import type { CandidateAnalysis } from '@shared/analysis';

/** Average readiness 1..5 as the matrix's feasibility 0..1; null (not assessed) stays null, so the candidate is listed, not drawn. */
export function feasibilityOf(readinessAverage: number | null): number | null {
  return readinessAverage === null ? null : (readinessAverage - 1) / 4;
}

/** Chart inputs from the analysed candidates (plain data, so charts stay free of domain code). */
export function viewModels(rows: readonly CandidateAnalysis[], fundedIds: ReadonlySet<string>) {
  return {
    matrix: rows.map((r) => ({
      id: r.useCase.id,
      label: r.useCase.name,
      feasibility: feasibilityOf(r.readinessAverage),
      value: r.metrics.expectedNpv,
      rank: r.rank,
      investment: r.metrics.totalInvestment,
      kind: chartKind(r.useCase.classification.kind),
      funded: fundedIds.has(r.useCase.id),
      blocker: r.metrics.blockers.length > 0,
    })),
    iceberg: rows.map((r) => ({ id: r.useCase.id, label: r.useCase.name, pilot: r.metrics.pilotCost, lastMile: r.metrics.lastMileCost })),
    roadmap: rows
      .filter((r) => fundedIds.size === 0 || fundedIds.has(r.useCase.id))
      .sort((a, b) => a.useCase.startMonth - b.useCase.startMonth || a.useCase.name.localeCompare(b.useCase.name))
      .map((r) => ({
        id: r.useCase.id,
        label: r.useCase.name,
        startMonth: r.useCase.startMonth,
        pilotMonths: r.useCase.pilot.months,
        lastMileMonths: r.useCase.lastMile.months,
        kind: chartKind(r.useCase.classification.kind),
      })),
  };
}

/** Automation vs value creation by count and by investment, for the funded set (or all candidates when none is funded). */
export function mixOf(rows: readonly CandidateAnalysis[], fundedIds: ReadonlySet<string>) {
  const set = fundedIds.size > 0 ? rows.filter((r) => fundedIds.has(r.useCase.id)) : rows;
  const tally = (kind: 'automation' | 'value-creation') => {
    const of = set.filter((r) => r.useCase.classification.kind === kind);
    return { count: of.length, investment: of.reduce((s, r) => s + r.metrics.totalInvestment, 0) };
  };
  return { automation: tally('automation'), valueCreation: tally('value-creation') };
}
