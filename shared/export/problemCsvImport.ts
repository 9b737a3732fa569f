/**
 * Import of problems from the spreadsheet a workshop produced (CSV): read the file, suggest a column
 * mapping, preview, and convert every row — all or nothing. Rows are numbered as a spreadsheet shows
 * them (the header is row 1), so "Row 7, Monthly cost: …" points at the row the user sees.
 */
import Papa from 'papaparse';
import { BUSINESS_FUNCTIONS, PROBLEM_STATUSES, type ProblemStatus } from '@shared/domain/constants';
import { problemInputSchema, quickProblemInput, type ProblemInput } from '@shared/domain/problem';
import { DEFAULT_NUMBER_FORMAT, type NumberFormat } from '../presentation/locale';
import { parseNumberText } from '../presentation/numberText';
import { decodeUtf8 } from './utf8Text';
import {
  PROBLEM_IMPORT_FIELDS,
  PROBLEM_IMPORT_FIELD_LABELS,
  PROBLEM_NUMBER_FIELDS,
  detectHeader,
  emptyMapping,
  mappingErrors,
  suggestMapping,
  type ColumnMapping,
  type ProblemImportField,
} from './problemCsvMapping';

/** One fault: spreadsheet row (null = the file or the mapping), field (null = the whole row) and what is wrong. */
export interface CsvImportError {
  row: number | null;
  field: ProblemImportField | null;
  message: string;
  /** "Row 7, Monthly cost: must be a number of 0 or more". */
  text: string;
}

/** The file as read: every record, its spreadsheet row number, and the suggested settings. */
export interface ProblemCsvTable {
  /** Non-blank records with their 1-based spreadsheet row number. */
  records: { row: number; cells: string[] }[];
  columnCount: number;
  delimiter: string;
  hasHeader: boolean;
  /** Header texts (or "Column 1", "Column 2", … without a header). */
  headers: string[];
  mapping: ColumnMapping;
}

export interface ProblemCsvSettings {
  hasHeader: boolean;
  mapping: ColumnMapping;
}

export const PROBLEM_CSV_MAX_CHARS = 10_000_000;
export const PROBLEM_CSV_MAX_ROWS = 20_000;
/** At most this many faults are listed; the last entry says how many more there were. */
export const PROBLEM_CSV_MAX_ERRORS = 200;

function fault(row: number | null, field: ProblemImportField | null, message: string): CsvImportError {
  const where = [row === null ? null : `Row ${row}`, field === null ? null : PROBLEM_IMPORT_FIELD_LABELS[field]].filter(Boolean).join(', ');
  return { row, field, message, text: where === '' ? message : `${where}: ${message}` };
}

/** The records of a CSV text: non-blank rows with their spreadsheet row numbers, the widest row and the separator. */
export interface CsvRecords {
  records: { row: number; cells: string[] }[];
  columnCount: number;
  delimiter: string;
}

/**
 * Reads CSV text (comma, semicolon or tab separated; BOM tolerated) into records numbered as a spreadsheet shows them.
 * `tooMany(n)` words the refusal of a file with more than `maxRows` data rows. Never throws. (Problems and actuals.)
 */
