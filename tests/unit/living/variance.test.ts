import { describe, expect, it } from 'vitest';
import { blankUseCaseInput, defaultWorkspaceSettings, newLifecycle, READINESS_DIMENSIONS, type ActualMonth, type Lifecycle, type Readiness, type UseCase, type WorkspaceSettings } from '@shared/domain';
import { monthByMonth, portfolioVariance, useCaseVariance } from '@shared/finance';

/** Plan vs actual, estimate at completion and overrun flags (shared/finance/variance.ts) against hand-worked figures. */

const T0 = '2027-01-01T00:00:00.000Z';
const all = (score: number): Readiness => Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score, note: '' }])) as Readiness;
const change = (stage: Lifecycle['history'][number]['stage'], month: string) => ({ stage, month, at: T0, by: 'COO', note: '', evidence: stage === 'pilot-succeeded' ? all(4) : null });
const actual = (month: string, a: Partial<ActualMonth>): ActualMonth => ({ month, pilot: 0, lastMile: 0, lastMileByCategory: null, run: 0, benefit: 0, ...a });

const workspace = (overrunThreshold = 0.1): WorkspaceSettings => ({ ...defaultWorkspaceSettings('Hand-worked', '2027-01'), horizonMonths: 12, discountRate: 0, overrunThreshold });

/**
 * Pilot $30K over months 1–3 ($10K a month), last mile $40K over months 4–5 ($20K a month; integration $30K, data
 * pipelines $10K), live from month 6: run $1K and benefit $10K a month. Horizon 12.
 */
function useCase(id: string, lifecycle: Lifecycle, actuals: ActualMonth[]): UseCase {
  const base = blankUseCaseInput('p1', { pilotMonths: 3, lastMileMonths: 2, rampUpMonths: 0 });
  return {
    ...base,
    name: `Case ${id}`,
    pilot: { cost: 30_000, months: 3 },
    lastMile: { costs: { ...base.lastMile.costs, integration: 30_000, dataPipelines: 10_000 }, months: 2 },
    runCost: { ...base.runCost, infrastructurePerMonth: 1_000 },
    benefits: { ...base.benefits, costAvoidedPerMonth: 10_000, rampUpMonths: 0 },
    readiness: all(4),
    startMonth: 1,
    lifecycle,
    actuals,
    id,
    workspaceId: 'ws',
    createdAt: T0,
    updatedAt: T0,
  };
}

