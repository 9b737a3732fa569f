/**
 * Reads one sheet of an Excel workbook (.xlsx) into text records for the inventory import (issue 15), shaped as
 * `readCsvRecords` shapes a CSV file: non-blank rows numbered as Excel shows them, cells as text indexed by column.
 * Pure and bounded: fflate unzips entry by entry under size limits (xlsxZip.ts), a linear scanner reads the XML
 * (xlsxXml.ts), the workbook's parts (xlsxParts.ts) and the sheet (xlsxSheet.ts). Formulas are never evaluated: a
 * formula gives the value Excel saved with it. Every refusal is one sentence for the person importing the file.
 *
 * Cell text: shared and inline strings (rich-text runs joined), formula strings, numbers as the shortest text that
 * reads back the same number (`String(n)`: 1234567.89, never locale-formatted), booleans TRUE/FALSE, errors as shown
 * (#N/A), dates (a number in a date format) as YYYY-MM-DD in the workbook's date system (1900 or 1904).
 */
import { type ZipEntry, type UnpackBudget, XLSX_MAX_FILE_BYTES, XLSX_MAX_UNPACKED_BYTES, XLSX_MESSAGES, looksLikeZip, notZipMessage, openZip, partKey, readEntryText } from './xlsxZip';
import { readDateStyles, readRelationships, readSharedStrings, readWorkbook, resolvePartName } from './xlsxParts';
import { type XlsxFault, readSheet } from './xlsxSheet';

export type { XlsxFault } from './xlsxSheet';
export { XLSX_MAX_CELL_CHARS, XLSX_MAX_CELLS, XLSX_MAX_COLUMNS, columnName } from './xlsxSheet';
export { XLSX_MAX_FILE_BYTES, XLSX_MAX_UNPACKED_BYTES };

export interface XlsxRecords {
  /** The workbook's sheets in its order. */
  sheetNames: string[];
  /** The sheet read. */
  sheet: string;
  /** Non-blank rows with their 1-based row number as Excel shows it; cells by column (A = 0), '' where empty, trailing empties trimmed. */
  records: { row: number; cells: string[] }[];
  /** The widest row's cell count. */
  columnCount: number;
}

export type XlsxOutcome = { ok: true; value: XlsxRecords } | { ok: false; errors: XlsxFault[] };

/** Data rows read at most by default (a header row comes on top). */
export const XLSX_MAX_ROWS = 20_000;

const WORKBOOK = 'xl/workbook.xml';
const quoted = (name: string) => `“${name}”`;
const refuse = (message: string, row: number | null = null): XlsxOutcome => ({ ok: false, errors: [{ row, message }] });

/** Whether the bytes are an XLSX workbook: a zip holding xl/workbook.xml. Never throws. */
export function isXlsx(bytes: Uint8Array): boolean {
  try {
    if (!looksLikeZip(bytes)) return false;
    const zip = openZip(bytes, false);
    return zip.ok && zip.value.has(WORKBOOK);
  } catch {
    return false;
  }
}

/** Reads one sheet (by name or 0-based index; default the first sheet in the workbook's order). Never throws. */
export function readXlsxRecords(bytes: Uint8Array, options: { sheet?: string | number; maxRows?: number } = {}): XlsxOutcome {
  try {
    return read(bytes, options);
  } catch (error) {
    // An engine past its limits (a string or array too long, memory) or anything unforeseen: refused, never half read.
    return refuse(error instanceof RangeError ? XLSX_MESSAGES.unpackedTooLarge : XLSX_MESSAGES.damaged);
  }
}

