/**
 * Adds rows written as SpreadsheetML (xlsxRowsXml.ts) to one sheet of a workbook exceljs has written, and packs the
 * file. exceljs writes the workbook uncompressed (it is unpacked again at once); fflate then packs every part with its
 * fastest deflate, the sheet with its new rows included.
 */
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { columnLetter } from './xlsxCells';
import { SharedStrings, type RowsXml } from './xlsxRowsXml';

/** Column number of letters: A → 1, AA → 27. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The style id of the cell at `ref` in a sheet's XML (0 when it has none); throws when the cell is not there. */
export function styleIdAt(sheetXml: string, ref: string): number {
  const m = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?[ >/]`).exec(sheetXml);
  if (!m) throw new Error(`Cell ${ref} is not in the sheet exceljs wrote`);
  return m[1] === undefined ? 0 : Number(m[1]);
}

/** A sheet's XML (UTF-8) with `rows` added at the end of its sheetData and its dimension grown to cover them. */
export function withRows(sheetXml: string, rows: readonly Uint8Array[], maxRow: number, maxColumn: number): Uint8Array<ArrayBuffer> {
  const dimensioned = sheetXml.replace(/<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\/>/, (_all, c1: string, r1: string, c2?: string, r2?: string) => {
    const lastColumn = Math.max(columnNumber(c2 ?? c1), maxColumn);
    const lastRow = Math.max(Number(r2 ?? r1), maxRow);
    return `<dimension ref="${c1}${r1}:${columnLetter(lastColumn)}${lastRow}"/>`;
  });
  const close = dimensioned.indexOf('</sheetData>');
  const empty = dimensioned.indexOf('<sheetData/>');
  if (close < 0 && empty < 0) throw new Error('The sheet exceljs wrote has no sheetData');
  const encoder = new TextEncoder();
  const head = encoder.encode(close >= 0 ? dimensioned.slice(0, close) : `${dimensioned.slice(0, empty)}<sheetData>`);
  const tail = encoder.encode(close >= 0 ? dimensioned.slice(close) : `</sheetData>${dimensioned.slice(empty + '<sheetData/>'.length)}`);
  const out = new Uint8Array(head.length + rows.reduce((n, r) => n + r.length, 0) + tail.length);
  let at = 0;
  for (const part of [head, ...rows, tail]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** How many entries the shared strings hold (their uniqueCount). */
export function sharedStringCount(sstXml: string): number {
  const m = /<sst\b[^>]*?\suniqueCount="(\d+)"/.exec(sstXml);
  if (!m) throw new Error('The shared strings exceljs wrote do not say how many they are');
  return Number(m[1]);
}

/** The shared strings with `strings`' entries added at the end and both counts grown. */
export function withStrings(sstXml: string, strings: SharedStrings): string {
  if (strings.count === 0) return sstXml;
  const counted = sstXml.replace(/<sst\b[^>]*>/, (open) =>
    open.replace(/(\s)count="(\d+)"/, (_a, sp: string, n: string) => `${sp}count="${Number(n) + strings.references}"`).replace(/(\s)uniqueCount="(\d+)"/, (_a, sp: string, n: string) => `${sp}uniqueCount="${Number(n) + strings.count}"`),
  );
  const close = counted.lastIndexOf('</sst>');
  if (close < 0) throw new Error('The shared strings exceljs wrote are not closed');
  return `${counted.slice(0, close)}${strings.xml()}${counted.slice(close)}`;
}

/** Rows to add to one sheet: which sheet (exceljs's worksheet id), the probe cell of each style, and the rows' writer. */
export interface SheetRows {
  sheetId: number;
  probes: ReadonlyMap<string, string>;
  /** Writes the rows with the style ids read from the sheet and new shared strings; called once the workbook is written. */
  write: (styleIds: ReadonlyMap<string, number>, strings: SharedStrings) => RowsXml;
}

/**
 * The .xlsx file of `stored` (exceljs's output, written uncompressed) with `extra`'s rows added to its sheet, packed with
 * fast deflate; every part keeps its name and order, dated `modified` (when a zip can hold that date).
 */
export function spliceRows(stored: Uint8Array, extra: SheetRows | null, modified: Date): Uint8Array {
  const parts = unzipSync(stored);
  if (extra) {
    const name = `xl/worksheets/sheet${extra.sheetId}.xml`;
    const part = parts[name];
    if (!part) throw new Error(`The workbook has no part ${name}`);
    const sheetXml = strFromU8(part);
    const styleIds = new Map([...extra.probes].map(([key, ref]) => [key, styleIdAt(sheetXml, ref)]));
    const sst = parts[SHARED_STRINGS];
    if (!sst) throw new Error(`The workbook has no part ${SHARED_STRINGS}`);
    const sstXml = strFromU8(sst);
    const strings = new SharedStrings(sharedStringCount(sstXml));
    const rows = extra.write(styleIds, strings);
    parts[name] = withRows(sheetXml, rows.bytes(), rows.maxRow, rows.maxColumn);
    parts[SHARED_STRINGS] = new TextEncoder().encode(withStrings(sstXml, strings));
  }
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) zippable[name] = bytes;
  // Zip dates run from 1980 to 2099 (fflate refuses others); a date outside them leaves the packer's own (now).
  const year = modified.getFullYear(); // local time, as the zip stores it
  const dated = year >= 1980 && year <= 2099;
  return zipSync(zippable, dated ? { level: 1, mtime: modified } : { level: 1 });
}
