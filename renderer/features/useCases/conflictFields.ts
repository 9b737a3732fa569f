import type { ConflictFieldView } from '@renderer/components/ConflictResolver';
import type { FieldDifference } from '@renderer/components/fieldMerge';
import {
  classificationLabel,
  DISTRIBUTION_LABELS,
  LAST_MILE_CATEGORY_LABELS,
  RANGE_FIELD_LABELS,
  RANGE_FIELDS,
  type DistributionName,
  type Estimate,
  type RangeField,
  READINESS_LABELS,
  type LastMileCategory,
  type Problem,
  type ReadinessDimension,
  type Workspace,
} from '@shared/domain';
import { estimateText } from '@shared/inventory/flags';
import { NOT_GIVEN, presenter, type Presenter } from '@shared/presentation';
import type { Range } from '@shared/uncertainty/distributions';
import { isMonthField, rangeText } from '@shared/uncertainty/sensitivityRanges';

/**
 * Parts of a use case merged as one field: a classification is only valid with its rubric and rationale, a range only
 * with its three ends (low ≤ likely ≤ high), and the last mile's ranges by category are one choice.
 */
export const USE_CASE_MERGE_GROUPS: readonly string[] = ['classification', 'estimate', ...RANGE_FIELDS.map((f) => `ranges.${f}`), 'ranges.lastMileByCategory'];

const rangeFieldOf = (path: string): RangeField | null => {
  const field = /^ranges\.([A-Za-z]+)$/.exec(path)?.[1];
  return field && (RANGE_FIELDS as readonly string[]).includes(field) ? (field as RangeField) : null;
};

/** A range's label in the conflict view ('ranges.lastMileCost' → 'Last-mile cost range'); null for other fields. */
function rangeLabel(path: string): string | null {
  if (path === 'ranges.distribution') return 'Distribution';
  if (path === 'ranges.lastMileByCategory') return 'Last-mile ranges by category';
  const field = rangeFieldOf(path);
  return field ? `${RANGE_FIELD_LABELS[field]} range` : null;
}

/** A range in words ('−10% / +60%', 'Follows the workspace policy'); null for other fields. */
function rangeValueText(path: string, value: unknown, present: Presenter): string | null {
  if (path === 'ranges.distribution') return value ? DISTRIBUTION_LABELS[value as DistributionName] : 'Follows the workspace policy';
  if (path === 'ranges.lastMileByCategory') {
    const entries = Object.entries((value ?? {}) as Record<LastMileCategory, Range>);
    return entries.length === 0 ? 'None' : entries.map(([c, r]) => `${LAST_MILE_CATEGORY_LABELS[c as LastMileCategory] ?? c} ${rangeText(r, false, present.format)}`).join('; ');
  }
  const field = rangeFieldOf(path);
  return field ? rangeText(value as Range | null, isMonthField(field), present.format) : null;
}

const PLAIN_LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  aiPattern: 'AI pattern',
  problemId: 'Problem it solves',
  startMonth: 'Planned start',
  classification: 'Classification',
  complianceRegimes: 'Compliance regimes',
  'pilot.cost': 'Pilot cost',
  'pilot.months': 'Pilot duration',
  'lastMile.months': 'Last-mile duration',
  'runCost.modelApi.requestsPerMonth': 'Requests per month',
  'runCost.modelApi.tokensPerRequest': 'Tokens per request',
  'runCost.modelApi.pricePer1kTokens': 'Price per 1K tokens',
  'runCost.modelApi.cacheHitShare': 'Cache-hit share',
  'runCost.seats.count': 'Seats',
  'runCost.seats.pricePerMonth': 'Price per seat per month',
  'runCost.infrastructurePerMonth': 'Infrastructure per month',
  'runCost.supportPerMonth': 'Support & maintenance per month',
  'benefits.hoursSavedPerMonth': 'Hours saved per month',
  'benefits.costAvoidedPerMonth': 'Cost avoided per month',
  'benefits.newRevenuePerMonth': 'New revenue per month',
  'benefits.rampUpMonths': 'Ramp-up',
  'register.owner': 'Owner',
  'register.vendor': 'Vendor',
  'register.externalId': 'Register id',
  'register.personalData': 'Personal data',
  'register.problemStated': 'Problem stated in the register',
  'register.importedFrom': 'Imported from',
  estimate: 'Estimate',
};

const MONEY = /^(pilot\.cost|lastMile\.costs\.|runCost\.modelApi\.pricePer1kTokens|runCost\.seats\.pricePerMonth|runCost\.(infrastructure|support)PerMonth|benefits\.(costAvoided|newRevenue)PerMonth)/;
const MONTHS = /^(pilot\.months|lastMile\.months|benefits\.rampUpMonths)$/;

/** The form's label of a use-case field ('lastMile.costs.integration' → 'Last mile: Integration'). */
export function useCaseFieldLabel(path: string): string {
  const range = rangeLabel(path);
  if (range) return range;
  const plain = PLAIN_LABELS[path];
  if (plain) return plain;
  const cost = /^lastMile\.costs\.(.+)$/.exec(path);
  if (cost?.[1]) return `Last mile: ${LAST_MILE_CATEGORY_LABELS[cost[1] as LastMileCategory] ?? cost[1]}`;
  const readiness = /^readiness\.([^.]+)\.(score|note)$/.exec(path);
  if (readiness?.[1]) {
    const label = READINESS_LABELS[readiness[1] as ReadinessDimension] ?? readiness[1];
    return readiness[2] === 'score' ? `Readiness: ${label}` : `Note on ${label}`;
  }
  return path;
}

function blankOr(text: string): string {
  return text.trim() === '' ? '(empty)' : text;
}

/** A use-case field's value as the reader knows it (money in the workspace's currency, months by name, labels). */
export function useCaseFieldText(path: string, value: unknown, present: Presenter, problems: readonly Problem[]): string {
  if (value === undefined) return '(none)';
  const range = rangeValueText(path, value, present);
  if (range !== null) return range;
  if (path === 'problemId') return problems.find((p) => p.id === value)?.title ?? 'A problem that no longer exists';
  if (path === 'startMonth' && typeof value === 'number') return `${present.planMonth(value)} (month ${value})`;
  if (path === 'classification') {
    const c = value as { kind: 'automation' | 'value-creation' | null; rationale: string };
    return c.rationale.trim() ? `${classificationLabel(c.kind)}: ${c.rationale}` : classificationLabel(c.kind);
  }
  if (/^readiness\.[^.]+\.score$/.test(path)) return value === null ? 'Not assessed' : `${String(value)} of 5`;
  if (path === 'estimate') return estimateText(value as Estimate);
  if (path === 'register.personalData') return value === null ? 'Not stated' : value ? 'Yes' : 'No';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.join(', ');
  if (value === null) return NOT_GIVEN;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'Not a number';
    if (MONEY.test(path)) return present.money(value);
    if (MONTHS.test(path)) return `${present.number(value, 0)} months`;
    if (path === 'runCost.modelApi.cacheHitShare') return present.percent(value);
    return present.number(value);
  }
  return typeof value === 'string' ? blankOr(value) : JSON.stringify(value);
}

/** The conflict view's rows for a use case. */
export function useCaseConflictViews(differences: readonly FieldDifference[], workspace: Workspace, problems: readonly Problem[]): ConflictFieldView[] {
  const present = presenter(workspace);
  return differences.map((d) => ({
    path: d.path,
    label: useCaseFieldLabel(d.path),
    mine: useCaseFieldText(d.path, d.mine, present, problems),
    theirs: useCaseFieldText(d.path, d.theirs, present, problems),
    edited: d.edited,
  }));
}
