import { READINESS_DIMENSIONS, type ReadinessDimension } from '../domain';
import { NOT_ESTIMATED_REASON } from '../inventory/flags';
import { fundingMessage, type Exclusion, type FundingResult, type PortfolioPlan } from '../portfolio';
import type { Presenter } from '../presentation';
import type { CandidateAnalysis } from './candidates';
import { fundingCostAt } from './costBasis';
import { countedExpectedNpv, type FundedSummary } from './fundedSummary';
import type { MoneyByYear } from './moneyByYear';

/**
 * Rank and fund tell one story: beside every candidate, funded or not funded with its reason inline, and when a
 * higher-scoring candidate is left out while lower-scoring ones are funded, a line that says why (the funding choice
 * maximises the plan's objective, not the score). One home for this wording: the page, the PDF, the deck, the
 * workbook and the CSV all read it.
 */
export interface FundingNote {
  funded: boolean;
  /** Short status for a table cell: "Funded", "Over budget by $40,000", "Its problem is served by X", "Blocked: data readiness 1". */
  status: string;
  /** One sentence with the figures behind the status. */
  detail: string;
  /** Why this higher scorer lost to lower-ranked funded candidates; null when it did not (or it is funded). */
  tradeOff: string | null;
}

const SHORT_DIMENSION: Record<ReadinessDimension, string> = {
  data: 'data',
  ux: 'UX',
  security: 'security',
  cost: 'cost control',
  organisation: 'organisation',
};

/** A readiness dimension in short words ("data", "UX"), for inline reasons. */
export function shortDimensionName(d: ReadinessDimension): string {
  return SHORT_DIMENSION[d];
}

interface Context {
  rows: readonly CandidateAnalysis[];
  funding: FundingResult;
  plan: PortfolioPlan;
  p: Presenter;
  fundedIds: ReadonlySet<string>;
  /** Filled on first use by servingOf. */
  serving?: Map<string, CandidateAnalysis>;
}

/** The funded candidate of each problem (the first in rank order), worked out once per set of notes. */
function servingOf(ctx: Context): Map<string, CandidateAnalysis> {
  if (!ctx.serving) {
    ctx.serving = new Map();
    for (const r of ctx.rows) if (ctx.fundedIds.has(r.useCase.id) && !ctx.serving.has(r.useCase.problemId)) ctx.serving.set(r.useCase.problemId, r);
  }
  return ctx.serving;
}

function yearOver(row: CandidateAnalysis, ctx: Context): { year: number; over: number } | null {
  const caps = ctx.plan.yearCaps;
  for (let y = 0; y < caps.length; y++) {
    const cap = caps[y];
    if (cap === null || cap === undefined) continue;
    const need = fundingCostAt(row, ctx.plan.costBasis).byYear[y] ?? 0;
    const used = ctx.funding.investmentByYear[y] ?? 0;
    if (need > 0 && used + need > cap) return { year: y + 1, over: used + need - cap };
  }
  return null;
}

