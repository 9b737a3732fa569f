import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SCORE_CRITERIA,
  WEIGHT_PRESETS,
  expectedValuePoints,
  importancePoints,
  matchingPreset,
  paybackPoints,
  presetWeights,
  rankCandidates,
  readinessPoints,
  scoreCandidate,
  scoreRawLabel,
  type ScoreInput,
  type ScoreWeights,
} from '@shared/portfolio';

const scoreInput = (id: string): fc.Arbitrary<ScoreInput> =>
  fc.record({
    id: fc.constant(id),
    expectedNpv: fc.double({ min: -5e6, max: 5e7, noNaN: true }),
    investment: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e7, noNaN: true })),
    paybackMonth: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
    strategicImportance: fc.integer({ min: 1, max: 5 }),
    readinessAverage: fc.double({ min: 1, max: 5, noNaN: true }),
    probability: fc.double({ min: 0, max: 1, noNaN: true }),
    classification: fc.constantFrom('automation' as const, 'value-creation' as const),
  });

const inputs = (max: number): fc.Arbitrary<ScoreInput[]> =>
  fc.array(fc.nat(1000), { maxLength: max }).chain((ids) =>
    fc.tuple(...[...new Set(ids)].map((n) => scoreInput(`uc-${n}`))).map((xs) => [...xs]),
  );

const weights: fc.Arbitrary<ScoreWeights> = fc
  .record(Object.fromEntries(SCORE_CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 100 })])) as Record<keyof ScoreWeights, fc.Arbitrary<number>>)
  .filter((w) => SCORE_CRITERIA.some((c) => w[c] > 0));

/** The seed's example: $75K pilot + $280K last mile, payback in month 14, a value-creation case. */
const seedCase: ScoreInput = {
  id: 'seed',
  expectedNpv: 400_000,
  investment: 355_000,
  paybackMonth: 14,
  strategicImportance: 4,
  readinessAverage: 3.4,
  probability: 0.5,
  classification: 'value-creation',
};

describe('score scales (fixed, per candidate)', () => {
  it('expected value: 0 at −1× the investment, 25 at break-even, 25 more per 1×, capped at 3×', () => {
    expect(expectedValuePoints(-100, 100)).toBe(0);
    expect(expectedValuePoints(-500, 100)).toBe(0);
    expect(expectedValuePoints(0, 100)).toBe(25);
    expect(expectedValuePoints(100, 100)).toBe(50);
    expect(expectedValuePoints(300, 100)).toBe(100);
    expect(expectedValuePoints(900, 100)).toBe(100);
    expect(expectedValuePoints(50, 0)).toBe(100);
    expect(expectedValuePoints(0, 0)).toBe(25);
    expect(expectedValuePoints(-50, 0)).toBe(0);
  });

  it('payback: 100 by month 6, 0 from month 48, linear between; none within the horizon = 0', () => {
    expect(paybackPoints(1)).toBe(100);
    expect(paybackPoints(6)).toBe(100);
    expect(paybackPoints(27)).toBeCloseTo(50, 12);
    expect(paybackPoints(14)).toBeCloseTo((100 * 34) / 42, 12);
    expect(paybackPoints(48)).toBe(0);
    expect(paybackPoints(90)).toBe(0);
    expect(paybackPoints(null)).toBe(0);
  });

  it('importance 1–5 → 0, 25, 50, 75, 100; readiness = chance of production in points', () => {
    expect([1, 2, 3, 4, 5].map(importancePoints)).toEqual([0, 25, 50, 75, 100]);
    expect(readinessPoints(0.4)).toBeCloseTo(40, 12);
    expect(readinessPoints(0)).toBe(0);
    expect(readinessPoints(1)).toBe(100);
  });
});

