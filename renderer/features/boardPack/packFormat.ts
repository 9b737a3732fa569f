import { calendarLabel, formatMoney, formatPercent } from '@renderer/format';
export { paybackLabel as paybackText } from '@renderer/features/useCases/useCaseModel';

/** Money in the pack: whole units in the workspace currency. */
export function money(value: number, currency: string): string {
  return formatMoney(value, currency);
}

/** IRR as a percentage, or "not defined" (never a number when none exists). */
export function irrText(irr: number | null): string {
  return irr === null ? 'not defined' : formatPercent(irr);
}

/** ROI over the horizon as a percentage, or "not defined" when nothing is spent. */
export function roiText(roi: number | null): string {
  return roi === null ? 'not defined' : formatPercent(roi, 0);
}

/** Payback split for a headline figure: the calendar month as the value, the plan month as its detail. */
export function paybackFigure(month: number | null, planningStartMonth: string): { value: string; detail?: string } {
  if (month === null) return { value: 'beyond horizon' };
  if (month === 0) return { value: 'nothing at risk' };
  return { value: calendarLabel(planningStartMonth, month), detail: `plan month ${month}` };
}

/** The long date on the cover ("12 March 2026" in the reader's locale). */
export function longDate(date: Date): string {
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The currency's name ("US Dollar"), or the code when the browser does not know it. */
export function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A value as a CSS string literal (for `content:` in the page footer): quotes and backslashes escaped, control characters dropped. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[\\"]/g, '\\$&')}"`;
}
