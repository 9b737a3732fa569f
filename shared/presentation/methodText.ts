/**
 * How the figures are calculated, in plain sentences with a workspace's figures filled in: the one wording the PDF
 * board pack (MethodText) and the PowerPoint deck (speaker notes and the method slide) both print. Pure text.
 */
import { monthlyRate } from '../finance/discounting';
import { forwardConvention, planStarted } from './living';
import type { Presenter } from './presenter';

/** What the method text needs of a workspace. */
export interface MethodSettings {
  horizonMonths: number;
  discountRate: number;
  labourRate: number;
  readinessMapping: { anchors: readonly number[]; blockerCap: number };
  /** The uncertainty policy, when the workspace has one: adds how ranges and the simulation work. */
  uncertainty?: { distribution: 'pert' | 'triangular'; lastMileCost: { low: number; high: number }; seed: number; trials: number };
}

/** What the funding choice counts for each candidate: its likely cost, or its P90 cost (shared/portfolio/plan.ts). */
export type MethodCostBasis = 'likely' | 'p90';

/**
 * The room's vote when the score counts it (weight above 0; docs/workshop.md): its share of the weights and the
 * session it comes from (null: no session's votes are revealed, so every candidate is neutral).
 */
export interface MethodRoomVote {
  weightShare: number;
  session: { title: string; date: string } | null;
}

export interface MethodSection {
  title: string;
  text: string;
}

/**
 * The money conventions, one titled paragraph each; `today` (plan month T, 1 = the planning start) adds the
 * forward-looking convention once the plan has started.
 */
export function methodSections(ws: MethodSettings, p: Presenter, today = 1, costBasis: MethodCostBasis = 'likely', roomVote: MethodRoomVote | null = null): MethodSection[] {
  const h = ws.horizonMonths;
  const anchors = ws.readinessMapping.anchors.map((a, i) => `${i + 1} → ${p.percent(a, 0)}`).join(', ');
  const started = planStarted(today) ? [{ title: 'Figures from today', text: forwardConvention(p, today) }] : [];
  return [
    ...started,
    {
      title: 'Monthly periods',
      text:
        `The plan runs in months: month 1 is ${p.planMonth(1)}, and the horizon is ${h} months (to ${p.planMonth(h)}). Flows after the horizon are not counted. ` +
        'A use case starting in month s spends its pilot evenly over its P pilot months, then its last mile evenly over the next L months; it goes live in month ' +
        's + P + L. From go-live it pays its run cost every month, and its benefit climbs in equal steps to the full amount over its ramp-up months.',
    },
    {
      title: 'End-of-month flows and the discount rate',
      text:
        `Every cash flow falls at the end of its month. The annual discount rate of ${p.percent(ws.discountRate)} becomes a monthly rate of ` +
        `${p.percent(monthlyRate(ws.discountRate), 3)}: (1 + annual rate) to the power 1/12, minus 1, so that twelve months of discounting equal one year.`,
    },
    {
      title: 'Net present value (NPV)',
      text:
        "The sum of each month's net cash (benefit − pilot − last mile − run cost) divided by (1 + monthly rate) to the power of its month number, months 1 to " +
        `${h}. This is what a spreadsheet's NPV(rate; month 1 … month ${h}) returns: the first month is already discounted once.`,
    },
    {
      title: 'Internal rate of return (IRR)',
      text:
        'The monthly rate at which the NPV is exactly zero, expressed per year as (1 + monthly IRR)¹² − 1. When the cash never changes sign, or no such rate ' +
        'exists, the IRR is shown as “not defined”, never as a number.',
    },
    {
      title: 'Payback',
      text:
        'The first month in which the cumulative net cash is back at zero or above after having been negative; “beyond horizon” when that does not happen ' +
        `within the ${h} months.`,
    },
    {
      title: 'Return on investment (ROI)',
      text: 'Over the horizon, undiscounted: (benefits − costs) ÷ costs, where costs are the pilot, the last mile and the run costs.',
    },
    {
      title: 'Stage gate and expected NPV',
      text:
        'The pilot is always spent. The last mile, run costs and benefits happen only if the use case reaches production, with a probability p taken from ' +
        `its average readiness (${anchors}). Expected NPV = NPV of the pilot + p × NPV of everything after it. Any readiness dimension scored 1 is a blocker: ` +
        `it caps p at ${p.percent(ws.readinessMapping.blockerCap, 0)} and keeps the candidate out of the funded set unless the team forces it in. While any ` +
        'dimension is not assessed, p and the expected NPV are not given (“readiness not assessed”) and the candidate is not funded unless forced in.',
    },
    {
      title: 'Costs and benefits per month',
      text:
        'Run cost = model/API usage (requests × tokens per request ÷ 1,000 × price per 1,000 tokens × (1 − cache-hit share)) + seats × seat price + ' +
        `infrastructure + support. Benefit = hours saved × the labour rate of ${p.money(ws.labourRate)} an hour + cost avoided + new revenue.`,
    },
    {
      title: 'The funded set',
      text:
        "The set that maximises the plan's objective within the budget (and any yearly caps), with at most one candidate per problem (a problem's benefit is " +
        'counted once), the minimum value-creation share and the candidates forced in or out. It is found by an exact search, not picked greedily.' +
        (costBasis === 'p90' ? ` ${P90_BASIS}` : ''),
    },
    ...(ws.uncertainty ? [{ title: 'Ranges and the simulation', text: rangesText(ws.uncertainty, p) }] : []),
    ...(roomVote ? [{ title: 'The room’s vote', text: roomVoteText(roomVote, p) }] : []),
  ];
}

