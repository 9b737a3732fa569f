import { LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS, READINESS_DIMENSIONS, READINESS_LABELS } from '@shared/domain/constants';
import { RANGE_FIELD_LABELS, RANGE_FIELDS } from '@shared/domain/ranges';
import type { ChangeEntity } from '@shared/domain/record';
import { SCORE_CRITERIA, SCORE_CRITERION_LABELS } from '@shared/portfolio/weights';

/** How a field's value is written in the change log. */
export type FieldKind = 'money' | 'share' | 'number' | 'text' | 'range';

export interface FieldLabel {
  label: string;
  kind: FieldKind;
}

const f = (label: string, kind: FieldKind = 'text'): FieldLabel => ({ label, kind });

const PROBLEM: Record<string, FieldLabel> = {
  title: f('Title'),
  statement: f('Problem statement'),
  owner: f('Business owner'),
  function: f('Function'),
  peopleAffected: f('People affected', 'number'),
  monthlyHours: f('Monthly hours lost', 'number'),
  monthlyCost: f('Monthly cost', 'money'),
  evidence: f('Evidence'),
  strategicImportance: f('Strategic importance', 'number'),
  status: f('Status'),
};

const USE_CASE: Record<string, FieldLabel> = {
  problemId: f('Problem'),
  name: f('Name'),
  description: f('Description'),
  aiPattern: f('AI pattern'),
  'classification.kind': f('Classification'),
  'classification.rubric.existingTask': f('Rubric: an existing task'),
  'classification.rubric.timeOrCostSaving': f('Rubric: saves time or cost'),
  'classification.rubric.newRevenueOrCapability': f('Rubric: new revenue or capability'),
  'classification.rubric.changesDecisionOrExperience': f('Rubric: changes a decision or experience'),
  'classification.rationale': f('Classification rationale'),
  'pilot.cost': f('Pilot cost', 'money'),
  'pilot.months': f('Pilot duration (months)', 'number'),
  'lastMile.months': f('Last-mile duration (months)', 'number'),
  complianceRegimes: f('Compliance regimes'),
  'runCost.modelApi.requestsPerMonth': f('Requests per month', 'number'),
  'runCost.modelApi.tokensPerRequest': f('Tokens per request', 'number'),
  'runCost.modelApi.pricePer1kTokens': f('Price per 1K tokens', 'money'),
  'runCost.modelApi.cacheHitShare': f('Cache-hit share', 'share'),
  'runCost.seats.count': f('Seats', 'number'),
  'runCost.seats.pricePerMonth': f('Seat price per month', 'money'),
  'runCost.infrastructurePerMonth': f('Infrastructure per month', 'money'),
  'runCost.supportPerMonth': f('Support & maintenance per month', 'money'),
  'benefits.hoursSavedPerMonth': f('Hours saved per month', 'number'),
  'benefits.costAvoidedPerMonth': f('Cost avoided per month', 'money'),
  'benefits.newRevenuePerMonth': f('New revenue per month', 'money'),
  'benefits.rampUpMonths': f('Ramp-up (months)', 'number'),
  startMonth: f('Planned start month', 'number'),
  'lifecycle.history': f('Stage'),
  'lifecycle.decisions': f('Last-mile gate decision'),
  actuals: f('Actuals'),
};
for (const r of RANGE_FIELDS) USE_CASE[`ranges.${r}`] = f(`${RANGE_FIELD_LABELS[r]} range`, 'range');
USE_CASE['ranges.distribution'] = f('Distribution of the ranges', 'range');
USE_CASE['ranges.lastMileByCategory'] = f('Last-mile ranges by category', 'range');
for (const c of LAST_MILE_CATEGORIES) USE_CASE[`lastMile.costs.${c}`] = f(`${LAST_MILE_CATEGORY_LABELS[c]} cost`, 'money');
for (const d of READINESS_DIMENSIONS) {
  USE_CASE[`readiness.${d}.score`] = f(`Readiness: ${READINESS_LABELS[d]}`, 'number');
  USE_CASE[`readiness.${d}.note`] = f(`Readiness: ${READINESS_LABELS[d]} note`);
}

