import {
  DISTRIBUTION_LABELS,
  LAST_MILE_CATEGORY_LABELS,
  MAX_RANGE_FACTOR,
  MAX_RANGE_MONTHS,
  MONTH_RANGE_FIELDS,
  totalLastMileCost,
  type DistributionName,
  type LastMileCategory,
  type RangeField,
  type UseCaseInput,
} from '../domain';
import { monthlyBenefitAtFull, monthlyRunCost } from '../finance';
import { formatMonths, formatPercent } from '../presentation/format';
import type { NumberFormat } from '../presentation/locale';
import type { Range } from './distributions';

/**
 * Ranges as the screens show and take them (docs/uncertainty.md, "Ranges in the data"): a cost or benefit range is
 * stored as factors of the plan's figure and entered as amounts; a duration range is stored as months added and entered
 * as months. Also the range's short wording ("−10% / +60%", "+0 / +4 months") used by the screens and the change log.
 */
export type RangeUnit = 'money' | 'moneyPerMonth' | 'months';

export const RANGE_UNITS: Record<RangeField, RangeUnit> = {
  pilotCost: 'money',
  pilotMonths: 'months',
  lastMileCost: 'money',
  lastMileMonths: 'months',
  runCost: 'moneyPerMonth',
  benefit: 'moneyPerMonth',
  rampUpMonths: 'months',
};

/** The plan's figure a range is about: a total, an amount a month at full run, or months. */
export function planFigure(field: RangeField, uc: UseCaseInput, labourRate: number): number {
  switch (field) {
    case 'pilotCost':
      return uc.pilot.cost;
    case 'pilotMonths':
      return uc.pilot.months;
    case 'lastMileCost':
      return totalLastMileCost(uc.lastMile.costs);
    case 'lastMileMonths':
      return uc.lastMile.months;
    case 'runCost':
      return monthlyRunCost(uc.runCost);
    case 'benefit':
      return monthlyBenefitAtFull(uc.benefits, labourRate);
    case 'rampUpMonths':
      return uc.benefits.rampUpMonths;
  }
}

export function categoryFigure(category: LastMileCategory, uc: UseCaseInput): number {
  return uc.lastMile.costs[category];
}

export const isMonthField = (field: RangeField): boolean => MONTH_RANGE_FIELDS.includes(field);

/** A stored range as amounts (factors × the figure) or months (the plan's + months added). */
export function rangeAmounts(range: Range, figure: number, months: boolean): Range {
  return months
    ? { low: figure + range.low, likely: figure + range.likely, high: figure + range.high }
    : { low: range.low * figure, likely: range.likely * figure, high: range.high * figure };
}

/** One amount (or duration) typed back into the stored form: a factor of the figure, or months added. */
export function storedValue(amount: number, figure: number, months: boolean): number {
  if (months) return amount - figure;
  return figure > 0 ? amount / figure : Number.NaN;
}

/**
 * What is wrong with a range typed as amounts, in the reader's terms, by end: the low above the likely figure, the high
 * below it, a cost below 0 or above 20× the plan's figure, a duration moved by more than 36 months or not whole.
 */
export function amountRangeProblems(label: string, amounts: Range, figure: number, months: boolean, show: (v: number) => string): { low?: string; high?: string } {
  const out: { low?: string; high?: string } = {};
  const check = (end: 'low' | 'high'): string | undefined => {
    const v = amounts[end];
    if (!Number.isFinite(v)) return undefined; // the field says it is not a number
    if (months) {
      if (!Number.isInteger(v)) return `${label}: the ${end} must be a whole number of months`;
      if (Math.abs(v - figure) > MAX_RANGE_MONTHS) return `${label}: the ${end} can differ from the plan’s ${formatMonths(figure)} by at most ${MAX_RANGE_MONTHS} months`;
    } else {
      if (v < 0) return `${label}: the ${end} must be 0 or more`;
      if (v > MAX_RANGE_FACTOR * figure) return `${label}: the ${end} can be at most ${MAX_RANGE_FACTOR}× the plan’s figure (${show(MAX_RANGE_FACTOR * figure)})`;
    }
    if (end === 'low' && v > amounts.likely) return `${label}: the low (${show(v)}) must not be above the likely figure (${show(amounts.likely)})`;
    if (end === 'high' && v < amounts.likely) return `${label}: the high (${show(v)}) must not be below the likely figure (${show(amounts.likely)})`;
    return undefined;
  };
  const low = check('low');
  const high = check('high');
  if (low) out.low = low;
  if (high) out.high = high;
  return out;
}

function signedPercent(change: number, format: NumberFormat): string {
  const digits = Math.abs(Math.round(change * 1000) % 10) === 0 ? 0 : 1;
  return `${change < 0 ? '−' : '+'}${formatPercent(Math.abs(change), format, digits)}`;
}

const signedMonths = (m: number) => `${m < 0 ? '−' : '+'}${Math.abs(m)}`;

/** A stored range in words: "−10% / +60%" of the plan's figure, "+0 / +4 months"; the likely named when it is not the plan's. */
export function rangeText(range: Range | null | undefined, months: boolean, format: NumberFormat): string {
  if (!range) return 'Follows the workspace policy';
  if (months) {
    const likely = range.likely !== 0 ? `, likely ${signedMonths(range.likely)}` : '';
    return `${signedMonths(range.low)} / ${signedMonths(range.high)} months${likely}`;
  }
  const likely = range.likely !== 1 ? `, likely ${signedPercent(range.likely - 1, format)}` : '';
  return `${signedPercent(range.low - 1, format)} / ${signedPercent(range.high - 1, format)}${likely}`;
}

const LAST_SEGMENT = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/**
 * A range field of a use case (`ranges.…`) or of the workspace's policy (`uncertainty.…`) as the change log writes it:
 * "−10% / +60%", "+0 / +4 months", "Follows the workspace policy", per category "Data pipelines & quality −10% / +150%".
 */
export function rangeLogText(path: string, value: unknown, format: NumberFormat): string {
  const field = LAST_SEGMENT(path);
  const useCase = path.startsWith('ranges.');
  if (field === 'distribution') return value === null || value === undefined ? 'Follows the workspace policy' : (DISTRIBUTION_LABELS[value as DistributionName] ?? String(value));
  if (field === 'lastMileByCategory') {
    const entries = Object.entries((value ?? {}) as Partial<Record<LastMileCategory, Range>>);
    return entries.length === 0 ? 'None' : entries.map(([c, r]) => `${LAST_MILE_CATEGORY_LABELS[c as LastMileCategory] ?? c} ${rangeText(r, false, format)}`).join('; ');
  }
  if (value === null || value === undefined) return useCase ? 'Follows the workspace policy' : 'Off';
  return rangeText(value as Range, MONTH_RANGE_FIELDS.includes(field as RangeField), format);
}
