import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useCaseInputSchema, workspaceSettingsSchema } from '@shared/domain';
import { expectedNpv, investmentByPlanYear, useCaseMetrics, useCaseSchedule } from '@shared/finance';
import { useCaseInputArb, settingsArb } from './arbitraries';
import { HAND_SETTINGS, handExample, settings } from './builders';

/*
 * Hand example (see builders.ts), 36 months at 10% a year, readiness 3 everywhere (p = 0.4).
 * Python 3: m = 1.1 ** (1/12) - 1; npv(m, net) = 1453.8090104402668; npv(m, -pilot) = -5882.083684158232;
 * npv(m, net + pilot) = 7335.892694598497; expected = -5882.08… + 0.4 × 7335.89… = -2947.7266063188326;
 * brentq IRR of net = 0.01257688286693946 a month → 0.16181264412583163 a year.
 */
describe('use-case metrics (hand example)', () => {
  const m = useCaseMetrics(handExample(), HAND_SETTINGS);

  it('sums the investment and the last-mile ratio', () => {
    expect(m.pilotCost).toBe(6_000);
    expect(m.lastMileCost).toBe(12_000);
    expect(m.totalInvestment).toBe(18_000);
    expect(m.lastMileRatio).toBe(2);
    expect(m.investmentByPlanYear).toEqual([18_000, 0, 0]);
  });

  it('gives run cost, benefit and net per month at full adoption', () => {
    expect(m.monthlyRunCost).toBe(200);
    expect(m.monthlyBenefitAtFull).toBe(1_000);
    expect(m.monthlyNetAtFull).toBe(800);
  });

  it('computes NPV, its pilot and rest parts, and the stage-gated expected NPV', () => {
    expect(m.npv).toBeCloseTo(1453.8090104402668, 7);
    expect(m.npvPilot).toBeCloseTo(-5882.083684158232, 7);
    expect(m.npvRest).toBeCloseTo(7335.892694598497, 7);
    expect(m.probability).toBeCloseTo(0.4, 12);
    expect(m.expectedNpv).toBeCloseTo(-2947.7266063188326, 7);
  });

  it('computes IRR, payback, ROI and go-live', () => {
    expect(m.irr).toBeCloseTo(0.16181264412583163, 9);
    expect(m.paybackMonth).toBe(31);
    expect(m.roi).toBeCloseTo(0.1875, 12);
    expect(m.goLiveMonth).toBe(7);
    expect(m.blockers).toEqual([]);
  });

  it('has no last-mile ratio when the pilot is free', () => {
    const uc = handExample();
    expect(useCaseMetrics({ ...uc, pilot: { ...uc.pilot, cost: 0 } }, HAND_SETTINGS).lastMileRatio).toBeNull();
  });

  it('splits investment by 12-month plan year, cut at the horizon', () => {
    const uc = { ...handExample(), startMonth: 11 }; // pilot 11–12, last mile 13–15
    const ws = settings({ horizonMonths: 30 });
    expect(useCaseMetrics(uc, ws).investmentByPlanYear).toEqual([6_000, 12_000, 0]);
    expect(investmentByPlanYear(useCaseSchedule(uc, ws))).toEqual([6_000, 12_000, 0]);
  });
});

describe('expected NPV (stage gate)', () => {
  it('is NPV(pilot) at p = 0 and the full NPV at p = 1', () => {
    expect(expectedNpv(-100, 300, 0)).toBe(-100);
    expect(expectedNpv(-100, 300, 1)).toBe(200);
    expect(expectedNpv(-100, 300, 0.5)).toBe(50);
  });

  it('lies between NPV(pilot only) and NPV(all) for every p in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 0, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (pilot, rest, p) => {
        const e = expectedNpv(pilot, rest, p);
        const [lo, hi] = [Math.min(pilot, pilot + rest), Math.max(pilot, pilot + rest)];
        expect(e).toBeGreaterThanOrEqual(lo - 1e-6);
        expect(e).toBeLessThanOrEqual(hi + 1e-6);
      }),
    );
  });
});

