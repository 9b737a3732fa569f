import { describe, expect, it } from 'vitest';
import { analyseCandidates, candidateCases, fundingCostAt, fundingNotes, fundingProblem, initialPortfolioPlan } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import { defaultUncertaintySettings, noRanges, type UncertaintyPolicySettings, type UseCase } from '@shared/domain';
import { computeFunding } from '@shared/export/exportModel';
import { trackedMetrics } from '@shared/finance';
import { defaultPortfolioPlan, optimiseFunding } from '@shared/portfolio';
import { presenter } from '@shared/presentation';
import { p90Cost } from '@shared/uncertainty/p90Cost';
import { triangularQuantile } from '@shared/uncertainty/distributions';

let n = 0;
const demo = () => buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
const one = { low: 1, likely: 1, high: 1 };
const certain = (seed = 7): UncertaintyPolicySettings => ({ ...defaultUncertaintySettings(seed), pilotCost: one, lastMileCost: one, runCost: one, benefit: one });

function idea(workspace: ReturnType<typeof demo>['workspace'], uc: UseCase) {
  return trackedMetrics(uc, workspace, 1).metrics.living;
}

describe('P90 cost of a candidate', () => {
  it('is the likely cost exactly when every cost range has zero width', () => {
    const { workspace, useCases } = demo();
    // The policy's ranges only: the demo gives a few candidates ranges of their own.
    for (const uc of useCases.map((u) => ({ ...u, ranges: noRanges() }))) {
      const living = trackedMetrics(uc, workspace, 7).metrics.living;
      const at = p90Cost(uc, living, certain());
      expect(at.cost).toBe(living.fundingCost);
      expect(at.byYear).toEqual(living.fundingByYear);
    }
  });

  it('is at least the likely cost when the ranges skew up, and each plan year is scaled in proportion', () => {
    const { workspace, useCases } = demo();
    const policy = defaultUncertaintySettings(11);
    const costly = useCases.map((u) => ({ ...u, ranges: noRanges() })).filter((uc) => idea(workspace, uc).fundingCost > 0);
    expect(costly.length).toBeGreaterThan(3);
    for (const uc of costly) {
      const living = idea(workspace, uc);
      const at = p90Cost(uc, living, policy);
      expect(at.cost).toBeGreaterThan(living.fundingCost);
      // Pilot +30%, last mile +60% at most: P90 stays below the high end.
      expect(at.cost).toBeLessThan(living.fundingCost * 1.6);
      const ratio = at.cost / living.fundingCost;
      at.byYear.forEach((v, y) => expect(v).toBeCloseTo((living.fundingByYear[y] ?? 0) * ratio, 6));
    }
  });

  it('is seeded: the same seed gives the same answer, another seed a close one', () => {
    const { workspace, useCases } = demo();
    const uc = useCases.find((u) => idea(workspace, u).fundingCost > 0)!;
    const living = idea(workspace, uc);
    const a = p90Cost(uc, living, defaultUncertaintySettings(1)).cost;
    expect(p90Cost(uc, living, defaultUncertaintySettings(1)).cost).toBe(a);
    const b = p90Cost(uc, living, defaultUncertaintySettings(2)).cost;
    expect(b).not.toBe(a);
    expect(Math.abs(b - a) / a).toBeLessThan(0.01);
  });

  it('matches an independent reference: the exact P90 of a triangular factor on a last mile alone', () => {
    const { workspace, useCases } = demo();
    const base = useCases.find((u) => idea(workspace, u).fundingCost > 0)!;
    // No pilot cost to decide: only the last mile, one range for every category.
    const range = { low: 0.8, likely: 1, high: 2 };
    const uc: UseCase = { ...base, pilot: { ...base.pilot, cost: 0 }, ranges: { ...noRanges(), distribution: 'triangular', lastMileCost: range } };
    const living = idea(workspace, uc);
    const at = p90Cost(uc, living, { ...defaultUncertaintySettings(5), trials: 20_000 });
    expect(at.cost / living.fundingCost).toBeCloseTo(triangularQuantile(range, 0.9), 2);
  });

  it('follows a category range of its own: only that category varies', () => {
    const { workspace, useCases } = demo();
    const base = useCases.find((u) => idea(workspace, u).fundingCost > 0 && u.lastMile.costs.integration > 0)!;
    const narrow = { ...noRanges(), pilotCost: one, lastMileCost: one };
    const uc: UseCase = { ...base, ranges: { ...narrow, lastMileByCategory: { integration: { low: 1, likely: 1, high: 3 } } } };
    const living = idea(workspace, uc);
    const at = p90Cost(uc, living, defaultUncertaintySettings(3));
    const integrationShare = base.lastMile.costs.integration / Object.values(base.lastMile.costs).reduce((s, v) => s + v, 0);
    const lastMile = living.fundingSplitByYear.lastMile.reduce((s, v) => s + v, 0);
    const most = living.fundingCost + 2 * lastMile * integrationShare;
    expect(at.cost).toBeGreaterThan(living.fundingCost);
    expect(at.cost).toBeLessThan(most);
  });
});

