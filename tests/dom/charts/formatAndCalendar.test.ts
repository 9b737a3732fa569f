import { describe, expect, it } from 'vitest';
import { formatMultiple, formatShare, moneyFormat, planMonthLabel, planMonthToCalendar } from '@renderer/charts';
import { monthTicks } from '@renderer/charts/calendar';
import { fitText } from '@renderer/charts/text';

describe('planMonthToCalendar', () => {
  it('maps plan month 1 to the planning start and rolls over years', () => {
    expect(planMonthToCalendar('2026-01', 1)).toEqual({ year: 2026, month: 1 });
    expect(planMonthToCalendar('2026-11', 3)).toEqual({ year: 2027, month: 1 });
    expect(planMonthToCalendar('2026-01', 36)).toEqual({ year: 2028, month: 12 });
    expect(planMonthToCalendar('2026-12', 121)).toEqual({ year: 2036, month: 12 });
  });

  it('refuses a malformed start month and labels plan months plainly instead', () => {
    expect(planMonthToCalendar('2026-13', 1)).toBeNull();
    expect(planMonthToCalendar('26-01', 1)).toBeNull();
    expect(planMonthLabel('nope', 7)).toBe('Month 7');
    expect(planMonthLabel('2026-05', 7)).toBe('Nov 2026');
  });
});

describe('monthTicks', () => {
  it('picks quarterly ticks aligned to Jan/Apr/Jul/Oct when months are narrow, with the year on January and the first tick', () => {
    const ticks = monthTicks('2026-02', 12, 15);
    expect(ticks.map((t) => `${t.month}${t.year}@${t.at}`)).toEqual(['Apr2026@2', 'Jul@5', 'Oct@8', 'Jan2027@11']);
  });

  it('labels every month when there is room and every year when there is little', () => {
    expect(monthTicks('2026-01', 6, 60)).toHaveLength(7);
    expect(monthTicks('2026-01', 120, 2.5).map((t) => t.month)).toEqual(Array(6).fill('Jan'));
  });
});

describe('money and number formats', () => {
  it('formats money in the given currency, compact for axes', () => {
    const usd = moneyFormat('USD');
    expect(usd.full(75_000)).toBe('$75,000');
    expect(usd.full(-120_000.4)).toBe('-$120,000');
    expect(usd.compact(1_234_567)).toBe('$1.2M');
    expect(usd.compact(75_000)).toBe('$75K');
    expect(usd.compact(0)).toBe('$0');
    expect(moneyFormat('EUR').compact(-355_000)).toBe('-€355K');
    expect(moneyFormat('GBP').full(12_700)).toBe('£12,700');
  });

  it('never prints NaN or Infinity, and copes with an unknown currency code', () => {
    expect(moneyFormat('USD').full(Number.NaN)).toBe('$0');
    expect(moneyFormat('USD').compact(Number.POSITIVE_INFINITY)).toBe('$0');
    expect(moneyFormat('not a code').full(1_200)).toBe('1,200 not a code');
  });

  it('formats multiples and shares', () => {
    expect(formatMultiple(280 / 75)).toBe('3.7×');
    expect(formatShare(0.375)).toBe('38%');
  });
});

describe('fitText', () => {
  it('keeps text that fits and otherwise cuts at the last word boundary with an ellipsis', () => {
    expect(fitText('Claims triage', 200, 11)).toBe('Claims triage');
    expect(fitText('Dynamic pricing assistant for enterprise accounts', 200, 11)).toBe('Dynamic pricing assistant for…');
    expect(fitText('Change management & training', 120, 11)).toBe('Change management…');
    expect(fitText('Supercalifragilistic', 60, 11)).toBe('Supercal…');
    expect(fitText('Anything', 5, 11)).toBe('');
  });
});
