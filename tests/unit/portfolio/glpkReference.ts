import GLPK, { type GLPK as Glpk, type LP } from 'glpk.js/node';
import type { FundingCandidate, FundingConstraints } from '@shared/portfolio';

let solver: Glpk | null = null;

/** The GLPK solver (WASM), loaded once. */
export async function loadGlpk(): Promise<Glpk> {
  solver ??= await GLPK();
  return solver;
}

/**
 * The funding choice written independently as a 0/1 MILP for GLPK:
 * max Σ vᵢxᵢ s.t. Σ cᵢxᵢ ≤ budget; Σ cᵢᵧxᵢ ≤ capᵧ; Σ_{i∈problem} xᵢ ≤ 1; Σ (vcᵢ − s)cᵢxᵢ ≥ 0;
 * forced in: xᵢ = 1; forced out or blocker (not forced in): xᵢ = 0.
 */
export function fundingMilp(glpk: Glpk, candidates: readonly FundingCandidate[], constraints: FundingConstraints): LP {
  const name = (i: number) => `x${i}`;
  const forced = constraints.forced ?? {};
  const s = constraints.minValueCreationShare ?? 0;
  const rows: LP['subjectTo'] = [
    { name: 'budget', vars: candidates.map((c, i) => ({ name: name(i), coef: c.investment })), bnds: { type: glpk.GLP_UP, ub: constraints.budget, lb: 0 } },
  ];
  (constraints.yearCaps ?? []).forEach((cap, y) => {
    if (cap === null || cap === undefined) return;
    rows.push({ name: `cap${y}`, vars: candidates.map((c, i) => ({ name: name(i), coef: c.investmentByYear[y] ?? 0 })), bnds: { type: glpk.GLP_UP, ub: cap, lb: 0 } });
  });
  const byProblem = new Map<string, number[]>();
  candidates.forEach((c, i) => byProblem.set(c.problemId, [...(byProblem.get(c.problemId) ?? []), i]));
  [...byProblem.values()].forEach((members, p) => {
    if (members.length > 1) rows.push({ name: `one${p}`, vars: members.map((i) => ({ name: name(i), coef: 1 })), bnds: { type: glpk.GLP_UP, ub: 1, lb: 0 } });
  });
  if (s > 0) {
    rows.push({
      name: 'share',
      vars: candidates.map((c, i) => ({ name: name(i), coef: ((c.kind === 'value-creation' ? 1 : 0) - s) * c.investment })),
      bnds: { type: glpk.GLP_LO, lb: 0, ub: 0 },
    });
  }
  // Fixed choices as rows: glpk.js resets the bounds of binary columns to [0, 1].
  candidates.forEach((c, i) => {
    const mode = forced[c.id]?.mode;
    const fixedTo = mode === 'in' ? 1 : mode === 'out' || c.hasBlocker ? 0 : null;
    if (fixedTo !== null) rows.push({ name: `fix${i}`, vars: [{ name: name(i), coef: 1 }], bnds: { type: glpk.GLP_FX, lb: fixedTo, ub: fixedTo } });
  });
  return {
    name: 'funding',
    objective: { direction: glpk.GLP_MAX, name: 'value', vars: candidates.map((c, i) => ({ name: name(i), coef: c.value })) },
    subjectTo: rows,
    binaries: candidates.map((_, i) => name(i)),
  };
}

export interface GlpkAnswer {
  status: 'optimal' | 'infeasible' | 'other';
  value: number;
  selectedIds: string[];
}

/**
 * GLPK's time limit per solve: a random instance that GLPK cannot close stops here as 'other' (no verdict) instead of
 * keeping a test busy without end (an unseeded local run once stayed 15 minutes in one worker).
 */
export const GLPK_TIME_LIMIT_MS = 60_000;

/** Solves the MILP with GLPK (exact: mip gap 0); 'other' when it stopped at its time limit without a proof. */
export function solveWithGlpk(glpk: Glpk, candidates: readonly FundingCandidate[], constraints: FundingConstraints, timeLimitMs = GLPK_TIME_LIMIT_MS): GlpkAnswer {
  const out = glpk.solve(fundingMilp(glpk, candidates, constraints), { msglev: glpk.GLP_MSG_OFF, mipgap: 0, presol: true, tmlim: timeLimitMs });
  const status = out.result.status === glpk.GLP_OPT ? 'optimal' : out.result.status === glpk.GLP_NOFEAS ? 'infeasible' : 'other';
  const selectedIds = candidates.filter((_, i) => (out.result.vars[`x${i}`] ?? 0) > 0.5).map((c) => c.id);
  return { status, value: out.result.z, selectedIds };
}
