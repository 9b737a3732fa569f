import { useEffect, useState } from 'react';

/**
 * "Today" for the whole app: the calendar month ('YYYY-MM', local time) every forward-looking figure, funding answer and
 * export is computed as of (docs/living-portfolio.md). The domain never reads the clock; it gets this month.
 */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** This month, kept current while the app stays open across a month's end (checked once a minute). */
export function useTodayMonth(): string {
  const [month, setMonth] = useState(currentMonth);
  useEffect(() => {
    const timer = setInterval(() => setMonth((m) => (m === currentMonth() ? m : currentMonth())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return month;
}
