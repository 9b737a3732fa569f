/**
 * Reads a client's inventory file (docs/inventory.md): a CSV (strict UTF-8, comma, semicolon or tab separated; the
 * one CSV reader, readCsvRecords) or one sheet of an XLSX workbook (readXlsxRecords), into an InventoryTable with the
 * header detected and every column given a unique name. Pure; never throws.
 */
import { isFormulaLike } from '../export/csv';
import { megabytes } from '../export/fileLimits';
import { readCsvRecords } from '../export/problemCsvImport';
import { decodeUtf8 } from '../export/utf8Text';
import type { InventoryTable } from './contract';
import { detectInventoryHeader } from './mapping';
import { XLSX_MAX_ROWS, isXlsx, readXlsxRecords } from './xlsxRead';

/** Data rows one import reads at most (a header row comes on top). */
export const INVENTORY_MAX_ROWS = XLSX_MAX_ROWS;
/** Largest file read, in bytes. */
export const INVENTORY_MAX_BYTES = 40 * 1024 * 1024;

export type InventoryRead = { ok: true; value: InventoryTable } | { ok: false; errors: string[] };

const where = (e: { row: number | null; message: string }) => (e.row === null ? e.message : `Row ${e.row}: ${e.message}`);
const tooMany = (rows: number) => `The file has ${rows} rows; at most ${INVENTORY_MAX_ROWS} use cases can be imported at once`;

/**
 * Unique display names for the header cells: a blank header becomes "Column N" (its position), a repeated one
 * "Owner (2)", "Owner (3)" (compared without case). Without a header: "Column 1", "Column 2", ….
 */
export function inventoryHeaders(first: readonly string[], columnCount: number, hasHeader: boolean): string[] {
  const raw = Array.from({ length: columnCount }, (_, i) => (hasHeader ? (first[i] ?? '').trim().replace(/\s+/g, ' ') : ''));
  const used = new Set<string>();
  return raw.map((h, i) => {
    const base = h === '' ? `Column ${i + 1}` : h;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The table with the first row taken as a header or as data (the mapping screen's toggle). */
export function withHeader(table: InventoryTable, hasHeader: boolean): InventoryTable {
  return { ...table, hasHeader, headers: inventoryHeaders(table.records[0]?.cells ?? [], table.columnCount, hasHeader) };
}

/**
 * Takes off the quote that downloads put before formula-like text ("'=SUM(A1)" → "=SUM(A1)", shared/export/csv.ts),
 * so a downloaded file of faulty rows, once fixed, or an inventory the app exported (CSV or workbook: renderer/export/
 * xlsxCells.ts writeCell puts the same quote), reads back as it was written.
 */
const unneutralise = (cell: string) => (cell.startsWith("'") && isFormulaLike(cell.slice(1)) ? cell.slice(1) : cell);

function table(fileName: string, kind: InventoryTable['kind'], sheetNames: string[], sheet: string, records: InventoryTable['records'], columnCount: number): InventoryTable {
  const hasHeader = detectInventoryHeader(records.slice(0, 2).map((r) => r.cells));
  return { fileName, kind, sheetNames, sheet, records, columnCount, hasHeader, headers: inventoryHeaders(records[0]?.cells ?? [], columnCount, hasHeader) };
}

/** Reads a CSV or XLSX inventory (an XLSX by its content or its name; `sheet` picks a sheet, default the first). */
export function readInventoryFile(fileName: string, bytes: Uint8Array, options: { sheet?: string } = {}): InventoryRead {
  if (bytes.length > INVENTORY_MAX_BYTES) {
    return { ok: false, errors: [`The file is too large (${megabytes(bytes.length)}); the limit is ${megabytes(INVENTORY_MAX_BYTES)}`] };
  }
  const lower = fileName.toLowerCase();
  if (/\.(xls|xlsb|ods|numbers)$/.test(lower) && !isXlsx(bytes)) {
    return { ok: false, errors: ['This kind of spreadsheet cannot be read: save it as an Excel workbook (.xlsx) or as CSV UTF-8 and import that'] };
  }
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm') || isXlsx(bytes)) {
    const read = readXlsxRecords(bytes, { ...(options.sheet ? { sheet: options.sheet } : {}), maxRows: INVENTORY_MAX_ROWS });
    if (!read.ok) return { ok: false, errors: read.errors.map(where) };
    const { sheetNames, sheet, records, columnCount } = read.value;
    if (records.length === 0) return { ok: false, errors: [`The sheet “${sheet}” has no rows`] };
    return { ok: true, value: table(fileName, 'xlsx', sheetNames, sheet, records.map((r) => ({ row: r.row, cells: r.cells.map(unneutralise) })), columnCount) };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.message] };
  const read = readCsvRecords(decoded.text, INVENTORY_MAX_ROWS, tooMany);
  if (!read.ok) return { ok: false, errors: read.errors.map(where) };
  const records = read.value.records.map((r) => ({ row: r.row, cells: r.cells.map(unneutralise) }));
  return { ok: true, value: table(fileName, 'csv', [], '', records, read.value.columnCount) };
}
