import fc from 'fast-check';
import type { GLPK } from 'glpk.js/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { fundingMessage, optimiseFunding, type ExactEngine, type ExactEngineAnswer } from '@shared/portfolio';
import { writeLp } from '@shared/portfolio/exactEngine';
import { buildModel } from '@shared/portfolio/fundingModel';
import { FAMILIES, familyInstance } from '../../bench/fundingFamilies';
import { expectConsistentResult } from './fundingOracle';
import { loadGlpk, solveWithGlpk } from './glpkReference';
import { loadHighsEngine } from './highsNode';

/**
 * The optimiser with the exact engine the app uses (HiGHS, WebAssembly): its claims of 'optimal' agree with glpk.js on
 * every knapsack family, its 'best found' bounds are true bounds, and an engine that throws or answers wrongly can
 * never make the app claim more than our own search proved.
 */
let glpk: GLPK;
let highs: ExactEngine;
beforeAll(async () => {
  glpk = await loadGlpk();
  highs = await loadHighsEngine();
});

const tol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));
const family = fc.record({ family: fc.constantFrom(...FAMILIES), size: fc.integer({ min: 8, max: 60 }), seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }) });

describe('with HiGHS as the exact engine', () => {
  it('every claim of optimal equals glpk.js, and every best-found bound is at least its optimum (each family, 8–60 candidates)', () => {
    let viaEngine = 0;
    fc.assert(
      fc.property(family, fc.constantFrom(1, 50, 20_000), (x, fastPathNodes) => {
        const { candidates, constraints } = familyInstance(x.family, x.size, x.seed);
        const ours = optimiseFunding(candidates, constraints, { engine: highs, fastPathNodes });
        const reference = solveWithGlpk(glpk, candidates, constraints);
        expectConsistentResult(candidates, constraints, ours);
        if (ours.nodesExplored >= fastPathNodes) viaEngine++;
        if (reference.status === 'infeasible') expect(['infeasible', 'stopped']).toContain(ours.status);
        if (reference.status !== 'optimal') return;
        if (ours.status === 'optimal') expect(Math.abs(ours.totalValue - reference.value)).toBeLessThanOrEqual(tol(reference.value));
        else expect(ours.status).toBe('best-found');
        expect(ours.totalValue).toBeLessThanOrEqual(reference.value + tol(reference.value));
        expect(ours.bound as number).toBeGreaterThanOrEqual(reference.value - tol(reference.value));
      }),
      { numRuns: 60 },
    );
    // the engine, not only our search, must have answered a good share of them
    expect(viaEngine).toBeGreaterThan(10);
  }, 600_000);
});

describe('without the engine, stopped early', () => {
  it('the bound of best found is at least the exact optimum (families, up to 40 candidates, glpk.js)', () => {
    let stopped = 0;
    fc.assert(
      fc.property(family.map((x) => ({ ...x, size: Math.min(x.size, 40) })), fc.integer({ min: 1, max: 200 }), (x, maxNodes) => {
        const { candidates, constraints } = familyInstance(x.family, x.size, x.seed);
        const ours = optimiseFunding(candidates, constraints, { maxNodes });
        if (ours.status !== 'best-found') return;
        stopped++;
        const reference = solveWithGlpk(glpk, candidates, constraints);
        expect(reference.status).toBe('optimal');
        expect(ours.bound as number).toBeGreaterThanOrEqual(reference.value - tol(reference.value));
        expect(ours.message).toMatch(/^Best found: .*(within [\d.]+% of the best possible|at least 99\.9%|a better set may exist)/);
      }),
      { numRuns: 80 },
    );
    expect(stopped).toBeGreaterThan(10);
  }, 600_000);
});

describe('an engine is never trusted blindly', () => {
  const x = familyInstance('subset-sum', 60, 7);
  const alone = optimiseFunding(x.candidates, x.constraints, { maxNodes: 50 });
  const withEngine = (answer: (lp: string) => ExactEngineAnswer) => optimiseFunding(x.candidates, x.constraints, { fastPathNodes: 50, maxNodes: 50, engine: { solve: (lp) => answer(lp) } });
  const columns = (lp: string) => (/Binary\n (.*)\n/.exec(lp)?.[1] ?? '').split(' ');

  it('an engine that throws leaves our own answer', () => {
    const r = withEngine(() => {
      throw new Error('RuntimeError: memory access out of bounds');
    });
    expect(r.status).toBe(alone.status);
    expect(r.selectedIds).toEqual(alone.selectedIds);
  });

  it("a claimed optimum that breaks a rule is refused (every candidate funded), and our set stays, best found", () => {
    const r = withEngine((lp) => ({ status: 'optimal', values: Object.fromEntries(columns(lp).map((c) => [c, 1])), objective: 1e9, dualBound: 1e9 }));
    expect(r.selectedIds).toEqual(alone.selectedIds);
    expect(r.status).toBe(alone.status === 'optimal' ? 'optimal' : 'best-found');
  });

  it("'optimal' with a bound above its own set is not a proof: best found, with the engine's bound", () => {
    const built = buildModel([...x.candidates].sort((a, b) => (a.id < b.id ? -1 : 1)), x.constraints);
    if (!built.ok) throw new Error(fundingMessage({ why: built.why, totalValue: 0 }));
    const scale = writeLp(built.model).objectiveScale;
    const r = withEngine((lp) => ({ status: 'optimal', values: Object.fromEntries(columns(lp).map((c) => [c, 0])), objective: 0, dualBound: (alone.bound as number) / scale }));
    if (alone.status === 'optimal') return;
    expect(r.status).toBe('best-found');
    expect(r.totalValue).toBe(alone.totalValue);
    expect(r.bound as number).toBeGreaterThanOrEqual(r.totalValue);
  });
});
