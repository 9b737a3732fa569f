import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blankUseCaseInput,
  defaultWorkspaceSettings,
  newLifecycle,
  noRanges,
  READINESS_DIMENSIONS,
  type Readiness,
  type Stage,
  type UncertaintyPolicySettings,
  type UseCase,
  type UseCaseRanges,
  type WorkspaceSettings,
} from '@shared/domain';
import { trackedMetrics } from '@shared/finance';
import { caseModel } from '@shared/uncertainty/caseModel';
import { mean, variance, type Range } from '@shared/uncertainty/distributions';
import { effectiveRanges } from '@shared/uncertainty/effectiveRanges';
import { lastMileFactorTable } from '@shared/uncertainty/lastMileFactor';
import { certainPolicy, DEFAULT_UNCERTAINTY_POLICY } from '@shared/uncertainty/policy';
import { quantileTable, tableValues, TABLE_STEPS } from '@shared/uncertainty/quantileTable';
import { simulate } from '@shared/uncertainty/simulate';

const T0 = '2027-01-01T00:00:00.000Z';
const all = (score: number): Readiness => Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score, note: '' }])) as Readiness;
const ws: WorkspaceSettings = { ...defaultWorkspaceSettings('Simulated', '2027-01'), horizonMonths: 36, discountRate: 0.1 };
const at = (stage: Stage, month: string, evidence: Readiness | null = null) => ({ stage, month, at: T0, by: '', note: '', evidence });
const inProduction = { history: [at('production', '2027-01')], decisions: [] };

