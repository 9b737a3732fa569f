import {
  formatCalendarMonth,
  formatHeadroom,
  formatIrr,
  formatMoney,
  formatMultiple,
  formatNumber,
  formatPayback,
  formatPercent,
  formatPlanMonth,
  formatPlanYear,
  formatProbability,
  formatRoi,
  givenOr,
} from './format';
import { asNumberFormat, type NumberFormat } from './locale';

/** What a presenter needs of a workspace. */
export interface PresentationSettings {
  currency: string;
  numberFormat?: NumberFormat;
  planningStartMonth: string;
}

/** Every formatter bound to one workspace's currency, number format and planning start (see format.ts). */
export interface Presenter {
  format: NumberFormat;
  currency: string;
  money: (value: number) => string;
  moneyCompact: (value: number) => string;
  /** Money that may not have been given ("not given" for null). */
  moneyGiven: (value: number | null) => string;
  number: (value: number, maxDigits?: number) => string;
  numberGiven: (value: number | null, maxDigits?: number) => string;
  percent: (value: number | null, digits?: number) => string;
  multiple: (ratio: number | null) => string;
  planMonth: (planMonth: number) => string;
  /** Plan year y (1-based): "2027" or "Jul 2027 – Jun 2028". */
  planYear: (year: number) => string;
  calendarMonth: (calendarMonth: string) => string;
  payback: (month: number | null) => string;
  irr: (irr: number | null) => string;
  roi: (roi: number | null) => string;
  probability: (p: number | null) => string;
  /** Room under a year's cap, or "over the cap by …" (compact for tight tables). */
  headroom: (headroom: number, compact?: boolean) => string;
}

export function presenter(settings: PresentationSettings): Presenter {
  const format = asNumberFormat(settings.numberFormat);
  const { currency, planningStartMonth } = settings;
  return {
    format,
    currency,
    money: (v) => formatMoney(v, currency, format),
    moneyCompact: (v) => formatMoney(v, currency, format, true),
    moneyGiven: (v) => givenOr(v, (x) => formatMoney(x, currency, format)),
    number: (v, d = 1) => formatNumber(v, format, d),
    numberGiven: (v, d = 1) => givenOr(v, (x) => formatNumber(x, format, d)),
    percent: (v, d = 1) => formatPercent(v, format, d),
    multiple: (r) => formatMultiple(r, format),
    planMonth: (m) => formatPlanMonth(planningStartMonth, m, format),
    planYear: (y) => formatPlanYear(planningStartMonth, y, format),
    calendarMonth: (c) => formatCalendarMonth(c, format),
    payback: (m) => formatPayback(m, planningStartMonth, format),
    irr: (r) => formatIrr(r, format),
    roi: (r) => formatRoi(r, format),
    probability: (p) => formatProbability(p, format),
    headroom: (h, compact = false) => formatHeadroom(h, (v) => formatMoney(v, currency, format, compact)),
  };
}
