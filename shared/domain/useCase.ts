import { z } from '../zod';
import {
  AI_PATTERNS,
  CLASSIFICATIONS,
  COMPLIANCE_REGIMES,
  LAST_MILE_CATEGORIES,
  LAST_MILE_CATEGORY_LABELS,
  READINESS_DIMENSIONS,
  READINESS_LABELS,
  type LastMileCategory,
  type ReadinessDimension,
} from './constants';
import { rationaleRequirement, type RubricAnswers } from './classification';
import { calendarMonth, count, id, money, months, quantity, score1to5, share, text, timestamp } from './fields';
import { actualsSchema } from './actuals';
import { noRanges, useCaseRangesSchema } from './ranges';
import { gateDecisionSchema, newLifecycle, STAGES, type Lifecycle } from './lifecycle';
import { emptyRegister, estimateSchema, ownEstimate, useCaseRegisterSchema } from './inventory';

/** Answers to the classification rubric; null = not answered yet. */
export const rubricAnswersSchema: z.ZodType<RubricAnswers, RubricAnswers> = z.object({
  existingTask: z.boolean().nullable(),
  timeOrCostSaving: z.boolean().nullable(),
  newRevenueOrCapability: z.boolean().nullable(),
  changesDecisionOrExperience: z.boolean().nullable(),
});

/**
 * Automation or value creation; null = not classified yet (counted in neither share, flagged). Choosing against the
 * rubric's suggestion needs a rationale (docs/domain.md, "Classification").
 */
export const classificationSchema = z
  .object({
    kind: z.enum(CLASSIFICATIONS, { error: 'Classification must be automation or value creation' }).nullable(),
    rubric: rubricAnswersSchema,
    rationale: text('Rationale', 2000),
  })
  .superRefine((c, ctx) => {
    const message = rationaleRequirement(c.kind, c.rubric, c.rationale);
    if (message) ctx.addIssue({ code: 'custom', message, path: ['rationale'] });
  });

const lastMileCostsSchema = z.object(
  Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, money(`${LAST_MILE_CATEGORY_LABELS[c]} cost`)])) as {
    [K in LastMileCategory]: ReturnType<typeof money>;
  },
);
export type LastMileCosts = z.infer<typeof lastMileCostsSchema>;

export const modelApiCostSchema = z.object({
  requestsPerMonth: quantity('Requests per month'),
  tokensPerRequest: quantity('Tokens per request', 10_000_000),
  pricePer1kTokens: money('Price per 1K tokens'),
  cacheHitShare: share('Cache-hit share'),
});
export type ModelApiCost = z.infer<typeof modelApiCostSchema>;

export const runCostSchema = z.object({
  modelApi: modelApiCostSchema,
  seats: z.object({ count: count('Seats'), pricePerMonth: money('Seat price per month') }),
  infrastructurePerMonth: money('Infrastructure per month'),
  supportPerMonth: money('Support & maintenance per month'),
});
export type RunCost = z.infer<typeof runCostSchema>;

export const benefitsSchema = z.object({
  hoursSavedPerMonth: quantity('Hours saved per month', 10_000_000),
  costAvoidedPerMonth: money('Cost avoided per month'),
  newRevenuePerMonth: money('New revenue per month'),
  rampUpMonths: months('Ramp-up', 0, 60),
});
export type Benefits = z.infer<typeof benefitsSchema>;

/** One readiness dimension: a score 1–5, or null = not assessed yet (a candidate is not funded until all five are). */
const readinessEntrySchema = (label: string) =>
  z.object({ score: score1to5(label).nullable(), note: text(`${label} note`, 2000) });

export const readinessSchema = z.object(
  Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, readinessEntrySchema(`Readiness: ${READINESS_LABELS[d]}`)])) as {
    [K in ReadinessDimension]: ReturnType<typeof readinessEntrySchema>;
  },
);
export type Readiness = z.infer<typeof readinessSchema>;

