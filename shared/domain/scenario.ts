import { z } from '../zod';
import { id, money, months, share, text, timestamp } from './fields';

/**
 * A named scenario layered on the workspace (docs/scenarios.md): overrides of the assumptions, of the portfolio plan
 * and of chosen use cases, without copying the workspace. Every override is optional (null / absent = the workspace's
 * own value); applying a scenario is a pure function of the workspace and the overrides, so the base is never
 * changed and scenarios follow every later edit of the base.
 */

const factor = (label: string) =>
  z.number({ error: `${label} must be a number` }).min(0, { error: `${label} must be 0 or more` }).max(20, { error: `${label} must be at most 20` });

/** Workspace-wide assumptions a scenario can change. Factors multiply the figure of every use case (1 = unchanged). */
export const scenarioAssumptionsSchema = z.object({
  discountRate: share('Discount rate').nullable(),
  /** × the price per 1K tokens of every use case (a token price rise of 30% is 1.3). */
  tokenPriceFactor: factor('Token price factor').nullable(),
  /** × every benefit (hours saved, cost avoided, new revenue): how far adoption reaches the plan. */
  adoptionFactor: factor('Adoption factor').nullable(),
  /** × every last-mile cost (the last-mile multiplier of the scenario against the plan's). */
  lastMileFactor: factor('Last-mile factor').nullable(),
});
export type ScenarioAssumptions = z.infer<typeof scenarioAssumptionsSchema>;

/** Plan overrides: the budget and rules of the funding choice. Absent = the plan's own. */
export const scenarioPlanSchema = z.object({
  budget: money('Budget').nullable(),
  /** Replaces the plan's yearly caps when set (index 0 = plan year 1; null entries = no cap that year). */
  yearCaps: z.array(money('Yearly cap').nullable()).max(10, { error: 'Caps can be set for at most 10 plan years' }).nullable(),
  minValueCreationShare: share('Minimum value-creation share').nullable(),
  /** Replaces the plan's score weights when set (the criteria of shared/portfolio/weights.ts). */
  weights: z.record(z.string().max(60), z.number().min(0).max(100)).nullable(),
  /** Forced in / out choices of the scenario, added to (and winning over) the plan's; 'none' lifts a plan's choice. */
  forced: z.record(id('Use case'), z.object({ mode: z.enum(['in', 'out', 'none'], { error: 'Choose in, out or none' }), reason: text('Reason', 500) })),
  /** Fund against the likely cost or the P90 cost; null = the plan's. */
  costBasis: z.enum(['likely', 'p90'], { error: 'Cost basis must be likely or P90' }).nullable(),
});
export type ScenarioPlan = z.infer<typeof scenarioPlanSchema>;

/** Overrides of one use case. Factors multiply the use case's figure; months replace its duration. */
export const scenarioUseCaseSchema = z.object({
  pilotCostFactor: factor('Pilot cost factor').nullable(),
  lastMileCostFactor: factor('Last-mile cost factor').nullable(),
  runCostFactor: factor('Run cost factor').nullable(),
  benefitFactor: factor('Benefit factor').nullable(),
  pilotMonths: months('Pilot duration', 1, 60).nullable(),
  lastMileMonths: months('Last-mile duration', 0, 60).nullable(),
  startMonth: months('Planned start month', 1, 120).nullable(),
});
export type ScenarioUseCase = z.infer<typeof scenarioUseCaseSchema>;

/** What the user edits about a scenario. */
export const scenarioInputSchema = z.object({
  name: text('Scenario name', 120, true),
  description: text('Description', 2000),
  assumptions: scenarioAssumptionsSchema,
  plan: scenarioPlanSchema,
  /** Keyed by use-case id; a use case deleted from the workspace is dropped from every scenario in the same write. */
  useCases: z.record(id('Use case'), scenarioUseCaseSchema),
});
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;

export const scenarioSchema = scenarioInputSchema.extend({
  id: id('Scenario id'),
  workspaceId: id('Workspace id'),
  createdAt: timestamp('Created'),
  updatedAt: timestamp('Updated'),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** At most this many scenarios are compared side by side. */
export const MAX_COMPARED_SCENARIOS = 4;
/** At most this many scenarios per workspace. */
export const MAX_SCENARIOS = 50;

export function noScenarioAssumptions(): ScenarioAssumptions {
  return { discountRate: null, tokenPriceFactor: null, adoptionFactor: null, lastMileFactor: null };
}

export function noScenarioPlan(): ScenarioPlan {
  return { budget: null, yearCaps: null, minValueCreationShare: null, weights: null, forced: {}, costBasis: null };
}

export function noScenarioUseCase(): ScenarioUseCase {
  return { pilotCostFactor: null, lastMileCostFactor: null, runCostFactor: null, benefitFactor: null, pilotMonths: null, lastMileMonths: null, startMonth: null };
}

/** A new scenario that changes nothing yet. */
export function blankScenarioInput(name: string): ScenarioInput {
  return { name, description: '', assumptions: noScenarioAssumptions(), plan: noScenarioPlan(), useCases: {} };
}
