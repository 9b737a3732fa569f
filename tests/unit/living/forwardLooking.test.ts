import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateCases, fundingProblem } from '@shared/analysis';
import {
  blankUseCaseInput,
  defaultWorkspaceSettings,
  newLifecycle,
  READINESS_DIMENSIONS,
  type ActualMonth,
  type Lifecycle,
  type Readiness,
  type UseCase,
  type WorkspaceSettings,
} from '@shared/domain';
import { livingWarnings, planMonthToCalendar, trackedMetrics, useCaseMetrics } from '@shared/finance';
import { defaultPortfolioPlan, optimiseFunding } from '@shared/portfolio';
import { settingsArb, useCaseInputArb } from '../finance/arbitraries';

/**
 * The forward-looking convention (docs/living-portfolio.md): decisions use the cash flows from today (T) on,
 * NPV(rate, CF_T … CF_H) with month T as period 1; sunk cost is shown, never a reason; whole-life = sunk + forward.
 */

const T0 = '2027-01-01T00:00:00.000Z';
const all = (score: number): Readiness => Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score, note: '' }])) as Readiness;
const change = (stage: Lifecycle['history'][number]['stage'], month: string, evidence: Readiness | null = null) => ({ stage, month, at: T0, by: 'COO', note: '', evidence });
const actual = (month: string, a: Partial<ActualMonth>): ActualMonth => ({ month, pilot: 0, lastMile: 0, lastMileByCategory: null, run: 0, benefit: 0, ...a });

function workspace(discountRate: number): WorkspaceSettings {
  return { ...defaultWorkspaceSettings('Hand-worked', '2027-01'), horizonMonths: 12, discountRate };
}

/** Pilot $30K over months 1–3, last mile $40K over months 4–5, live from month 6: run $1K, saves $10K a month. */
function handWorked(lifecycle: Lifecycle = newLifecycle(), actuals: ActualMonth[] = []): UseCase {
  const base = blankUseCaseInput('p1', { pilotMonths: 3, lastMileMonths: 2, rampUpMonths: 0 });
  return {
    ...base,
    name: 'Invoice triage',
    pilot: { cost: 30_000, months: 3 },
    lastMile: { costs: { ...base.lastMile.costs, integration: 40_000 }, months: 2 },
    runCost: { ...base.runCost, infrastructurePerMonth: 1_000 },
    benefits: { ...base.benefits, costAvoidedPerMonth: 10_000, rampUpMonths: 0 },
    readiness: all(4),
    startMonth: 1,
    lifecycle,
    actuals,
    id: 'uc1',
    workspaceId: 'ws',
    createdAt: T0,
    updatedAt: T0,
  };
}

