import fc from 'fast-check';
import type { GLPK } from 'glpk.js/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { fundingMessage, optimiseFunding, type FundingCandidate, type FundingConstraints, type FundingResult } from '@shared/portfolio';
import { buildModel } from '@shared/portfolio/fundingModel';
import { bruteForceBest, expectBruteForceValue, expectConsistentResult, meetsRules, smallInstance, type SmallInstance } from './fundingOracle';
import { loadGlpk, solveWithGlpk } from './glpkReference';
import { randomPortfolio, totalInvestment } from './randomPortfolio';

/**
 * Presolve (shared/portfolio/presolve.ts) and the bound reported with "best found", against brute force on
 * portfolios of at most 12 candidates and against GLPK on larger ones.
 */

/** Small portfolios with what presolve looks for: an automation giant the share may rule out, and weaker twins. */
const withGiantsAndTwins: fc.Arbitrary<SmallInstance> = fc
  .record({
    base: smallInstance(9, 3),
    giant: fc.option(fc.record({ size: fc.double({ min: 0.3, max: 1, noNaN: true }), worth: fc.double({ min: 0.5, max: 20, noNaN: true }) }), { nil: null }),
    twins: fc.array(fc.record({ of: fc.nat(8), dearer: fc.double({ min: 0, max: 0.5, noNaN: true }), worse: fc.double({ min: -0.1, max: 0.5, noNaN: true }) }), { maxLength: 3 }),
  })
  .map(({ base, giant, twins }) => {
    const candidates = [...base.candidates];
    const budget = base.constraints.budget;
    for (const [t, twin] of twins.entries()) {
      const c = base.candidates[twin.of % Math.max(1, base.candidates.length)];
      if (!c || candidates.length >= 12) continue;
      const f = 1 + twin.dearer;
      candidates.push({ ...c, id: `t${t}`, investment: c.investment * f, investmentByYear: c.investmentByYear.map((x) => x * f), value: c.value * (1 - twin.worse) });
    }
    if (giant && candidates.length < 12) {
      const investment = budget * giant.size;
      candidates.push({ id: 'giant', problemId: 'pGiant', kind: 'automation', investment, investmentByYear: [investment, 0, 0], value: Math.max(1000, budget) * giant.worth, hasBlocker: false });
    }
    return { candidates, constraints: base.constraints };
  });

const instances = fc.oneof(withGiantsAndTwins, smallInstance(12, 6));

/** x × 2¹⁰⁷⁴ as an exact integer: sums of these never round, so "worth the same" means exactly the same. */
function exact(x: number): bigint {
  if (x === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const scaled = mantissa << BigInt(biased === 0 ? 0 : biased - 1);
  return bits >> 63n ? -scaled : scaled;
}

/** Every set within the rules (half the documented tolerance) whose exact value is the best, as sets of ids. */
function optimalSets(candidates: readonly FundingCandidate[], constraints: FundingConstraints): Set<string>[] {
  const worth = candidates.map((c) => exact(c.value));
  let best: bigint | null = null;
  let out: Set<string>[] = [];
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const chosen = candidates.filter((_, i) => (mask >> i) & 1);
    if (!meetsRules(candidates, constraints, chosen, 0.5)) continue;
    const v = worth.reduce((s, w, i) => ((mask >> i) & 1 ? s + w : s), 0n);
    if (best === null || v > best) [best, out] = [v, []];
    if (v === best) out.push(new Set(chosen.map((c) => c.id)));
  }
  return out;
}

/** The gap the message states ("within 0.3% of the best possible"), as a fraction; null when it states none. */
function statedGap(r: FundingResult): number | null {
  if (/at least 99\.9% of the best possible/.test(r.message)) return 0.001;
  const m = /within ([\d.,]+)% of the best possible/.exec(r.message);
  return m ? Number((m[1] as string).replace(/,/g, '')) / 100 : null;
}

