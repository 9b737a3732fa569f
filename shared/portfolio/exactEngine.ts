import type { FundingModel } from './fundingModel';
import { feasibleItems, valueOfItems } from './incumbent';

/**
 * A second exact solver the app may hand the hard instances to (HiGHS compiled to WebAssembly, loaded by the
 * renderer's funding worker or by Node in the tests; shared/ never loads it). It reads a 0/1 model as CPLEX LP text
 * and answers synchronously. Nothing it says is taken on trust: its set is rounded to 0/1 and re-checked against every
 * rule with our own tolerances (feasibleItems), and 'optimal' is only claimed when its set reaches its own bound.
 */
export interface ExactEngine {
  /** `start`: a set within the rules to begin from (value by column name), e.g. our search's best set. */
  solve(lpText: string, options: { timeLimitMs: number; start?: Readonly<Record<string, number>> }): ExactEngineAnswer;
}

/**
 * optimal: the engine proved `objective` best (within its tolerances); infeasible: it proved no set exists;
 * limit: it stopped at the time limit (values, if any, are its best set); failed: anything else.
 */
export interface ExactEngineAnswer {
  status: 'optimal' | 'infeasible' | 'limit' | 'failed';
  /** Value of each column by name (absent or empty when it found no set). */
  values: Readonly<Record<string, number>>;
  /** Objective of its set, in the LP's (scaled) units; NaN when none. */
  objective: number;
  /** Its proven upper bound on the objective (maximisation), in the LP's units; Infinity when unknown. */
  dualBound: number;
}

/** The LP text of a model and how to read the engine's answer back. */
export interface WrittenModel {
  text: string;
  /** Objective coefficients are value / objectiveScale. */
  objectiveScale: number;
}

const column = (i: number): string => `x${i}`;
/** Shortest exact decimal of a double (LP readers parse full precision). */
const num = (x: number): string => (Object.is(x, -0) ? '0' : String(x));

/** One row divided by `scale`; `margin` (in scaled units) moves the right-hand side inwards. */
function row(name: string, coefficients: ArrayLike<number>, scale: number, sense: '<=' | '>=', rhs: number, margin: number): string | null {
  const terms: string[] = [];
  for (let i = 0; i < coefficients.length; i++) {
    const a = (coefficients[i] as number) / scale;
    if (a !== 0) terms.push(`${a < 0 ? '-' : '+'} ${num(Math.abs(a))} ${column(i)}`);
  }
  if (terms.length === 0) return null;
  return ` ${name}: ${terms.join(' ')} ${sense} ${num(rhs / scale + (sense === '<=' ? -margin : margin))}`;
}

/**
 * The engine's feasibility tolerance on a scaled row (HiGHS: 1e-6). Its sets may overrun a limit by that much, which
 * our 1e-9 check refuses; such a set is then sought again with every limit moved inwards by twice this.
 */
export const ENGINE_FEASIBILITY_MARGIN = 2e-6;

/**
 * The free-item model as a maximisation in CPLEX LP format, x_i binary. Each row is divided by the size of its room
 * (budget, each cap, the share row by its largest term) and the objective by the largest |value|, so that the
 * engine's absolute tolerances act as relative ones. Rooms already include our 1e-9 tolerance.
 */
export function writeLp(model: FundingModel, margin = 0): WrittenModel {
  const { n, K } = model;
  const largest = (xs: Float64Array, start: number) => xs.reduce((most, x) => Math.max(most, Math.abs(x)), start);
  const objectiveScale = largest(model.value, 1e-300);
  const objective: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = (model.value[i] as number) / objectiveScale;
    objective.push(`${v < 0 ? '-' : '+'} ${num(Math.abs(v))} ${column(i)}`);
  }
  const rows: string[] = [];
  const budget = row('budget', model.cost, Math.max(1e-300, Math.abs(model.budgetRoom)), '<=', model.budgetRoom, margin);
  if (budget) rows.push(budget);
  for (let k = 0; k < K; k++) {
    const costs = Float64Array.from({ length: n }, (_, i) => model.yearCost[i * K + k] as number);
    const room = model.capRoom[k] as number;
    const cap = row(`cap${k}`, costs, Math.max(1e-300, Math.abs(room)), '<=', room, margin);
    if (cap) rows.push(cap);
  }
  if (model.share > 0) {
    const scale = largest(model.slack, Math.max(1e-300, Math.abs(model.slackRoom)));
    const share = row('share', model.slack, scale, '>=', -model.slackRoom, margin);
    if (share) rows.push(share);
  }
  model.groups.forEach((g, p) => {
    if (g.length > 1) rows.push(` one${p}: ${g.map((i) => `+ ${column(i)}`).join(' ')} <= 1`);
  });
  const names = Array.from({ length: n }, (_, i) => column(i));
  const text = ['Maximize', ` value: ${objective.join(' ')}`, 'Subject To', ...(rows.length ? rows : [` none: ${names[0]} >= 0`]), 'Binary', ` ${names.join(' ')}`, 'End', ''].join('\n');
  return { text, objectiveScale };
}

