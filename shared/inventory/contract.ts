import type { InventoryField, ProblemInput, ProblemMode, Stage, StageMapEntry, UseCaseInput } from '../domain';

/**
 * The inventory import as data (docs/inventory.md): the file as read, the user's choices on the mapping screen, the
 * preview with every row-level fault, and the plan that one write transaction carries out. Read → map → preview →
 * plan are pure (shared/inventory); only the plan's write touches the database (renderer/db inventoryRepository).
 */

/** A CSV file or one sheet of a workbook, as read. Rows are numbered as the spreadsheet shows them (header = row 1). */
export interface InventoryTable {
  fileName: string;
  kind: 'csv' | 'xlsx';
  /** The workbook's sheets in order ([] for CSV) and the one read ('' for CSV). */
  sheetNames: string[];
  sheet: string;
  /** Every non-blank row, the header row included when there is one. */
  records: { row: number; cells: string[] }[];
  columnCount: number;
  hasHeader: boolean;
  /** Header texts (or "Column 1", "Column 2", … without a header). */
  headers: string[];
}

/** Column index (0-based) per field; null = not in the file (the field keeps its default, or its value on re-import). */
export type InventoryColumns = Record<InventoryField, number | null>;

/** What the user chose on the mapping screen. */
export interface InventoryMapping {
  hasHeader: boolean;
  columns: InventoryColumns;
  problemMode: ProblemMode;
  /** problemMode 'group': the column whose values become one problem each. */
  groupColumn: number | null;
  /** What each value of the stage column means; values not listed are faults. */
  stageMap: StageMapEntry[];
  /** Faulty rows: refuse the file (nothing is written) or skip those rows (listed, and downloadable to fix). */
  faultyRows: 'refuse' | 'skip';
  /** Over-long names and texts: a fault, or shortened with the full text kept in the description. */
  shortenLongText: boolean;
}

/** One fault of one row: spreadsheet row, column (0-based; null = the whole row), the field, and what is wrong. */
export interface InventoryRowFault {
  row: number;
  column: number | null;
  field: InventoryField | null;
  message: string;
  /** "Row 7, column C (Owner): longer than 120 characters". */
  text: string;
  /** 'shorten' = choosing "shorten over-long text" resolves it. */
  fix: 'shorten' | null;
}

/** Where a planned use case's problem comes from: one created by this import (by key) or one already in the workspace. */
export type ProblemRef = { kind: 'new'; key: string } | { kind: 'existing'; id: string };

/** What the import writes, all in one transaction, or nothing. */
export interface InventoryImportPlan {
  fileName: string;
  newProblems: { key: string; input: ProblemInput }[];
  newUseCases: { row: number; problem: ProblemRef; input: UseCaseInput; stage: Stage }[];
  /** Use cases imported before with the same register id: the new input (only mapped fields change), written only if the record is still at expectedRevision. */
  updates: { row: number; useCaseId: string; expectedRevision: number; input: UseCaseInput; stage: Stage | null }[];
  skippedRows: number[];
  /** Rows whose text was shortened (the full text kept in the description). */
  shortenedRows: number[];
}

/** The preview: counts, every fault, and the plan when nothing blocks it (null while a fault is not resolved by a choice). */
export interface InventoryPreview {
  dataRows: number;
  faults: InventoryRowFault[];
  faultyRows: number[];
  plan: InventoryImportPlan | null;
  /** Why there is no plan (mapping errors, or faults while "refuse" is chosen). */
  blockers: string[];
}

/** How the write went: counts for the summary after import. */
export interface InventoryImportResult {
  problemsCreated: number;
  useCasesCreated: number;
  useCasesUpdated: number;
  rowsSkipped: number;
  /** Ids of the use cases created or updated, for the summary's flag counts. */
  useCaseIds: string[];
}
