import { blankScenarioInput, type Scenario, type UseCase } from '../domain';
import { suggestedBudget } from '../analysis/initialPlan';

/**
 * The demo's two scenarios (docs/scenarios.md): the questions a board asks first. Overrides only: the demo's own
 * figures stay as they are.
 */
export function demoScenarios(workspaceId: string, useCases: readonly UseCase[], newId: () => string, nowIso: string): Scenario[] {
  const stamp = { workspaceId, createdAt: nowIso, updatedAt: nowIso };
  // The demo's budget leaves room (a fifth less still funds the same set): a cut of 30% forces a trade-off.
  const cut = blankScenarioInput('Budget cut by 30%');
  cut.description = 'The board cuts the AI budget by 30%: what do we still fund, and what gives way?';
  cut.plan.budget = Math.round((suggestedBudget(useCases) * 0.7) / 10_000) * 10_000;
  const tokens = blankScenarioInput('Token price +50%');
  tokens.description = 'Model prices rise by half: every price per 1K tokens × 1.5.';
  tokens.assumptions.tokenPriceFactor = 1.5;
  return [
    { ...cut, id: newId(), ...stamp },
    { ...tokens, id: newId(), ...stamp },
  ];
}
