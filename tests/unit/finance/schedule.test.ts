import { describe, expect, it } from 'vitest';
import { benefitRampShare, useCaseSchedule } from '@shared/finance';
import { HAND_SETTINGS, handExample, settings } from './builders';

const pad = (head: number[], length: number, fill: number) => [...head, ...new Array<number>(length - head.length).fill(fill)];

describe('benefit ramp-up', () => {
  it('gives month g+k the share (k+1)/(R+1) while k < R, then full', () => {
    expect([0, 1, 2, 3, 4].map((k) => benefitRampShare(k, 3))).toEqual([0.25, 0.5, 0.75, 1, 1]);
    expect([0, 1].map((k) => benefitRampShare(k, 1))).toEqual([0.5, 1]);
  });

  it('is full at go-live with R = 0 and nothing before go-live', () => {
    expect(benefitRampShare(0, 0)).toBe(1);
    expect(benefitRampShare(-1, 0)).toBe(0);
  });
});

describe('cash-flow schedule (hand-computed example)', () => {
  const s = useCaseSchedule(handExample(), HAND_SETTINGS);

  it('spreads the pilot evenly over months s…s+P−1 and the last mile over the next L months', () => {
    expect(s.horizon).toBe(36);
    expect(s.startMonth).toBe(2);
    expect(s.lastMileStartMonth).toBe(4);
    expect(s.goLiveMonth).toBe(7);
    expect(s.pilot).toEqual(pad([0, 3_000, 3_000], 36, 0));
    expect(s.lastMile).toEqual(pad([0, 0, 0, 4_000, 4_000, 4_000], 36, 0));
  });

  it('charges run cost every month from go-live and ramps the benefit from go-live', () => {
    expect(s.run).toEqual(pad([0, 0, 0, 0, 0, 0], 36, 200));
    expect(s.benefit).toEqual(pad([0, 0, 0, 0, 0, 0, 250, 500, 750], 36, 1_000));
  });

  it('nets benefit − pilot − last mile − run and accumulates it', () => {
    expect(s.net.slice(0, 12)).toEqual([0, -3_000, -3_000, -4_000, -4_000, -4_000, 50, 300, 550, 800, 800, 800]);
    expect(s.cumulative.slice(0, 10)).toEqual([0, -3_000, -6_000, -10_000, -14_000, -18_000, -17_950, -17_650, -17_100, -16_300]);
    expect(s.cumulative[35]).toBe(-16_300 + 26 * 800);
  });

  it('has every array the length of the horizon, costs as positive numbers', () => {
    for (const a of [s.pilot, s.lastMile, s.run, s.benefit, s.net, s.cumulative]) expect(a).toHaveLength(36);
    expect([...s.pilot, ...s.lastMile, ...s.run].every((v) => v >= 0)).toBe(true);
  });
});

describe('cash-flow schedule edge cases', () => {
  it('cuts off months beyond the horizon', () => {
    const uc = { ...handExample(), startMonth: 30 };
    const s = useCaseSchedule(uc, settings({ horizonMonths: 33, labourRate: 50 }));
    // pilot 30–31, last mile 32–34 (34 cut), go-live 35 beyond the 33-month horizon
    expect(s.goLiveMonth).toBe(35);
    expect(s.pilot.slice(28)).toEqual([0, 3_000, 3_000, 0, 0]);
    expect(s.lastMile.slice(28)).toEqual([0, 0, 0, 4_000, 4_000]);
    expect(s.benefit.every((v) => v === 0)).toBe(true);
    expect(s.run.every((v) => v === 0)).toBe(true);
  });

  it('counts nothing when the use case starts after the horizon', () => {
    const s = useCaseSchedule({ ...handExample(), startMonth: 40 }, HAND_SETTINGS);
    expect(s.net.every((v) => v === 0)).toBe(true);
    expect(s.goLiveMonth).toBe(45);
  });

  it('books a last mile with 0 months in the pilot’s last month and goes live right after the pilot', () => {
    const uc = handExample();
    const s = useCaseSchedule({ ...uc, lastMile: { ...uc.lastMile, months: 0 } }, HAND_SETTINGS);
    expect(s.goLiveMonth).toBe(4);
    expect(s.lastMile.slice(0, 5)).toEqual([0, 0, 12_000, 0, 0]);
    expect(s.benefit.slice(0, 5)).toEqual([0, 0, 0, 250, 500]);
  });

  it('gives full benefit at go-live with no ramp-up', () => {
    const uc = handExample();
    const s = useCaseSchedule({ ...uc, benefits: { ...uc.benefits, rampUpMonths: 0 } }, HAND_SETTINGS);
    expect(s.benefit.slice(5, 8)).toEqual([0, 1_000, 1_000]);
  });

  it('starts in plan month 1 when startMonth is 1 (index 0 = month 1)', () => {
    const s = useCaseSchedule({ ...handExample(), startMonth: 1 }, HAND_SETTINGS);
    expect(s.pilot.slice(0, 3)).toEqual([3_000, 3_000, 0]);
    expect(s.goLiveMonth).toBe(6);
  });
});
