import { z } from '../zod';
import { id, money, quantity, share, text } from '../domain';
import { SCORE_CRITERIA, SCORE_CRITERION_LABELS, WEIGHT_PRESETS, presetWeights, type ScoreCriterion } from './weights';
import type { FundingConstraints } from './fundingTypes';

/**
 * The portfolio plan of one workspace: the budget and rules of the funding choice and the score weights.
 * A plain JSON object, persisted by the UI and carried in the workspace file.
 */

/** Plan years a cap can be set for: the longest horizon is 120 months = 10 plan years. */
export const MAX_PLAN_YEARS = 10;

export const FUNDING_OBJECTIVES = ['expectedNpv', 'score'] as const;
export type FundingObjective = (typeof FUNDING_OBJECTIVES)[number];
export const FUNDING_OBJECTIVE_LABELS: Record<FundingObjective, string> = {
  expectedNpv: 'Total expected NPV',
  score: 'Total score',
};

export const COST_BASES = ['likely', 'p90'] as const;
export type CostBasis = (typeof COST_BASES)[number];
export const COST_BASIS_LABELS: Record<CostBasis, string> = { likely: 'Likely cost', p90: 'P90 cost' };

export const forcedChoiceSchema = z.object({
  mode: z.enum(['in', 'out'], { error: 'Choose whether the candidate is forced in or out' }),
  reason: text('Reason', 500),
});
export type ForcedChoice = z.infer<typeof forcedChoiceSchema>;

const weightsSchema = z
  .object(
    // The room vote came later (docs/workshop.md): a plan saved before it has none, which is a weight of 0.
    Object.fromEntries(SCORE_CRITERIA.map((c) => [c, c === 'roomVote' ? quantity('Weight for room vote', 100).default(0) : quantity(`Weight for ${SCORE_CRITERION_LABELS[c].toLowerCase()}`, 100)])) as {
      [K in ScoreCriterion]: ReturnType<typeof quantity>;
    },
  )
  .refine((w) => SCORE_CRITERIA.some((c) => w[c] > 0), { error: 'Give at least one criterion a weight above 0' });

export const portfolioPlanSchema = z.object({
  /** Most the portfolio may invest in total (pilot + last mile of the funded candidates). */
  budget: money('Budget'),
  /** Optional cap on investment per plan year (index 0 = plan year 1 = the first 12 months); null = no cap. */
  yearCaps: z
    .array(money('Yearly cap').nullable(), { error: 'Yearly caps must be a list' })
    .max(MAX_PLAN_YEARS, { error: `Caps can be set for at most ${MAX_PLAN_YEARS} plan years` }),
  objective: z.enum(FUNDING_OBJECTIVES, { error: 'Objective must be total expected NPV or total score' }),
  /** Least share of the funded investment that must go to value creation; 0 = no minimum. */
  minValueCreationShare: share('Minimum value-creation share').default(0),
  /** Candidates the team forces in or out, keyed by use-case id, each with the reason given. */
  forced: z.record(id('Use case'), forcedChoiceSchema, { error: 'Forced choices must be a list keyed by use case' }),
  weights: weightsSchema,
  preset: z.enum([...WEIGHT_PRESETS, 'custom'], { error: 'Preset must be balanced, quick wins, strategic bets or custom' }),
  /**
   * What a candidate counts against the budget and caps: its likely cost (the plan's figures) or its P90 cost (the
   * amount it stays under in 90% of draws of its ranges; docs/scenarios.md).
   */
  costBasis: z.enum(COST_BASES, { error: 'Cost basis must be likely or P90' }).default('likely'),
});
export type PortfolioPlan = z.infer<typeof portfolioPlanSchema>;

/** A new plan: the given budget (default 0), no yearly caps, expected NPV objective, balanced weights. */
export function defaultPortfolioPlan(budget = 0): PortfolioPlan {
  return {
    budget,
    yearCaps: [],
    objective: 'expectedNpv',
    minValueCreationShare: 0,
    forced: {},
    weights: presetWeights('balanced'),
    preset: 'balanced',
    costBasis: 'likely',
  };
}

/** The funding rules of a plan in the optimiser's terms (budget, caps, share, forced choices). */
export function fundingConstraintsFromPlan(plan: PortfolioPlan): FundingConstraints {
  return { budget: plan.budget, yearCaps: plan.yearCaps, minValueCreationShare: plan.minValueCreationShare, forced: plan.forced };
}