describe('metrics properties for any valid input (fast-check)', () => {
  const finiteOrNull = (v: number | null) => v === null || Number.isFinite(v);

  it('the generators only produce inputs the schemas accept', () => {
    fc.assert(
      fc.property(useCaseInputArb, settingsArb, (uc, ws) => {
        expect(useCaseInputSchema.safeParse(uc).success).toBe(true);
        expect(workspaceSettingsSchema.safeParse(ws).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('never produces NaN or Infinity', () => {
    fc.assert(
      fc.property(useCaseInputArb, settingsArb, (uc, ws) => {
        const m = useCaseMetrics(uc, ws);
        const numbers = [m.pilotCost, m.lastMileCost, m.totalInvestment, m.monthlyRunCost, m.monthlyBenefitAtFull, m.monthlyNetAtFull, m.npv, m.npvPilot, m.npvRest, m.goLiveMonth, ...m.investmentByPlanYear];
        expect(numbers.every(Number.isFinite)).toBe(true);
        expect([m.lastMileRatio, m.irr, m.paybackMonth, m.roi, m.expectedNpv, m.probability].every(finiteOrNull)).toBe(true);
        // No probability and no expected NPV exactly while some readiness dimension is not assessed.
        const open = Object.values(uc.readiness).some((d) => d.score === null);
        expect(m.probability === null).toBe(open);
        expect(m.expectedNpv === null).toBe(open);
        const s = useCaseSchedule(uc, ws);
        expect([...s.net, ...s.cumulative].every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it('never pays back before go-live (payback is beyond the horizon, 0 for no outlay, or ≥ go-live)', () => {
    fc.assert(
      fc.property(useCaseInputArb, settingsArb, (uc, ws) => {
        const m = useCaseMetrics(uc, ws);
        if (m.paybackMonth !== null && m.paybackMonth !== 0) expect(m.paybackMonth).toBeGreaterThanOrEqual(m.goLiveMonth);
      }),
    );
  });

  it('spends exactly the pilot and last-mile cost when the investment falls inside the horizon', () => {
    fc.assert(
      fc.property(useCaseInputArb, settingsArb, (uc, ws) => {
        const s = useCaseSchedule(uc, ws);
        const m = useCaseMetrics(uc, ws);
        const spent = s.pilot.reduce((a, v) => a + v, 0) + s.lastMile.reduce((a, v) => a + v, 0);
        const inside = s.goLiveMonth - 1 <= ws.horizonMonths;
        if (inside) expect(Math.abs(spent - m.totalInvestment)).toBeLessThanOrEqual(1e-9 * Math.max(1, m.totalInvestment));
        else expect(spent).toBeLessThanOrEqual(m.totalInvestment * (1 + 1e-9));
        // The plan years count spend after the horizon too: they always add up to the whole investment.
        const byYear = m.investmentByPlanYear.reduce((a, v) => a + v, 0);
        expect(Math.abs(byYear - m.totalInvestment)).toBeLessThanOrEqual(1e-6 * Math.max(1, m.totalInvestment));
      }),
    );
  });

  it('expected NPV lies between NPV(pilot) and NPV(all); the NPV is the sum of its parts', () => {
    fc.assert(
      fc.property(useCaseInputArb, settingsArb, (uc, ws) => {
        const m = useCaseMetrics(uc, ws);
        const tol = 1e-9 * (Math.abs(m.npvPilot) + Math.abs(m.npvRest) + 1);
        expect(Math.abs(m.npv - (m.npvPilot + m.npvRest))).toBeLessThanOrEqual(tol);
        if (m.expectedNpv === null) return;
        expect(m.expectedNpv).toBeGreaterThanOrEqual(Math.min(m.npvPilot, m.npv) - tol);
        expect(m.expectedNpv).toBeLessThanOrEqual(Math.max(m.npvPilot, m.npv) + tol);
        expect(Math.abs(m.npv - (m.npvPilot + m.npvRest))).toBeLessThanOrEqual(tol);
        expect(m.npvPilot).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('investment by plan year (what yearly caps see)', () => {
  it('counts spend after the horizon in its own plan year, so the years add up to the total investment', async () => {
    const { blankUseCaseInput, defaultWorkspaceSettings, zeroLastMileCosts } = await import('@shared/domain');
    const { useCaseMetrics } = await import('@shared/finance');
    const ws = defaultWorkspaceSettings('Acme', '2027-01'); // 36-month horizon
    const uc = {
      ...blankUseCaseInput('p', ws.defaults),
      name: 'Late starter',
      startMonth: 30,
      pilot: { cost: 75_000, months: 4 },
      lastMile: { costs: { ...zeroLastMileCosts(), integration: 280_000 }, months: 8 },
    };
    const m = useCaseMetrics(uc, ws);
    // Pilot in months 30–33 (year 3); last mile 34–41: 3 months in year 3, 5 months in year 4.
    expect(m.investmentByPlanYear).toHaveLength(4);
    expect(m.investmentByPlanYear[2]).toBeCloseTo(75_000 + 3 * 35_000, 6);
    expect(m.investmentByPlanYear[3]).toBeCloseTo(5 * 35_000, 6);
    expect(m.investmentByPlanYear.reduce((a, b) => a + b, 0)).toBeCloseTo(m.totalInvestment, 6);
  });
});