/** What the user edits about a use case. It always belongs to one problem. */
export const useCaseInputSchema = z.object({
  problemId: id('Problem'),
  name: text('Name', 200, true),
  description: text('Description', 4000),
  aiPattern: z.enum(AI_PATTERNS, { error: 'Choose an AI pattern from the list' }),
  classification: classificationSchema,
  pilot: z.object({ cost: money('Pilot cost'), months: months('Pilot duration', 1, 60) }),
  lastMile: z.object({ costs: lastMileCostsSchema, months: months('Last-mile duration', 0, 60) }),
  complianceRegimes: z
    .array(z.enum(COMPLIANCE_REGIMES, { error: 'Unknown compliance regime' }))
    .max(COMPLIANCE_REGIMES.length)
    .refine((r) => new Set(r).size === r.length, { error: 'Each compliance regime may be listed once' }),
  runCost: runCostSchema,
  benefits: benefitsSchema,
  readiness: readinessSchema,
  /** Month of the plan in which the pilot starts; month 1 is the workspace's planning start month. */
  startMonth: months('Planned start month', 1, 120),
  /** Low / likely / high ranges of its own; each null follows the workspace's policy (docs/uncertainty.md). */
  ranges: useCaseRangesSchema.default(noRanges),
  /** What the client's register says: its id there, owner, vendor, personal data, whether a problem was stated (docs/inventory.md). */
  register: useCaseRegisterSchema.default(emptyRegister),
  /** Where the cost estimate comes from; 'none' leaves the candidate out of funding as "not estimated" (docs/inventory.md). */
  estimate: estimateSchema.default(ownEstimate),
});
export type UseCaseInput = z.infer<typeof useCaseInputSchema>;

const stageChangeSchema = z.object({
  stage: z.enum(STAGES, { error: 'Unknown stage' }),
  month: calendarMonth('Stage month'),
  at: timestamp('Stage changed'),
  by: text('Changed by', 120),
  note: text('Note', 2000),
  evidence: readinessSchema.nullable(),
});

/** Stage history and last-mile gate decisions (docs/living-portfolio.md); a record without them is an idea. */
export const lifecycleSchema: z.ZodType<Lifecycle, unknown> = z.object({
  history: z.array(stageChangeSchema).max(500, { error: 'At most 500 stage changes per use case' }),
  decisions: z.array(gateDecisionSchema).max(200, { error: 'At most 200 gate decisions per use case' }),
});

/**
 * A stored use case: what the user edits, plus its life (stage, gate decisions) and its monthly actuals, which are
 * changed through their own actions, never by the edit form.
 */
export const useCaseSchema = useCaseInputSchema.extend({
  lifecycle: lifecycleSchema.default(newLifecycle),
  actuals: actualsSchema.default([]),
  id: id('Use case id'),
  workspaceId: id('Workspace id'),
  createdAt: timestamp('Created'),
  updatedAt: timestamp('Updated'),
});
export type UseCase = z.infer<typeof useCaseSchema>;

export function zeroLastMileCosts(): LastMileCosts {
  return Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, 0])) as LastMileCosts;
}

export function totalLastMileCost(costs: LastMileCosts): number {
  return LAST_MILE_CATEGORIES.reduce((sum, c) => sum + costs[c], 0);
}

/** Readiness with no dimension assessed (what a new candidate starts with). */
export function unassessedReadiness(): Readiness {
  return Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score: null, note: '' }])) as Readiness;
}

/** A blank use case under a problem, with the workspace's default durations: unclassified, readiness not assessed. */
export function blankUseCaseInput(
  problemId: string,
  defaults: { pilotMonths: number; lastMileMonths: number; rampUpMonths: number },
): UseCaseInput {
  return {
    problemId,
    name: '',
    description: '',
    aiPattern: 'Other',
    classification: {
      kind: null,
      rubric: { existingTask: null, timeOrCostSaving: null, newRevenueOrCapability: null, changesDecisionOrExperience: null },
      rationale: '',
    },
    pilot: { cost: 0, months: defaults.pilotMonths },
    lastMile: { costs: zeroLastMileCosts(), months: defaults.lastMileMonths },
    complianceRegimes: [],
    runCost: {
      modelApi: { requestsPerMonth: 0, tokensPerRequest: 0, pricePer1kTokens: 0, cacheHitShare: 0 },
      seats: { count: 0, pricePerMonth: 0 },
      infrastructurePerMonth: 0,
      supportPerMonth: 0,
    },
    benefits: { hoursSavedPerMonth: 0, costAvoidedPerMonth: 0, newRevenuePerMonth: 0, rampUpMonths: defaults.rampUpMonths },
    readiness: unassessedReadiness(),
    startMonth: 1,
    ranges: noRanges(),
    register: emptyRegister(),
    estimate: ownEstimate(),
  };
}
