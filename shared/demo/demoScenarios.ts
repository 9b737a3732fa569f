import { blankScenarioInput, type Scenario, type UseCase } from '../domain';
import { suggestedBudget } from '../analysis/initialPlan';

/**
 * The demo's two scenarios (docs/scenarios.md): the questions a board asks first. Overrides only: the demo's own
 * figures stay as they are.
 */
export function demoScenarios(workspaceId: string, useCases: readonly UseCase[], newId: () => string, nowIso: string): Scenario[] {
  const stamp = { workspaceId, createdAt: nowIso, updatedAt: nowIso };
  const cut = blankScenarioInput('Budget cut by 20%');
  cut.description = 'The board trims the AI budget by a fifth: what do we still fund?';
  cut.plan.budget = Math.round((suggestedBudget(useCases) * 0.8) / 10_000) * 10_000;
  const tokens = blankScenarioInput('Token price +50%');
  tokens.description = 'Model prices rise by half: every price per 1K tokens × 1.5.';
  tokens.assumptions.tokenPriceFactor = 1.5;
  return [
    { ...cut, id: newId(), ...stamp },
    { ...tokens, id: newId(), ...stamp },
  ];
}
