import { describe, expect, it } from 'vitest';
import { benefitBreakdown, modelApiMonthlyCost, monthlyBenefitAtFull, monthlyRunCost, runCostBreakdown } from '@shared/finance';
import { handExample } from './builders';

describe('model/API run cost', () => {
  it('is requests × tokens/1000 × price per 1K tokens', () => {
    // 2,000,000 × 2,350/1000 × 0.01 = 47,000: the seed's API bill before caching
    expect(modelApiMonthlyCost({ requestsPerMonth: 2_000_000, tokensPerRequest: 2_350, pricePer1kTokens: 0.01, cacheHitShare: 0 })).toBeCloseTo(47_000, 6);
  });

  it('is reduced by the cache-hit share: the seed bill of $47K falls to $12.7K at a 73% hit rate', () => {
    const share = 1 - 12_700 / 47_000;
    expect(modelApiMonthlyCost({ requestsPerMonth: 2_000_000, tokensPerRequest: 2_350, pricePer1kTokens: 0.01, cacheHitShare: share })).toBeCloseTo(12_700, 6);
    expect(share).toBeCloseTo(0.7298, 4);
  });

  it('is zero when every request hits the cache', () => {
    expect(modelApiMonthlyCost({ requestsPerMonth: 1e6, tokensPerRequest: 1e3, pricePer1kTokens: 1, cacheHitShare: 1 })).toBe(0);
  });
});

describe('monthly run cost', () => {
  it('adds model/API, seats × price, infrastructure and support', () => {
    const rc = handExample().runCost;
    expect(runCostBreakdown(rc)).toEqual({ modelApi: 10, seats: 40, infrastructure: 100, support: 50, total: 200 });
    expect(monthlyRunCost(rc)).toBe(200);
  });

  // The seed article quotes "5,000 people × $200 = $100,000 a month"; the product is $1,000,000 ($100K would be $20 a seat).
  it('prices seats as count × price: 5,000 seats × $200 = $1M a month, 5,000 × $20 = $100K', () => {
    const rc = { ...handExample().runCost, modelApi: { requestsPerMonth: 0, tokensPerRequest: 0, pricePer1kTokens: 0, cacheHitShare: 0 }, seats: { count: 5_000, pricePerMonth: 200 }, infrastructurePerMonth: 0, supportPerMonth: 0 };
    expect(monthlyRunCost(rc)).toBe(1_000_000);
    expect(monthlyRunCost({ ...rc, seats: { count: 5_000, pricePerMonth: 20 } })).toBe(100_000);
  });
});

describe('monthly benefit at full adoption', () => {
  it('is hours saved × labour rate + cost avoided + new revenue', () => {
    const b = handExample().benefits;
    expect(benefitBreakdown(b, 50)).toEqual({ hours: 500, costAvoided: 300, newRevenue: 200, total: 1_000 });
    expect(monthlyBenefitAtFull(b, 50)).toBe(1_000);
  });

  it('values the seed example’s 200 hours at the default $75/h as $15K a month', () => {
    expect(monthlyBenefitAtFull({ hoursSavedPerMonth: 200, costAvoidedPerMonth: 0, newRevenuePerMonth: 0, rampUpMonths: 0 }, 75)).toBe(15_000);
  });
});
