import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from '@shared/finance';

describe('apportion: the one largest-remainder rounding', () => {
  it('gives whole parts that add up to the total exactly, each within one unit of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }), (total, weights) => {
        const parts = apportion(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        const sum = weights.reduce((s, w) => s + w, 0);
        parts.forEach((p, i) => {
          expect(Number.isInteger(p) && p >= 0).toBe(true);
          if (sum > 0) expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThanOrEqual(1 + 1e-6 * total);
        });
      }),
    );
  });

  it('hands the units left to the largest fractions, ties to the earlier part', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [0.125, 0.375, 0.5])).toEqual([13, 37, 50]);
    expect(apportion(3, [0.1, 0.1, 0.1])).toEqual([1, 1, 1]);
    expect(apportion(5, [0, 0])).toEqual([5, 0]);
    expect(apportion(7, [])).toEqual([]);
  });
});
