import { totalLastMileCost, type UseCase } from '../domain';
import { defaultPortfolioPlan, type PortfolioPlan } from '../portfolio';

/** Until the team sets a budget: half of what funding every candidate would cost, rounded to 10,000. */
export function suggestedBudget(useCases: readonly UseCase[]): number {
  const all = useCases.reduce((s, u) => s + u.pilot.cost + totalLastMileCost(u.lastMile.costs), 0);
  return Math.round((all * 0.5) / 10_000) * 10_000;
}

/** The plan of a workspace that has none saved yet: default rules and weights with the suggested budget. */
export function initialPortfolioPlan(useCases: readonly UseCase[]): PortfolioPlan {
  return defaultPortfolioPlan(suggestedBudget(useCases));
}