function read(bytes: Uint8Array, options: { sheet?: string | number; maxRows?: number }): XlsxOutcome {
  if (bytes.length === 0) return refuse('The file is empty');
  if (bytes.length > XLSX_MAX_FILE_BYTES) return refuse(XLSX_MESSAGES.tooLarge(bytes.length));
  if (!looksLikeZip(bytes)) return refuse(notZipMessage(bytes));
  const zip = openZip(bytes);
  if (!zip.ok) return refuse(zip.message);
  const entries = zip.value;
  if (!entries.has(WORKBOOK)) {
    if (entries.has('xl/workbook.bin')) return refuse(XLSX_MESSAGES.xlsb);
    if (entries.has('content.xml') && entries.has('mimetype')) return refuse(XLSX_MESSAGES.ods);
    return refuse(XLSX_MESSAGES.notXlsx);
  }
  const budget: UnpackBudget = { left: XLSX_MAX_UNPACKED_BYTES };
  const text = (entry: ZipEntry | undefined): { ok: true; value: string | null } | { ok: false; message: string } =>
    entry === undefined ? { ok: true, value: null } : readEntryText(bytes, entry, budget);

  const workbookText = text(entries.get(WORKBOOK));
  if (!workbookText.ok) return refuse(workbookText.message);
  const workbook = readWorkbook(workbookText.value ?? '');
  if (workbook === null) return refuse(XLSX_MESSAGES.damaged);
  const relsText = text(entries.get('xl/_rels/workbook.xml.rels'));
  if (!relsText.ok) return refuse(relsText.message);
  const rels = relsText.value === null ? new Map() : readRelationships(relsText.value);
  if (rels === null) return refuse(XLSX_MESSAGES.damaged);

  const sheetNames = workbook.sheets.map((s) => s.name);
  if (sheetNames.length === 0) return refuse('The workbook has no sheets');
  const chosen = chooseSheet(sheetNames, options.sheet);
  if (typeof chosen === 'string') return refuse(chosen);
  const sheet = workbook.sheets[chosen]!;
  const target = rels.get(sheet.relationshipId)?.target;
  const sheetPart = target === undefined ? undefined : resolvePartName('xl/', target);
  if (sheetPart !== undefined && /(^|\/)chartsheets\//i.test(sheetPart)) return refuse(`The sheet ${quoted(sheet.name)} is a chart, not a table; choose another sheet`);
  const sheetEntry = sheetPart === undefined ? undefined : entries.get(partKey(sheetPart));
  if (sheetEntry === undefined) return refuse(`The sheet ${quoted(sheet.name)} is missing from the file; open it in Excel, save it again and import that copy`);

  // Styles (which cells are dates) and shared strings: found through the workbook's relationships, else where Excel puts them.
  const partOf = (type: string, fallback: string) => {
    const rel = [...rels.values()].find((r) => r.type.endsWith(`/${type}`));
    return entries.get(partKey(rel === undefined ? fallback : resolvePartName('xl/', rel.target)));
  };
  const stylesText = text(partOf('styles', 'xl/styles.xml'));
  if (!stylesText.ok) return refuse(stylesText.message);
  const dateStyles = stylesText.value === null ? [] : readDateStyles(stylesText.value);
  if (dateStyles === null) return refuse(XLSX_MESSAGES.damaged);
  const stringsText = text(partOf('sharedStrings', 'xl/sharedStrings.xml'));
  if (!stringsText.ok) return refuse(stringsText.message);
  const sharedStrings = stringsText.value === null ? null : readSharedStrings(stringsText.value);
  if (stringsText.value !== null && sharedStrings === null) return refuse(XLSX_MESSAGES.damaged);

  const sheetText = text(sheetEntry);
  if (!sheetText.ok) return refuse(sheetText.message);
  const maxRows = options.maxRows !== undefined && Number.isInteger(options.maxRows) && options.maxRows >= 0 ? options.maxRows : XLSX_MAX_ROWS;
  const cells = readSheet(sheetText.value ?? '', { sharedStrings, dateStyles, date1904: workbook.date1904, maxRows });
  if (!cells.ok) return { ok: false, errors: cells.errors };
  if (cells.records.length === 0) return refuse(`The sheet ${quoted(sheet.name)} is empty`);
  return { ok: true, value: { sheetNames, sheet: sheet.name, records: cells.records, columnCount: cells.columnCount } };
}

/** The index of the sheet asked for (exact name first, then ignoring case and surrounding spaces), or why there is none. */
function chooseSheet(names: readonly string[], wanted: string | number | undefined): number | string {
  const list = names.map(quoted).join(', ');
  if (wanted === undefined) return 0;
  if (typeof wanted === 'number') {
    if (Number.isInteger(wanted) && wanted >= 0 && wanted < names.length) return wanted;
    return `The workbook has no sheet number ${wanted + 1}; its sheets are: ${list}`;
  }
  const exact = names.indexOf(wanted);
  if (exact >= 0) return exact;
  const loose = names.findIndex((n) => n.trim().toLowerCase() === wanted.trim().toLowerCase());
  return loose >= 0 ? loose : `The workbook has no sheet named ${quoted(wanted)}; its sheets are: ${list}`;
}
