import type { Problem, SpendItem, UseCase, WorkspaceSettings } from '../domain';
import type { CandidateCase } from '../analysis';
import type { PortfolioPlan } from '../portfolio';
import { spendSummary, type SpendSummary } from './attribution';
import { cacheSaving, costPerOutcome, tokenPriceRise, type CacheSaving, type CostPerOutcome, type TokenRise } from './outcomes';

/** The token price rise the board pack, deck and workbook show (+50%, the demo's "dearer tokens" what-if). */
export const EXPORT_TOKEN_RISE = 0.5;

/** The AI spend figures of an export (board pack page, deck slide, workbook sheet): one computation, the same figures everywhere. */
export interface ExportSpend {
  summary: SpendSummary;
  outcomes: CostPerOutcome;
  rise: TokenRise;
  cache: CacheSaving;
}

/** The export's AI spend in `todayMonth`, attributed with the export's funded set; null when the workspace records none. */
export function exportSpend(
  items: readonly SpendItem[] | undefined,
  input: { workspace: WorkspaceSettings; plan: PortfolioPlan; problems: readonly Problem[]; useCases: readonly UseCase[]; cases: readonly CandidateCase[]; todayMonth: string; fundedIds: ReadonlySet<string> },
): ExportSpend | null {
  if (!items || items.length === 0) return null;
  const { workspace, plan, problems, useCases, cases, todayMonth, fundedIds } = input;
  const summary = spendSummary(items, todayMonth, fundedIds, new Set(useCases.map((u) => u.id)));
  return {
    summary,
    outcomes: costPerOutcome(summary, cases, fundedIds),
    rise: tokenPriceRise(workspace, plan, problems, useCases, todayMonth, EXPORT_TOKEN_RISE, fundedIds),
    cache: cacheSaving(useCases, fundedIds),
  };
}
