import type { StoredProblem, StoredUseCase } from '@renderer/db';
import { currentStage, type Stage } from '@shared/domain';
import { INVENTORY_FLAGS, inventoryFlags, type InventoryFlag, type InventoryFlagCounts } from '@shared/inventory';
import { matchesWords, searchFold, searchWords } from '@shared/presentation';

/** One use case as the inventory list shows it: its problem, stage and flags worked out once. */
export interface InventoryListRow {
  useCase: StoredUseCase;
  problem: StoredProblem | undefined;
  stage: Stage;
  flags: readonly InventoryFlag[];
  /** What a search looks in, folded once (textSearch.ts): name, problem, owner, vendor, register id, where it came from. */
  searchText: string;
}

/** Rows per page of the list: a page renders at once however large the inventory (5,000 rows are 50 pages). */
export const PAGE_SIZE = 100;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every use case of the workspace with its flags, by name (a new array: live queries hand out frozen ones). */
export function inventoryListRows(useCases: readonly StoredUseCase[], problems: readonly StoredProblem[]): InventoryListRow[] {
  const byId = new Map(problems.map((p) => [p.id, p]));
  return useCases
    .map((useCase) => {
      const problem = byId.get(useCase.problemId);
      const { register } = useCase;
      const searchText = searchFold([useCase.name, problem?.title ?? '', register.owner, problem?.owner ?? '', register.vendor, register.externalId, register.importedFrom].join(' '));
      return { useCase, problem, stage: currentStage(useCase.lifecycle), flags: inventoryFlags(useCase, problem), searchText };
    })
    .sort((a, b) => collator.compare(a.useCase.name, b.useCase.name) || a.useCase.id.localeCompare(b.useCase.id));
}

/** How many rows carry each flag (the filter buttons' counts). */
export function countFlags(rows: readonly InventoryListRow[]): InventoryFlagCounts {
  const counts = Object.fromEntries(INVENTORY_FLAGS.map((f) => [f, 0])) as InventoryFlagCounts;
  for (const row of rows) for (const f of row.flags) counts[f] += 1;
  return counts;
}

/** The rows carrying `flag` (all rows for null). */
export function filterByFlag(rows: readonly InventoryListRow[], flag: InventoryFlag | null): readonly InventoryListRow[] {
  return flag === null ? rows : rows.filter((r) => r.flags.includes(flag));
}

/** The rows whose name, problem, owner, vendor, register id or source holds every word of `query` (all rows for a blank one). */
export function filterBySearch(rows: readonly InventoryListRow[], query: string): readonly InventoryListRow[] {
  const words = searchWords(query);
  return words.length === 0 ? rows : rows.filter((r) => matchesWords(r.searchText, words));
}

/** The page (0-based) a list of `total` rows can show, kept in range when the list shrinks. */
export function clampPage(page: number, total: number): number {
  const last = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
  return Math.min(Math.max(0, page), last);
}
