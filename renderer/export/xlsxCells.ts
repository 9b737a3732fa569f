/**
 * Cell helpers for the Excel workbook: addresses, number formats, print setup, and writing values so that text
 * is always neutralised against formula injection while numbers stay typed numbers.
 */
import type { Cell, Style, Worksheet } from 'exceljs';
import { neutraliseCell } from '@shared/export/csv';
import { clipCodePoints, oneLine, spreadsheetText } from '@shared/export/xmlText';
import { formatMoney, type NumberFormat } from '@shared/presentation';

/** Letters of the columns spelt out so far (a sheet spells the same few hundred columns hundreds of thousands of times). */
const letters: string[] = [];

/** Column letters of a 1-based column index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  const known = letters[index];
  if (known !== undefined) return known;
  const spelt = spellColumn(index);
  if (Number.isInteger(index) && index > 0 && index <= 16_384) letters[index] = spelt;
  return spelt;
}

function spellColumn(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 'C7' for column 3, row 7. */
export const address = (column: number, row: number): string => `${columnLetter(column)}${row}`;

/** A sheet-qualified range for formulas: 'Cash flows'!C7:AL7. */
export function sheetRange(sheet: string, fromColumn: number, toColumn: number, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${address(fromColumn, row)}:${address(toColumn, row)}`;
}

/** A sheet-qualified absolute cell for formulas: 'Cash flows'!$C$9. */
export function sheetCell(sheet: string, column: number, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetter(column)}$${row}`;
}

/**
 * The workbook's number formats, following the workspace's number format (shared/presentation; policy in
 * docs/architecture.md, "shared/presentation"). Excel number formats are locale-neutral codes: the digit grouping
 * and decimal mark are the reader's own (Excel or LibreOffice shows "1.234" on a German machine whatever the file
 * says), so the workbook fixes what a code can fix: the currency symbol and its placement as the app prints money
 * ("$75,000" → "$"#,##0; "75.000 €" → #,##0" €"), and month names in the format's language through a locale tag
 * ([$-407] German, [$-40C] French, [$-809] UK English, [$-409] US English). Calendar months are real dates.
 */
export interface WorkbookFormats {
  money: string;
  percent: string;
  /** A calendar month ("Jan 2027" / "janv. 2027"). */
  month: string;
  /** A day ("1 Feb 2027"). */
  day: string;
  integer: string;
  decimal: string;
  score: string;
}

const LOCALE_TAGS: Record<NumberFormat, string> = { 'en-US': '[$-409]', 'en-GB': '[$-809]', 'de-DE': '[$-407]', 'fr-FR': '[$-40C]' };

const quoted = (s: string): string => (s ? `"${s.replace(/"/g, '')}"` : '');

/** Excel format for whole amounts with the currency symbol where the app puts it; negatives in red with a minus sign. */
export function moneyFormat(currency: string, format: NumberFormat): string {
  const sample = formatMoney(1, currency, format); // "$1", "1 €", "US$1", "1 XYZ": the app's own symbol and placement
  const at = sample.indexOf('1');
  const body = `${quoted(sample.slice(0, at))}#,##0${quoted(sample.slice(at + 1))}`;
  return `${body};[Red]-${body}`;
}

export function workbookFormats(currency: string, format: NumberFormat): WorkbookFormats {
  const tag = LOCALE_TAGS[format];
  return {
    money: moneyFormat(currency, format),
    percent: '0.0%',
    month: `${tag}mmm yyyy`,
    day: format === 'en-US' ? `${tag}mmm d, yyyy` : `${tag}d mmm yyyy`,
    integer: '0',
    decimal: '#,##0.00',
    score: '0.0',
  };
}

/** The spreadsheet serial number of the first day of a calendar month 'YYYY-MM' (a real date, day 1 = 1900-01-01). */
export function monthSerial(calendarMonth: string): number {
  const [y, m] = calendarMonth.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, 1) / 86_400_000 + 25_569;
}

/** The serial number of the day of an ISO date-time (UTC). */
export function daySerial(iso: string): number {
  const d = new Date(iso);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / 86_400_000 + 25_569;
}

/** Kinds of column value; decides the cell format. */
export type ColumnKind = 'text' | 'money' | 'percent' | 'integer' | 'decimal' | 'score' | 'month';

/** What a cell may hold: text (neutralised), a number (typed), nothing, or a live formula with its cached result. */
export type SheetValue = string | number | null | { formula: string; result: number | string };

/**
 * One frozen style object per number format (and weight), shared by every cell that uses it: exceljs
 * recognises a style object it has seen and skips re-registering it, which makes large sheets several
 * times faster. Frozen so that no later font or fill change can leak into other cells.
 */
