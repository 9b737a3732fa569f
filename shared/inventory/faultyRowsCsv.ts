/**
 * The faulty rows of an inventory, downloadable to fix and import again (docs/inventory.md): the header row, then each
 * faulty row as it was in the file, with a last column "What to fix". Text is neutralised against formula injection
 * (shared/export/csv.ts); readInventoryFile takes that quote off again, so the file reads back to the same cells.
 */
import { toCsv } from '../export/csv';
import type { InventoryPreview, InventoryTable } from './contract';
import { columnName } from './xlsxSheet';

export const WHAT_TO_FIX = 'What to fix';

/** CSV text (UTF-8 with a byte-order mark for Excel) of the faulty rows with what to fix in each. */
export function faultyRowsCsv(table: InventoryTable, preview: InventoryPreview): string {
  const width = table.columnCount;
  const pad = (cells: readonly string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  const header = table.hasHeader && table.records[0] ? pad(table.records[0].cells) : [...table.headers];
  const byRow = new Map<number, string[]>();
  for (const f of preview.faults) {
    const where = f.column === null ? '' : `Column ${columnName(f.column)} (${table.headers[f.column] ?? `Column ${f.column + 1}`}): `;
    const list = byRow.get(f.row) ?? [];
    list.push(`${where}${f.message}`);
    byRow.set(f.row, list);
  }
  const faulty = new Set(preview.faultyRows);
  const data = (table.hasHeader ? table.records.slice(1) : table.records).filter((r) => faulty.has(r.row));
  return toCsv([[...header, WHAT_TO_FIX], ...data.map((r) => [...pad(r.cells), (byRow.get(r.row) ?? []).join('; ')])], { bom: true });
}