describe('scoreCandidate', () => {
  it('scores the seed example by hand with balanced weights (25/20/20/20/15)', () => {
    const r = scoreCandidate(seedCase, presetWeights('balanced'));
    const ev = 25 + 25 * (400_000 / 355_000);
    const payback = (100 * (48 - 14)) / 42;
    const expected = (25 * ev + 20 * payback + 20 * 75 + 20 * 50 + 15 * 100) / 100;
    expect(r.total).toBeCloseTo(expected, 10);
    expect(r.parts.map((p) => [p.criterion, p.points])).toEqual([
      ['expectedValue', ev],
      ['paybackSpeed', payback],
      ['strategicImportance', 75],
      ['readiness', 50],
      ['valueCreation', 100],
    ]);
    const labels = r.parts.map((p) => scoreRawLabel(p.figure));
    expect(labels[0]).toBe('Expected NPV 1.13× the investment');
    expect(labels[1]).toBe('Payback in month 14');
    expect(labels[3]).toBe('Average readiness 3.4 of 5: 50% chance of production');
    // In the workspace's number format: German separators, fixed decimals kept.
    const german = r.parts.map((p) => scoreRawLabel(p.figure, 'de-DE'));
    expect(german[0]).toBe('Expected NPV 1,13× the investment');
    expect(german[3]).toMatch(/^Average readiness 3,4 of 5: 50\s% chance of production$/);
    expect(scoreRawLabel({ kind: 'multiple', multiple: 2 })).toBe('Expected NPV 2.00× the investment');
    expect(scoreRawLabel({ kind: 'multiple', multiple: -0.001 })).toBe('Expected NPV 0.00× the investment');
    expect(scoreRawLabel({ kind: 'multiple', multiple: 1234.5 })).toBe('Expected NPV 1,234.50× the investment');
  });

  it('explains itself: each row shows weight and points, and the contributions add up to the total', () => {
    fc.assert(
      fc.property(scoreInput('x'), weights, (input, w) => {
        const r = scoreCandidate(input, w);
        const sum = r.parts.reduce((s, p) => s + p.contribution, 0);
        expect(sum).toBeCloseTo(r.total, 9);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100 + 1e-9);
        const weightSum = SCORE_CRITERIA.reduce((s, c) => s + w[c], 0);
        for (const p of r.parts) {
          expect(p.weight).toBe(w[p.criterion]);
          expect(p.points).toBeGreaterThanOrEqual(0);
          expect(p.points).toBeLessThanOrEqual(100);
          expect(p.contribution).toBeCloseTo((p.weight * p.points) / weightSum, 9);
          expect(scoreRawLabel(p.figure, 'fr-FR')).toMatch(/\S/);
          expect(scoreRawLabel(p.figure)).not.toMatch(/NaN|Infinity/);
        }
      }),
    );
  });

  it('only the ratio of the weights matters', () => {
    fc.assert(
      fc.property(scoreInput('x'), weights, (input, w) => {
        const k = 100 / Math.max(...SCORE_CRITERIA.map((c) => w[c]));
        const scaled = Object.fromEntries(SCORE_CRITERIA.map((c) => [c, Math.min(100, w[c] * k)])) as ScoreWeights;
        expect(scoreCandidate(input, scaled).total).toBeCloseTo(scoreCandidate(input, w).total, 9);
      }),
    );
  });

  it('more expected value or an earlier payback never lowers the score', () => {
    fc.assert(
      fc.property(scoreInput('x'), weights, fc.double({ min: 0, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 40 }), (input, w, more, sooner) => {
        const base = scoreCandidate(input, w).total;
        expect(scoreCandidate({ ...input, expectedNpv: (input.expectedNpv ?? 0) + more }, w).total).toBeGreaterThanOrEqual(base - 1e-9);
        const earlier = input.paybackMonth === null ? 60 : Math.max(1, input.paybackMonth - sooner);
        expect(scoreCandidate({ ...input, paybackMonth: earlier }, w).total).toBeGreaterThanOrEqual(base - 1e-9);
      }),
    );
  });

  it('with every weight at 0 the score is 0, not NaN', () => {
    const zero = Object.fromEntries(SCORE_CRITERIA.map((c) => [c, 0])) as ScoreWeights;
    expect(scoreCandidate(seedCase, zero).total).toBe(0);
  });
});

describe('absolute scores', () => {
  it('adding an unrelated candidate never changes another candidate’s score', () => {
    fc.assert(
      fc.property(inputs(12), scoreInput('zz-newcomer'), weights, (list, newcomer, w) => {
        const before = new Map(rankCandidates(list, w).map((r) => [r.id, r]));
        const after = rankCandidates([...list, newcomer], w);
        for (const r of after) {
          if (r.id === newcomer.id) continue;
          expect(r.total).toBe(before.get(r.id)?.total);
          expect(r.parts).toEqual(before.get(r.id)?.parts);
        }
      }),
    );
  });
});

describe('rankCandidates', () => {
  it('sorts by total (best first), numbers ranks 1…n and breaks ties by id, whatever the input order', () => {
    fc.assert(
      fc.property(
        inputs(15).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        weights,
        ([list, shuffled], w) => {
          const ranked = rankCandidates(list, w);
          expect(ranked.map((r) => r.rank)).toEqual(list.map((_, i) => i + 1));
          for (let i = 1; i < ranked.length; i++) {
            const a = ranked[i - 1]!;
            const b = ranked[i]!;
            expect(a.total > b.total || (a.total === b.total && a.id < b.id)).toBe(true);
          }
          expect(rankCandidates(shuffled, w)).toEqual(ranked);
        },
      ),
    );
  });

  it('ties get distinct ranks in id order', () => {
    const twin = (id: string): ScoreInput => ({ ...seedCase, id });
    expect(rankCandidates([twin('b'), twin('c'), twin('a')], presetWeights('balanced')).map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });
});

describe('weight presets', () => {
  it('each preset is recognised as itself; any other mix is custom', () => {
    for (const p of WEIGHT_PRESETS) expect(matchingPreset(presetWeights(p))).toBe(p);
    expect(matchingPreset({ ...presetWeights('balanced'), readiness: 21 })).toBe('custom');
  });

  it('presetWeights returns a copy the caller may change', () => {
    const w = presetWeights('balanced');
    w.readiness = 0;
    expect(presetWeights('balanced').readiness).toBe(20);
  });

  it('quick wins favour a ready, fast-paying automation; strategic bets favour an important value-creation bet', () => {
    const quick: ScoreInput = {
      id: 'quick',
      expectedNpv: 150_000,
      investment: 150_000,
      paybackMonth: 8,
      strategicImportance: 2,
      readinessAverage: 4.4,
      probability: 0.8,
      classification: 'automation',
    };
    const bet: ScoreInput = {
      id: 'bet',
      expectedNpv: 300_000,
      investment: 600_000,
      paybackMonth: 34,
      strategicImportance: 5,
      readinessAverage: 2.6,
      probability: 0.3,
      classification: 'value-creation',
    };
    const order = (p: (typeof WEIGHT_PRESETS)[number]) => rankCandidates([quick, bet], presetWeights(p)).map((r) => r.id);
    expect(order('quick-wins')).toEqual(['quick', 'bet']);
    expect(order('strategic-bets')).toEqual(['bet', 'quick']);
  });
});
