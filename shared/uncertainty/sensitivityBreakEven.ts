import { MAX_RANGE_FACTOR, MAX_RANGE_MONTHS, type LastMileCategory, type RangeField } from '../domain';
import type { PortfolioTornado, Tornado } from './sensitivity';
import { MIN_MONTHS, monthsAt, npvAtDuration, planMonthsOf, type DurationField, type InputUnit, type SensitivityModel } from './sensitivityModel';

/**
 * Break-even values (docs/uncertainty.md, "Sensitivity"): the value of one input at which NPV from today turns to 0,
 * every other input at its likely value. Costs and the benefit enter NPV linearly, so their break-even is solved
 * exactly; a duration's is the first whole month, searched outward from the likely one, at which NPV changes sign.
 * Searched within 0 … 20× the plan's figure and ±36 months (the reach of a range); none there gives value null.
 */
export interface BreakEven {
  key: string;
  field: RangeField;
  category: LastMileCategory | null;
  label: string;
  unit: InputUnit;
  /** NPV from today with every input at its likely value. */
  npv: number;
  /** The input's likely value (amount, months, or 0 months added for a set). */
  likely: number;
  /** The input's value at which NPV from today is 0 (a duration: the first whole month past it); null: none within reach. */
  value: number | null;
  /** NPV turns when the input goes above `value` or below it (null with no value). */
  direction: 'above' | 'below' | null;
  /** What NPV turns to past `value`: negative when it is positive at the likely values, and the other way round. */
  turns: 'negative' | 'positive';
  /** The values searched. */
  reach: { low: number; high: number };
}

const positive = (npv: number) => npv > 0;

/** An input entering NPV as base + slope × (factor − likely): its break-even factor within 0 … 20, or null. */
function linearBreakEven(npv: number, slope: number, likely: number): { factor: number; direction: 'above' | 'below' } | null {
  if (slope === 0 || !Number.isFinite(slope)) return null;
  const factor = likely - npv / slope;
  if (!(factor >= 0 && factor <= MAX_RANGE_FACTOR)) return null;
  // Past the break-even NPV has the other sign: on the side where slope × (f − f*) has it.
  const direction = factor > likely ? 'above' : factor < likely ? 'below' : (slope < 0) === positive(npv) ? 'above' : 'below';
  return { factor, direction };
}

/** The nearest whole-month offset from `likely` (within ±36) at which `npvAt` has the other sign than `npv`. */
function offsetSearch(npv: number, likely: number, lowest: number, npvAt: (offset: number) => number): { offset: number; direction: 'above' | 'below' } | null {
  const sign = positive(npv);
  for (let k = 1; k <= 2 * MAX_RANGE_MONTHS; k++) {
    const up = likely + k;
    const down = likely - k;
    if (up <= MAX_RANGE_MONTHS && positive(npvAt(up)) !== sign) return { offset: up, direction: 'above' };
    if (down >= Math.max(-MAX_RANGE_MONTHS, lowest) && positive(npvAt(down)) !== sign) return { offset: down, direction: 'below' };
    if (up > MAX_RANGE_MONTHS && down < Math.max(-MAX_RANGE_MONTHS, lowest)) break;
  }
  return null;
}

const turnsOf = (npv: number): 'negative' | 'positive' => (positive(npv) ? 'negative' : 'positive');

/** The break-even of one input of a prepared use case (its tornado bar's key); null for an input it does not have. */
export function breakEvenOf(m: SensitivityModel, key: string): BreakEven | null {
  const f = m.factors.find((x) => x.key === key);
  if (f) {
    const hit = linearBreakEven(m.npv, f.sign * f.pv, f.range.likely);
    return {
      key,
      field: f.field,
      category: f.category,
      label: f.label,
      unit: f.unit,
      npv: m.npv,
      likely: f.range.likely * f.figure,
      value: hit ? hit.factor * f.figure : null,
      direction: hit?.direction ?? null,
      turns: turnsOf(m.npv),
      reach: { low: 0, high: MAX_RANGE_FACTOR * f.figure },
    };
  }
  const d = m.durations.find((x) => x.key === key);
  if (!d) return null;
  const field: DurationField = d.field;
  const uc = m.useCase;
  // Offsets below this leave the duration at its minimum: nothing more to search there.
  const floor = Math.max(-MAX_RANGE_MONTHS, MIN_MONTHS[field] - planMonthsOf(uc, field));
  const hit = offsetSearch(m.npv, m.likelyOffsets[field], floor, (o) => npvAtDuration(m, field, o));
  return {
    key,
    field,
    category: null,
    label: d.label,
    unit: 'months',
    npv: m.npv,
    likely: monthsAt(uc, field, m.likelyOffsets[field]),
    value: hit ? monthsAt(uc, field, hit.offset) : null,
    direction: hit?.direction ?? null,
    turns: turnsOf(m.npv),
    reach: { low: monthsAt(uc, field, floor), high: monthsAt(uc, field, MAX_RANGE_MONTHS) },
  };
}

/** Break-even values of a use case's top drivers: its `count` largest bars that move NPV at all. */
export function breakEvens(m: SensitivityModel, t: Tornado, count = 3): BreakEven[] {
  return t.bars
    .filter((b) => b.swing > 0)
    .slice(0, count)
    .map((b) => breakEvenOf(m, b.key))
    .filter((b): b is BreakEven => b !== null);
}

/**
 * The break-even of one input of a set: a cost or the benefit scaled by one factor for every use case (each likely
 * figure times s; the value is the set's total at s), a duration by the same whole months added to every use case's.
 */
export function portfolioBreakEvenOf(models: readonly SensitivityModel[], t: PortfolioTornado, field: RangeField): BreakEven | null {
  const b = t.bars.find((x) => x.field === field);
  if (!b) return null;
  const npv = t.npv;
  const common = { key: field, field, category: null, label: b.label, npv, turns: turnsOf(npv) };
  if (b.unit !== 'monthsAdded') {
    let slope = 0;
    let likely = 0;
    for (const m of models)
      for (const f of m.factors) {
        if (f.field !== field) continue;
        slope += f.sign * f.range.likely * f.pv;
        likely += f.range.likely * f.figure;
      }
    const hit = linearBreakEven(npv, slope, 1);
    return { ...common, unit: b.unit, likely, value: hit ? hit.factor * likely : null, direction: hit?.direction ?? null, reach: { low: 0, high: MAX_RANGE_FACTOR * likely } };
  }
  const duration = field as DurationField;
  const applies = models.filter((m) => m.durations.some((d) => d.field === duration));
  const base = applies.reduce((s, m) => s + m.npv, 0);
  const at = (k: number) => npv - base + applies.reduce((s, m) => s + npvAtDuration(m, duration, m.likelyOffsets[duration] + k), 0);
  const hit = offsetSearch(npv, 0, -MAX_RANGE_MONTHS, at);
  return { ...common, unit: 'monthsAdded', likely: 0, value: hit ? hit.offset : null, direction: hit?.direction ?? null, reach: { low: -MAX_RANGE_MONTHS, high: MAX_RANGE_MONTHS } };
}

/** Break-even values of a set's top drivers. */
export function portfolioBreakEvens(models: readonly SensitivityModel[], t: PortfolioTornado, count = 3): BreakEven[] {
  return t.bars
    .filter((b) => b.swing > 0)
    .slice(0, count)
    .map((b) => portfolioBreakEvenOf(models, t, b.field))
    .filter((b): b is BreakEven => b !== null);
}