function notFunded(row: CandidateAnalysis, exclusion: Exclusion | undefined, ctx: Context): Pick<FundingNote, 'status' | 'detail'> {
  const { p, plan, funding } = ctx;
  const m = row.metrics;
  switch (exclusion?.reason) {
    case 'not-assessed': {
      const open = READINESS_DIMENSIONS.filter((d) => row.useCase.readiness[d].score === null).map(shortDimensionName);
      return { status: 'Readiness not assessed', detail: `Readiness not assessed (${open.join(', ')}): no chance of production yet, so it is not funded unless forced in.` };
    }
    case 'blocker': {
      const blocked = m.blockers.map((d) => `${shortDimensionName(d)} readiness 1`).join(', ');
      return { status: `Blocked: ${blocked}`, detail: `A readiness score of 1 (${blocked}) blocks production; it is not funded unless forced in.` };
    }
    case 'forced-out': {
      const team = plan.forced[row.useCase.id];
      // A parked problem's candidates are left out by the funding rules, not by the team.
      if (!team && row.problem?.status === 'parked') {
        return { status: 'Its problem is parked', detail: 'Its problem is parked: candidates of a parked problem are not funded unless forced in.' };
      }
      // A candidate without cost estimates waits for them (docs/inventory.md).
      if (!team && row.useCase.estimate.source === 'none') return { status: 'Not estimated', detail: `${NOT_ESTIMATED_REASON}, unless forced in.` };
      const reason = team?.reason.trim() ?? '';
      return { status: reason ? `Forced out: ${reason}` : 'Forced out', detail: reason ? `The team forced it out: ${reason}` : 'The team forced it out.' };
    }
    case 'negative-value': {
      const v = countedExpectedNpv(row);
      if (plan.objective === 'score' || v > 0) return { status: 'Adds too little', detail: 'Its value is too small to change the funded total.' };
      return { status: v === 0 ? 'Expected NPV of 0' : 'Expected NPV below 0', detail: `Its expected NPV is ${p.money(v)}, so funding it would not add value.` };
    }
    case 'problem-served': {
      const server = servingOf(ctx).get(row.useCase.problemId);
      const name = server?.useCase.name ?? 'another candidate';
      return { status: `Its problem is served by ${name}`, detail: `Its problem is already served by ${name}; a problem's benefit is counted once, so at most one candidate per problem is funded.` };
    }
    case 'budget': {
      const left = plan.budget - funding.totalInvestment;
      const need = fundingCostAt(row, plan.costBasis).cost;
      const over = need - left;
      if (over <= 0) return { status: 'Not reached by the search', detail: exclusion.detail };
      const at = plan.costBasis === 'p90' ? ' at its P90 cost' : '';
      return { status: `Over budget by ${p.money(over)}`, detail: `Needs ${p.money(need)}${at}; ${p.money(Math.max(0, left))} of the ${p.money(plan.budget)} budget is left after the funded set.` };
    }
    case 'year-cap': {
      const hit = yearOver(row, ctx);
      if (!hit) return { status: 'Over a year cap', detail: exclusion.detail };
      return { status: `Over the ${p.planYear(hit.year)} cap by ${p.money(hit.over)}`, detail: `Needs ${p.money(fundingCostAt(row, plan.costBasis).byYear[hit.year - 1] ?? 0)} in plan year ${hit.year} (${p.planYear(hit.year)}), ${p.money(hit.over)} more than that year's cap leaves.` };
    }
    case 'value-creation-share':
      return { status: 'Below the value-creation minimum', detail: `Funding it would bring value creation below the minimum of ${p.percent(plan.minValueCreationShare, 0)} of the investment.` };
    default:
      return { status: 'Not funded', detail: fundingMessage(funding, p) };
  }
}

