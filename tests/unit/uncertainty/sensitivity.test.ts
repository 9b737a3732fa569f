import { describe, expect, it } from 'vitest';
import { blankUseCaseInput, defaultWorkspaceSettings, newLifecycle, noRanges, READINESS_DIMENSIONS, type Readiness, type UseCase, type WorkspaceSettings } from '@shared/domain';
import { trackedMetrics } from '@shared/finance';
import { effectiveRanges } from '@shared/uncertainty/effectiveRanges';
import { certainPolicy, DEFAULT_UNCERTAINTY_POLICY } from '@shared/uncertainty/policy';
import { portfolioTornado, portfolioTornadoOf, tornado, tornadoOf } from '@shared/uncertainty/sensitivity';
import { breakEvenOf, breakEvens, portfolioBreakEvenOf } from '@shared/uncertainty/sensitivityBreakEven';
import { sensitivityModel } from '@shared/uncertainty/sensitivityModel';

const T0 = '2027-01-01T00:00:00.000Z';
const all = (score: number): Readiness => Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score, note: '' }])) as Readiness;
/** No discounting: every figure below can be worked by hand. */
const flat: WorkspaceSettings = { ...defaultWorkspaceSettings('Sensitivity', '2027-01'), horizonMonths: 36, discountRate: 0 };
const ws: WorkspaceSettings = { ...flat, discountRate: 0.1 };
const change = (stage: string, month: string) => ({ stage, month, at: T0, by: '', note: '', evidence: null }) as UseCase['lifecycle']['history'][number];

/**
 * Pilot $30K over months 1–3, last mile $120K (integration) over months 4–9, live from month 10: run $2K and benefit $20K
 * a month for 27 months. NPV from month 1 = −30K − 120K − 54K + 540K = $336K.
 */
