import type { Exclusion, FundingCandidate, FundingConstraints } from './fundingTypes';
import { cappedYears, tolerance, yearInvestment } from './fundingModel';
import { PLAIN_WORDS, shareText } from './fundingWording';

/** What the funded set uses, against which each left-out candidate is explained. */
export interface FundedTotals {
  investment: number;
  investmentByYear: number[];
  valueCreationInvestment: number;
}

/** Totals of a funded set: investment, per plan year (at least `years` long) and value-creation investment. */
export function fundedTotals(funded: readonly FundingCandidate[], years: number): FundedTotals {
  const byYear = new Array<number>(years).fill(0);
  let investment = 0;
  let vc = 0;
  for (const c of funded) {
    investment += c.investment;
    if (c.kind === 'value-creation') vc += c.investment;
    c.investmentByYear.forEach((x, y) => (byYear[y] = (byYear[y] ?? 0) + x));
  }
  return { investment, investmentByYear: byYear, valueCreationInvestment: vc };
}

const { money } = PLAIN_WORDS;
const percent = (x: number): string => shareText(x);

/**
 * Why each candidate outside the funded set is out, checked in this order: forced out, readiness not assessed, blocker, value
 * not above 0, its problem already served, not enough budget left, a year cap, the value-creation share.
 * `searchStopped` labels the remainder (which only a stopped search can leave) as not reached, except the candidates
 * in `presolved`: presolve proved before the search that they are never worth funding, and why.
 */
export function explainExclusions(
  candidates: readonly FundingCandidate[],
  constraints: FundingConstraints,
  selected: ReadonlySet<string>,
  totals: FundedTotals,
  searchStopped: boolean,
  presolved?: ReadonlyMap<string, Omit<Exclusion, 'id'>>,
): Exclusion[] {
  const forced = constraints.forced ?? {};
  const servedBy = new Map<string, FundingCandidate>();
  for (const c of candidates) if (selected.has(c.id)) servedBy.set(c.problemId, c);
  const budgetLeft = constraints.budget - totals.investment;
  const caps = constraints.yearCaps ?? [];
  const share = constraints.minValueCreationShare ?? 0;
  const out: Exclusion[] = [];
  for (const c of candidates) {
    if (selected.has(c.id)) continue;
    const choice = forced[c.id];
    const add = (reason: Exclusion['reason'], detail: string) => out.push({ id: c.id, reason, detail });
    if (choice?.mode === 'out') {
      add('forced-out', choice.reason.trim() ? `Forced out: ${choice.reason.trim()}` : 'Forced out by the team.');
      continue;
    }
    if ((c.notAssessed?.length ?? 0) > 0 && choice?.mode !== 'in') {
      add('not-assessed', `Readiness not assessed (${(c.notAssessed ?? []).join(', ')}): it has no chance of production yet, so it is left out until someone assesses it, unless forced in.`);
      continue;
    }
    if (c.hasBlocker && choice?.mode !== 'in') {
      add('blocker', 'A readiness score of 1 blocks production; it is left out unless forced in.');
      continue;
    }
    if (!(c.value > 0)) {
      add('negative-value', c.value === 0 ? 'Its value is 0, so funding it would not add to the total.' : 'Its value is below 0, so funding it would lower the total.');
      continue;
    }
    const server = servedBy.get(c.problemId);
    if (server) {
      add('problem-served', `Its problem is already served by ${server.name ?? server.id}.`);
      continue;
    }
    if (c.investment > budgetLeft + tolerance(constraints.budget)) {
      add('budget', `Needs ${money(c.investment)}; only ${money(Math.max(0, budgetLeft))} of the budget is left after the funded set.`);
      continue;
    }
    const capYear = cappedYears(constraints).find((y) => {
      const cap = caps[y] as number;
      return (totals.investmentByYear[y] ?? 0) + yearInvestment(c, y) > cap + tolerance(cap);
    });
    if (capYear !== undefined) {
      const left = Math.max(0, (caps[capYear] as number) - (totals.investmentByYear[capYear] ?? 0));
      add('year-cap', `Needs ${money(yearInvestment(c, capYear))} in plan year ${capYear + 1}; only ${money(left)} of that year's cap is left.`);
      continue;
    }
    const vcAfter = totals.valueCreationInvestment + (c.kind === 'value-creation' ? c.investment : 0);
    const totalAfter = totals.investment + c.investment;
    if (share > 0 && totalAfter > 0 && vcAfter < share * totalAfter - tolerance(totalAfter)) {
      add('value-creation-share', `Adding it would bring value creation to ${percent(vcAfter / totalAfter)} of the investment, below the minimum of ${percent(share)}.`);
      continue;
    }
    const proven = presolved?.get(c.id);
    if (proven) add(proven.reason, proven.detail);
    else if (searchStopped) add('budget', 'Not in the best set found before the search limit stopped the search; a longer search may fund it.');
    else add('negative-value', 'Its value is too small to change the total.');
  }
  return out;
}
