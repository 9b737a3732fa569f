import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankUseCaseInput, defaultWorkspaceSettings, newLifecycle, READINESS_DIMENSIONS, type Readiness, type UncertaintyPolicySettings, type UseCase, type WorkspaceSettings } from '@shared/domain';
import { trackedMetrics } from '@shared/finance';
import { caseModel } from '@shared/uncertainty/caseModel';
import { percentile } from '@shared/uncertainty/distributions';
import { certainPolicy, DEFAULT_UNCERTAINTY_POLICY } from '@shared/uncertainty/policy';
import { selectPercentiles } from '@shared/uncertainty/select';
import { simulate } from '@shared/uncertainty/simulate';

const T0 = '2027-01-01T00:00:00.000Z';
const all = (score: number): Readiness => Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score, note: '' }])) as Readiness;
const ws: WorkspaceSettings = { ...defaultWorkspaceSettings('Simulated', '2027-01'), horizonMonths: 36, discountRate: 0.1 };

function useCase(i: number, over: Partial<UseCase> = {}): UseCase {
  const base = blankUseCaseInput('p1', { pilotMonths: 3, lastMileMonths: 6, rampUpMonths: 3 });
  return {
    ...base,
    name: `Candidate ${i}`,
    pilot: { cost: 40_000 + 1_000 * i, months: 3 },
    lastMile: { costs: { ...base.lastMile.costs, integration: 90_000 + 2_000 * i }, months: 6 },
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

const models = (ucs: UseCase[], policy: UncertaintyPolicySettings, today = 1) => ucs.map((u) => caseModel(u, ws, today, policy));
const run = (policy: UncertaintyPolicySettings, trials: number, seed: number) => ({ ...policy, trials, seed });

describe('Monte Carlo over the portfolio', () => {
  it('with zero-width ranges every trial is the deterministic figure: passed the gate, or the pilot alone', () => {
    const ucs = [useCase(1), useCase(2)];
    const live = useCase(3, { lifecycle: { history: [{ stage: 'production', month: '2027-01', at: T0, by: '', note: '', evidence: null }], decisions: [] } });
    const result = simulate(models([...ucs, live], certainPolicy()), new Set(), run(certainPolicy(), 2_000, 11));
    for (const [k, uc] of [...ucs, live].entries()) {
      const m = trackedMetrics(uc, ws, 1).metrics;
      const r = result.cases[k]!;
      for (const v of [r.p10, r.p50, r.p90]) {
        const near = (x: number) => Math.abs(v - x) <= 1e-6 * Math.max(1, Math.abs(x));
        expect(near(m.npv) || near(m.npvPilot)).toBe(true);
      }
      // The mean over trials is the stage-gated expected NPV (within sampling error of the gate).
      const p = m.probability!;
      const se = Math.sqrt(p * (1 - p) / 2_000) * Math.abs(m.npvRest);
      expect(Math.abs(r.mean - m.expectedNpv!)).toBeLessThanOrEqual(4 * se + 1e-6);
    }
    // In production there is no gate: every trial is the forward NPV.
    expect(result.cases[2]!.p10).toBeCloseTo(trackedMetrics(live, ws, 1).metrics.npv, 6);
    expect(result.cases[2]!.p90).toBeCloseTo(trackedMetrics(live, ws, 1).metrics.npv, 6);
  });

  it('orders P10 ≤ P50 ≤ P90 and repeats itself for the same seed', () => {
    const ucs = Array.from({ length: 12 }, (_, i) => useCase(i));
    const funded = new Set(ucs.slice(0, 6).map((u) => u.id));
    const a = simulate(models(ucs, DEFAULT_UNCERTAINTY_POLICY), funded, run(DEFAULT_UNCERTAINTY_POLICY, 3_000, 2026));
    const b = simulate(models(ucs, DEFAULT_UNCERTAINTY_POLICY), funded, run(DEFAULT_UNCERTAINTY_POLICY, 3_000, 2026));
    const c = simulate(models(ucs, DEFAULT_UNCERTAINTY_POLICY), funded, run(DEFAULT_UNCERTAINTY_POLICY, 3_000, 2027));
    expect(b).toEqual(a);
    expect(c.funded.p50).not.toBe(a.funded.p50);
    for (const r of [...a.cases, a.funded]) {
      expect(r.p10).toBeLessThanOrEqual(r.p50);
      expect(r.p50).toBeLessThanOrEqual(r.p90);
    }
    a.funded.spendP50ByYear.forEach((v, y) => expect(v).toBeLessThanOrEqual(a.funded.spendP90ByYear[y]!));
  });

  it('a shared overrun spreads the funded set wider than the same overruns drawn independently', () => {
    const ucs = Array.from({ length: 20 }, (_, i) => useCase(i, { readiness: all(5) }));
    const funded = new Set(ucs.map((u) => u.id));
    const overrun = { low: 0.9, likely: 1, high: 1.8 };
    const one = { low: 1, likely: 1, high: 1 };
    const independent: UncertaintyPolicySettings = { ...certainPolicy(), pilotCost: overrun, lastMileCost: overrun };
    const shared: UncertaintyPolicySettings = { ...certainPolicy(), pilotCost: one, lastMileCost: one, sharedOverrun: overrun };
    const spread = (p: UncertaintyPolicySettings) => {
      const r = simulate(models(ucs, p), funded, run(p, 4_000, 3)).funded;
      return r.p90 - r.p10;
    };
    expect(spread(shared)).toBeGreaterThan(1.5 * spread(independent));
  });

  it('percentiles by selection equal PERCENTILE.INC of the sorted values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 }), (xs) => {
        const sorted = Float64Array.from(xs).sort();
        const got = selectPercentiles(Float64Array.from(xs), [0.1, 0.5, 0.9]);
        [0.1, 0.5, 0.9].forEach((p, i) => expect(got[i]).toBeCloseTo(percentile(sorted, p), 6));
      }),
    );
  });

  it('percentiles by bucket selection (thousands of values, clustered, repeated, spread over orders of magnitude) equal PERCENTILE.INC', () => {
    const value = fc.oneof(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.constantFrom(-52_000, 0, 1e-300, 7),
      fc.double({ min: -52_010, max: -52_000, noNaN: true }),
      fc.integer({ min: -40, max: 40 }).map((e) => 10 ** e),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 513, maxLength: 4_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const sorted = Float64Array.from(xs).sort();
        const ps = [0.1, 0.5, 0.9, p];
        const got = selectPercentiles(Float64Array.from(xs), ps);
        // Exactly the same number; −0 and +0 are the same value to a spreadsheet (adding 0 turns −0 into +0).
        ps.forEach((q, i) => expect(got[i]! + 0).toBe(percentile(sorted, q) + 0));
      }),
      { numRuns: 60 },
    );
  });
});
