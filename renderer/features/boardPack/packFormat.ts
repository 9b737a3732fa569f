import type { NumberFormat } from '@shared/presentation';

/**
 * What the pack needs besides figures (figures come from the model's presenter, shared/presentation): the cover's
 * date and currency name in the workspace's number format, and the footer text as a CSS string.
 */

/** The long date on the cover ("12 March 2026", "12. März 2026") in the workspace's format, never the machine's locale. */
export function longDate(date: Date, format: NumberFormat): string {
  return date.toLocaleDateString(format, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The currency's name ("US Dollar") in the workspace's format, or the code when the browser does not know it. */
export function currencyName(code: string, format: NumberFormat): string {
  try {
    return new Intl.DisplayNames(format, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A value as a CSS string literal (for `content:` in the page footer): quotes and backslashes escaped, control characters dropped. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[\\"]/g, '\\$&')}"`;
}
