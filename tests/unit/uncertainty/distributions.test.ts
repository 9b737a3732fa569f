import { describe, expect, it } from 'vitest';
import { draw, mean, percentile, triangularQuantile, variance, type Distribution, type Range } from '@shared/uncertainty/distributions';
import { drawFrom, quantileTable } from '@shared/uncertainty/quantileTable';
import { seededUniform } from '@shared/uncertainty/random';

/** Sample mean and variance of n draws. */
function sample(r: Range, d: Distribution, n: number, seed: number) {
  const u = seededUniform(seed);
  let sum = 0;
  let sumSq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = draw(r, d, u);
    sum += x;
    sumSq += x * x;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const m = sum / n;
  return { mean: m, variance: (sumSq - n * m * m) / (n - 1), min, max };
}

const RANGES: Range[] = [
  { low: 90, likely: 100, high: 160 },
  { low: 0, likely: 0, high: 1 },
  { low: 250_000, likely: 400_000, high: 900_000 },
  { low: 10, likely: 50, high: 50 },
];

describe('three-point estimates against their closed forms', () => {
  for (const d of ['pert', 'triangular'] as const) {
    it(`${d}: sample mean and variance of 200,000 draws match the closed forms`, () => {
      RANGES.forEach((r, k) => {
        const n = 200_000;
        const s = sample(r, d, n, 7 + k);
        const sd = Math.sqrt(variance(r, d));
        // Mean within 5 standard errors; variance within 3% (fourth moments of these bounded laws are small).
        expect(Math.abs(s.mean - mean(r, d))).toBeLessThan((5 * sd) / Math.sqrt(n));
        expect(Math.abs(s.variance / variance(r, d) - 1)).toBeLessThan(0.03);
        expect(s.min).toBeGreaterThanOrEqual(r.low);
        expect(s.max).toBeLessThanOrEqual(r.high);
      });
    });
  }

  it('uses the convention’s means: PERT (a + 4m + b) / 6, triangular (a + m + b) / 3', () => {
    expect(mean({ low: 90, likely: 100, high: 160 }, 'pert')).toBeCloseTo(650 / 6, 12);
    expect(mean({ low: 90, likely: 100, high: 160 }, 'triangular')).toBeCloseTo(116.666666666667, 9);
    // PERT(λ = 4) variance (μ − a)(b − μ) / 7; triangular (a² + b² + m² − ab − am − bm) / 18.
    expect(variance({ low: 90, likely: 100, high: 160 }, 'pert')).toBeCloseTo(((650 / 6 - 90) * (160 - 650 / 6)) / 7, 9);
    expect(variance({ low: 90, likely: 100, high: 160 }, 'triangular')).toBeCloseTo((8100 + 25600 + 10000 - 14400 - 9000 - 16000) / 18, 9);
  });

  it('a range of zero width gives the likely value exactly, for both laws', () => {
    const u = seededUniform(1);
    for (const d of ['pert', 'triangular'] as const) for (let i = 0; i < 100; i++) expect(draw({ low: 123.45, likely: 123.45, high: 123.45 }, d, u)).toBe(123.45);
  });

  it('the mean of a sum is the sum of the means', () => {
    const a: Range = { low: 90, likely: 100, high: 160 };
    const b: Range = { low: 250, likely: 400, high: 900 };
    const u = seededUniform(99);
    const n = 200_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += draw(a, 'pert', u) + draw(b, 'triangular', u);
    const sd = Math.sqrt(variance(a, 'pert') + variance(b, 'triangular'));
    expect(Math.abs(sum / n - (mean(a, 'pert') + mean(b, 'triangular')))).toBeLessThan((5 * sd) / Math.sqrt(n));
  });

  it('the triangular quantile is the inverse of its distribution function', () => {
    const r: Range = { low: 0, likely: 2, high: 10 };
    // F(x) = x² / 20 on [0, 2], 1 − (10 − x)² / 80 on [2, 10].
    for (const x of [0.5, 1, 2, 5, 9]) {
      const p = x <= 2 ? (x * x) / 20 : 1 - ((10 - x) * (10 - x)) / 80;
      expect(triangularQuantile(r, p)).toBeCloseTo(x, 9);
    }
  });
});

describe('seeded streams and percentiles', () => {
  it('the same seed gives the same stream; another seed another', () => {
    const a = seededUniform(2026);
    const b = seededUniform(2026);
    const c = seededUniform(2027);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('percentiles follow PERCENTILE.INC and stay ordered', () => {
    expect(percentile([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(percentile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(percentile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(percentile([7], 0.9)).toBe(7);
    const u = seededUniform(5);
    const xs = Float64Array.from({ length: 10_001 }, () => draw({ low: 90, likely: 100, high: 160 }, 'pert', u)).sort();
    const [p10, p50, p90] = [0.1, 0.5, 0.9].map((p) => percentile(xs, p));
    expect(p10!).toBeLessThanOrEqual(p50!);
    expect(p50!).toBeLessThanOrEqual(p90!);
  });
});

describe('quantile tables (the simulation’s fast draws)', () => {
  for (const d of ['pert', 'triangular'] as const) {
    it(`${d}: table draws match the closed-form mean and variance`, () => {
      RANGES.forEach((r, k) => {
        const table = quantileTable(r, d);
        const u = seededUniform(40 + k);
        const n = 200_000;
        let sum = 0;
        let sumSq = 0;
        for (let i = 0; i < n; i++) {
          const x = drawFrom(table, u());
          sum += x;
          sumSq += x * x;
        }
        const m = sum / n;
        const v = (sumSq - n * m * m) / (n - 1);
        const sd = Math.sqrt(variance(r, d));
        expect(Math.abs(m - mean(r, d))).toBeLessThan((5 * sd) / Math.sqrt(n));
        expect(Math.abs(v / variance(r, d) - 1)).toBeLessThan(0.03);
      });
    });
  }

  it('a zero-width range draws its likely value exactly', () => {
    expect(drawFrom(quantileTable({ low: 5, likely: 5, high: 5 }, 'pert'), 0.37)).toBe(5);
  });
});
