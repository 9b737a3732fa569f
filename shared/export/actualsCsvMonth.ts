/**
 * Reading the month of a row of actuals as spreadsheets write it: "2027-03", "2027/3", "2027-03-01", "03/2027",
 * "Mar 2027", "March 2027", "Mar-27", "mars 2027", "März 2027". A full date such as "01/03/2027" is refused, because
 * day and month cannot be told apart; so is anything else, with what was expected.
 */

const EXPECTED = 'write the month as 2027-03 or Mar 2027';

/** Month names (long and short, lower case, without dots) in English, German and French → 1…12. */
const MONTH_NAMES: ReadonlyMap<string, number> = (() => {
  const names = new Map<string, number>();
  for (const locale of ['en-US', 'de-DE', 'fr-FR']) {
    for (const month of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) names.set(clean(f.format(new Date(Date.UTC(2027, m - 1, 1)))), m);
    }
  }
  // Usual abbreviations Intl does not give: "Sept", "Mrz", "Juil".
  for (const [name, m] of [['sept', 9], ['mrz', 3], ['juil', 7], ['janv', 1], ['févr', 2], ['fevr', 2], ['avr', 4]] as const) names.set(name, m);
  return names;
})();

function clean(name: string): string {
  return name.toLocaleLowerCase().replace(/\.$/, '').trim();
}

const pad = (m: number) => String(m).padStart(2, '0');

function month(year: number, m: number): { ok: true; month: string } | { ok: false; message: string } {
  if (m < 1 || m > 12) return { ok: false, message: `there is no month ${m}; ${EXPECTED}` };
  if (year < 1900 || year > 2999) return { ok: false, message: `the year ${year} is out of range; ${EXPECTED}` };
  return { ok: true, month: `${year}-${pad(m)}` };
}

/** The calendar month 'YYYY-MM' a cell names, or why it cannot be read. */
export function readCalendarMonthText(text: string): { ok: true; month: string } | { ok: false; message: string } {
  const t = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(t);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return month(Number(m[2]), Number(m[1]));
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(t)) return { ok: false, message: `"${t}" is a date, and its day and month cannot be told apart; ${EXPECTED}` };
  m = /^([\p{L}.]+)[\s\-/]+(\d{2}|\d{4})$/u.exec(t) ?? /^(\d{4})[\s\-/]+([\p{L}.]+)$/u.exec(t);
  if (m) {
    const [name, year] = /^\d/.test(m[1]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    const number = MONTH_NAMES.get(clean(name));
    if (number === undefined) return { ok: false, message: `"${name}" is not a month name; ${EXPECTED}` };
    return month(year.length === 2 ? 2000 + Number(year) : Number(year), number);
  }
  return { ok: false, message: `"${t}" is not a month; ${EXPECTED}` };
}
