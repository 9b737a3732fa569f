/**
 * Cell helpers for the Excel workbook: addresses, number formats, and writing values so that text is
 * always neutralised against formula injection while numbers stay typed numbers.
 */
import type { Cell, Style, Worksheet } from 'exceljs';
import { neutraliseCell } from '@shared/export/csv';

/** Column letters of a 1-based column index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
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

const CURRENCY_SYMBOLS: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  CAD: 'CA$',
  AUD: 'A$',
  SGD: 'S$',
  CHF: 'CHF ',
  SEK: 'SEK ',
  NOK: 'NOK ',
  DKK: 'DKK ',
};

/** Excel number format for whole amounts in the workspace currency; negatives in red with a minus sign. */
export function currencyFormat(currency: string): string {
  const code = /^[A-Z]{3}$/.test(currency) ? currency : 'USD';
  const symbol = CURRENCY_SYMBOLS[code] ?? `${code} `;
  return `"${symbol}"#,##0;[Red]-"${symbol}"#,##0`;
}

export const FORMATS = {
  percent: '0.0%',
  integer: '0',
  decimal: '#,##0.00',
  score: '0.0',
  hours: '#,##0',
} as const;

/** Kinds of column value; decides the cell type and format. */
export type ColumnKind = 'text' | 'money' | 'percent' | 'integer' | 'decimal' | 'score';

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

/** Writes one value: text neutralised, non-finite numbers left empty, formulas with their cached results. */
export function writeCell(cell: Cell, value: SheetValue, numFmt?: string, bold = false): void {
  if (value === null) return;
  if (typeof value === 'string') cell.value = neutraliseCell(value);
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return;
    cell.value = Object.is(value, -0) ? 0 : value;
  } else cell.value = { formula: value.formula, result: value.result };
  if (numFmt && typeof value !== 'string') cell.style = sharedStyle(numFmt, bold);
  else if (bold) cell.font = { bold: true };
}

/** A table column: header, width, kind and how to read the value of a row. */
export interface SheetColumn<Row> {
  header: string;
  kind: ColumnKind;
  width?: number;
  value: (row: Row, rowNumber: number) => SheetValue;
}

/** Writes a header row and one row per record; freezes the header and adds a filter. Returns the last row number. */
export function writeTable<Row>(sheet: Worksheet, rows: readonly Row[], columns: ReadonlyArray<SheetColumn<Row>>, moneyFormat: string, firstRow = 1): number {
  const header = sheet.getRow(firstRow);
  columns.forEach((c, i) => {
    writeCell(header.getCell(i + 1), c.header);
    sheet.getColumn(i + 1).width = c.width ?? Math.min(40, Math.max(10, c.header.length + 2));
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  const formats: Record<ColumnKind, string | undefined> = { text: undefined, money: moneyFormat, percent: FORMATS.percent, integer: FORMATS.integer, decimal: FORMATS.decimal, score: FORMATS.score };
  rows.forEach((row, r) => {
    const rowNumber = firstRow + 1 + r;
    const sheetRow = sheet.getRow(rowNumber);
    columns.forEach((c, i) => writeCell(sheetRow.getCell(i + 1), c.value(row, rowNumber), formats[c.kind]));
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: firstRow }];
  sheet.autoFilter = { from: { row: firstRow, column: 1 }, to: { row: firstRow + rows.length, column: columns.length } };
  return firstRow + rows.length;
}
