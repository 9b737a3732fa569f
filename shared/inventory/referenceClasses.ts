import {
  DEFAULT_LAST_MILE_MULTIPLIER,
  LAST_MILE_CATEGORIES,
  MAX_REFERENCE_CLASSES,
  REFERENCE_CLASS_SIZE_LABELS,
  formatPath,
  referenceClassSchema,
  type AiPattern,
  type Estimate,
  type ReferenceClass,
  type ReferenceClassSize,
  type UseCaseInput,
  type WorkspaceSettings,
} from '../domain';
import { spreadLastMile } from '../finance/estimate';
import { PUBLISHED_LAST_MILE_EXAMPLE, PUBLISHED_LAST_MILE_EXAMPLE_TEXT } from '../domain/sources';

/**
 * Reference classes (docs/inventory.md): a first estimate for a kind and size of use case, applied to many candidates at
 * once and marked as a reference-class estimate until someone refines a cost.
 *
 * Only one class is published: "Document processing — medium" is the worked example of the last-mile article
 * (PUBLISHED_LAST_MILE_EXAMPLE: a $75K pilot over 4 months, a $280K last mile over 8 months, so the multiplier
 * DEFAULT_LAST_MILE_MULTIPLIER = 280 / 75). Every other figure below — the small and large sizes, conversational
 * assistants, forecasting, and every run cost — is the app's own starting assumption, scaled from that anchor: small
 * ≈ half the pilot on shorter durations, large ≈ double on longer ones; assistants pilot cheaper and faster but cost more
 * to run (tokens, seats); forecasting pilots dearer (data work) and runs cheaper. The figures are plain amounts in the
 * workspace's currency. REFERENCE_CLASS_NOTE says so wherever the classes are shown.
 */

/** What the UI shows beside the classes: where they come from, and that they are starting points to replace. */
export const REFERENCE_CLASS_NOTE =
  `Starting points: “Document processing — medium” is the published example, ${PUBLISHED_LAST_MILE_EXAMPLE_TEXT}; ` +
  'every other class and every run cost is an assumption scaled from it. Replace them with your organisation’s own figures.';

/**
 * The share of a class's run cost put under support & maintenance when it is applied (the rest is infrastructure):
 * an assumption, like the classes, so a refined estimate starts from both lines rather than one.
 */
export const REFERENCE_CLASS_SUPPORT_SHARE = 0.25;

/** The name a class is given from its pattern and size: "Document processing — medium". */
export function referenceClassName(pattern: AiPattern, size: ReferenceClassSize): string {
  return `${pattern} — ${REFERENCE_CLASS_SIZE_LABELS[size].toLowerCase()}`;
}

type Figures = Pick<ReferenceClass, 'pilotCost' | 'pilotMonths' | 'lastMileMonths' | 'runCostPerMonth'>;

const ANCHOR = PUBLISHED_LAST_MILE_EXAMPLE;

/** The starting figures per pattern and size (see the note above: only the medium document-processing row is published). */
const DEFAULT_FIGURES: ReadonlyArray<{ pattern: AiPattern; sizes: Record<ReferenceClassSize, Figures> }> = [
  {
    pattern: 'Document processing',
    sizes: {
      small: { pilotCost: 40_000, pilotMonths: 3, lastMileMonths: 6, runCostPerMonth: 1_500 },
      medium: { pilotCost: ANCHOR.pilotCost, pilotMonths: ANCHOR.pilotMonths, lastMileMonths: ANCHOR.lastMileMonths, runCostPerMonth: 3_000 },
      large: { pilotCost: 150_000, pilotMonths: 6, lastMileMonths: 12, runCostPerMonth: 6_000 },
    },
  },
  {
    pattern: 'Conversational assistant',
    sizes: {
      small: { pilotCost: 30_000, pilotMonths: 2, lastMileMonths: 4, runCostPerMonth: 2_000 },
      medium: { pilotCost: 60_000, pilotMonths: 3, lastMileMonths: 6, runCostPerMonth: 4_500 },
      large: { pilotCost: 120_000, pilotMonths: 5, lastMileMonths: 10, runCostPerMonth: 9_000 },
    },
  },
  {
    pattern: 'Forecasting & prediction',
    sizes: {
      small: { pilotCost: 45_000, pilotMonths: 3, lastMileMonths: 6, runCostPerMonth: 1_000 },
      medium: { pilotCost: 90_000, pilotMonths: 4, lastMileMonths: 8, runCostPerMonth: 2_000 },
      large: { pilotCost: 180_000, pilotMonths: 6, lastMileMonths: 12, runCostPerMonth: 4_000 },
    },
  },
];

/** The nine starting classes (three patterns × small / medium / large), each with a new id; fresh objects on every call. */
export function DEFAULT_REFERENCE_CLASSES(newId: () => string): ReferenceClass[] {
  return DEFAULT_FIGURES.flatMap(({ pattern, sizes }) =>
    (['small', 'medium', 'large'] as const).map((size) => ({
      id: newId(),
      name: referenceClassName(pattern, size),
      pattern,
      size,
      lastMileMultiplier: DEFAULT_LAST_MILE_MULTIPLIER,
      ...sizes[size],
    })),
  );
}

