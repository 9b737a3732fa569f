/**
 * CSV writing (RFC 4180) with spreadsheet formula-injection protection (OWASP "CSV Injection").
 *
 * - Fields are separated by commas, records by CRLF; a field is wrapped in double quotes when it
 *   contains a comma, a double quote, CR or LF (or leading/trailing spaces), and inner quotes are doubled.
 * - Every TEXT cell goes through `neutraliseCell`; numbers are written as numbers (a negative
 *   number is data, not a formula), so a spreadsheet still sums them.
 */

/** Characters that make a spreadsheet treat a cell as a formula (OWASP), plus their full-width forms. */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** Characters a spreadsheet may skip before it looks for a formula trigger: spaces and quotes. */
const SKIPPABLE_PREFIX = new Set([' ', '\u00A0', '"', "'", '\t', '\r', '\n']);

/**
 * True when a spreadsheet could read this text as a formula: it starts with = + - @ tab CR or LF, or
 * with one of those after leading spaces or quote characters (` =1+2`, `"=1+2`, `'=cmd`).
 */
export function isFormulaLike(text: string): boolean {
  for (const ch of text) {
    if (FORMULA_TRIGGERS.has(ch)) return true;
    if (!SKIPPABLE_PREFIX.has(ch)) return false;
  }
  return false;
}

/**
 * Neutralises a text cell against formula injection by prefixing a single quote (OWASP), so `=SUM(A1)`
 * becomes `'=SUM(A1)` and shows as text. Harmless text is returned unchanged.
 */
export function neutraliseCell(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** A cell value a CSV or sheet writer accepts: text is neutralised, numbers stay numbers, null is empty. */
export type CellValue = string | number | boolean | null;

/** Renders a number as CSV text (shortest exact form, no grouping); empty for NaN/Infinity, which are not data. */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Object.is(value, -0) ? '0' : String(value);
}

/** Quotes one already-neutralised field per RFC 4180 when it needs quoting. */
export function quoteCsvField(field: string): string {
  if (/[",\r\n]/.test(field) || /^\s|\s$/.test(field)) return `"${field.replace(/"/g, '""')}"`;
  return field;
}

/** One cell as CSV text: text neutralised and quoted, numbers as numbers, booleans as TRUE/FALSE. */
export function csvCell(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatCsvNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return quoteCsvField(neutraliseCell(value));
}

/** The UTF-8 byte order mark: lets Excel open a UTF-8 CSV with accents intact. */
export const CSV_BOM = '\uFEFF';

export interface CsvOptions {
  /** Prefix the byte order mark (default false). */
  bom?: boolean;
}

/** Writes rows of cells as an RFC 4180 document (CRLF line ends, trailing CRLF). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CellValue>>, options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return (options.bom ? CSV_BOM : '') + (rows.length > 0 ? `${body}\r\n` : '');
}

/** A column of a table export: its header and how to read the cell from a row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
}

/** Writes a table (header row + one row per record) as CSV. */
export function tableCsv<Row>(rows: readonly Row[], columns: ReadonlyArray<CsvColumn<Row>>, options: CsvOptions = {}): string {
  const header = columns.map((c) => c.header);
  return toCsv([header, ...rows.map((row) => columns.map((c) => c.value(row)))], options);
}