export function readCsvRecords(text: string, maxRows: number, tooMany: (rows: number) => string): { ok: true; value: CsvRecords } | { ok: false; errors: { row: number | null; message: string }[] } {
  if (text.length > PROBLEM_CSV_MAX_CHARS) {
    return { ok: false, errors: [{ row: null, message: `The file is too large (${(text.length / 1e6).toFixed(1)} million characters); the limit is ${PROBLEM_CSV_MAX_CHARS / 1e6} million` }] };
  }
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, errors: [{ row: null, message: 'The file is empty' }] };
  // Guess the separator on non-blank lines (papaparse's guess fails on a trailing blank line), then
  // parse keeping blank lines so row numbers match the spreadsheet.
  const delimiter = Papa.parse<string[]>(source, { preview: 50, skipEmptyLines: 'greedy' }).meta.delimiter || ',';
  const parsed = Papa.parse<string[]>(source, { header: false, skipEmptyLines: false, dynamicTyping: false, delimiter });
  const errors = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ row: typeof e.row === 'number' ? e.row + 1 : null, message: e.code === 'MissingQuotes' ? 'a quoted value is never closed (a " is missing)' : 'a quote is misplaced inside a quoted value' }));
  if (errors.length > 0) return { ok: false, errors };

  const records = parsed.data
    .map((cells, index) => ({ row: index + 1, cells: cells.map((c) => String(c)) }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (records.length === 0) return { ok: false, errors: [{ row: null, message: 'The file has no rows' }] };
  if (records.length > maxRows + 1) return { ok: false, errors: [{ row: null, message: tooMany(records.length) }] };
  const columnCount = Math.max(...records.map((r) => r.cells.length));
  return { ok: true, value: { records, columnCount, delimiter: parsed.meta.delimiter } };
}

/** Reads CSV text (comma, semicolon or tab separated; BOM tolerated) and suggests header and mapping. Never throws. */
export function readProblemCsv(text: string): { ok: true; table: ProblemCsvTable } | { ok: false; errors: CsvImportError[] } {
  const read = readCsvRecords(text, PROBLEM_CSV_MAX_ROWS, (n) => `The file has ${n} rows; at most ${PROBLEM_CSV_MAX_ROWS} problems can be imported at once`);
  if (!read.ok) return { ok: false, errors: read.errors.map((e) => fault(e.row, null, e.message)) };
  const { records, columnCount } = read.value;
  const hasHeader = detectHeader(records.slice(0, 2).map((r) => r.cells));
  const base = read.value;
  const headers = headersFor(records, columnCount, hasHeader);
  const mapping = hasHeader ? suggestMapping(headers) : { ...emptyMapping(), title: 0 };
  return { ok: true, table: { ...base, hasHeader, headers, mapping } };
}

/** Reads a CSV file's bytes: strictly UTF-8 (an invalid byte is refused with its offset, never read as U+FFFD), then as readProblemCsv. */
export function readProblemCsvBytes(bytes: Uint8Array): ReturnType<typeof readProblemCsv> {
  if (bytes.length > PROBLEM_CSV_MAX_CHARS * 4) {
    return { ok: false, errors: [fault(null, null, `The file is too large (${(bytes.length / 1e6).toFixed(1)} MB); the limit is ${PROBLEM_CSV_MAX_CHARS / 1e6} million characters`)] };
  }
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? readProblemCsv(decoded.text) : { ok: false, errors: [fault(null, null, decoded.message)] };
}

/** Header texts for the mapping screen; "Column N" where there is no header (or a blank one). */
export function headersFor(records: ProblemCsvTable['records'], columnCount: number, hasHeader: boolean): string[] {
  const first = records[0]?.cells ?? [];
  return Array.from({ length: columnCount }, (_, i) => {
    const h = hasHeader ? (first[i] ?? '').trim() : '';
    return h === '' ? `Column ${i + 1}` : h;
  });
}

function canonicalFunction(text: string): string {
  const match = BUSINESS_FUNCTIONS.find((f) => f.toLowerCase() === text.toLowerCase());
  return match ?? text;
}

function readStatus(text: string): ProblemStatus | null {
  const t = text.trim().toLowerCase();
  return PROBLEM_STATUSES.find((s) => s === t) ?? null;
}

/** Drops the field's own label from a schema message: "Monthly cost must be …" → "must be …". */
function withoutLabel(message: string, field: ProblemImportField): string {
  const label = PROBLEM_IMPORT_FIELD_LABELS[field];
  return message.startsWith(`${label} `) ? message.slice(label.length + 1) : message;
}

/** A record converted: the problem input, or its faults. */
export type ConvertedRow = { row: number; ok: true; problem: ProblemInput } | { row: number; ok: false; errors: CsvImportError[] };

/**
 * Converts one record with a mapping; blank or unmapped fields take the quick-capture defaults. Numbers are read
 * with the workspace's number format ("1.200,50" in de-DE), as the forms read them.
 */
export function convertRecord(record: { row: number; cells: readonly string[] }, mapping: ColumnMapping, format: NumberFormat = DEFAULT_NUMBER_FORMAT): ConvertedRow {
  const errors: CsvImportError[] = [];
  const draft: Record<string, unknown> = { ...quickProblemInput('') };
  for (const field of PROBLEM_IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === null) continue;
    const cell = (record.cells[column] ?? '').trim();
    if (cell === '') continue;
    const kind = PROBLEM_NUMBER_FIELDS[field];
    if (kind) {
      const n = parseNumberText(cell, kind, format);
      if (n.ok) draft[field] = n.value;
      else errors.push(fault(record.row, field, n.message));
    } else if (field === 'status') {
      const status = readStatus(cell);
      if (status) draft.status = status;
      else errors.push(fault(record.row, field, `"${cell}" is not a status; use captured, validated or parked`));
    } else {
      draft[field] = field === 'function' ? canonicalFunction(cell) : cell;
    }
  }
  const checked = problemInputSchema.safeParse(draft);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = PROBLEM_IMPORT_FIELDS.find((f) => f === issue.path[0]) ?? null;
      if (field && errors.some((e) => e.field === field)) continue; // the cell's own fault says it better
      errors.push(fault(record.row, field, field ? withoutLabel(issue.message, field) : issue.message));
    }
  }
  if (errors.length > 0 || !checked.success) return { row: record.row, ok: false, errors };
  return { row: record.row, ok: true, problem: checked.data };
}