const plainStyles = new Map<string, Partial<Style>>();
const boldStyles = new Map<string, Partial<Style>>();
export function sharedStyle(numFmt: string, bold = false): Partial<Style> {
  const cache = bold ? boldStyles : plainStyles;
  let style = cache.get(numFmt);
  if (!style) {
    style = Object.freeze(bold ? { numFmt, font: Object.freeze({ bold: true }) } : { numFmt });
    cache.set(numFmt, style);
  }
  return style;
}

/**
 * The cell at row `r`, column `c`, reached through its row: exceljs's `sheet.getCell(r, c)` spells out an address such as
 * "AH1204" and parses it back on every call: about 5% of the workbook's time over the Cash flows sheet's 300,000 cells.
 */
export const cellAt = (sheet: Worksheet, r: number, c: number): Cell => sheet.getRow(r).getCell(c);

/**
 * Writes one value: text made XML-safe, neutralised and kept literal (shared/export/xmlText.ts), non-finite numbers left
 * empty, formulas with their cached results.
 */
export function writeCell(cell: Cell, value: SheetValue, numFmt?: string, bold = false): void {
  if (value === null) return;
  if (typeof value === 'string') cell.value = spreadsheetText(value, neutraliseCell);
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return;
    cell.value = Object.is(value, -0) ? 0 : value;
  } else cell.value = { formula: value.formula, result: value.result };
  if (numFmt && typeof value !== 'string') cell.style = sharedStyle(numFmt, bold);
  else if (bold) cell.font = { bold: true };
}

/** A table column: header, width, kind and how to read the value of a row; `wrap` for long text. */
export interface SheetColumn<Row> {
  header: string;
  kind: ColumnKind;
  width?: number;
  wrap?: boolean;
  value: (row: Row, rowNumber: number) => SheetValue;
}

/** Paper per number format: US Letter for en-US, A4 elsewhere (exceljs paperSize codes). */
const paperOf = (format: NumberFormat): number => (format === 'en-US' ? 1 : 9);

export interface PrintOptions {
  format: NumberFormat;
  /** Pages across (1 = fit to width); never pages down (fitToHeight 0). */
  pagesWide?: number;
  /** Rows repeated on every page ('1:1'). */
  titleRows?: string;
  /** Columns repeated on every page ('A:B'). */
  titleColumns?: string;
  /** Footer text left (the workspace name); pages are numbered on the right. */
  footer: string;
}

/** Landscape, fit to width, header rows (and columns) repeated, a footer with page numbers. */
export function printSetup(sheet: Worksheet, options: PrintOptions): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    paperSize: paperOf(options.format),
    fitToPage: true,
    fitToWidth: options.pagesWide ?? 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
    ...(options.titleColumns ? { printTitlesColumn: options.titleColumns } : {}),
  };
  // Excel refuses header and footer texts over 255 characters; '&' starts a code there, '&&' is a literal ampersand.
  const footer = clipCodePoints(oneLine(options.footer), 120).replace(/&/g, '&&');
  sheet.headerFooter = { oddFooter: `&L${footer} · ${oneLine(sheet.name).replace(/&/g, '&&')}&RPage &P of &N` };
}

/** Writes a header row and one row per record; freezes the header and adds a filter. Returns the last row number. */
export function writeTable<Row>(sheet: Worksheet, rows: readonly Row[], columns: ReadonlyArray<SheetColumn<Row>>, formats: WorkbookFormats, firstRow = 1, frozenColumns = 0): number {
  const header = sheet.getRow(firstRow);
  columns.forEach((c, i) => {
    writeCell(header.getCell(i + 1), c.header);
    const column = sheet.getColumn(i + 1);
    column.width = c.width ?? Math.min(40, Math.max(10, c.header.length + 2));
    if (c.wrap) column.alignment = { vertical: 'top', wrapText: true };
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  const numFmt: Record<ColumnKind, string | undefined> = {
    text: undefined,
    money: formats.money,
    percent: formats.percent,
    integer: formats.integer,
    decimal: formats.decimal,
    score: formats.score,
    month: formats.month,
  };
  rows.forEach((row, r) => {
    const rowNumber = firstRow + 1 + r;
    const sheetRow = sheet.getRow(rowNumber);
    columns.forEach((c, i) => writeCell(sheetRow.getCell(i + 1), c.value(row, rowNumber), numFmt[c.kind]));
  });
  sheet.views = [{ state: 'frozen', xSplit: frozenColumns, ySplit: firstRow }];
  sheet.autoFilter = { from: { row: firstRow, column: 1 }, to: { row: firstRow + rows.length, column: columns.length } };
  return firstRow + rows.length;
}

/** Pages across that keep a wide table legible in landscape (about 150 characters of column width a page). */
export function pagesWideFor(widths: readonly number[]): number {
  return Math.max(1, Math.ceil(widths.reduce((s, w) => s + w, 0) / 150));
}