/** A class's last mile in total: pilot cost × multiplier, in whole cents. */
export function referenceClassLastMileCost(cls: Pick<ReferenceClass, 'pilotCost' | 'lastMileMultiplier'>): number {
  return Math.round(Math.max(0, cls.pilotCost) * cls.lastMileMultiplier * 100) / 100;
}

/**
 * The use case with the class's costs and nothing else changed: pilot cost and months; the last mile (pilot cost ×
 * multiplier, rounded to the cent) spread over the eight categories by the workspace's last-mile shares in whole cents
 * that add up to that total exactly; last-mile months; the run cost replaced by the class's (REFERENCE_CLASS_SUPPORT_SHARE
 * of it as support, the rest as infrastructure; model-API requests and seats set to none, their prices kept); and the
 * estimate marked as this class's. Name, description, problem, benefits, readiness, compliance regimes, ranges, start
 * month and register stay as they were. No compliance cost is added on top: the class's total is the last mile.
 */
export function applyReferenceClassTo(input: UseCaseInput, cls: ReferenceClass, workspace: WorkspaceSettings): UseCaseInput {
  // Spread as the inventory import spreads a last-mile total, so the same total always gets the same split.
  const costs = spreadLastMile(referenceClassLastMileCost(cls), workspace.defaults.lastMileShares);
  const runCents = Math.round(cls.runCostPerMonth * 100);
  const supportCents = Math.round(runCents * REFERENCE_CLASS_SUPPORT_SHARE);
  return {
    ...input,
    pilot: { cost: cls.pilotCost, months: cls.pilotMonths },
    lastMile: { costs, months: cls.lastMileMonths },
    runCost: {
      modelApi: { ...input.runCost.modelApi, requestsPerMonth: 0 },
      seats: { ...input.runCost.seats, count: 0 },
      infrastructurePerMonth: (runCents - supportCents) / 100,
      supportPerMonth: supportCents / 100,
    },
    estimate: { source: 'reference-class', referenceClass: cls.name },
  };
}

/** Whether two inputs differ in any cost figure: pilot cost or months, a last-mile category or months, any part of the run cost. */
export function costsDiffer(a: UseCaseInput, b: UseCaseInput): boolean {
  if (a.pilot.cost !== b.pilot.cost || a.pilot.months !== b.pilot.months || a.lastMile.months !== b.lastMile.months) return true;
  if (LAST_MILE_CATEGORIES.some((c) => a.lastMile.costs[c] !== b.lastMile.costs[c])) return true;
  const ra = a.runCost;
  const rb = b.runCost;
  return (
    ra.infrastructurePerMonth !== rb.infrastructurePerMonth ||
    ra.supportPerMonth !== rb.supportPerMonth ||
    ra.seats.count !== rb.seats.count ||
    ra.seats.pricePerMonth !== rb.seats.pricePerMonth ||
    ra.modelApi.requestsPerMonth !== rb.modelApi.requestsPerMonth ||
    ra.modelApi.tokensPerRequest !== rb.modelApi.tokensPerRequest ||
    ra.modelApi.pricePer1kTokens !== rb.modelApi.pricePer1kTokens ||
    ra.modelApi.cacheHitShare !== rb.modelApi.cacheHitShare
  );
}

/**
 * Where the estimate comes from after an edit: once any cost figure changed, the figures are the team's own (a
 * reference-class estimate is "refined", a missing one is made); otherwise it stays what it was before the edit.
 */
export function estimateAfterEdit(before: UseCaseInput, after: UseCaseInput): Estimate {
  return costsDiffer(before, after) ? { source: 'own', referenceClass: '' } : { ...before.estimate };
}

/**
 * Every fault of a list of classes, in plain words: each class checked against the schema ("Class 3 (Document
 * processing — large): Pilot cost must be a number of 0 or more"), names unique (ignoring case and spaces), at most
 * MAX_REFERENCE_CLASSES. [] when the list can be saved.
 */
export function validateReferenceClasses(classes: readonly ReferenceClass[]): string[] {
  const errors: string[] = [];
  if (classes.length > MAX_REFERENCE_CLASSES) errors.push(`At most ${MAX_REFERENCE_CLASSES} reference classes`);
  const seen = new Map<string, number>();
  classes.forEach((cls, i) => {
    const where = `Class ${i + 1}${cls.name.trim() ? ` (${cls.name.trim()})` : ''}`;
    const parsed = referenceClassSchema.safeParse(cls);
    if (!parsed.success) for (const issue of parsed.error.issues) errors.push(`${where}: ${issue.message}${issue.path.length > 1 ? ` (${formatPath(issue.path)})` : ''}`);
    const key = cls.name.trim().replace(/\s+/g, ' ').toLowerCase();
    if (key === '') return;
    const first = seen.get(key);
    if (first !== undefined) errors.push(`${where}: the name is already used by class ${first + 1}`);
    else seen.set(key, i);
  });
  return errors;
}

/** The class an estimate names, if it is still in the list (a class may have been renamed or deleted since). */
export function referenceClassOf(estimate: Estimate, classes: readonly ReferenceClass[]): ReferenceClass | undefined {
  return estimate.source === 'reference-class' ? classes.find((c) => c.name === estimate.referenceClass) : undefined;
}
