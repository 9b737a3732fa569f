import { DEFAULT_NUMBER_FORMAT, type NumberFormat } from './locale';

/**
 * The one home of figure formatting: money, numbers, percentages, months, calendar months, and the wording of
 * payback, IRR and ROI. Every screen, chart and export formats through here (or through `presenter`, which binds
 * a workspace's currency, number format and planning start). Never prints NaN or Infinity.
 */

/** What a figure nobody has filled in prints as (never 0). */
export const NOT_GIVEN = 'not given';
/** What a probability (and everything built on it) prints as while any readiness dimension is not assessed. */
export const NOT_ASSESSED = 'readiness not assessed';

const cache = new Map<string, Intl.NumberFormat>();
function nf(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** -0, NaN and ±Infinity read as 0, so a formatter never prints "-$0" or "NaN". */
function clean(value: number): number {
  return Number.isFinite(value) && value !== 0 ? value : 0;
}

/** Money in whole units ("$75,000", "75.000 €"); compact for tight places ("$75K", "1,2 Mio. €"). Unknown currency codes print as "75,000 XYZ". */
export function formatMoney(value: number, currency: string, format: NumberFormat = DEFAULT_NUMBER_FORMAT, compact = false): string {
  const v = clean(value);
  try {
    const f = nf(`m|${format}|${currency}|${compact}`, () =>
      new Intl.NumberFormat(format, {
        style: 'currency',
        currency,
        minimumFractionDigits: 0,
        maximumFractionDigits: compact ? 1 : 0,
        ...(compact ? { notation: 'compact' as const } : {}),
      }),
    );
    return f.format(v);
  } catch {
    return `${formatNumber(v, format, 0, compact)} ${currency}`;
  }
}

/** A plain number with the format's separators ("1,234.5"); compact gives "1.2K". */
export function formatNumber(value: number, format: NumberFormat = DEFAULT_NUMBER_FORMAT, maxDigits = 1, compact = false): string {
  const f = nf(`n|${format}|${maxDigits}|${compact}`, () =>
    new Intl.NumberFormat(format, { maximumFractionDigits: maxDigits, ...(compact ? { notation: 'compact' as const } : {}) }),
  );
  return f.format(clean(value));
}

/** A number with exactly `digits` decimals and the format's separators ("1.13", "1,13"); -0 prints as 0. */
export function formatDecimal(value: number, format: NumberFormat = DEFAULT_NUMBER_FORMAT, digits = 2): string {
  const f = nf(`d|${format}|${digits}`, () => new Intl.NumberFormat(format, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return f.format(clean(value)).replace(/^-(?=[0.,\s]*$)/, '');
}

/** A fraction as a percentage ("12.5%", "12,5 %"); null reads as "not defined". */
export function formatPercent(value: number | null, format: NumberFormat = DEFAULT_NUMBER_FORMAT, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return 'not defined';
  const f = nf(`p|${format}|${digits}`, () => new Intl.NumberFormat(format, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return f.format(clean(value));
}

/** A duration in months ("1 month", "8 months"). */
export function formatMonths(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}

/** A ratio such as the last-mile multiple ("3.7×", "3,7×"); null reads as "no pilot cost". */
export function formatMultiple(ratio: number | null, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  if (ratio === null || !Number.isFinite(ratio)) return 'no pilot cost';
  return `${formatDecimal(ratio, format, 1)}×`;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM' of plan month m (1 = the planning start month). */
export function planMonthToCalendarMonth(planningStartMonth: string, planMonth: number): string {
  const match = MONTH.exec(planningStartMonth);
  if (!match) return planningStartMonth;
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + planMonth - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const monthNames = new Map<string, Intl.DateTimeFormat>();

/** A calendar month 'YYYY-MM' as people read it ("Jan 2027", "Jan. 2027", "janv. 2027"). */
export function formatCalendarMonth(calendarMonth: string, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  const match = MONTH.exec(calendarMonth);
  if (!match) return calendarMonth;
  let f = monthNames.get(format);
  if (!f) {
    f = new Intl.DateTimeFormat(format, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthNames.set(format, f);
  }
  return f.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

const longMonthNames = new Map<string, Intl.DateTimeFormat>();

/** A calendar month 'YYYY-MM' spelt out ("March 2027", "März 2027"): names such as "Board, March 2027". */
export function formatCalendarMonthLong(calendarMonth: string, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  const match = MONTH.exec(calendarMonth);
  if (!match) return calendarMonth;
  let f = longMonthNames.get(format);
  if (!f) {
    f = new Intl.DateTimeFormat(format, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    longMonthNames.set(format, f);
  }
  return f.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** Plan month m as its calendar month ("Mar 2027"). */
export function formatPlanMonth(planningStartMonth: string, planMonth: number, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  return formatCalendarMonth(planMonthToCalendarMonth(planningStartMonth, planMonth), format);
}

/**
 * Payback in words: "beyond horizon" (null: cash never recovers within the horizon), "nothing at risk" (month 0:
 * cumulative cash never goes below 0), else the calendar month with its plan month ("Feb 2028 (month 14)").
 */
export function formatPayback(month: number | null, planningStartMonth: string, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  if (month === null) return 'beyond horizon';
  if (month === 0) return 'nothing at risk';
  return `${formatPlanMonth(planningStartMonth, month, format)} (month ${month})`;
}

/** IRR as an annual percentage, or "not defined" where no rate zeroes the NPV (never a made-up number). */
export function formatIrr(irr: number | null, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  return irr === null ? 'not defined' : formatPercent(irr, format, 1);
}

/** ROI over the horizon as a percentage, or "not defined" when nothing is spent. */
export function formatRoi(roi: number | null, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  return roi === null ? 'not defined' : formatPercent(roi, format, 0);
}

/** Room left under a year's cap ("$40,000"), or how far the funded set goes over it ("over the cap by $12,000"). */
export function formatHeadroom(headroom: number, money: (value: number) => string): string {
  return headroom < 0 ? `over the cap by ${money(-headroom)}` : money(headroom);
}

/** A figure somebody may not have filled in: its text, or "not given". */
export function givenOr<T>(value: T | null | undefined, show: (v: T) => string): string {
  return value === null || value === undefined ? NOT_GIVEN : show(value);
}

/** A probability of production, or "readiness not assessed". */
export function formatProbability(p: number | null, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  return p === null ? NOT_ASSESSED : formatPercent(p, format, 0);
}

/** Plan year y (1 = the first 12 months) as people read it: "2027" when the plan starts in January, else "Jul 2027 – Jun 2028". */
export function formatPlanYear(planningStartMonth: string, year: number, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  const first = planMonthToCalendarMonth(planningStartMonth, (year - 1) * 12 + 1);
  if (first.endsWith('-01')) return first.slice(0, 4);
  const last = planMonthToCalendarMonth(planningStartMonth, year * 12);
  return `${formatCalendarMonth(first, format)} – ${formatCalendarMonth(last, format)}`;
}