/** Every candidate's funding note, by use-case id. `rows` must be in score-rank order (rank 1 first). */
export function fundingNotes(rows: readonly CandidateAnalysis[], funding: FundingResult, plan: PortfolioPlan, p: Presenter): Map<string, FundingNote> {
  const fundedIds = new Set(funding.selectedIds);
  const ctx: Context = { rows, funding, plan, p, fundedIds };
  const exclusions = new Map(funding.excluded.map((e) => [e.id, e]));
  const out = new Map<string, FundingNote>();
  const objective = plan.objective === 'score' ? 'total score' : 'total expected NPV';
  // Positions of the funded candidates in rank order: those after position i are the funded ones it outranks.
  const fundedAt: number[] = [];
  rows.forEach((r, i) => fundedIds.has(r.useCase.id) && fundedAt.push(i));
  let firstBelow = 0;
  rows.forEach((row, i) => {
    const id = row.useCase.id;
    if (fundedIds.has(id)) {
      const forced = plan.forced[id];
      const status = forced?.mode === 'in' ? (forced.reason.trim() ? `Funded (forced in: ${forced.reason.trim()})` : 'Funded (forced in)') : 'Funded';
      out.set(id, { funded: true, status, detail: status === 'Funded' ? `Part of the set with the highest ${objective} within the budget and rules.` : status, tradeOff: null });
      return;
    }
    while (firstBelow < fundedAt.length && (fundedAt[firstBelow] as number) <= i) firstBelow++;
    const below = firstBelow;
    out.set(id, lazyNote(() => notFundedNote(row, below)));
  });
  return out;

  /** The note of a candidate not funded, with the funded candidates from rank position `below` on ranked under it. */
  function notFundedNote(row: CandidateAnalysis, below: number): FundingNote {
    const id = row.useCase.id;
    const { status, detail } = notFunded(row, exclusions.get(id), ctx);
    const lowerCount = fundedAt.length - below;
    // Only the first two are named ("A, B and 3 more"): no string per funded candidate for every row.
    const lower = fundedAt.slice(below, below + 2).map((at) => rows[at] as CandidateAnalysis);
    const reason = exclusions.get(id)?.reason;
    const losesOnValue = reason === 'budget' || reason === 'problem-served' || reason === 'year-cap' || reason === 'value-creation-share' || reason === 'negative-value';
    let tradeOff: string | null = null;
    if (lowerCount > 0 && losesOnValue) {
      const named = lower.map((r) => `${r.useCase.name} (rank ${r.rank})`);
      const names = lowerCount <= 2 ? named.join(' and ') : `${named.join(', ')} and ${lowerCount - 2} more`;
      tradeOff =
        plan.objective === 'score'
          ? `Scores higher than ${names}, but the funded set has the highest total score that fits the budget and rules.`
          : `Scores higher than ${names}, but funding chooses the set with the highest total expected NPV within the budget and rules: its ${p.money(countedExpectedNpv(row))} for ${p.money(fundingCostAt(row, plan.costBasis).cost)} buys less of it than they do.`;
    }
    return { funded: false, status, detail, tradeOff };
  }
}

/**
 * A note not funded, worked out when first read: a page of 5,000 candidates shows a few dozen rows at a time, so
 * the wording (and its money figures) of the rest is only built when a row is shown, sorted on or exported. The
 * fields are ordinary enumerable properties to every reader (copies, JSON, equality).
 */
function lazyNote(make: () => FundingNote): FundingNote {
  let made: FundingNote | null = null;
  const note = { funded: false } as FundingNote;
  for (const key of ['status', 'detail', 'tradeOff'] as const) {
    Object.defineProperty(note, key, { enumerable: true, get: () => (made ??= make())[key] });
  }
  return note;
}

/** Rank by the funding objective (1 = adds the most): expected NPV as the funding choice counts it, or the score. Ties by id. */
export function objectiveRanks(rows: readonly CandidateAnalysis[], plan: Pick<PortfolioPlan, 'objective'>): Map<string, number> {
  const value = (r: CandidateAnalysis) => (plan.objective === 'score' ? r.score.total : countedExpectedNpv(r));
  const sorted = [...rows].sort((a, b) => value(b) - value(a) || (a.useCase.id < b.useCase.id ? -1 : a.useCase.id > b.useCase.id ? 1 : 0));
  return new Map(sorted.map((r, i) => [r.useCase.id, i + 1]));
}

/** The decision asked of the board, in one paragraph, from the funded set and its money by year. */
export function boardDecision(summary: FundedSummary, byYear: MoneyByYear, plan: PortfolioPlan, p: Presenter): string {
  if (summary.fundedCount === 0) {
    return `No use case is proposed for funding: within the ${p.money(plan.budget)} budget and the rules, nothing adds value yet. The board is asked to note the candidates and what each needs before it can be funded.`;
  }
  const n = summary.fundedCount === 1 ? '1 use case' : `${summary.fundedCount} use cases`;
  const first = byYear.years[0];
  const firstYear = first ? ` (${p.money(first.investment)} of it in ${p.planYear(1)})` : '';
  return (
    `The board is asked to approve ${p.money(summary.totalInvestment)} for ${n}${firstYear}: ${p.money(summary.pilotInvestment)} for pilots, and ` +
    `${p.money(summary.lastMileInvestment)} for the last miles, each released only when its pilot passes the production gate. ` +
    `Expected NPV ${p.money(summary.expectedNpv)}; once live, the funded set costs ${p.money(byYear.annualRunCost)} a year to run.`
  );
}