/** What the engine established about a model, after our own checks. */
export interface EngineOutcome {
  /** Its set (free items of `model`) when it meets every rule by our check; null otherwise. */
  items: number[] | null;
  value: number;
  /** Upper bound on any set of `model` (Infinity when the engine gave none we can use). */
  bound: number;
  /** True when the engine proved its answer: optimal and reaching its bound, or infeasible. */
  proven: boolean;
  infeasible: boolean;
}

/**
 * How close our set must come to the engine's bound for its proof to count: 1e-8 relative. The engine proves to its
 * own tolerances (a 0/1 variable may be 1e-9 off, which lets its bound use our 1e-9 room on a limit), so its bound can
 * sit about 1e-9 relative above the best true set; 'optimal' via the engine therefore means within 1e-8 of the best.
 */
export const engineTolerance = (x: number): number => 1e-8 * Math.max(1, Math.abs(x));

/** One engine run: its answer, or null when it threw (a WebAssembly abort, for one). */
function run(engine: ExactEngine, text: string, timeLimitMs: number, start?: Record<string, number>): ExactEngineAnswer | null {
  try {
    return engine.solve(text, { timeLimitMs: Math.max(1, timeLimitMs), start });
  } catch {
    return null;
  }
}

/** The engine's set as free items when it meets every rule by our own check (rounded to 0/1), else null. */
function checkedSet(model: FundingModel, answer: ExactEngineAnswer): number[] | null {
  if (answer.status !== 'optimal' && answer.status !== 'limit') return null;
  const items: number[] = [];
  for (let i = 0; i < model.n; i++) {
    const x = answer.values[column(i)];
    if (x === undefined || !Number.isFinite(x)) return null;
    if (x > 0.5) items.push(i);
  }
  return feasibleItems(model, items) ? items : null;
}

/**
 * Hands a model to the engine and checks the answer: its set must meet every rule by our check, and 'proven' needs
 * the engine's own proof (optimal) with our set reaching its bound. When its set overruns a limit within the engine's
 * tolerance, it is asked once more with the limits moved inwards (ENGINE_FEASIBILITY_MARGIN); the bound stays the
 * first run's, which covers every set within our limits. Any error thrown by the engine counts as no information.
 * `clock` measures the time left for the second run (ms, any origin); `startItems` is a set of free items to start from.
 */
export function solveWithEngine(
  model: FundingModel,
  engine: ExactEngine,
  timeLimitMs: number,
  clock: () => number = () => 0,
  startItems: readonly number[] | null = null,
): EngineOutcome {
  const none: EngineOutcome = { items: null, value: -Infinity, bound: Infinity, proven: false, infeasible: false };
  if (model.n === 0) return none;
  const started = clock();
  const written = writeLp(model);
  // Starting from our best set (when it is a set of this model) lets the engine prune from its first node.
  const start = startItems && feasibleItems(model, startItems) ? Object.fromEntries(Array.from({ length: model.n }, (_, i) => [column(i), 0])) : undefined;
  if (start) for (const i of startItems ?? []) start[column(i)] = 1;
  const first = run(engine, written.text, timeLimitMs, start);
  if (!first || first.status === 'failed') return none;
  if (first.status === 'infeasible') return { ...none, bound: -Infinity, proven: true, infeasible: true };
  // The dual bound is in scaled units; widen by the rescaling's rounding (1e-12 relative) so it stays an upper bound.
  const dual = Number.isFinite(first.dualBound) ? first.dualBound * written.objectiveScale : Infinity;
  const bound = Number.isFinite(dual) ? dual + 1e-12 * Math.max(1, Math.abs(dual)) : Infinity;
  let items = checkedSet(model, first);
  let optimal = first.status === 'optimal';
  if (!items && Object.keys(first.values).length > 0) {
    const second = run(engine, writeLp(model, ENGINE_FEASIBILITY_MARGIN).text, timeLimitMs - (clock() - started));
    items = second ? checkedSet(model, second) : null;
    optimal = optimal && second?.status === 'optimal';
  }
  const value = items ? valueOfItems(model, items) : -Infinity;
  const proven = optimal && items !== null && value >= bound - engineTolerance(bound);
  return { items, value, bound, proven, infeasible: false };
}
