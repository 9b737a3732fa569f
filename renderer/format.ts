const cache = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}|${compact}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      maximumFractionDigits: compact ? 1 : 0,
      ...(compact ? { notation: 'compact' as const } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

/** Money in the workspace currency, whole units ("$75,000"); compact for tight spaces ("$75K"). */
export function formatMoney(value: number, currency: string, compact = false): string {
  if (!Number.isFinite(value)) return '—';
  return formatter(currency, compact).format(value);
}

/** A fraction as a percentage ("12.5%"); null reads as "not defined". */
export function formatPercent(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return 'not defined';
  return `${(value * 100).toFixed(digits)}%`;
}

/** Plan month m (1 = planning start) as a calendar month label ("Mar 2027"). */
export function calendarLabel(planningStartMonth: string, planMonth: number): string {
  const [y, m] = planningStartMonth.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + planMonth - 1, 1));
  return date.toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