const inLastMile: Lifecycle = { history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-03'), change('last-mile', '2027-04')], decisions: [] };
// April: last mile $23K ($18K integration, $5K data pipelines); May: none entered; June: run $1.3K, benefit $8K; July (today) ignored.
const caseA = () =>
  useCase('A', inLastMile, [
    actual('2027-04', { lastMile: 23_000, lastMileByCategory: { integration: 18_000, dataPipelines: 5_000 } }),
    actual('2027-06', { run: 1_300, benefit: 8_000 }),
    actual('2027-07', { lastMile: 99_000 }),
  ]);

describe('useCaseVariance (today = July 2027, plan month 7)', () => {
  const v = useCaseVariance(caseA(), workspace(), 7);

  it('compares only the months before today that have actuals', () => {
    expect(v.months).toEqual(['2027-04', '2027-06']);
  });

  it('last mile: plan $20K to date, actual $23K, 15% over; EAC $23K + May $20K = $43K; trend $40K × 23/20 = $46K', () => {
    expect(v.phases.lastMile).toEqual({ planToDate: 20_000, actualToDate: 23_000, variance: 3_000, share: 0.15, budgetAtCompletion: 40_000, estimateAtCompletion: 43_000, trendEstimate: 46_000 });
  });

  it('run cost: plan $1K, actual $1.3K, 30% over; EAC $1.3K + 6 × $1K = $7.3K; trend $7K × 1.3 = $9.1K', () => {
    const r = v.phases.run;
    expect([r.planToDate, r.actualToDate, r.variance, r.budgetAtCompletion, r.estimateAtCompletion]).toEqual([1_000, 1_300, 300, 7_000, 7_300]);
    expect(r.share).toBeCloseTo(0.3, 12);
    expect(r.trendEstimate).toBeCloseTo(9_100, 6);
  });

  it('benefit: $8K against $10K, 20% short; EAC $8K + 6 × $10K = $68K; trend $70K × 0.8 = $56K', () => {
    const b = v.phases.benefit;
    expect([b.planToDate, b.actualToDate, b.variance, b.budgetAtCompletion, b.estimateAtCompletion]).toEqual([10_000, 8_000, -2_000, 70_000, 68_000]);
    expect(b.share).toBeCloseTo(-0.2, 12);
    expect(b.trendEstimate).toBeCloseTo(56_000, 6);
  });

  it('pilot: nothing planned in the months compared; its EAC is the plan of months 1–3 and it has no trend', () => {
    expect(v.phases.pilot).toEqual({ planToDate: 0, actualToDate: 0, variance: 0, share: null, budgetAtCompletion: 30_000, estimateAtCompletion: 30_000, trendEstimate: null });
  });

  it('splits the last mile by category over the months whose split is known (April: plan $15K + $5K by the estimate’s shares)', () => {
    expect(v.lastMileByCategory?.months).toBe(1);
    const byCategory = Object.fromEntries(v.lastMileByCategory!.categories.map((c) => [c.category, [c.planToDate, c.actualToDate, c.share]]));
    expect(byCategory.integration).toEqual([15_000, 18_000, 0.2]);
    expect(byCategory.dataPipelines).toEqual([5_000, 5_000, 0]);
    expect(byCategory.testingQa).toEqual([0, 0, null]);
  });

  it('flags the last mile and the run cost over a 10% threshold, only the run cost over 20%, nothing at exactly the threshold', () => {
    expect(v.flags.map((f) => [f.phase, f.share !== null ? Math.round(f.share * 100) : null, f.threshold])).toEqual([
      ['lastMile', 15, 0.1],
      ['run', 30, 0.1],
    ]);
    expect(useCaseVariance(caseA(), workspace(0.2), 7).flags.map((f) => f.phase)).toEqual(['run']);
    const atThreshold = useCase('B', inLastMile, [actual('2027-04', { lastMile: 22_000 })]);
    expect(useCaseVariance(atThreshold, workspace(0.1), 7).flags).toEqual([]);
  });

  it('flags run cost spent where the plan had none (share not defined)', () => {
    const early = useCase('C', inLastMile, [actual('2027-02', { pilot: 10_000, run: 500 })]);
    expect(useCaseVariance(early, workspace(), 7).flags).toEqual([{ useCaseId: 'C', useCaseName: 'Case C', phase: 'run', share: null, threshold: 0.1, planToDate: 0, actualToDate: 500 }]);
  });
});

describe('estimate at completion after a pilot finished early', () => {
  it('counts no pilot spend after the month it finished: EAC $12K + February $10K = $22K; trend $30K × 12/10 = $36K', () => {
    const finished: Lifecycle = { history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-02')], decisions: [] };
    const v = useCaseVariance(useCase('D', finished, [actual('2027-01', { pilot: 12_000 })]), workspace(), 3);
    expect(v.phases.pilot).toEqual({ planToDate: 10_000, actualToDate: 12_000, variance: 2_000, share: 0.2, budgetAtCompletion: 30_000, estimateAtCompletion: 22_000, trendEstimate: 36_000 });
    expect(v.flags).toEqual([]);
  });
});

describe('monthByMonth', () => {
  it('lists every month before today from the start, the plan beside the actuals, and actuals before the plan first', () => {
    const uc = useCase('E', inLastMile, [actual('2026-11', { pilot: 4_000 }), actual('2027-04', { lastMile: 23_000 })]);
    const rows = monthByMonth(uc, workspace(), 7);
    expect(rows.map((r) => r.month)).toEqual(['2026-11', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(rows[0]).toMatchObject({ planMonth: -1, plan: null, actual: { pilot: 4_000 } });
    expect(rows[4]).toMatchObject({ planMonth: 4, plan: { pilot: 0, lastMile: 20_000, run: 0, benefit: 0 }, actual: { lastMile: 23_000 } });
    expect(rows[5]).toMatchObject({ planMonth: 5, actual: null });
    expect(monthByMonth(uc, workspace(), 1).map((r) => r.month)).toEqual(['2026-11']);
  });
});

describe('portfolioVariance', () => {
  it('sums the use cases with actuals compared; the trend estimate takes each one’s EAC where it has no trend', () => {
    const finished: Lifecycle = { history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-02')], decisions: [] };
    const d = useCase('D', finished, [actual('2027-01', { pilot: 12_000 })]);
    const none = useCase('F', newLifecycle(), []);
    const p = portfolioVariance([caseA(), d, none], workspace(), 7);
    expect(p.useCases.map((u) => u.useCaseId)).toEqual(['A', 'D']);
    // Pilot: A 0/0 (EAC 30K, no trend) + D 10K/12K (EAC: January 12K + February 10K, cut after; trend 36K).
    expect(p.phases.pilot).toEqual({ planToDate: 10_000, actualToDate: 12_000, variance: 2_000, share: 0.2, budgetAtCompletion: 60_000, estimateAtCompletion: 52_000, trendEstimate: 66_000 });
    expect(p.flags.map((f) => `${f.useCaseId} ${f.phase}`)).toEqual(['A lastMile', 'A run']);
    expect(portfolioVariance([none], workspace(), 7)).toMatchObject({ useCases: [], flags: [], phases: { pilot: { planToDate: 0, trendEstimate: null } } });
  });
});