function useCase(i = 0, over: Partial<UseCase> = {}): UseCase {
  const base = blankUseCaseInput('p1', { pilotMonths: 3, lastMileMonths: 6, rampUpMonths: 0 });
  return {
    ...base,
    name: `Candidate ${i}`,
    pilot: { cost: 30_000, months: 3 },
    lastMile: { costs: { ...base.lastMile.costs, integration: 120_000 }, months: 6 },
    runCost: { ...base.runCost, infrastructurePerMonth: 2_000 },
    benefits: { ...base.benefits, costAvoidedPerMonth: 20_000, rampUpMonths: 0 },
    readiness: all(4),
    lifecycle: newLifecycle(),
    actuals: [],
    id: `uc${i}`,
    workspaceId: 'ws',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

/** The same use case with a cost or benefit figure scaled by `f` (what a break-even value means in the estimate). */
function scaled(uc: UseCase, field: string, f: number): UseCase {
  if (field === 'pilotCost') return { ...uc, pilot: { ...uc.pilot, cost: uc.pilot.cost * f } };
  if (field === 'lastMileCost') return { ...uc, lastMile: { ...uc.lastMile, costs: Object.fromEntries(Object.entries(uc.lastMile.costs).map(([k, v]) => [k, v * f])) as UseCase['lastMile']['costs'] } };
  if (field === 'runCost') {
    const r = uc.runCost;
    return { ...uc, runCost: { ...r, modelApi: { ...r.modelApi, pricePer1kTokens: r.modelApi.pricePer1kTokens * f }, seats: { ...r.seats, pricePerMonth: r.seats.pricePerMonth * f }, infrastructurePerMonth: r.infrastructurePerMonth * f, supportPerMonth: r.supportPerMonth * f } };
  }
  const b = uc.benefits;
  return { ...uc, benefits: { ...b, hoursSavedPerMonth: b.hoursSavedPerMonth * f, costAvoidedPerMonth: b.costAvoidedPerMonth * f, newRevenuePerMonth: b.newRevenuePerMonth * f } };
}

const near = (a: number, b: number, rel = 1e-9) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

describe('tornado of a use case', () => {
  it('matches the figures worked by hand under the default policy', () => {
    const t = tornado(useCase(), flat, '2027-01');
    near(t.npv, 336_000);
    const by = Object.fromEntries(t.bars.map((b) => [b.key, b]));
    expect(t.bars.map((b) => b.key)).toEqual(['benefit', 'lastMileCost', 'lastMileMonths', 'pilotMonths', 'rampUpMonths', 'runCost', 'pilotCost']);
    // Benefit −40% / +10% of $20K a month over 27 months.
    near(by.benefit!.npvLow, 120_000);
    near(by.benefit!.npvHigh, 390_000);
    expect(by.benefit!.values).toEqual({ low: 12_000, likely: 20_000, high: 22_000 });
    // Last mile −10% / +60% of $120K.
    near(by.lastMileCost!.npvLow, 348_000);
    near(by.lastMileCost!.npvHigh, 264_000);
    near(by.lastMileCost!.swing, 84_000);
    expect(by.lastMileCost!.values!.low).toBeCloseTo(108_000, 6);
    expect(by.lastMileCost!.values!.high).toBeCloseTo(192_000, 6);
    // Last mile 6 → 10 months: live from month 14, 23 months of $18K net.
    near(by.lastMileMonths!.npvHigh, 264_000);
    near(by.lastMileMonths!.npvLow, 336_000);
    expect(by.lastMileMonths!.values).toEqual({ low: 6, likely: 6, high: 10 });
    // Pilot 3 → 5 months: 25 months live.
    near(by.pilotMonths!.npvHigh, 300_000);
    // Ramp-up 0 → 3 months: ¼, ½, ¾ of $20K lost… 1.5 months of benefit.
    near(by.rampUpMonths!.npvHigh, 306_000);
    near(by.runCost!.swing, 21_600);
    near(by.pilotCost!.swing, 12_000);
  });

  it('centres on the forward NPV of trackedMetrics, discounted and in mid-flight', () => {
    const fresh = useCase(1);
    near(tornado(fresh, ws, '2027-01').npv, trackedMetrics(fresh, ws, 1).metrics.npv);
    const underWay = useCase(2, {
      lifecycle: { history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-03'), change('last-mile', '2027-04')], decisions: [] },
      actuals: [{ month: '2027-01', pilot: 12_000, lastMile: 0, lastMileByCategory: null, run: 0, benefit: 0 }],
    });
    const t = tornado(underWay, ws, '2027-06');
    near(t.npv, trackedMetrics(underWay, ws, 6).metrics.npv);
    // The pilot is over: neither its cost nor its duration moves anything still to come.
    expect(t.bars.map((b) => b.key)).not.toContain('pilotCost');
    expect(t.bars.map((b) => b.key)).not.toContain('pilotMonths');
    expect(t.bars.map((b) => b.key)).toContain('lastMileCost');
  });

  it('gives a zero-width range a zero swing, and sorts the bars by swing', () => {
    const t = tornado(useCase(), ws, '2027-01', certainPolicy());
    expect(t.bars.length).toBeGreaterThan(0);
    for (const b of t.bars) {
      expect(b.swing).toBe(0);
      near(b.npvLow, t.npv);
    }
    const own = useCase(3, { ranges: { ...noRanges(), lastMileCost: { low: 1, likely: 1, high: 1 } } });
    const t2 = tornado(own, ws, '2027-01');
    expect(t2.bars.find((b) => b.key === 'lastMileCost')!.swing).toBe(0);
    for (let i = 1; i < t2.bars.length; i++) expect(t2.bars[i - 1]!.swing).toBeGreaterThanOrEqual(t2.bars[i]!.swing);
  });

  it('swings each last-mile category with its own range, the others with the last mile', () => {
    const base = useCase(4);
    const uc: UseCase = {
      ...base,
      lastMile: { ...base.lastMile, costs: { ...base.lastMile.costs, integration: 90_000, dataPipelines: 30_000 } },
      ranges: { ...noRanges(), lastMileByCategory: { dataPipelines: { low: 0.8, likely: 1, high: 3 } } },
    };
    const t = tornado(uc, flat, '2027-01');
    const data = t.bars.find((b) => b.key === 'lastMileCost.dataPipelines')!;
    const rest = t.bars.find((b) => b.key === 'lastMileCost')!;
    expect(data.label).toBe('Last mile: Data pipelines & quality');
    expect(rest.label).toBe('Last-mile cost (other categories)');
    near(data.npvHigh, 336_000 - 2 * 30_000);
    near(data.npvLow, 336_000 + 0.2 * 30_000);
    near(rest.npvHigh, 336_000 - 0.6 * 90_000);
    expect(rest.values!.likely).toBe(90_000);
  });

  it('uses the use case’s own ranges before the policy’s', () => {
    const uc = useCase(5, { ranges: { ...noRanges(), distribution: 'triangular', benefit: { low: 0.9, likely: 1, high: 1 } } });
    const r = effectiveRanges(uc, DEFAULT_UNCERTAINTY_POLICY);
    expect(r.distribution).toBe('triangular');
    expect(r.benefit).toEqual({ low: 0.9, likely: 1, high: 1 });
    expect(r.lastMileCost).toEqual(DEFAULT_UNCERTAINTY_POLICY.lastMileCost);
    const b = tornado(uc, flat, '2027-01').bars.find((x) => x.key === 'benefit')!;
    near(b.npvLow, 336_000 - 54_000);
    near(b.npvHigh, 336_000);
  });
});

describe('break-even values', () => {
  it('solves costs and the benefit exactly (worked by hand)', () => {
    const m = sensitivityModel(useCase(), flat, 1);
    // 336K − (f − 1) × 120K = 0 → f = 3.8: the last mile may reach $456K.
    const last = breakEvenOf(m, 'lastMileCost')!;
    near(last.value!, 456_000);
    expect(last.direction).toBe('above');
    expect(last.turns).toBe('negative');
    // 336K + (f − 1) × 540K = 0 → the benefit may fall to $7,556 a month.
    near(breakEvenOf(m, 'benefit')!.value!, 20_000 * (1 - 336 / 540));
    expect(breakEvenOf(m, 'benefit')!.direction).toBe('below');
    // −150K + (33 − L) × 18K: positive at 24 months, negative from 25.
    const months = breakEvenOf(m, 'lastMileMonths')!;
    expect(months.value).toBe(25);
    expect(months.direction).toBe('above');
  });

  it('gives NPV 0 at the break-even value, checked against the deterministic business case', () => {
    const uc = useCase(6, { startMonth: 2 });
    const m = sensitivityModel(uc, ws, 1);
    for (const field of ['pilotCost', 'lastMileCost', 'runCost', 'benefit']) {
      const b = breakEvenOf(m, field)!;
      if (b.value === null) continue;
      const figure = b.likely;
      const npv = trackedMetrics(scaled(uc, field, b.value / figure), ws, 1).metrics.npv;
      expect(Math.abs(npv)).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(m.npv), 1));
    }
    const d = breakEvenOf(m, 'lastMileMonths')!;
    const at = (months: number) => trackedMetrics({ ...uc, lastMile: { ...uc.lastMile, months } }, ws, 1).metrics.npv;
    expect(at(d.value!)).toBeLessThanOrEqual(0);
    expect(at(d.value! - 1)).toBeGreaterThan(0);
  });

  it('is null when nothing within 0 … 20× or ±36 months makes NPV cross', () => {
    // A cheap run cost on a large benefit: NPV stays positive even at 20× the run cost.
    const uc = useCase(7, { runCost: { ...useCase().runCost, infrastructurePerMonth: 100 } });
    const b = breakEvenOf(sensitivityModel(uc, flat, 1), 'runCost')!;
    expect(b.value).toBeNull();
    expect(b.direction).toBeNull();
    expect(b.reach).toEqual({ low: 0, high: 2_000 });
    expect(b.turns).toBe('negative');
  });

  it('lists the top drivers that move NPV', () => {
    const m = sensitivityModel(useCase(), flat, 1);
    const t = tornadoOf(m);
    expect(breakEvens(m, t, 3).map((b) => b.key)).toEqual(['benefit', 'lastMileCost', 'lastMileMonths']);
  });
});

describe('tornado of a set', () => {
  const set = [useCase(10), useCase(11, { startMonth: 4 }), useCase(12, { ranges: { ...noRanges(), lastMileCost: { low: 1, likely: 1, high: 2 } } })];

  it('swings every use case’s input together: the set’s bar is the sum of theirs', () => {
    const p = portfolioTornado(set, ws, '2027-01');
    const singles = set.map((u) => tornado(u, ws, '2027-01'));
    near(p.npv, singles.reduce((s, t) => s + t.npv, 0));
    expect(p.count).toBe(3);
    for (const b of p.bars) {
      const low = singles.reduce((s, t) => s + (t.bars.find((x) => x.field === b.field)?.npvLow ?? t.npv), 0);
      const high = singles.reduce((s, t) => s + (t.bars.find((x) => x.field === b.field)?.npvHigh ?? t.npv), 0);
      near(b.npvLow, low);
      near(b.npvHigh, high);
    }
    const last = p.bars.find((b) => b.field === 'lastMileCost')!;
    expect(last.label).toBe('Last-mile costs');
    expect(last.values!.high).toBeCloseTo(120_000 * (1.6 + 1.6 + 2), 6);
    // Every use case adds 0–4 months to its last mile under the policy: the bar says so.
    expect(p.bars.find((b) => b.field === 'lastMileMonths')!.values).toEqual({ low: 0, likely: 0, high: 4 });
    for (let i = 1; i < p.bars.length; i++) expect(p.bars[i - 1]!.swing).toBeGreaterThanOrEqual(p.bars[i]!.swing);
  });

  it('finds the set’s break-even: one scale on every figure, or the same months added to every duration', () => {
    const models = set.map((u) => sensitivityModel(u, ws, 1));
    const p = portfolioTornadoOf(models);
    const b = portfolioBreakEvenOf(models, p, 'lastMileCost')!;
    const s = b.value! / b.likely;
    const npv = set.reduce((sum, u) => sum + trackedMetrics(scaled(u, 'lastMileCost', s), ws, 1).metrics.npv, 0);
    expect(Math.abs(npv)).toBeLessThanOrEqual(1e-6 * Math.abs(p.npv));
    const d = portfolioBreakEvenOf(models, p, 'lastMileMonths')!;
    expect(d.unit).toBe('monthsAdded');
    const at = (k: number) => set.reduce((sum, u) => sum + trackedMetrics({ ...u, lastMile: { ...u.lastMile, months: u.lastMile.months + k } }, ws, 1).metrics.npv, 0);
    expect(at(d.value!)).toBeLessThanOrEqual(0);
    expect(at(d.value! - 1)).toBeGreaterThan(0);
  });

  it('of no use case is empty', () => {
    const p = portfolioTornado([], ws, '2027-01');
    expect(p).toEqual({ npv: 0, count: 0, bars: [] });
  });
});
