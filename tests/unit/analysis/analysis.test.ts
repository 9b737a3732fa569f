import { describe, expect, it } from 'vitest';
import { analyseCandidates, candidateCases, fundingProblem, rankCases, summariseFunded } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import { useCaseMetrics } from '@shared/finance';
import { defaultPortfolioPlan, optimiseFunding, presetWeights, scoreCandidate } from '@shared/portfolio';

let n = 0;
const demo = () => buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });

describe('portfolio analysis of a workspace', () => {
  it('ranks every candidate by score with the business case the use-case page shows', () => {
    const { workspace, problems, useCases } = demo();
    const plan = defaultPortfolioPlan(1_000_000);
    const rows = analyseCandidates(workspace, problems, useCases, plan, workspace.planningStartMonth);
    expect(rows).toHaveLength(useCases.length);
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.score.total).toBeGreaterThanOrEqual(rows[i]!.score.total);
    // From the plan's first month the forward-looking figures are the plan's own (docs/living-portfolio.md).
    for (const r of rows) expect(r.metrics).toEqual({ ...useCaseMetrics(r.useCase, workspace), living: expect.objectContaining({ stage: 'idea', today: 1 }) });
  });

  it('leaves candidates of a parked problem out unless forced in', () => {
    const { workspace, problems, useCases } = demo();
    const parkedProblem = problems.find((p) => useCases.some((u) => u.problemId === p.id))!;
    const parked = problems.map((p) => (p.id === parkedProblem.id ? { ...p, status: 'parked' as const } : p));
    const plan = defaultPortfolioPlan(10_000_000);
    const rows = analyseCandidates(workspace, parked, useCases, plan, workspace.planningStartMonth);
    const { candidates, constraints } = fundingProblem(rows, plan);
    const ofParked = useCases.filter((u) => u.problemId === parkedProblem.id).map((u) => u.id);
    for (const id of ofParked) expect(constraints.forced?.[id]).toEqual({ mode: 'out', reason: 'Its problem is parked' });
    const result = optimiseFunding(candidates, constraints);
    for (const id of ofParked) expect(result.selectedIds).not.toContain(id);
    const forcedPlan = { ...plan, forced: { [ofParked[0]!]: { mode: 'in' as const, reason: 'CEO sponsor' } } };
    const forcedProblem = fundingProblem(analyseCandidates(workspace, parked, useCases, forcedPlan, workspace.planningStartMonth), forcedPlan);
    expect(forcedProblem.constraints.forced?.[ofParked[0]!]).toEqual({ mode: 'in', reason: 'CEO sponsor' });
  });

  it('optimises score instead of expected NPV when the plan says so', () => {
    const { workspace, problems, useCases } = demo();
    const plan = { ...defaultPortfolioPlan(2_000_000), objective: 'score' as const };
    const rows = analyseCandidates(workspace, problems, useCases, plan, workspace.planningStartMonth);
    const { candidates } = fundingProblem(rows, plan);
    for (const r of rows) {
      const c = candidates.find((x) => x.id === r.useCase.id)!;
      expect(c.value).toBeCloseTo(scoreCandidate({
        id: r.useCase.id,
        expectedNpv: r.metrics.expectedNpv,
        investment: r.metrics.totalInvestment,
        paybackMonth: r.metrics.paybackMonth,
        strategicImportance: r.problem!.strategicImportance,
        readinessAverage: r.readinessAverage,
        probability: r.metrics.probability,
        classification: r.useCase.classification.kind,
      }, plan.weights).total, 9);
    }
  });

  it('sums the funded set: pilot + last mile = total, value-creation share, combined payback', () => {
    const { workspace, problems, useCases } = demo();
    const plan = defaultPortfolioPlan(1_500_000);
    const rows = analyseCandidates(workspace, problems, useCases, plan, workspace.planningStartMonth);
    const { candidates, constraints } = fundingProblem(rows, plan);
    const funding = optimiseFunding(candidates, constraints);
    expect(funding.status).toBe('optimal');
    const s = summariseFunded(rows, funding, workspace.horizonMonths);
    expect(s.fundedCount).toBe(funding.selectedIds.length);
    expect(s.pilotInvestment + s.lastMileInvestment).toBeCloseTo(s.totalInvestment, 6);
    expect(s.totalInvestment).toBeLessThanOrEqual(1_500_000 + 1e-6);
    expect(s.totalInvestment).toBeCloseTo(funding.totalInvestment, 6);
    expect(s.valueCreationShare).toBeCloseTo(funding.valueCreationShare, 9);
    expect(s.cash.cumulative).toHaveLength(workspace.horizonMonths);
    expect(s.cash.cumulative.at(-1)).toBeCloseTo(rows.filter((r) => funding.selectedIds.includes(r.useCase.id)).reduce((a, r) => a + r.schedule.cumulative.at(-1)!, 0), 4);
  });

  it('re-ranks with new weights from the same business cases (what the sliders do), with the same result as a full analysis', () => {
    const { workspace, problems, useCases } = demo();
    const cases = candidateCases(workspace, problems, useCases, workspace.planningStartMonth);
    for (const preset of ['balanced', 'quick-wins', 'strategic-bets'] as const) {
      const plan = { ...defaultPortfolioPlan(1_000_000), weights: presetWeights(preset) };
      const ranked = rankCases(cases, plan.weights);
      expect(ranked).toEqual(analyseCandidates(workspace, problems, useCases, plan, workspace.planningStartMonth));
      // The schedules are the ones already computed, not new copies.
      expect(ranked.every((r) => cases.some((c) => c.schedule === r.schedule))).toBe(true);
    }
  });
});