describe('presolve and the bound of "best found"', () => {
  it('never drops a candidate that is in some optimal set (brute force, up to 12 candidates)', () => {
    let drops = 0;
    fc.assert(
      fc.property(instances, ({ candidates, constraints }) => {
        const built = buildModel(candidates, constraints);
        if (!built.ok) return;
        drops += built.presolved.length;
        const dropped = built.presolved.map((d) => (candidates[d.candidate] as FundingCandidate).id);
        for (const set of optimalSets(candidates, constraints)) for (const id of dropped) expect(set.has(id)).toBe(false);
      }),
      { numRuns: 300 },
    );
    // the generator must exercise the rule it checks
    expect(drops).toBeGreaterThan(20);
  });

  it('the optimiser with presolve equals brute force, and explains every candidate it leaves out', () => {
    fc.assert(
      fc.property(instances, ({ candidates, constraints }) => {
        const r = optimiseFunding(candidates, constraints);
        expect(['optimal', 'infeasible']).toContain(r.status);
        expectBruteForceValue(candidates, constraints, r.status === 'optimal' ? r.totalValue : null);
        expectConsistentResult(candidates, constraints, r);
        if (r.status === 'optimal') expect(r.bound).toBe(r.totalValue);
      }),
      { numRuns: 300 },
    );
  });

  it('after a node limit, the bound is at least the true best and the stated gap is never smaller than the real one', () => {
    let stopped = 0;
    fc.assert(
      fc.property(instances, fc.integer({ min: 1, max: 8 }), ({ candidates, constraints }, maxNodes) => {
        const r = optimiseFunding(candidates, constraints, { maxNodes });
        if (r.status !== 'best-found') return;
        stopped++;
        const best = bruteForceBest(candidates, constraints, 0.5) as number;
        const bound = r.bound as number;
        expect(bound).toBeGreaterThanOrEqual(r.totalValue);
        expect(bound).toBeGreaterThanOrEqual(best - 1e-9 * Math.max(1, Math.abs(best)));
        const gap = statedGap(r);
        if (gap !== null) expect(r.totalValue).toBeGreaterThanOrEqual((1 - gap) * best - 1e-9 * Math.max(1, Math.abs(best)));
      }),
      { numRuns: 300 },
    );
    expect(stopped).toBeGreaterThan(10);
  });

  it('an automation giant that the share rules out is dropped before the search and explained truthfully', () => {
    const others = randomPortfolio(7, { candidates: 40, blockerShare: 0 });
    const budget = totalInvestment(others) * 0.3;
    const giant: FundingCandidate = { id: 'giant', name: 'Giant', problemId: 'pGiant', kind: 'automation', investment: budget * 0.9, investmentByYear: [budget * 0.9], value: budget * 3, hasBlocker: false };
    const constraints: FundingConstraints = { budget, minValueCreationShare: 0.3 };
    const built = buildModel([...others, giant], constraints);
    if (!built.ok) throw new Error(fundingMessage({ why: built.why, totalValue: 0 }));
    expect(built.presolved).toContainEqual({ candidate: 40, rule: 'share' });
    const r = optimiseFunding([...others, giant], constraints);
    expect(r.status).toBe('optimal');
    expect(r.selectedIds).not.toContain('giant');
    expect(['budget', 'value-creation-share']).toContain(r.excluded.find((e) => e.id === 'giant')?.reason);
    // with nothing else fundable, the giant's reason is the share it would break
    const alone = optimiseFunding([giant], constraints);
    expect(alone.excluded).toEqual([{ id: 'giant', reason: 'value-creation-share', detail: expect.stringContaining('below the minimum of 30%') }]);
  });
});

let glpk: GLPK;
beforeAll(async () => {
  glpk = await loadGlpk();
});

describe('the bound of "best found" against GLPK', () => {
  it('is never below the exact optimum on portfolios of 40–120 candidates stopped after a few hundred steps', () => {
    let stopped = 0;
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          candidates: fc.integer({ min: 40, max: 120 }),
          budgetShare: fc.double({ min: 0.05, max: 0.4, noNaN: true }),
          cap: fc.option(fc.double({ min: 0.2, max: 0.6, noNaN: true }), { nil: null }),
          share: fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 0.5, noNaN: true })),
          maxNodes: fc.integer({ min: 1, max: 300 }),
        }),
        (x) => {
          const candidates = randomPortfolio(x.seed, { candidates: x.candidates, years: 3 });
          const budget = totalInvestment(candidates) * x.budgetShare;
          const constraints: FundingConstraints = { budget, yearCaps: [x.cap === null ? null : x.cap * budget, null, null], minValueCreationShare: x.share };
          const r = optimiseFunding(candidates, constraints, { maxNodes: x.maxNodes });
          if (r.status !== 'best-found') return;
          stopped++;
          const reference = solveWithGlpk(glpk, candidates, constraints);
          expect(reference.status).toBe('optimal');
          expect(r.bound as number).toBeGreaterThanOrEqual(reference.value - 1e-6 * Math.max(1, Math.abs(reference.value)));
        },
      ),
      { numRuns: 40 },
    );
    expect(stopped).toBeGreaterThan(0);
  }, 300_000);
});
