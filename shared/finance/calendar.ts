const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

function parseMonth(month: string): number {
  const m = MONTH_PATTERN.exec(month);
  if (!m) throw new RangeError(`Expected a month like 2027-01, got "${month}"`);
  return Number(m[1]) * 12 + (Number(m[2]) - 1);
}

function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Calendar month 'YYYY-MM' of a plan month: plan month 1 is the planning start month, 13 the same month a year on. */
export function planMonthToCalendar(planningStartMonth: string, planMonth: number): string {
  return formatMonth(parseMonth(planningStartMonth) + Math.trunc(planMonth) - 1);
}

/** Plan month of a calendar month 'YYYY-MM' (inverse of planMonthToCalendar; months before the start give ≤ 0). */
export function calendarToPlanMonth(planningStartMonth: string, calendarMonth: string): number {
  return parseMonth(calendarMonth) - parseMonth(planningStartMonth) + 1;
}
