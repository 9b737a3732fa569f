import { frontierValueAt } from '@renderer/charts/FrontierChart';
import { boardDecision, countedExpectedNpv, type CandidateAnalysis, type FundedSummary, type FundingNote, type MoneyByYear } from '@shared/analysis';
import { classificationLabel, problemMonthlyCost, READINESS_DIMENSIONS, READINESS_LABELS, type Problem, type Workspace } from '@shared/domain';
import type { FrontierPoint, FundingResult, PortfolioPlan } from '@shared/portfolio';
import type { Presenter } from '@shared/presentation';

/**
 * The presentation's screens, in the order they are shown: the problems, where the candidates sit, the answer (the
 * funded set and its years), each funded candidate's case in rank order, and what a different budget would buy. Each
 * screen carries speaker notes worked out from the very figures it shows (the presenter view reads them).
 */
export type SlideKind = 'wall' | 'matrix' | 'funded' | 'case' | 'frontier';

export interface Slide {
  /** Stable within a deck: the kind, and the use case for a case. */
  key: string;
  kind: SlideKind;
  title: string;
  /** The use case a case screen shows. */
  useCaseId?: string;
  /** What to say, one point a line, from the figures on the screen. */
  notes: string[];
}

/** Everything the screens show: the analysed candidates in rank order and the one funding answer with its figures. */
export interface DeckInput {
  workspace: Workspace;
  problems: readonly Problem[];
  rows: readonly CandidateAnalysis[];
  plan: PortfolioPlan;
  /** The funding answer the portfolio page and the board pack show; null while it is being worked out. */
  funding: FundingResult | null;
  summary: FundedSummary | null;
  byYear: MoneyByYear | null;
  notes: ReadonlyMap<string, FundingNote> | null;
  frontier: readonly FrontierPoint[] | null;
  present: Presenter;
}

/** The problem wall shows this many cards at most (one screen at 1280×720); the rest are counted on the last card. */
export const WALL_CARDS = 12;

/** Where a candidate is value-high and feasible on the matrix (as the portfolio page draws it). */
export const MATRIX_VALUE_THRESHOLD = 0;
export const MATRIX_FEASIBILITY_THRESHOLD = 0.5;

/** A budget this much larger is what the frontier's notes compare the chosen one with. */
const MORE_BUDGET = 0.2;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The problems by the size of their monthly cost (largest first; without a figure last), ties by title. */
export function wallOrder(problems: readonly Problem[], labourRate: number): Problem[] {
  const cost = new Map(problems.map((p) => [p.id, problemMonthlyCost(p, labourRate)]));
  return [...problems].sort((a, b) => (cost.get(b.id) ?? -1) - (cost.get(a.id) ?? -1) || a.title.localeCompare(b.title));
}

/** The funded candidates in rank order, or (when nothing is funded) the best-ranked one, to show what it lacks. */
export function caseRows(rows: readonly CandidateAnalysis[], funding: FundingResult | null): CandidateAnalysis[] {
  if (!funding) return [];
  const funded = new Set(funding.selectedIds);
  const out = rows.filter((r) => funded.has(r.useCase.id));
  return out.length > 0 ? out : rows.slice(0, 1);
}

function wallNotes(input: DeckInput): string[] {
  const { problems, rows, workspace, present: p } = input;
  if (problems.length === 0) return ['No problems are captured yet: start by naming what costs the business most.'];
  const costs = problems.map((x) => problemMonthlyCost(x, workspace.labourRate));
  const given = costs.filter((c): c is number => c !== null);
  const total = given.reduce((s, c) => s + c, 0);
  const withCandidates = new Set(rows.map((r) => r.useCase.problemId));
  const bare = problems.filter((x) => !withCandidates.has(x.id)).length;
  const largest = wallOrder(problems, workspace.labourRate)[0] as Problem;
  const largestCost = problemMonthlyCost(largest, workspace.labourRate);
  return [
    `${plural(problems.length, 'problem')} on the wall${given.length > 0 ? `, costing ${p.money(total)} a month together` : ''}${given.length < problems.length ? ` (${plural(problems.length - given.length, 'problem')} without a cost yet)` : ''}.`,
    largestCost === null ? `None has a monthly cost yet: ask each owner for one.` : `The largest: ${largest.title}, ${p.money(largestCost)} a month${largest.owner.trim() ? `, owned by ${largest.owner.trim()}` : ''}.`,
    `${plural(rows.length, 'candidate AI use case')} answer them${bare > 0 ? `; ${plural(bare, 'problem')} ${bare === 1 ? 'has' : 'have'} no candidate yet` : ''}.`,
  ];
}

function matrixNotes(input: DeckInput): string[] {
  const { rows, funding } = input;
  const funded = new Set(funding?.selectedIds ?? []);
  const placed = rows.filter((r) => r.readinessAverage !== null && r.metrics.expectedNpv !== null);
  const feasible = (r: CandidateAnalysis) => ((r.readinessAverage as number) - 1) / 4 >= MATRIX_FEASIBILITY_THRESHOLD;
  const valuable = (r: CandidateAnalysis) => (r.metrics.expectedNpv as number) >= MATRIX_VALUE_THRESHOLD;
  const quickWins = placed.filter((r) => feasible(r) && valuable(r)).length;
  const blockers = rows.filter((r) => r.metrics.blockers.length > 0).length;
  const unplaced = rows.length - placed.length;
  return [
    `${plural(rows.length, 'candidate')}: across, how ready each is (average readiness 1 to 5); up, its expected NPV; bubble size, its investment.`,
    `${plural(quickWins, 'candidate')} ${quickWins === 1 ? 'is' : 'are'} both valuable and feasible (top right); ${funded.size} funded (ringed).`,
    blockers > 0 ? `${plural(blockers, 'candidate')} ${blockers === 1 ? 'has' : 'have'} a readiness blocker (dashed ring): no production until it is fixed.` : 'No candidate has a readiness blocker.',
    ...(unplaced > 0 ? [`${plural(unplaced, 'candidate')} ${unplaced === 1 ? 'is' : 'are'} not on the chart: readiness not assessed yet.`] : []),
  ];
}

