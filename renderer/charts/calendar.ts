/**
 * Plan months on the calendar. Plan month 1 is the planning start month ('YYYY-MM'); plan month m is
 * m − 1 calendar months later. Charts place month m in the interval [m − 1, m] of a continuous time
 * axis, so "end of month m" is x = m and "start of month m" is x = m − 1.
 */

import { DEFAULT_CHART_LOCALE } from './format';

export interface CalendarMonth {
  year: number;
  /** 1–12 */
  month: number;
}

const START_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Calendar month of plan month m (1-based) from the planning start 'YYYY-MM'; null if the start is malformed. */
export function planMonthToCalendar(planningStartMonth: string, planMonth: number): CalendarMonth | null {
  const match = START_PATTERN.exec(planningStartMonth);
  if (!match || !Number.isInteger(planMonth)) return null;
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + (planMonth - 1);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const monthNameCache = new Map<string, Intl.DateTimeFormat>();

function monthNames(locale: string): Intl.DateTimeFormat {
  let f = monthNameCache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    monthNameCache.set(locale, f);
  }
  return f;
}

/** Short month name, e.g. "Jan". */
export function shortMonthName(month: number, locale: string = DEFAULT_CHART_LOCALE): string {
  return monthNames(locale).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** "Mar 2027" for plan month m, or "Month m" when the planning start is malformed. */
export function planMonthLabel(planningStartMonth: string, planMonth: number, locale: string = DEFAULT_CHART_LOCALE): string {
  const c = planMonthToCalendar(planningStartMonth, planMonth);
  return c ? `${shortMonthName(c.month, locale)} ${c.year}` : `Month ${planMonth}`;
}

/** "May 2026 – Aug 2026" (or a single month when from = to). */
export function planRangeLabel(planningStartMonth: string, from: number, to: number, locale: string = DEFAULT_CHART_LOCALE): string {
  const a = planMonthLabel(planningStartMonth, from, locale);
  return from === to ? a : `${a} – ${planMonthLabel(planningStartMonth, to, locale)}`;
}

export interface MonthTick {
  /** Position on the continuous axis: the start of plan month `planMonth`, i.e. planMonth − 1. */
  at: number;
  planMonth: number;
  /** First line: month name (or "M13" without a calendar). */
  month: string;
  /** Second line: the year, on January and on the first tick only; '' otherwise. */
  year: string;
}

const TICK_STEPS = [1, 3, 6, 12, 24] as const;

function onStep(c: CalendarMonth | null, planMonth: number, step: number): boolean {
  if (!c) return (planMonth - 1) % step === 0;
  if (step <= 12) return (c.month - 1) % step === 0;
  return c.month === 1 && c.year % (step / 12) === 0;
}

/**
 * Labelled month ticks for an axis covering plan months 1..months (positions 0..months) when
 * each month is `pxPerMonth` wide: the smallest step of 1/3/6/12/24 months whose labels do not
 * collide, aligned to calendar quarters, half-years and years.
 */
export function monthTicks(
  planningStartMonth: string,
  months: number,
  pxPerMonth: number,
  minLabelGapPx = 34,
  locale: string = DEFAULT_CHART_LOCALE,
): MonthTick[] {
  const step = TICK_STEPS.find((s) => s * pxPerMonth >= minLabelGapPx) ?? 24;
  const ticks: MonthTick[] = [];
  for (let m = 1; m <= months + 1; m += 1) {
    const c = planMonthToCalendar(planningStartMonth, m);
    if (!onStep(c, m, step)) continue;
    const first = ticks.length === 0;
    ticks.push({
      at: m - 1,
      planMonth: m,
      month: c ? shortMonthName(c.month, locale) : `M${m}`,
      year: c && (first || c.month === 1) ? String(c.year) : '',
    });
  }
  return ticks;
}