describe('funding against the P90 cost', () => {
  it('counts each candidate at its P90 cost in the funding problem, and the likely cost otherwise', () => {
    const { workspace, problems, useCases } = demo();
    const cases = candidateCases(workspace, problems, useCases, '2027-01');
    const likely = fundingProblem(cases, defaultPortfolioPlan(1_000_000));
    const p90 = fundingProblem(cases, { ...defaultPortfolioPlan(1_000_000), costBasis: 'p90' });
    likely.candidates.forEach((c, i) => {
      expect(c.investment).toBe(cases[i]!.metrics.living.fundingCost);
      expect(p90.candidates[i]!.investment).toBe(fundingCostAt(cases[i]!, 'p90').cost);
      if (c.investment > 0) expect(p90.candidates[i]!.investment).toBeGreaterThan(c.investment);
    });
  });

  it('funds no more at P90 than at the likely cost with the same budget, and the answer is reproducible', () => {
    const { workspace, problems, useCases } = demo();
    const bundle = { workspace, problems, useCases, plan: initialPortfolioPlan(useCases) };
    const likely = computeFunding(bundle, '2027-01');
    const p90 = computeFunding({ ...bundle, plan: { ...bundle.plan, costBasis: 'p90' } }, '2027-01');
    expect(p90.totalInvestment).toBeLessThanOrEqual(bundle.plan.budget);
    expect(p90.totalValue).toBeLessThanOrEqual(likely.totalValue + 1e-6);
    expect(computeFunding({ ...bundle, plan: { ...bundle.plan, costBasis: 'p90' } }, '2027-01').selectedIds).toEqual(p90.selectedIds);
  });

  it('the funding notes say what a candidate left out needs at its P90 cost', () => {
    const { workspace, problems, useCases } = demo();
    const plan = { ...initialPortfolioPlan(useCases), budget: 300_000, costBasis: 'p90' as const };
    const rows = analyseCandidates(workspace, problems, useCases, plan, '2027-01');
    const problem = fundingProblem(rows, plan);
    const funding = optimiseFunding(problem.candidates, problem.constraints);
    const notes = fundingNotes(rows, funding, plan, presenter(workspace));
    const over = rows.find((r) => notes.get(r.useCase.id)?.status.startsWith('Over budget by'));
    expect(over).toBeDefined();
    const need = fundingCostAt(over!, 'p90').cost;
    expect(need).toBeGreaterThan(over!.metrics.living.fundingCost);
    expect(notes.get(over!.useCase.id)!.detail).toBe(
      `Needs ${presenter(workspace).money(need)} at its P90 cost; ${presenter(workspace).money(Math.max(0, plan.budget - funding.totalInvestment))} of the ${presenter(workspace).money(plan.budget)} budget is left after the funded set.`,
    );
  });
});