function fundedNotes(input: DeckInput): string[] {
  const { summary, byYear, plan, present: p, funding } = input;
  if (!funding || !summary || !byYear) return ['The funded set is being worked out.'];
  const decision = boardDecision(summary, byYear, plan, p);
  const first = byYear.years[0];
  return [
    decision,
    `Budget ${p.money(plan.budget)}; the funded set asks ${p.money(summary.totalInvestment)} of it.`,
    `Payback of the funded set: ${p.payback(summary.cash.paybackMonth)}.`,
    ...(first ? [`${p.planYear(1)}: ${p.money(first.investment)} invested, ${p.money(first.benefit)} of benefits if every funded candidate reaches production.`] : []),
    ...(summary.blockerCount > 0 ? [`${plural(summary.blockerCount, 'candidate')} in the portfolio ${summary.blockerCount === 1 ? 'has' : 'have'} a readiness blocker.`] : []),
  ];
}

/** The speaker notes of one candidate's case: what it solves, what it costs and returns, how ready, and the funding call. */
export function caseNotes(row: CandidateAnalysis, input: DeckInput): string[] {
  const { workspace, notes, present: p } = input;
  const { useCase: uc, problem, metrics } = row;
  const problemCost = problem ? problemMonthlyCost(problem, workspace.labourRate) : null;
  const weakest = READINESS_DIMENSIONS.map((d) => ({ d, score: uc.readiness[d].score })).filter((x) => x.score !== null).sort((a, b) => (a.score as number) - (b.score as number))[0];
  const note = notes?.get(uc.id);
  const lastMileRatio = metrics.pilotCost > 0 ? metrics.lastMileCost / metrics.pilotCost : null;
  return [
    `Rank ${row.rank}, score ${p.number(row.score.total, 1)}. ${classificationLabel(uc.classification.kind)}.`,
    problem ? `It answers “${problem.title}”${problemCost === null ? '' : `, which costs ${p.money(problemCost)} a month`}.` : 'Its problem is missing from the workspace.',
    `Pilot ${p.money(metrics.pilotCost)}, last mile ${p.money(metrics.lastMileCost)}${lastMileRatio === null ? '' : ` (${p.multiple(lastMileRatio)} the pilot)`}: the last mile is released only when the pilot passes the gate.`,
    `Expected NPV ${metrics.expectedNpv === null ? p.money(countedExpectedNpv(row)) + ' (its pilot only: readiness not assessed)' : p.money(metrics.expectedNpv)}; payback ${p.payback(metrics.paybackMonth)}; ROI ${p.roi(metrics.roi)}.`,
    weakest ? `Weakest readiness: ${READINESS_LABELS[weakest.d]} at ${weakest.score} of 5; chance of production ${p.probability(metrics.probability)}.` : 'Readiness is not assessed yet.',
    note ? (note.funded ? `${note.status}: ${note.detail}` : `Not funded: ${note.status}. ${note.detail}${note.tradeOff ? ` ${note.tradeOff}` : ''}`) : 'The funding answer is being worked out.',
  ];
}

function frontierNotes(input: DeckInput): string[] {
  const { frontier, plan, present: p } = input;
  if (!frontier) return ['The efficient frontier is being worked out.'];
  const points = frontier.flatMap((f) => (f.value === null ? [] : [{ budget: f.budget, value: f.value }]));
  const at = frontierValueAt(points, plan.budget);
  const more = plan.budget * (1 + MORE_BUDGET);
  const gain = frontierValueAt(points, more) - at;
  return [
    `Each step is the best expected value any set of candidates reaches within that budget.`,
    `At the chosen budget of ${p.money(plan.budget)}, the best is ${p.money(at)}.`,
    gain > 0 ? `${p.percent(MORE_BUDGET, 0)} more budget (${p.money(more)}) would add ${p.money(gain)} of expected value.` : `${p.percent(MORE_BUDGET, 0)} more budget (${p.money(more)}) would add nothing: the budget is not what holds the portfolio back.`,
  ];
}

/** The deck of a workspace: its screens with their titles and notes, in the order they are shown. */
export function buildDeck(input: DeckInput): Slide[] {
  const { rows, funding } = input;
  const cases = caseRows(rows, funding);
  const funded = new Set(funding?.selectedIds ?? []);
  return [
    { key: 'wall', kind: 'wall', title: 'The problems we are solving', notes: wallNotes(input) },
    { key: 'matrix', kind: 'matrix', title: 'Where the candidates sit', notes: matrixNotes(input) },
    { key: 'funded', kind: 'funded', title: 'What we fund', notes: fundedNotes(input) },
    ...cases.map((r): Slide => ({
      key: `case:${r.useCase.id}`,
      kind: 'case',
      title: funded.has(r.useCase.id) ? r.useCase.name : `${r.useCase.name} (not funded)`,
      useCaseId: r.useCase.id,
      notes: caseNotes(r, input),
    })),
    { key: 'frontier', kind: 'frontier', title: 'What a different budget would buy', notes: frontierNotes(input) },
  ];
}