/** Data records (the header row left out). */
export function dataRecords(table: Pick<ProblemCsvTable, 'records'>, hasHeader: boolean): ProblemCsvTable['records'] {
  return hasHeader ? table.records.slice(1) : table.records;
}

/** What the preview shows: the first rows converted with the current settings, faults included. */
export function previewProblemCsv(table: ProblemCsvTable, settings: ProblemCsvSettings, limit = 10, format: NumberFormat = DEFAULT_NUMBER_FORMAT): ConvertedRow[] {
  return dataRecords(table, settings.hasHeader)
    .slice(0, limit)
    .map((r) => convertRecord(r, settings.mapping, format));
}

/** Converts every row; any fault anywhere means nothing is imported (all or nothing). */
export function importProblemCsv(
  table: ProblemCsvTable,
  settings: ProblemCsvSettings,
  format: NumberFormat = DEFAULT_NUMBER_FORMAT,
): { ok: true; problems: ProblemInput[] } | { ok: false; errors: CsvImportError[] } {
  const settingErrors = mappingErrors(settings.mapping, table.columnCount).map((m) => fault(null, null, m));
  if (settingErrors.length > 0) return { ok: false, errors: settingErrors };
  const records = dataRecords(table, settings.hasHeader);
  if (records.length === 0) return { ok: false, errors: [fault(null, null, 'The file has no problems to import (only a header row)')] };
  const problems: ProblemInput[] = [];
  const errors: CsvImportError[] = [];
  let omitted = 0;
  for (const record of records) {
    const converted = convertRecord(record, settings.mapping, format);
    if (converted.ok) problems.push(converted.problem);
    else
      for (const e of converted.errors) {
        if (errors.length < PROBLEM_CSV_MAX_ERRORS) errors.push(e);
        else omitted++;
      }
  }
  if (omitted > 0) errors.push(fault(null, null, `…and ${omitted} more faults`));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, problems };
}

/** The suggested settings when the user says whether the first row is a header (the mapping screen's toggle). */
export function suggestedSettings(table: ProblemCsvTable, hasHeader: boolean): ProblemCsvSettings & { headers: string[] } {
  const headers = headersFor(table.records, table.columnCount, hasHeader);
  return { hasHeader, headers, mapping: hasHeader ? suggestMapping(headers) : { ...emptyMapping(), title: 0 } };
}

/** Read + convert in one step, with the suggested settings unless given (for scripts and tests). Never throws. */
export function importProblemCsvText(
  text: string,
  settings?: Partial<ProblemCsvSettings>,
  format: NumberFormat = DEFAULT_NUMBER_FORMAT,
): { ok: true; problems: ProblemInput[] } | { ok: false; errors: CsvImportError[] } {
  const read = readProblemCsv(text);
  if (!read.ok) return read;
  const suggested = suggestedSettings(read.table, settings?.hasHeader ?? read.table.hasHeader);
  return importProblemCsv(read.table, { hasHeader: suggested.hasHeader, mapping: settings?.mapping ?? suggested.mapping }, format);
}
