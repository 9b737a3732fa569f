import { z } from '../zod';
import { DEFAULT_LAST_MILE_MULTIPLIER, DEFAULT_LAST_MILE_SHARES, LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS, DEFAULT_COMPLIANCE_COST_RANGE } from './constants';
import { DEFAULT_NUMBER_FORMAT, NUMBER_FORMATS } from '../presentation/locale';
import { calendarMonth, id, money, months, share, text, timestamp } from './fields';
import { defaultUncertaintySettings, uncertaintyPolicySchema } from './ranges';

/** ISO 4217 codes offered in the UI; any three-letter code is accepted. */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'SEK', 'NOK', 'DKK', 'INR', 'SGD'] as const;

const lastMileSharesSchema = z
  .object(Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, share(`Share for ${LAST_MILE_CATEGORY_LABELS[c].toLowerCase()}`)])) as {
    [K in (typeof LAST_MILE_CATEGORIES)[number]]: ReturnType<typeof share>;
  })
  .refine((s) => Math.abs(Object.values(s).reduce((a, b) => a + b, 0) - 1) < 1e-6, {
    error: 'Last-mile shares must add up to 100%',
  });

/**
 * Readiness → probability of reaching production. Anchors give p at an average readiness of 1, 2, 3, 4
 * and 5 (linear in between); any dimension scored 1 (a blocker) caps p at `blockerCap`.
 */
export const readinessMappingSchema = z
  .object({
    anchors: z
      .array(share('Probability'), { error: 'Anchors must be a list of five probabilities' })
      .length(5, { error: 'Give a probability for each average readiness 1 to 5' }),
    blockerCap: share('Probability with a blocker'),
  })
  .refine((m) => m.anchors.every((p, i) => i === 0 || p >= (m.anchors[i - 1] ?? 0)), {
    error: 'Probabilities must not fall as readiness rises',
    path: ['anchors'],
  });
export type ReadinessMapping = z.infer<typeof readinessMappingSchema>;

/** The published base rate (about 5% of generative-AI pilots scale; docs/sources.md) at the bottom; a well-prepared case at the top. */
export const DEFAULT_READINESS_MAPPING: ReadinessMapping = {
  anchors: [0.05, 0.2, 0.4, 0.65, 0.85],
  blockerCap: 0.1,
};

export const workspaceDefaultsSchema = z.object({
  lastMileMultiplier: z
    .number({ error: 'Last-mile multiplier must be a number' })
    .min(0, { error: 'Last-mile multiplier must be 0 or more' })
    .max(50, { error: 'Last-mile multiplier must be at most 50' }),
  lastMileShares: lastMileSharesSchema,
  pilotMonths: months('Default pilot duration', 1, 60),
  lastMileMonths: months('Default last-mile duration', 0, 60),
  rampUpMonths: months('Default ramp-up', 0, 60),
  complianceCostPerRegime: money('Compliance cost per regime'),
});
export type WorkspaceDefaults = z.infer<typeof workspaceDefaultsSchema>;

export const DEFAULT_WORKSPACE_DEFAULTS: WorkspaceDefaults = {
  lastMileMultiplier: DEFAULT_LAST_MILE_MULTIPLIER,
  lastMileShares: { ...DEFAULT_LAST_MILE_SHARES },
  pilotMonths: 4,
  lastMileMonths: 8,
  rampUpMonths: 6,
  complianceCostPerRegime: DEFAULT_COMPLIANCE_COST_RANGE.high,
};

/** Flag a cost that runs more than 10% over plan unless the workspace says otherwise. */
export const DEFAULT_OVERRUN_THRESHOLD = 0.1;

/** What the user edits in the workspace settings form. */
export const workspaceSettingsSchema = z.object({
  name: text('Workspace name', 120, true),
  organisation: text('Organisation', 160),
  currency: z
    .string({ error: 'Currency must be a three-letter ISO 4217 code' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: 'Currency must be a three-letter ISO 4217 code such as USD' }),
  planningStartMonth: calendarMonth('Planning start month'),
  horizonMonths: months('Horizon', 6, 120),
  discountRate: z
    .number({ error: 'Discount rate must be a number' })
    .min(0, { error: 'Discount rate must be between 0% and 100%' })
    .max(1, { error: 'Discount rate must be between 0% and 100%' }),
  labourRate: money('Labour rate per hour'),
  /** How figures are written everywhere (app, charts, PDF, deck, workbook): separators and month names. */
  numberFormat: z.enum(NUMBER_FORMATS, { error: 'Number format must be one of en-US, en-GB, de-DE or fr-FR' }),
  defaults: workspaceDefaultsSchema,
  readinessMapping: readinessMappingSchema,
  /** A last mile or a run cost more than this share over plan is flagged (docs/living-portfolio.md). */
  overrunThreshold: share('Overrun threshold').default(DEFAULT_OVERRUN_THRESHOLD),
  /** Default ranges, distribution, shared overrun, seed and trials of the simulation (docs/uncertainty.md). */
  uncertainty: uncertaintyPolicySchema.default(() => defaultUncertaintySettings()),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const workspaceSchema = workspaceSettingsSchema.extend({
  id: id('Workspace id'),
  createdAt: timestamp('Created'),
  updatedAt: timestamp('Updated'),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** Settings for a new workspace; `planningStartMonth` is passed in (pure: no "today" here). */
export function defaultWorkspaceSettings(name: string, planningStartMonth: string): WorkspaceSettings {
  return {
    name,
    organisation: '',
    currency: 'USD',
    planningStartMonth,
    horizonMonths: 36,
    discountRate: 0.1,
    labourRate: 75,
    numberFormat: DEFAULT_NUMBER_FORMAT,
    defaults: { ...DEFAULT_WORKSPACE_DEFAULTS, lastMileShares: { ...DEFAULT_WORKSPACE_DEFAULTS.lastMileShares } },
    readinessMapping: { ...DEFAULT_READINESS_MAPPING, anchors: [...DEFAULT_READINESS_MAPPING.anchors] },
    overrunThreshold: DEFAULT_OVERRUN_THRESHOLD,
    uncertainty: defaultUncertaintySettings(),
  };
}