const succeeded: Lifecycle = { history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-03', all(4))], decisions: [] };

describe('forward-looking figures (today = April 2027, plan month 4)', () => {
  it('counts only months 4…12, month 4 as period 1, against hand-worked and spreadsheet figures', () => {
    const { metrics: m } = trackedMetrics(handWorked(succeeded), workspace(0), 4);
    // Undiscounted: −20K −20K + 7 × 9K = 23K forward; the $30K pilot is sunk.
    expect(m.npv).toBeCloseTo(23_000, 6);
    expect(m.living.sunk).toEqual({ investment: 30_000, run: 0, total: 30_000, benefit: 0 });
    expect(m.living.wholeLife.npv).toBeCloseTo(-7_000, 6);
    // The spreadsheet's NPV(rate, CF_T … CF_H) at 10% a year (monthly (1.1)^(1/12) − 1): 20,549.1337…
    const at10 = trackedMetrics(handWorked(succeeded), workspace(0.1), 4).metrics;
    expect(at10.npv).toBeCloseTo(20_549.13372095694, 6);
    // Whole life is discounted from the plan start: −10K × 3 then the same flows, NPV −9,462.5494…
    expect(at10.living.wholeLife.npv).toBeCloseTo(-9_462.549387196894, 6);
  });

  it('stage-gates a finished pilot with the readiness it produced; funds only its last mile', () => {
    const { metrics: m } = trackedMetrics(handWorked(succeeded), workspace(0), 4);
    expect(m.probability).toBeCloseTo(0.65, 12);
    expect(m.living.probabilitySource).toBe('pilot-evidence');
    expect(m.living.fundingCost).toBe(40_000);
    expect(m.living.committed).toBe(0);
    expect(m.living.fundingValue).toBeCloseTo(0.65 * 23_000, 6);
    // Payback counted on the forward flows, reported as a plan month: cumulative −40K, then +9K a month → month 10.
    expect(m.paybackMonth).toBe(10);
  });

  it('has no probability after a pilot until readiness is re-assessed with what it showed', () => {
    const noEvidence: Lifecycle = { history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-03')], decisions: [] };
    const { metrics: m } = trackedMetrics(handWorked(noEvidence), workspace(0), 4);
    expect(m.probability).toBeNull();
    expect(m.expectedNpv).toBeNull();
    expect(m.living.needsEvidence).toBe(true);
  });

  it('substitutes actuals before today and keeps every forward figure as it was', () => {
    const over = [actual('2027-01', { pilot: 12_000 }), actual('2027-02', { pilot: 12_000 }), actual('2027-03', { pilot: 12_000 })];
    const plan = trackedMetrics(handWorked(succeeded), workspace(0.1), 4);
    const withActuals = trackedMetrics(handWorked(succeeded, over), workspace(0.1), 4);
    expect(withActuals.metrics.living.sunk.investment).toBe(36_000);
    expect(withActuals.schedule.actual.slice(0, 4)).toEqual([true, true, true, false]);
    expect(withActuals.metrics.npv).toBe(plan.metrics.npv);
    expect(withActuals.metrics.living.fundingValue).toBe(plan.metrics.living.fundingValue);
    expect(withActuals.metrics.living.wholeLife.cost).toBeCloseTo(36_000 + 40_000 + 7_000, 6);
  });

  it('a running pilot commits its remaining months; the budget counts only its last mile', () => {
    const running: Lifecycle = { history: [change('pilot', '2027-01')], decisions: [] };
    const { metrics: m } = trackedMetrics(handWorked(running), workspace(0), 3);
    expect(m.living.committed).toBeCloseTo(10_000, 6);
    expect(m.living.fundingCost).toBeCloseTo(40_000, 6);
    expect(m.living.fundingValue).toBeCloseTo(0.65 * (-40_000 + 63_000), 6);
  });

  it('in production, stopped and failed work is not a funding choice; stopped work has no forecast', () => {
    const ws = workspace(0);
    const rows = (lifecycle: Lifecycle) => candidateCases(ws, [], [handWorked(lifecycle)], '2027-07');
    const live = rows({ history: [...succeeded.history, change('last-mile', '2027-04'), change('production', '2027-06')], decisions: [] });
    const stopped = rows({ history: [change('pilot', '2027-01'), change('stopped', '2027-02')], decisions: [] });
    const plan = defaultPortfolioPlan(1_000_000);
    expect(fundingProblem(live, plan).constraints.forced?.["uc1"]).toEqual({ mode: 'in', reason: 'In production' });
    expect(fundingProblem(live, plan).candidates[0]!.investment).toBe(0);
    expect(fundingProblem(stopped, plan).constraints.forced?.["uc1"]).toEqual({ mode: 'out', reason: 'Stopped' });
    expect(stopped[0]!.metrics.npv).toBe(0);
    expect(stopped[0]!.schedule.net.slice(2).every((v) => v === 0)).toBe(true);
  });

  it('from the plan’s first month, an idea’s figures are the plan’s own', () => {
    fc.assert(
      fc.property(useCaseInputArb, settingsArb, (input, ws) => {
        const uc: UseCase = { ...input, lifecycle: newLifecycle(), actuals: [], id: 'u', workspaceId: 'w', createdAt: T0, updatedAt: T0 };
        const plan = useCaseMetrics(uc, ws);
        const { metrics } = trackedMetrics(uc, ws, 1);
        expect(metrics.npv).toBe(plan.npv);
        expect(metrics.expectedNpv).toBe(plan.expectedNpv);
        expect(metrics.living.fundingCost).toBe(plan.totalInvestment);
        expect(metrics.living.sunk.total).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('properties of the forward-looking convention', () => {
  const scenario = fc.record({
    input: useCaseInputArb,
    ws: settingsArb,
    today: fc.integer({ min: 1, max: 40 }),
    spent: fc.array(fc.record({ pilot: fc.integer({ min: 0, max: 1e6 }), lastMile: fc.integer({ min: 0, max: 1e6 }), run: fc.integer({ min: 0, max: 1e5 }) }), { maxLength: 12 }),
  });

  it('a cost already spent never changes a forward figure or the funding decision', () => {
    fc.assert(
      fc.property(scenario, ({ input, ws, today, spent }) => {
        const t = Math.min(today, ws.horizonMonths + 1);
        const uc: UseCase = { ...input, lifecycle: newLifecycle(), actuals: [], id: 'u', workspaceId: 'w', createdAt: T0, updatedAt: T0 };
        const actuals = spent.slice(0, Math.max(0, t - 1)).map((s, i) => actual(planMonthToCalendar(ws.planningStartMonth, i + 1), s));
        const a = trackedMetrics(uc, ws, t).metrics;
        const b = trackedMetrics({ ...uc, actuals }, ws, t).metrics;
        expect(b.npv).toBe(a.npv);
        expect(b.expectedNpv).toBe(a.expectedNpv);
        expect(b.living.fundingCost).toBe(a.living.fundingCost);
        expect(b.living.fundingValue).toBe(a.living.fundingValue);
        const decide = (m: typeof a) =>
          optimiseFunding([{ id: 'u', name: 'u', problemId: 'p', kind: 'automation', investment: m.living.fundingCost, investmentByYear: m.living.fundingByYear, value: m.living.fundingValue ?? 0, hasBlocker: false, notAssessed: [] }], {
            budget: a.living.fundingCost,
            minValueCreationShare: 0,
            forced: {},
          }).selectedIds;
        expect(decide(b)).toEqual(decide(a));
      }),
      { numRuns: 300 },
    );
  });

  it('whole-life money = sunk + forward, undiscounted', () => {
    fc.assert(
      fc.property(scenario, ({ input, ws, today, spent }) => {
        const t = Math.min(today, ws.horizonMonths + 1);
        const actuals = spent.slice(0, Math.max(0, t - 1)).map((s, i) => actual(planMonthToCalendar(ws.planningStartMonth, i + 1), s));
        const uc: UseCase = { ...input, lifecycle: newLifecycle(), actuals, id: 'u', workspaceId: 'w', createdAt: T0, updatedAt: T0 };
        const { schedule, metrics } = trackedMetrics(uc, ws, t);
        let forwardCost = 0;
        let forwardNet = 0;
        for (let i = t - 1; i < schedule.horizon; i++) {
          forwardCost += schedule.pilot[i]! + schedule.lastMile[i]! + schedule.run[i]!;
          forwardNet += schedule.net[i]!;
        }
        const scale = Math.max(1, metrics.living.wholeLife.cost, metrics.living.wholeLife.benefit);
        expect(Math.abs(metrics.living.wholeLife.cost - (metrics.living.sunk.total + forwardCost)) / scale).toBeLessThan(1e-9);
        const wholeNet = metrics.living.wholeLife.benefit - metrics.living.wholeLife.cost;
        const sunkNet = metrics.living.sunk.benefit - metrics.living.sunk.total;
        expect(Math.abs(wholeNet - (sunkNet + forwardNet)) / scale).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('what today asks of a use case', () => {
  it('flags a plan today has overtaken, a pilot past its end, a decision waiting and missing evidence', () => {
    const ws = workspace(0);
    const codes = (lifecycle: Lifecycle, today: number) => {
      const uc = handWorked(lifecycle);
      return livingWarnings(uc, trackedMetrics(uc, ws, today).metrics.living).map((w) => w.code);
    };
    expect(codes(newLifecycle(), 1)).toEqual([]);
    expect(codes(newLifecycle(), 3)).toEqual(['start-passed']);
    expect(codes({ history: [change('pilot', '2027-01')], decisions: [] }, 4)).toEqual([]);
    expect(codes({ history: [change('pilot', '2027-01')], decisions: [] }, 5)).toEqual(['pilot-past-plan']);
    expect(codes(succeeded, 4)).toEqual(['awaiting-gate']);
    expect(codes({ history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-03')], decisions: [] }, 4)).toEqual(['awaiting-gate', 'needs-evidence']);
  });
});
