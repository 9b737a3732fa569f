import type { Benefits, ModelApiCost, RunCost } from '../domain';

/** Model/API cost per month: requests × tokens/1000 × price per 1K tokens × (1 − cache-hit share). */
export function modelApiMonthlyCost(m: ModelApiCost): number {
  return m.requestsPerMonth * (m.tokensPerRequest / 1000) * m.pricePer1kTokens * (1 - m.cacheHitShare);
}

export interface RunCostBreakdown {
  modelApi: number;
  seats: number;
  infrastructure: number;
  support: number;
  total: number;
}

/** Monthly run cost by kind: model/API, seats (count × price), infrastructure, support; total is their sum. */
export function runCostBreakdown(rc: RunCost): RunCostBreakdown {
  const modelApi = modelApiMonthlyCost(rc.modelApi);
  const seats = rc.seats.count * rc.seats.pricePerMonth;
  const infrastructure = rc.infrastructurePerMonth;
  const support = rc.supportPerMonth;
  return { modelApi, seats, infrastructure, support, total: modelApi + seats + infrastructure + support };
}

/** Monthly run cost once live: model/API + seats × price + infrastructure + support. */
export function monthlyRunCost(rc: RunCost): number {
  return runCostBreakdown(rc).total;
}

export interface BenefitBreakdown {
  hours: number;
  costAvoided: number;
  newRevenue: number;
  total: number;
}

/** Monthly benefit at full adoption by kind: hours saved × labour rate, cost avoided, new revenue; total is their sum. */
export function benefitBreakdown(b: Benefits, labourRate: number): BenefitBreakdown {
  const hours = b.hoursSavedPerMonth * labourRate;
  return {
    hours,
    costAvoided: b.costAvoidedPerMonth,
    newRevenue: b.newRevenuePerMonth,
    total: hours + b.costAvoidedPerMonth + b.newRevenuePerMonth,
  };
}

/** Monthly benefit at full adoption: hours saved × labour rate + cost avoided + new revenue. */
export function monthlyBenefitAtFull(b: Benefits, labourRate: number): number {
  return benefitBreakdown(b, labourRate).total;
}