const WORKSPACE: Record<string, FieldLabel> = {
  name: f('Workspace name'),
  organisation: f('Organisation'),
  currency: f('Currency'),
  planningStartMonth: f('Planning start month'),
  horizonMonths: f('Horizon (months)', 'number'),
  discountRate: f('Discount rate', 'share'),
  labourRate: f('Labour rate per hour', 'money'),
  numberFormat: f('Number format'),
  overrunThreshold: f('Overrun threshold', 'share'),
  'defaults.lastMileMultiplier': f('Default last-mile multiplier', 'number'),
  'defaults.pilotMonths': f('Default pilot duration (months)', 'number'),
  'defaults.lastMileMonths': f('Default last-mile duration (months)', 'number'),
  'defaults.rampUpMonths': f('Default ramp-up (months)', 'number'),
  'defaults.complianceCostPerRegime': f('Compliance cost per regime', 'money'),
  'readinessMapping.anchors': f('Probability by average readiness'),
  'readinessMapping.blockerCap': f('Probability with a blocker', 'share'),
};
for (const r of RANGE_FIELDS) WORKSPACE[`uncertainty.${r}`] = f(`Default range: ${RANGE_FIELD_LABELS[r]}`, 'range');
WORKSPACE['uncertainty.distribution'] = f('Distribution of the ranges', 'range');
WORKSPACE['uncertainty.sharedOverrun'] = f('Shared overrun', 'range');
WORKSPACE['uncertainty.seed'] = f('Simulation seed', 'number');
WORKSPACE['uncertainty.trials'] = f('Simulation trials', 'number');
for (const c of LAST_MILE_CATEGORIES) WORKSPACE[`defaults.lastMileShares.${c}`] = f(`Default last-mile share: ${LAST_MILE_CATEGORY_LABELS[c]}`, 'share');

const PLAN: Record<string, FieldLabel> = {
  budget: f('Budget', 'money'),
  yearCaps: f('Yearly caps'),
  objective: f('Funding objective'),
  minValueCreationShare: f('Minimum value-creation share', 'share'),
  forced: f('Forced choices'),
  preset: f('Weight preset'),
  costBasis: f('Fund against'),
};
for (const c of SCORE_CRITERIA) PLAN[`weights.${c}`] = f(`Weight: ${SCORE_CRITERION_LABELS[c]}`, 'number');

const SCENARIO: Record<string, FieldLabel> = {
  name: f('Scenario name'),
  description: f('Description'),
  'assumptions.discountRate': f('Discount rate', 'share'),
  'assumptions.tokenPriceFactor': f('Token price factor', 'number'),
  'assumptions.adoptionFactor': f('Adoption factor', 'number'),
  'assumptions.lastMileFactor': f('Last-mile factor', 'number'),
  'plan.budget': f('Budget', 'money'),
  'plan.yearCaps': f('Yearly caps'),
  'plan.minValueCreationShare': f('Minimum value-creation share', 'share'),
  'plan.weights': f('Score weights'),
  'plan.forced': f('Forced choices'),
  'plan.costBasis': f('Fund against'),
  useCases: f('Use-case overrides'),
};

export const FIELD_LABELS: Record<ChangeEntity, Record<string, FieldLabel>> = { workspace: WORKSPACE, problem: PROBLEM, useCase: USE_CASE, plan: PLAN, scenario: SCENARIO };

/** Fields whose whole value (a list or a map) is one entry in the log. */
export const WHOLE_VALUE_FIELDS: ReadonlySet<string> = new Set([
  'lifecycle.history',
  'lifecycle.decisions',
  'actuals',
  'forced',
  'yearCaps',
  'complianceRegimes',
  'readinessMapping.anchors',
  'plan.forced',
  'plan.yearCaps',
  'plan.weights',
  'useCases',
  // A range is one value (low, likely and high together), as are a use case's per-category last-mile ranges.
  ...RANGE_FIELDS.flatMap((r) => [`ranges.${r}`, `uncertainty.${r}`]),
  'ranges.lastMileByCategory',
  'uncertainty.sharedOverrun',
]);

/** Keys that are bookkeeping, not something a person changed. */
export const IGNORED_FIELDS: ReadonlySet<string> = new Set(['id', 'workspaceId', 'createdAt', 'updatedAt', 'revision']);

/** "monthlyRunCost" → "Monthly run cost": the label of a field not in the tables (a field added later). */
export function humanised(path: string): string {
  const words = path
    .split('.')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' › ');
  return `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}`;
}