/** How the room's vote enters the score, said only when it does. */
export function roomVoteText(r: MethodRoomVote, p: Presenter): string {
  const from = r.session
    ? `the votes of the workshop session “${r.session.title}” of ${r.session.date}, the latest whose votes were revealed`
    : 'the latest workshop session whose votes were revealed; no session’s votes are revealed yet, so every candidate is neutral';
  return (
    `The score counts the room’s vote with ${p.percent(r.weightShare, 0)} of the weight, from ${from}. A candidate’s average score of 1 earns 0 points, 3 earns 50 and 5 earns 100 ` +
    '(the mean over the criteria voted on; with dot voting, its dots ÷ the most dots any candidate got × 100). A candidate the room did not vote on earns a neutral 50 points.'
  );
}

/** The sentence the funding choice adds when it counts P90 costs. */
const P90_BASIS =
  "Each candidate counts its P90 cost against the budget and the caps: the amount its pilot and last mile still to spend stay under in 9 of 10 draws of its cost ranges.";

function rangesText(u: NonNullable<MethodSettings['uncertainty']>, p: Presenter): string {
  const law = u.distribution === 'pert' ? 'a PERT distribution (λ = 4: mean (low + 4 × likely + high) ÷ 6)' : 'a triangular distribution (mean (low + likely + high) ÷ 3)';
  const signed = (f: number) => `${f < 1 ? '−' : '+'}${p.percent(Math.abs(f - 1), 0)}`;
  return (
    `Each estimate still to come has a low / likely / high range, its own or the workspace's default (a last mile ${signed(u.lastMileCost.low)} / ${signed(u.lastMileCost.high)}), drawn from ${law}. ` +
    `The simulation draws every range, each duration and the stage gate in ${p.number(u.trials, 0)} trials with seed ${p.number(u.seed, 0)}: the same seed gives the same answer. ` +
    'P10 / P50 / P90 are the values 10%, 50% and 90% of the trials fall below, as the spreadsheet’s PERCENTILE.INC.'
  );
}

/** The method in one short paragraph (NPV, expected NPV, payback, the funding choice): for speaker notes. */
export function methodSummary(ws: MethodSettings, p: Presenter, today = 1): string {
  return (
    (planStarted(today) ? `${forwardConvention(p, today)} ` : '') +
    `Method: monthly end-of-month cash flows over ${ws.horizonMonths} months from ${p.planMonth(1)}, discounted at ${p.percent(ws.discountRate)} a year; ` +
    'NPV is the spreadsheet NPV of months 1 to the horizon. Expected NPV = NPV of the pilot (always spent) + p × NPV of the rest, where p, the probability ' +
    'of reaching production, comes from the average readiness (a score of 1 is a blocker and caps it; not assessed means no p and no expected NPV). ' +
    'Payback is the first month the cumulative cash is back at zero or above. The funded set is the exact best choice for the plan objective within the ' +
    'budget and yearly caps, one candidate per problem, with the minimum value-creation share and the forced choices.'
  );
}
