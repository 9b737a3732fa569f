/**
 * Number, money and calendar formatting for the charts, through shared/presentation. The locale is the
 * workspace's number format; it defaults to en-US so that rendered charts (and their reference SVGs) are the
 * same on every machine.
 */

import { asNumberFormat, formatMoney, formatMultiple as presentMultiple, formatNumber, formatPercent } from '@shared/presentation';

export const DEFAULT_CHART_LOCALE = 'en-US';

export interface MoneyFormat {
  /** Whole units, e.g. "$75,000"; for labels and data tables. */
  full: (value: number) => string;
  /** Compact, e.g. "$1.2M"; for axes and tight labels. */
  compact: (value: number) => string;
}

/** Money formatters in the given ISO 4217 currency and number format (shared/presentation; "1,200 XYZ" for an unknown code). */
export function moneyFormat(currency: string, locale: string = DEFAULT_CHART_LOCALE): MoneyFormat {
  const format = asNumberFormat(locale);
  return { full: (v) => formatMoney(clean(v), currency, format), compact: (v) => formatMoney(clean(v), currency, format, true) };
}

/** A ratio such as the last-mile multiple: 3.7333 -> "3.7×" (shared/presentation). */
export function formatMultiple(ratio: number, locale: string = DEFAULT_CHART_LOCALE): string {
  return presentMultiple(ratio, asNumberFormat(locale));
}

/** A whole count, e.g. 5000 -> "5,000" (shared/presentation). */
export function formatCount(count: number, locale: string = DEFAULT_CHART_LOCALE): string {
  return formatNumber(count, asNumberFormat(locale), 0);
}

/** A share in [0, 1] as a whole percentage: 0.375 -> "38%". */
export function formatShare(share: number, locale: string = DEFAULT_CHART_LOCALE): string {
  return formatPercent(clean(share), asNumberFormat(locale), 0);
}

/** Replaces NaN/±Infinity by 0 and -0 by 0 so that no chart ever prints "NaN". */
export function clean(value: number): number {
  return Number.isFinite(value) && value !== 0 ? value : 0;
}

/** Rounds a screen coordinate to 2 decimals (stable, compact SVG). */
export function px(value: number): number {
  const r = Math.round(clean(value) * 100) / 100;
  return r === 0 ? 0 : r;
}

/** A non-negative length (rect width/height) rounded like px(); never negative, never NaN. */
export function len(value: number): number {
  return Math.max(0, px(value));
}
