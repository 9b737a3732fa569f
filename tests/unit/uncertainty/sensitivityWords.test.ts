import { describe, expect, it } from 'vitest';
import { changedFields } from '@shared/analysis/changeFields';
import { defaultUncertaintySettings, noRanges } from '@shared/domain';
import { presenter } from '@shared/presentation';
import type { BreakEven } from '@shared/uncertainty/sensitivityBreakEven';
import { amountRangeProblems, rangeAmounts, rangeText, storedValue } from '@shared/uncertainty/sensitivityRanges';
import { breakEvenSentence, swingText } from '@shared/uncertainty/sensitivityText';
import { fixedUseCases, fixedWorkspace } from '../export/fixtures';

const style = { currency: 'USD', numberFormat: 'en-US' as const };
const p = presenter({ currency: 'USD', planningStartMonth: '2027-01' });

describe('ranges in words', () => {
  it('converts amounts to factors of the plan and months added, and back', () => {
    expect(rangeAmounts({ low: 0.9, likely: 1, high: 1.6 }, 120_000, false)).toEqual({ low: 108_000, likely: 120_000, high: 192_000 });
    expect(storedValue(300_000, 120_000, false)).toBe(2.5);
    expect(rangeAmounts({ low: 0, likely: 0, high: 4 }, 6, true)).toEqual({ low: 6, likely: 6, high: 10 });
    expect(storedValue(12, 6, true)).toBe(6);
    expect(storedValue(5, 0, false)).toBeNaN();
  });

  it('says exactly what is wrong with a range typed as amounts', () => {
    const money = (v: number) => p.money(v);
    expect(amountRangeProblems('Last-mile cost', { low: 130_000, likely: 120_000, high: 100_000 }, 120_000, false, money)).toEqual({
      low: 'Last-mile cost: the low ($130,000) must not be above the likely figure ($120,000)',
      high: 'Last-mile cost: the high ($100,000) must not be below the likely figure ($120,000)',
    });
    expect(amountRangeProblems('Pilot cost', { low: -1, likely: 10, high: 300 }, 10, false, money)).toEqual({
      low: 'Pilot cost: the low must be 0 or more',
      high: 'Pilot cost: the high can be at most 20× the plan’s figure ($200)',
    });
    expect(amountRangeProblems('Ramp-up', { low: 2.5, likely: 3, high: 50 }, 3, true, (v) => `${v} months`)).toEqual({
      low: 'Ramp-up: the low must be a whole number of months',
      high: 'Ramp-up: the high can differ from the plan’s 3 months by at most 36 months',
    });
    expect(amountRangeProblems('Benefit', { low: 10, likely: 20, high: 22 }, 20, false, money)).toEqual({});
  });

  it('writes a range as a change from the plan', () => {
    expect(rangeText({ low: 0.9, likely: 1, high: 1.6 }, false, 'en-US')).toBe('−10% / +60%');
    expect(rangeText({ low: 0.875, likely: 1.1, high: 1.6 }, false, 'de-DE').replace(/\u00a0/g, ' ')).toBe('−12,5 % / +60 %, likely +10 %');
    expect(rangeText({ low: 0, likely: 0, high: 4 }, true, 'en-US')).toBe('+0 / +4 months');
    expect(rangeText(null, true, 'en-US')).toBe('Follows the workspace policy');
    expect(swingText({ low: 108_000, likely: 120_000, high: 192_000 }, 'money', p)).toBe('$108K → $192K');
    expect(swingText(null, 'monthsAdded', p)).toBe('each use case from its low to its high');
  });

  it('writes break-even values as sentences', () => {
    const b: BreakEven = { key: 'lastMileCost', field: 'lastMileCost', category: null, label: 'Last-mile cost', unit: 'money', npv: 336_000, likely: 120_000, value: 456_000, direction: 'above', turns: 'negative', reach: { low: 0, high: 2_400_000 } };
    expect(breakEvenSentence(b, p, 1)).toBe('Last-mile cost above $456K turns NPV negative (likely $120K).');
    expect(breakEvenSentence({ ...b, value: null, direction: null }, p, 4)).toBe('NPV from Apr 2027 stays positive for any last-mile cost from $0 to $2.4M (likely $120K).');
    expect(breakEvenSentence({ ...b, label: 'Last-mile duration', unit: 'months', likely: 6, value: 25 }, p, 1)).toBe('Last-mile duration of 25 months or more turns NPV negative (likely 6 months).');
    expect(breakEvenSentence({ ...b, label: 'Benefit', unit: 'moneyPerMonth', likely: 20_000, value: 7_556, direction: 'below' }, p, 1)).toBe('Benefit below $7.6K a month turns NPV negative (likely $20K a month).');
    expect(breakEvenSentence({ ...b, label: 'Last-mile durations', unit: 'monthsAdded', likely: 0, value: 5 }, p, 1, true)).toBe('Last-mile durations 5 months longer each, or more, turn the funded set’s NPV negative.');
  });
});

describe('a range change in the change log', () => {
  it('reads as the range before and after, one entry per range', () => {
    const before = { ...fixedUseCases()[0]!, ranges: noRanges() };
    const after = structuredClone(before);
    after.ranges.lastMileCost = { low: 0.95, likely: 1, high: 1.8 };
    after.ranges.rampUpMonths = { low: 0, likely: 0, high: 3 };
    after.ranges.lastMileByCategory = { dataPipelines: { low: 0.9, likely: 1, high: 2.5 } };
    after.ranges.distribution = 'triangular';
    expect(changedFields('useCase', before, after, style)).toEqual([
      { field: 'Distribution of the ranges', before: 'Follows the workspace policy', after: 'Triangular' },
      { field: 'Last-mile cost range', before: 'Follows the workspace policy', after: '−5% / +80%' },
      { field: 'Last-mile ranges by category', before: 'None', after: 'Data pipelines & quality −10% / +150%' },
      { field: 'Ramp-up range', before: 'Follows the workspace policy', after: '+0 / +3 months' },
    ]);
  });

  it('names the workspace policy’s default ranges and shared overrun', () => {
    const before = { ...fixedWorkspace(), uncertainty: defaultUncertaintySettings() };
    const after = structuredClone(before);
    after.uncertainty.lastMileCost = { low: 0.9, likely: 1, high: 1.8 };
    after.uncertainty.sharedOverrun = { low: 1, likely: 1, high: 1.3 };
    after.uncertainty.trials = 20_000;
    expect(changedFields('workspace', before, after, style)).toEqual([
      { field: 'Default range: Last-mile cost', before: '−10% / +60%', after: '−10% / +80%' },
      { field: 'Shared overrun', before: 'Off', after: '+0% / +30%' },
      { field: 'Simulation trials', before: '10,000', after: '20,000' },
    ]);
  });
});