function useCase(i: number, over: Partial<UseCase> = {}): UseCase {
  const base = blankUseCaseInput('p1', { pilotMonths: 3, lastMileMonths: 6, rampUpMonths: 3 });
  return {
    ...base,
    name: `Candidate ${i}`,
    pilot: { cost: 40_000 + 1_000 * i, months: 3 },
    lastMile: { costs: { ...base.lastMile.costs, integration: 90_000 + 2_000 * i, dataPipelines: 30_000, changeManagement: 20_000 }, months: 6 },
    runCost: { ...base.runCost, infrastructurePerMonth: 1_500 },
    benefits: { ...base.benefits, costAvoidedPerMonth: 14_000 + 300 * i, rampUpMonths: 3 },
    readiness: all(3 + (i % 3)),
    startMonth: 1 + (i % 4),
    lifecycle: newLifecycle(),
    actuals: [],
    id: `uc${i}`,
    workspaceId: 'ws',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

const one: Range = { low: 1, likely: 1, high: 1 };
const none: Range = { low: 0, likely: 0, high: 0 };
const certainRanges = (): UseCaseRanges => ({ ...noRanges(), pilotCost: one, lastMileCost: one, runCost: one, benefit: one, pilotMonths: none, lastMileMonths: none, rampUpMonths: none });
const policyOf = (p: UncertaintyPolicySettings, trials: number, seed = 5) => ({ ...p, trials, seed });
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Mean and variance of the law a quantile table draws from (a draw interpolates linearly between entries). */
function tableMoments(values: Float64Array): { mean: number; variance: number } {
  let m1 = 0;
  let m2 = 0;
  for (let k = 0; k < TABLE_STEPS; k++) {
    const a = values[k]!;
    const b = values[k + 1]!;
    m1 += (a + b) / 2 / TABLE_STEPS;
    m2 += (a * a + a * b + b * b) / 3 / TABLE_STEPS;
  }
  return { mean: m1, variance: m2 - m1 * m1 };
}

describe("a use case's own ranges", () => {
  it('are used where set, the policy elsewhere, and a zero-width set of its own gives the deterministic figure in every trial', () => {
    const wide = useCase(1, { lifecycle: inProduction });
    const sure = useCase(1, { id: 'sure', lifecycle: inProduction, ranges: certainRanges() });
    const result = simulate([caseModel(wide, ws, 1), caseModel(sure, ws, 1)], new Set(), policyOf(DEFAULT_UNCERTAINTY_POLICY, 2_000));
    const npv = trackedMetrics(sure, ws, 1).metrics.npv;
    const [w, s] = result.cases;
    expect(w!.p90 - w!.p10).toBeGreaterThan(0.05 * Math.abs(npv));
    for (const v of [s!.p10, s!.p50, s!.p90, s!.mean]) expect(near(v, npv)).toBe(true);
    // The other way round: a benefit range of its own under a policy of certainties.
    const own = useCase(1, { lifecycle: inProduction, ranges: { ...noRanges(), benefit: { low: 0.5, likely: 1, high: 1.2 } } });
    const r = simulate([caseModel(own, ws, 1, certainPolicy())], new Set(), policyOf(certainPolicy(), 2_000)).cases[0]!;
    expect(r.p10).toBeLessThan(npv);
    expect(r.p90).toBeGreaterThan(r.p10);
  });

  it('a distribution of its own applies to all its ranges', () => {
    const uc = useCase(2, { ranges: { ...noRanges(), distribution: 'triangular' } });
    const m = caseModel(uc, ws, 1, DEFAULT_UNCERTAINTY_POLICY);
    expect(m.factors.benefit).toEqual(tableValues(quantileTable(DEFAULT_UNCERTAINTY_POLICY.benefit, 'triangular')));
    expect(m.factors.benefit).not.toEqual(tableValues(quantileTable(DEFAULT_UNCERTAINTY_POLICY.benefit, 'pert')));
    expect(tableMoments(m.factors.pilot).mean).toBeCloseTo(mean(DEFAULT_UNCERTAINTY_POLICY.pilotCost, 'triangular'), 4);
  });

  it('per last-mile category: the factor has the mean and variance of the weighted sum of independent category factors', () => {
    const uc = useCase(3, { ranges: { ...noRanges(), lastMileByCategory: { integration: { low: 0.8, likely: 1.1, high: 2.5 }, dataPipelines: { low: 1, likely: 1, high: 3 } } } });
    const costs = uc.lastMile.costs;
    const total = costs.integration + costs.dataPipelines + costs.changeManagement;
    const parts: [number, Range][] = [
      [costs.integration / total, { low: 0.8, likely: 1.1, high: 2.5 }],
      [costs.dataPipelines / total, { low: 1, likely: 1, high: 3 }],
      // A category without a range of its own follows the last-mile range.
      [costs.changeManagement / total, DEFAULT_UNCERTAINTY_POLICY.lastMileCost],
    ];
    for (const distribution of ['pert', 'triangular'] as const) {
      const ranges = effectiveRanges({ ranges: { ...uc.ranges, distribution } }, DEFAULT_UNCERTAINTY_POLICY);
      const got = tableMoments(lastMileFactorTable(costs, ranges, 7).values);
      const expectedMean = parts.reduce((s, [w, r]) => s + w * mean(r, distribution), 0);
      const expectedVariance = parts.reduce((s, [w, r]) => s + w * w * variance(r, distribution), 0);
      expect(Math.abs(got.mean - expectedMean)).toBeLessThan(0.002 * expectedMean);
      expect(Math.abs(got.variance - expectedVariance)).toBeLessThan(0.03 * expectedVariance);
    }
    // The model uses that factor; the same seed builds the same table.
    const m = caseModel(uc, ws, 1, DEFAULT_UNCERTAINTY_POLICY);
    expect(m.factors.lastMile).toEqual(caseModel(uc, ws, 1, DEFAULT_UNCERTAINTY_POLICY).factors.lastMile);
    expect(tableMoments(m.factors.lastMile).mean).toBeGreaterThan(mean(DEFAULT_UNCERTAINTY_POLICY.lastMileCost, 'pert'));
  });

  it('per last-mile category: a category with no cost changes nothing, and zero-width category ranges keep the figure exact', () => {
    const plain = useCase(4);
    const unused = useCase(4, { ranges: { ...noRanges(), lastMileByCategory: { securityCompliance: { low: 1, likely: 2, high: 9 } } } });
    expect(caseModel(unused, ws, 1).factors.lastMile).toEqual(caseModel(plain, ws, 1).factors.lastMile);
    const exact = useCase(4, { lifecycle: inProduction, ranges: { ...certainRanges(), lastMileByCategory: { integration: one, dataPipelines: one } } });
    const m = caseModel(exact, ws, 1, DEFAULT_UNCERTAINTY_POLICY);
    expect([...new Set(m.factors.lastMile)]).toEqual([1]);
  });
});

describe('zero-width ranges at every stage reproduce the deterministic figures', () => {
  const stages: [string, UseCase['lifecycle']][] = [
    ['idea', newLifecycle()],
    ['running pilot', { history: [at('pilot', '2027-02')], decisions: [] }],
    ['last mile after a pilot with evidence', { history: [at('pilot', '2027-01'), at('pilot-succeeded', '2027-04', all(4)), at('last-mile', '2027-05')], decisions: [] }],
    ['production', { history: [at('pilot', '2027-01'), at('pilot-succeeded', '2027-04', all(4)), at('last-mile', '2027-04'), at('production', '2027-08')], decisions: [] }],
    ['stopped', { history: [at('pilot', '2027-01'), at('stopped', '2027-03')], decisions: [] }],
  ];
  it.each(stages)('%s, seen from a later month', (_, lifecycle) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 9 }), (today, i) => {
        const uc = useCase(i, { lifecycle, startMonth: 1 + (i % 3) });
        const m = trackedMetrics(uc, ws, today).metrics;
        const r = simulate([caseModel(uc, ws, today, certainPolicy())], new Set([uc.id]), policyOf(certainPolicy(), 400)).cases[0]!;
        for (const v of [r.p10, r.p50, r.p90]) expect(near(v, m.npv) || near(v, m.npvPilot)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});

describe("the funded set's fan chart of cumulative cash", () => {
  it('orders P10 ≤ P50 ≤ P90 every month and ends on the set’s undiscounted cash', () => {
    const ucs = Array.from({ length: 10 }, (_, i) => useCase(i));
    const funded = new Set(ucs.filter((_, i) => i % 2 === 0).map((u) => u.id));
    const r = simulate(
      ucs.map((u) => caseModel(u, ws, 4)),
      funded,
      policyOf(DEFAULT_UNCERTAINTY_POLICY, 3_000),
    ).funded;
    expect(r.count).toBe(5);
    expect(r.fan.months[0]).toBe(4);
    expect(r.fan.months).toHaveLength(ws.horizonMonths - 3);
    r.fan.months.forEach((_, j) => {
      expect(r.fan.p10[j]).toBeLessThanOrEqual(r.fan.p50[j]!);
      expect(r.fan.p50[j]).toBeLessThanOrEqual(r.fan.p90[j]!);
    });
    expect(near(r.fan.p10.at(-1)!, r.cash.p10)).toBe(true);
    expect(near(r.fan.p50.at(-1)!, r.cash.p50)).toBe(true);
    expect(near(r.fan.p90.at(-1)!, r.cash.p90)).toBe(true);
  });

  it('with zero-width ranges and no gate, is the deterministic cumulative cash from today', () => {
    const today = 5;
    const ucs = Array.from({ length: 4 }, (_, i) => useCase(i, { lifecycle: inProduction }));
    const r = simulate(
      ucs.map((u) => caseModel(u, ws, today, certainPolicy())),
      new Set(ucs.map((u) => u.id)),
      policyOf(certainPolicy(), 200),
    ).funded;
    let cumulative = 0;
    for (let month = today; month <= ws.horizonMonths; month++) {
      cumulative += ucs.reduce((s, u) => s + trackedMetrics(u, ws, today).schedule.net[month - 1]!, 0);
      const j = month - today;
      for (const v of [r.fan.p10[j]!, r.fan.p50[j]!, r.fan.p90[j]!]) expect(Math.abs(v - cumulative)).toBeLessThan(1e-6 * Math.max(1, Math.abs(cumulative)));
    }
  });
});
