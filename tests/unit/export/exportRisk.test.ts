/**
 * The board documents' risk figures: the simulation of the export's very funded set as of its today, under the
 * workspace's policy (seed and trials), its percentiles in order, its S-curve and histogram, the same answer for the same
 * seed, and the funded set's tornado with its break-even values.
 */
import { describe, expect, it } from 'vitest';
import { runSteps } from '@shared/export/compression';
import { riskSteps, type RiskInput } from '@shared/export/exportRisk';
import { exportModelOf, fixedBundle } from './fixtures';

const GENERATED_AT = '2027-02-01T09:30:00.000Z';
const bundle = fixedBundle();
const model = exportModelOf({ bundle, generatedAt: GENERATED_AT });
const fundedIds = new Set(model.funding.selectedIds);
const input = (trials = 4000, seed = 20261129): RiskInput => ({
  workspace: { ...bundle.workspace, uncertainty: { ...bundle.workspace.uncertainty, trials, seed } },
  useCases: bundle.useCases,
  fundedIds,
  todayMonth: model.todayMonth,
});

describe('the risk of the funded set (exportRisk)', () => {
  const risk = runSteps(riskSteps(input()));

  it('simulates the export’s funded set with the policy’s seed and trials; P10 ≤ P50 ≤ P90 for the set and for every use case', () => {
    expect(fundedIds.size).toBeGreaterThan(1);
    expect([risk.seed, risk.trials, risk.funded.count]).toEqual([20261129, 4000, fundedIds.size]);
    const f = risk.funded;
    expect(f.p10).toBeLessThanOrEqual(f.p50);
    expect(f.p50).toBeLessThanOrEqual(f.p90);
    expect(f.probPositive).toBeGreaterThanOrEqual(0);
    expect(f.probPositive).toBeLessThanOrEqual(1);
    expect([...risk.cases.keys()].sort()).toEqual(bundle.useCases.map((u) => u.id).sort());
    for (const c of risk.cases.values()) {
      expect(c.p10).toBeLessThanOrEqual(c.p50);
      expect(c.p50).toBeLessThanOrEqual(c.p90);
    }
    expect(f.spendP90ByYear.length).toBe(Math.ceil(bundle.workspace.horizonMonths / 12));
    f.spendP90ByYear.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(f.spendP50ByYear[i]! - 1e-6));
  });

  it('draws an S-curve rising from the least to the greatest trial through P10, P50 and P90, and a histogram of every trial', () => {
    const { curve, histogram, p10, p50, p90 } = risk.funded;
    expect(curve).toHaveLength(51);
    expect(curve.map((c) => c.npv)).toEqual([...curve.map((c) => c.npv)].sort((a, b) => a - b));
    expect(curve[5]!.npv).toBeCloseTo(p10, 6);
    expect(curve[25]!.npv).toBeCloseTo(p50, 6);
    expect(curve[45]!.npv).toBeCloseTo(p90, 6);
    expect(histogram.reduce((s, b) => s + b.count, 0)).toBe(4000);
    expect(histogram[0]!.from).toBe(curve[0]!.npv);
    expect(histogram.at(-1)!.to).toBe(curve.at(-1)!.npv);
  });

  it('gives the same answer for the same seed, and another for another seed', () => {
    const again = runSteps(riskSteps(input()));
    expect(again.funded.p50).toBe(risk.funded.p50);
    expect([...again.cases.values()]).toEqual([...risk.cases.values()]);
    expect(runSteps(riskSteps(input(4000, 7))).funded.p50).not.toBe(risk.funded.p50);
  });

  it('carries the funded set’s tornado, widest swing first, and the break-even values of its top drivers', () => {
    expect(risk.tornado).not.toBeNull();
    const swings = risk.tornado!.bars.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(risk.tornado!.count).toBe(fundedIds.size);
    expect(risk.breakEvens.length).toBeGreaterThan(0);
    expect(risk.breakEvens.length).toBeLessThanOrEqual(3);
  });

  it('with nothing funded: no set to swing, and the use cases are still simulated', () => {
    const none = runSteps(riskSteps({ ...input(500), fundedIds: new Set() }));
    expect(none.funded.count).toBe(0);
    expect(none.tornado).toBeNull();
    expect(none.cases.size).toBe(bundle.useCases.length);
  });
});

describe('the same answer whatever order the use cases come in', () => {
  it('gives the board pack (live order) and the deck (file order) the same figures', () => {
    const a = runSteps(riskSteps(input(1000)));
    const b = runSteps(riskSteps({ ...input(1000), useCases: [...bundle.useCases].reverse() }));
    expect(b.funded.p50).toBe(a.funded.p50);
    expect([...b.cases.entries()].sort()).toEqual([...a.cases.entries()].sort());
  });
});
