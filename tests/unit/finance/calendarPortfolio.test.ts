import { describe, expect, it } from 'vitest';
import { calendarToPlanMonth, planMonthToCalendar, portfolioSchedule, useCaseSchedule } from '@shared/finance';
import { HAND_SETTINGS, handExample } from './builders';

describe('plan month → calendar month', () => {
  it('makes plan month 1 the planning start month', () => {
    expect(planMonthToCalendar('2027-01', 1)).toBe('2027-01');
    expect(planMonthToCalendar('2027-01', 12)).toBe('2027-12');
    expect(planMonthToCalendar('2027-01', 13)).toBe('2028-01');
    expect(planMonthToCalendar('2026-11', 3)).toBe('2027-01');
    expect(planMonthToCalendar('2027-01', 36)).toBe('2029-12');
  });

  it('is inverted by calendarToPlanMonth', () => {
    for (const m of [1, 2, 11, 12, 13, 36, 120]) expect(calendarToPlanMonth('2026-07', planMonthToCalendar('2026-07', m))).toBe(m);
    expect(calendarToPlanMonth('2027-01', '2026-12')).toBe(0);
  });

  it('refuses a malformed start month with a plain message', () => {
    expect(() => planMonthToCalendar('2027-13', 1)).toThrow('Expected a month like 2027-01, got "2027-13"');
  });
});

describe('portfolio schedule of a funded set', () => {
  const a = useCaseSchedule(handExample(), HAND_SETTINGS);
  const b = useCaseSchedule({ ...handExample(), startMonth: 1 }, HAND_SETTINGS);

  it('adds the schedules month by month and accumulates the net', () => {
    const p = portfolioSchedule([a, b], 36);
    expect(p.net.slice(0, 4)).toEqual([-3_000, -6_000, -7_000, -8_000]);
    expect(p.pilot.slice(0, 4)).toEqual([3_000, 6_000, 3_000, 0]);
    expect(p.cumulative[35]).toBeCloseTo((a.cumulative[35] ?? 0) + (b.cumulative[35] ?? 0), 9);
    expect(p.benefit[6]).toBe(250 + 500);
  });

  it('pays back when the summed cumulative first recovers', () => {
    // the hand example alone pays back in month 31; starting a month earlier, in month 30
    expect(portfolioSchedule([a], 36).paybackMonth).toBe(31);
    expect(portfolioSchedule([b], 36).paybackMonth).toBe(30);
    // together at month 30: −300 (a) + 500 (b) = +200
    expect(portfolioSchedule([a, b], 36).paybackMonth).toBe(30);
  });

  it('is all zeros, with nothing to pay back, for an empty set', () => {
    const p = portfolioSchedule([], 12);
    expect(p.net).toEqual(new Array(12).fill(0));
    expect(p.paybackMonth).toBeNull();
  });

  it('cuts to the requested horizon', () => {
    expect(portfolioSchedule([a], 6).net).toEqual([0, -3_000, -3_000, -4_000, -4_000, -4_000]);
  });
});
