import { describe, expect, it } from 'vitest';
import { LAST_MILE_CATEGORIES } from '@shared/domain';
import { buildDemoWorkspace, DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME } from '@shared/demo';
import { monthlyRunCost, useCaseMetrics, useCaseSchedule } from '@shared/finance';
import { handExample, lastMileCosts, settings } from './builders';

/*
 * Seed example: pilot $75K over 4 months, last mile $280K over 8 months (≈3.7×), 10,000 documents a month,
 * 200 hours saved a month, "ROI in 14 months".
 */
describe('seed example', () => {
  it('with the 200 hours alone (at $75/h, 6 ramp-up months, no run cost) it does not pay back within 36 months', () => {
    const uc = {
      ...handExample(),
      pilot: { cost: 75_000, months: 4 },
      lastMile: { costs: lastMileCosts(280_000), months: 8 },
      runCost: { ...handExample().runCost, modelApi: { requestsPerMonth: 0, tokensPerRequest: 0, pricePer1kTokens: 0, cacheHitShare: 0 }, seats: { count: 0, pricePerMonth: 0 }, infrastructurePerMonth: 0, supportPerMonth: 0 },
      benefits: { hoursSavedPerMonth: 200, costAvoidedPerMonth: 0, newRevenuePerMonth: 0, rampUpMonths: 6 },
      startMonth: 1,
    };
    const m = useCaseMetrics(uc, settings());
    expect(m.lastMileRatio).toBeCloseTo(3.733, 3);
    expect(m.goLiveMonth).toBe(13);
    expect(m.monthlyBenefitAtFull).toBe(15_000);
    expect(m.paybackMonth).toBeNull();
    // −355,000 by month 12; ramp months 13–18 bring 15,000 × (1+…+6)/7 = 45,000; then 15,000 a month → month 39
    expect(useCaseMetrics(uc, settings({ horizonMonths: 48 })).paybackMonth).toBe(39);
  });

  describe('as the demo candidate (200 h at $75/h + $20K a month of discounts and duplicate payments, $4,550 run cost, 3 ramp-up months)', () => {
    const demo = buildDemoWorkspace({ newId: (() => { let i = 0; return () => `id-${++i}`; })(), nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
    const uc = demo.useCases.find((u) => u.name === DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME);
    if (!uc) throw new Error('seed candidate missing from the demo');
    const m = useCaseMetrics(uc, demo.workspace);

    it('carries the seed figures: $75K / 4-month pilot, $280K / 8-month last mile over all eight categories, 10,000 documents', () => {
      expect(uc.pilot).toEqual({ cost: 75_000, months: 4 });
      expect(uc.lastMile.months).toBe(8);
      expect(m.lastMileCost).toBe(280_000);
      expect(LAST_MILE_CATEGORIES.every((c) => uc.lastMile.costs[c] > 0)).toBe(true);
      expect(uc.runCost.modelApi.requestsPerMonth).toBe(10_000);
      expect(uc.benefits.hoursSavedPerMonth).toBe(200);
      expect(monthlyRunCost(uc.runCost)).toBe(4_550); // 10,000 × 3,500/1000 × $0.01 = $350 + $1,200 + $3,000
    });

    it('goes live in month 13 and pays back in plan month 26: the 14th month in production, as in the seed', () => {
      expect(m.goLiveMonth).toBe(13);
      expect(m.paybackMonth).toBe(26);
      const s = useCaseSchedule(uc, demo.workspace);
      expect(s.cumulative[24]).toBeLessThan(0);
      expect(s.cumulative[25]).toBeGreaterThanOrEqual(0);
      expect(m.monthlyNetAtFull).toBe(35_000 - 4_550);
    });

    it('is worth funding on the risked view too', () => {
      expect(m.npv).toBeGreaterThan(200_000);
      expect(m.probability).toBeCloseTo(0.55, 12); // average readiness 3.6
      expect(m.expectedNpv).toBeGreaterThan(0);
    });
  });
});
