/**
 * The renderer's names for figure formatting, kept for their callers: thin wrappers over shared/presentation
 * (the one home of money, percentages and calendar months). New code takes `presenter(workspace)` from
 * shared/presentation, which binds the workspace's currency, number format and planning start.
 */
import { DEFAULT_NUMBER_FORMAT, formatMoney as presentMoney, formatPercent as presentPercent, formatPlanMonth, type NumberFormat } from '@shared/presentation';

/** Money in the workspace currency, whole units ("$75,000", "75.000 €"); compact for tight spaces ("$75K"); "—" for a figure that is not a number. */
export function formatMoney(value: number, currency: string, compact = false, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  if (!Number.isFinite(value)) return '—';
  return presentMoney(value, currency, format, compact);
}

/** A fraction as a percentage ("12.5%", "12,5 %"); null reads as "not defined". */
export function formatPercent(value: number | null, digits = 1, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  return presentPercent(value, format, digits);
}

/** Plan month m (1 = planning start) as a calendar month label ("Mar 2027", "März 2027"). */
export function calendarLabel(planningStartMonth: string, planMonth: number, format: NumberFormat = DEFAULT_NUMBER_FORMAT): string {
  return formatPlanMonth(planningStartMonth, planMonth, format);
}
