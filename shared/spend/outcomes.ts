import { noScenarioAssumptions, noScenarioPlan, type Problem, type UseCase, type WorkspaceSettings } from '../domain';
import { candidateCases, type CandidateCase } from '../analysis';
import { modelApiMonthlyCost } from '../finance';
import type { PortfolioPlan } from '../portfolio';
import { applyScenario } from '../scenarios';
import type { SpendSummary } from './attribution';

/**
 * What the organisation's AI spend buys and what moves it (docs/spend.md): cost per outcome from the use cases' own
 * figures (their business cases, shared/analysis), a token price rise through the scenario machinery (applyScenario's
 * token-price factor), and what the use cases' cache-hit shares save on their model/API bills (shared/finance).
 */

export interface OutcomeRow {
  useCaseId: string;
  name: string;
  funded: boolean;
  /** The AI spend linked to it per month. */
  spend: number;
  /** Hours saved per month and monthly benefit at full adoption (its own business case). */
  hours: number;
  benefit: number;
  /** Spend ÷ hours saved, spend ÷ benefit; null when there is nothing to divide by. */
  perHour: number | null;
  perBenefitDollar: number | null;
}

export interface CostPerOutcome {
  /** The whole monthly AI spend against the funded use cases' hours saved and benefit. */
  portfolio: { spend: number; hours: number; benefit: number; perHour: number | null; perBenefitDollar: number | null };
  /** Every use case some spend is linked to, most spend first. */
  useCases: OutcomeRow[];
}

const per = (spend: number, by: number): number | null => (by > 0 ? spend / by : null);

/** Cost per outcome in the summary's month, from the business cases `cases` (candidateCases) and the funded set. */
export function costPerOutcome(summary: SpendSummary, cases: readonly CandidateCase[], fundedIds: ReadonlySet<string>): CostPerOutcome {
  let hours = 0;
  let benefit = 0;
  const rows: OutcomeRow[] = [];
  for (const c of cases) {
    const id = c.useCase.id;
    const h = c.useCase.benefits.hoursSavedPerMonth;
    const b = c.metrics.monthlyBenefitAtFull;
    if (fundedIds.has(id)) {
      hours += h;
      benefit += b;
    }
    const cents = summary.byUseCase[id];
    if (cents === undefined) continue;
    const spend = cents / 100;
    rows.push({ useCaseId: id, name: c.useCase.name, funded: fundedIds.has(id), spend, hours: h, benefit: b, perHour: per(spend, h), perBenefitDollar: per(spend, b) });
  }
  rows.sort((a, b) => b.spend - a.spend || a.name.localeCompare(b.name));
  const spend = summary.totalCents / 100;
  return { portfolio: { spend, hours, benefit, perHour: per(spend, hours), perBenefitDollar: per(spend, benefit) }, useCases: rows };
}

export interface TokenRiseRow {
  useCaseId: string;
  name: string;
  funded: boolean;
  /** Model/API bill per month before and after the rise. */
  apiBefore: number;
  apiAfter: number;
  /** Forward NPV before and after. */
  npvBefore: number;
  npvAfter: number;
  /** Its NPV was 0 or more and the rise makes it negative. */
  turnsNegative: boolean;
}

export interface TokenRise {
  /** The rise as a fraction (0.5 = +50%). */
  rise: number;
  rows: TokenRiseRow[];
  /** The funded use cases' forward NPV summed, before and after. */
  fundedNpvBefore: number;
  fundedNpvAfter: number;
  /** The use cases whose NPV turns negative, funded first. */
  turnNegative: TokenRiseRow[];
}

/**
 * What a token price rise of `rise` (0.5 = +50%) does to each use case and to the funded portfolio: the base and a
 * scenario with token-price factor 1 + rise, both through the same business case (candidateCases). Committed API spend
 * on the spend page is a contract amount and does not move with the price.
 */
export function tokenPriceRise(
  workspace: WorkspaceSettings,
  plan: PortfolioPlan,
  problems: readonly Problem[],
  useCases: readonly UseCase[],
  todayMonth: string,
  rise: number,
  fundedIds: ReadonlySet<string>,
): TokenRise {
  const view = applyScenario(workspace, plan, useCases, { assumptions: { ...noScenarioAssumptions(), tokenPriceFactor: 1 + rise }, plan: noScenarioPlan(), useCases: {} });
  const before = candidateCases(workspace, problems, useCases, todayMonth);
  const after = new Map(candidateCases(view.workspace, problems, view.useCases, todayMonth).map((c) => [c.useCase.id, c]));
  let fundedNpvBefore = 0;
  let fundedNpvAfter = 0;
  const rows = before.map((b): TokenRiseRow => {
    const a = after.get(b.useCase.id) ?? b;
    const funded = fundedIds.has(b.useCase.id);
    if (funded) {
      fundedNpvBefore += b.metrics.npv;
      fundedNpvAfter += a.metrics.npv;
    }
    return {
      useCaseId: b.useCase.id,
      name: b.useCase.name,
      funded,
      apiBefore: modelApiMonthlyCost(b.useCase.runCost.modelApi),
      apiAfter: modelApiMonthlyCost(a.useCase.runCost.modelApi),
      npvBefore: b.metrics.npv,
      npvAfter: a.metrics.npv,
      turnsNegative: b.metrics.npv >= 0 && a.metrics.npv < 0,
    };
  });
  const turnNegative = rows.filter((r) => r.turnsNegative).sort((a, b) => Number(b.funded) - Number(a.funded) || a.name.localeCompare(b.name));
  return { rise, rows, fundedNpvBefore, fundedNpvAfter, turnNegative };
}

export interface CacheRow {
  useCaseId: string;
  name: string;
  funded: boolean;
  cacheHitShare: number;
  /** The model/API bill per month as planned, and what it would be with no cache hits. */
  bill: number;
  billWithoutCache: number;
  saving: number;
}

export interface CacheSaving {
  rows: CacheRow[];
  /** Monthly savings of the funded use cases and of all of them. */
  funded: number;
  all: number;
}

/** What each use case's cache-hit share saves on its model/API bill per month (use cases with a model/API bill only). */
export function cacheSaving(useCases: readonly UseCase[], fundedIds: ReadonlySet<string>): CacheSaving {
  const rows: CacheRow[] = [];
  let funded = 0;
  let all = 0;
  for (const uc of useCases) {
    const m = uc.runCost.modelApi;
    const billWithoutCache = modelApiMonthlyCost({ ...m, cacheHitShare: 0 });
    if (billWithoutCache <= 0) continue;
    const bill = modelApiMonthlyCost(m);
    const saving = billWithoutCache - bill;
    const isFunded = fundedIds.has(uc.id);
    rows.push({ useCaseId: uc.id, name: uc.name, funded: isFunded, cacheHitShare: m.cacheHitShare, bill, billWithoutCache, saving });
    all += saving;
    if (isFunded) funded += saving;
  }
  rows.sort((a, b) => b.saving - a.saving || a.name.localeCompare(b.name));
  return { rows, funded, all };
}
