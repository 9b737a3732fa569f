import { z } from '../zod';
import { LAST_MILE_CATEGORIES, type LastMileCategory } from './constants';

/**
 * Three-point ranges on the estimates (docs/uncertainty.md, "Ranges in the data").
 *
 * - Costs and benefit are **factors of the plan's own figure** (likely 1 = the figure typed in the estimate): a range
 *   survives an edit of the figure and never contradicts it. The screens show and take amounts.
 * - Durations are **whole months added to the plan's** (likely 0).
 * - A use case's range of null takes the workspace's policy; the policy's ranges apply to every use case without its
 *   own. Ranges apply to what is still to come, never to actuals.
 */
export const DISTRIBUTIONS = ['pert', 'triangular'] as const;
export type DistributionName = (typeof DISTRIBUTIONS)[number];
/** Names shown to people (the method text gives PERT's λ = 4 and both means). */
export const DISTRIBUTION_LABELS: Record<DistributionName, string> = { pert: 'PERT', triangular: 'Triangular' };

/** Most a cost or benefit can be scaled by in a range (×20 of the plan). */
export const MAX_RANGE_FACTOR = 20;
/** Most months a duration range can add or take away. */
export const MAX_RANGE_MONTHS = 36;

const bounded = (label: string, min: number, max: number, whole: boolean) => {
  const n = z.number({ error: `${label} must be a number` }).min(min, { error: `${label} must be ${min} or more` }).max(max, { error: `${label} must be at most ${max}` });
  return whole ? n.int({ error: `${label} must be a whole number of months` }) : n;
};

function rangeOf(label: string, min: number, max: number, whole: boolean) {
  return z
    .object({ low: bounded(`${label} (low)`, min, max, whole), likely: bounded(`${label} (likely)`, min, max, whole), high: bounded(`${label} (high)`, min, max, whole) })
    .superRefine((r, ctx) => {
      if (r.low > r.likely) ctx.addIssue({ code: 'custom', message: `${label}: low must not be above likely`, path: ['low'] });
      if (r.likely > r.high) ctx.addIssue({ code: 'custom', message: `${label}: high must not be below likely`, path: ['high'] });
    });
}

/** A range of factors of the plan's figure (0 … 20; likely 1 in the policy's defaults). */
export const factorRange = (label: string) => rangeOf(label, 0, MAX_RANGE_FACTOR, false);
/** A range of whole months added to the plan's duration (−36 … +36; likely 0 in the policy's defaults). */
export const monthRange = (label: string) => rangeOf(label, -MAX_RANGE_MONTHS, MAX_RANGE_MONTHS, true);

export type FactorRange = z.infer<ReturnType<typeof factorRange>>;

/** The ranges that can be set, in the order the screens list them. */
export const RANGE_FIELDS = ['pilotCost', 'pilotMonths', 'lastMileCost', 'lastMileMonths', 'runCost', 'benefit', 'rampUpMonths'] as const;
export type RangeField = (typeof RANGE_FIELDS)[number];
export const RANGE_FIELD_LABELS: Record<RangeField, string> = {
  pilotCost: 'Pilot cost',
  pilotMonths: 'Pilot duration',
  lastMileCost: 'Last-mile cost',
  lastMileMonths: 'Last-mile duration',
  runCost: 'Run cost',
  benefit: 'Benefit',
  rampUpMonths: 'Ramp-up',
};
export const MONTH_RANGE_FIELDS: readonly RangeField[] = ['pilotMonths', 'lastMileMonths', 'rampUpMonths'];

const rangeFieldSchemas = {
  pilotCost: factorRange(RANGE_FIELD_LABELS.pilotCost),
  pilotMonths: monthRange(RANGE_FIELD_LABELS.pilotMonths),
  lastMileCost: factorRange(RANGE_FIELD_LABELS.lastMileCost),
  lastMileMonths: monthRange(RANGE_FIELD_LABELS.lastMileMonths),
  runCost: factorRange(RANGE_FIELD_LABELS.runCost),
  benefit: factorRange(RANGE_FIELD_LABELS.benefit),
  rampUpMonths: monthRange(RANGE_FIELD_LABELS.rampUpMonths),
};

/**
 * The workspace's uncertainty policy: the distribution, a default range for every field, an optional portfolio-wide
 * overrun (one factor per trial multiplying every pilot and last-mile cost, so overruns move together), and the
 * simulation's seed and number of trials (the seed is shown and stored: the same seed gives the same answer).
 */
