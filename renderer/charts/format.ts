/**
 * Number, money and calendar formatting for the charts. Locale defaults to en-US so that rendered
 * charts (and their reference SVGs) are the same on every machine.
 */

export const DEFAULT_CHART_LOCALE = 'en-US';

export interface MoneyFormat {
  /** Whole units, e.g. "$75,000"; for labels and data tables. */
  full: (value: number) => string;
  /** Compact, e.g. "$1.2M"; for axes and tight labels. */
  compact: (value: number) => string;
}

const formatCache = new Map<string, MoneyFormat>();

/** Money formatters in the given ISO 4217 currency (falls back to "1,200 XYZ" for an unknown code). */
export function moneyFormat(currency: string, locale: string = DEFAULT_CHART_LOCALE): MoneyFormat {
  const key = `${locale}|${currency}`;
  const cached = formatCache.get(key);
  if (cached) return cached;
  let made: MoneyFormat;
  try {
    const full = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
    const compact = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
    made = { full: (v) => full.format(clean(v)), compact: (v) => compact.format(clean(v)) };
  } catch {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const plainCompact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    made = {
      full: (v) => `${plain.format(clean(v))} ${currency}`,
      compact: (v) => `${plainCompact.format(clean(v))} ${currency}`,
    };
  }
  formatCache.set(key, made);
  return made;
}

/** A ratio such as the last-mile multiple: 3.7333 -> "3.7×". */
export function formatMultiple(ratio: number): string {
  return `${ratio.toFixed(1)}×`;
}

/** A share in [0, 1] as a whole percentage: 0.375 -> "38%". */
export function formatShare(share: number, locale: string = DEFAULT_CHART_LOCALE): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(clean(share));
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
