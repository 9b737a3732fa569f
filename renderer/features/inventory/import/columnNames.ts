import type { InventoryTable } from '@shared/inventory';
import { columnName } from '@shared/inventory/xlsxSheet';

/** "C (Owner)": where a fault is, as a spreadsheet shows it. */
export function columnPlace(table: InventoryTable, column: number | null): string {
  if (column === null) return 'Whole row';
  const name = table.headers[column] ?? '';
  return name === '' ? columnName(column) : `${columnName(column)} (${name})`;
}

/** The first value the column holds below the header, shortened for a glance ('' when the column is empty). */
export function sampleValue(table: InventoryTable, column: number | null): string {
  if (column === null) return '';
  for (const r of table.hasHeader ? table.records.slice(1) : table.records) {
    const v = (r.cells[column] ?? '').trim();
    if (v !== '') return v.length > 60 ? `${v.slice(0, 59)}…` : v;
  }
  return '';
}