export const uncertaintyPolicySchema = z.object({
  distribution: z.enum(DISTRIBUTIONS, { error: 'Distribution must be PERT or triangular' }),
  ...rangeFieldSchemas,
  sharedOverrun: factorRange('Shared overrun').nullable(),
  seed: z.number({ error: 'Seed must be a number' }).int({ error: 'Seed must be a whole number' }).min(0, { error: 'Seed must be 0 or more' }).max(0xffffffff, { error: 'Seed must be at most 4,294,967,295' }),
  trials: z.number({ error: 'Trials must be a number' }).int({ error: 'Trials must be a whole number' }).min(100, { error: 'Run at least 100 trials' }).max(100_000, { error: 'Run at most 100,000 trials' }),
});
export type UncertaintyPolicySettings = z.infer<typeof uncertaintyPolicySchema>;

/** The seed a workspace gets when none was chosen (older workspaces, and the domain's default). */
export const DEFAULT_SEED = 20_261_129;
export const DEFAULT_TRIALS = 10_000;

/** Last miles run over far more often than under (docs/sources.md); benefits fall short more often than they exceed. */
export const DEFAULT_UNCERTAINTY_SETTINGS: UncertaintyPolicySettings = {
  distribution: 'pert',
  pilotCost: { low: 0.9, likely: 1, high: 1.3 },
  pilotMonths: { low: 0, likely: 0, high: 2 },
  lastMileCost: { low: 0.9, likely: 1, high: 1.6 },
  lastMileMonths: { low: 0, likely: 0, high: 4 },
  runCost: { low: 0.9, likely: 1, high: 1.3 },
  benefit: { low: 0.6, likely: 1, high: 1.1 },
  rampUpMonths: { low: 0, likely: 0, high: 3 },
  sharedOverrun: null,
  seed: DEFAULT_SEED,
  trials: DEFAULT_TRIALS,
};

/** A fresh copy of the default policy (with `seed` when given: a new workspace gets its own). */
export function defaultUncertaintySettings(seed = DEFAULT_SEED): UncertaintyPolicySettings {
  return structuredCloneRanges({ ...DEFAULT_UNCERTAINTY_SETTINGS, seed });
}

function structuredCloneRanges(p: UncertaintyPolicySettings): UncertaintyPolicySettings {
  const out = { ...p } as Record<string, unknown>;
  for (const f of RANGE_FIELDS) out[f] = { ...p[f] };
  out.sharedOverrun = p.sharedOverrun ? { ...p.sharedOverrun } : null;
  return out as UncertaintyPolicySettings;
}

/**
 * A use case's own ranges: each null takes the workspace's policy. The last mile can have a range per cost category
 * (each a factor of that category's figure); a category without one follows `lastMileCost` (or the policy's).
 */
export const useCaseRangesSchema = z.object({
  distribution: z.enum(DISTRIBUTIONS, { error: 'Distribution must be PERT or triangular' }).nullable(),
  pilotCost: rangeFieldSchemas.pilotCost.nullable(),
  pilotMonths: rangeFieldSchemas.pilotMonths.nullable(),
  lastMileCost: rangeFieldSchemas.lastMileCost.nullable(),
  lastMileByCategory: z.partialRecord(z.enum(LAST_MILE_CATEGORIES, { error: 'Unknown last-mile category' }), factorRange('Last-mile category cost')),
  lastMileMonths: rangeFieldSchemas.lastMileMonths.nullable(),
  runCost: rangeFieldSchemas.runCost.nullable(),
  benefit: rangeFieldSchemas.benefit.nullable(),
  rampUpMonths: rangeFieldSchemas.rampUpMonths.nullable(),
});
export type UseCaseRanges = z.infer<typeof useCaseRangesSchema>;
export type LastMileCategoryRanges = Partial<Record<LastMileCategory, FactorRange>>;

/** No range of its own: every field follows the workspace's policy. */
export function noRanges(): UseCaseRanges {
  return { distribution: null, pilotCost: null, pilotMonths: null, lastMileCost: null, lastMileByCategory: {}, lastMileMonths: null, runCost: null, benefit: null, rampUpMonths: null };
}

/** True when the use case sets any range of its own. */
export function hasOwnRanges(r: UseCaseRanges): boolean {
  return r.distribution !== null || RANGE_FIELDS.some((f) => r[f] !== null) || Object.keys(r.lastMileByCategory).length > 0;
}
