import { describe, expect, it } from 'vitest';
import { payback, paybackMonth, roi, useCaseSchedule } from '@shared/finance';
import { HAND_SETTINGS, handExample } from './builders';

describe('payback month', () => {
  it('is the first month whose cumulative net is ≥ 0 after having been negative (1-based)', () => {
    expect(paybackMonth([-100, 40, 40, 20, 10])).toBe(4); // cumulative −100, −60, −20, 0, 10
    expect(paybackMonth([0, -100, 150])).toBe(3);
  });

  it('is null (beyond the horizon) when the cumulative never recovers', () => {
    expect(paybackMonth([-100, 40, 40])).toBeNull();
    expect(payback([-100, 40, 40])).toEqual({ kind: 'beyond-horizon', month: null });
  });

  it('is 0 ("no outlay") when money comes in and the cumulative is never negative: nothing is at risk', () => {
    expect(paybackMonth([0, 10, 20])).toBe(0);
    expect(payback([5, 5])).toEqual({ kind: 'no-outlay', month: 0 });
  });

  it('is beyond the horizon when nothing happens within it (a case that starts after the horizon scores no payback)', () => {
    expect(paybackMonth([])).toBeNull();
    expect(payback([0, 0, 0])).toEqual({ kind: 'beyond-horizon', month: null });
  });

  it('breaks even in the exact month despite floating-point dust (a $25,000 pilot over 6 months, earned back in month 7)', () => {
    const flows = [...new Array<number>(6).fill(-25_000 / 6), 25_000, 25_000];
    expect(flows.slice(0, 7).reduce((a, b) => a + b, 0)).not.toBe(0); // the dust is real
    expect(paybackMonth(flows)).toBe(7);
  });

  it('counts the first recovery even if the cumulative dips again later', () => {
    expect(paybackMonth([-10, 20, -30, 5])).toBe(2);
  });

  it('is month 31 for the hand example: −18,000 by month 6, then +50, +300, +550 and +800 a month', () => {
    // cumulative month 12 = −14,700; +800 a month → −300 at month 30, +500 at month 31
    const s = useCaseSchedule(handExample(), HAND_SETTINGS);
    expect(s.cumulative[29]).toBe(-300);
    expect(paybackMonth(s.net)).toBe(31);
  });
});

describe('ROI over the horizon', () => {
  it('is (benefits − costs) / costs from a schedule’s gross flows', () => {
    // benefits 250 + 500 + 750 + 27 × 1,000 = 28,500; costs 6,000 + 12,000 + 30 × 200 = 24,000
    const s = useCaseSchedule(handExample(), HAND_SETTINGS);
    expect(roi(s)).toBeCloseTo(4_500 / 24_000, 12);
  });

  it('treats positive net flows as benefits and negative ones as costs for a plain list', () => {
    expect(roi([-100, 50, 80])).toBeCloseTo(0.3, 12);
  });

  it('is null when nothing is spent', () => {
    expect(roi([0, 10])).toBeNull();
    expect(roi(useCaseSchedule({ ...handExample(), startMonth: 80 }, HAND_SETTINGS))).toBeNull();
  });
});
