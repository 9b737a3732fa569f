/**
 * One worksheet's cells as text records (issue 15, inventory import): rows numbered as Excel shows them (from the
 * cell references, so blank rows and gaps keep their numbers), cells indexed by column (A = 0), merged ranges filled
 * with their top-left value. Limits: rows, columns (16,384), characters per cell (32,767) and cells overall.
 */
import { formatNumber } from '../presentation/format';
import { serialToIsoDate } from './xlsxParts';
import { decodeOoxmlEscapes, scanXml } from './xlsxXml';

export type XlsxFault = { row: number | null; message: string };

export interface SheetContext {
  sharedStrings: readonly string[] | null;
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** Data rows allowed (the header row comes on top). */
  maxRows: number;
}

export type SheetOutcome = { ok: true; records: { row: number; cells: string[] }[]; columnCount: number } | { ok: false; errors: XlsxFault[] };

export const XLSX_MAX_COLUMNS = 16_384;
export const XLSX_MAX_CELL_CHARS = 32_767;
const MAX_ROW_NUMBER = 1_048_576;
/** Cells held across all rows (each row counted up to its last filled cell), merged fills included: 5 million. */
export const XLSX_MAX_CELLS = 5_000_000;

const count = (n: number) => formatNumber(n, undefined, 0);
const DAMAGED_CELL = 'the file may be damaged; open it in Excel, save it again and import that copy';

/** Column letters of a 0-based index: 0 → A, 27 → AB. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A cell reference ('B7', '$B$7', 'b7'): 0-based column (-1 without letters) and row (0 without digits); null when not one. */
export function parseCellRef(ref: string): { col: number; row: number } | null {
  let i = 0;
  let col = 0;
  let row = 0;
  if (ref.charCodeAt(0) === 36) i++;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > 1e9) return null;
  }
  if (ref.charCodeAt(i) === 36) i++;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || row > 1e9) return null;
    row = row * 10 + d;
  }
  return { col: col - 1, row };
}

class StopScan extends Error {
  constructor(readonly fault: XlsxFault) {
    super(fault.message);
  }
}

interface RowCells {
  cells: string[];
  nonBlank: boolean;
}

/** Reads the sheet's XML into records. Never throws for any input text. */
export function readSheet(xml: string, context: SheetContext): SheetOutcome {
  const rows = new Map<number, RowCells>();
  let slots = 0;
  let nonBlankRows = 0;
  const stop = (row: number | null, message: string): never => {
    throw new StopScan({ row, message });
  };
  const where = (row: number, col: number) => `Row ${count(row)}, column ${columnName(col)}`;

  const put = (row: number, col: number, text: string) => {
    let r = rows.get(row);
    if (r === undefined) rows.set(row, (r = { cells: [], nonBlank: false }));
    if (col >= r.cells.length) {
      slots += col + 1 - r.cells.length;
      if (slots > XLSX_MAX_CELLS) stop(row, `Row ${count(row)}: the sheet holds more than ${count(XLSX_MAX_CELLS)} cells; delete unused columns or split it`);
      if (col === r.cells.length) r.cells.push(text);
      else r.cells.length = col + 1;
    }
    r.cells[col] = text;
    if (!r.nonBlank && text.trim() !== '') {
      r.nonBlank = true;
      nonBlankRows++;
      if (nonBlankRows > context.maxRows + 1) stop(row, `Row ${count(row)}: the sheet has more than ${count(context.maxRows)} rows; split it`);
    }
  };

  // Where the scan is.
  let inSheetData = false;
  let row = 0;
  let col = -1;
  let inCell = false;
  let cellType = 'n';
  let cellStyle = 0;
  let value = '';
  let inline = '';
  let collecting: 'v' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;
  const merges: string[] = [];

  const cellText = (): string => {
    const raw = cellType === 'str' ? value : value.trim();
    switch (cellType) {
      case 's': {
        const text = raw === '' ? undefined : context.sharedStrings?.[Number(raw)];
        if (text === undefined) stop(row, `${where(row, col)}: the cell's text is missing from the workbook; ${DAMAGED_CELL}`);
        return text as string;
      }
      case 'inlineStr':
        return decodeOoxmlEscapes(inline);
      case 'str':
        return decodeOoxmlEscapes(raw);
      case 'b':
        return raw === '' ? '' : raw === '1' || raw.toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
      case 'e':
        return raw;
      case 'd':
        return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : raw;
      default: {
        if (raw === '') return inline !== '' ? decodeOoxmlEscapes(inline) : '';
        const n = Number(raw);
        if (!Number.isFinite(n)) return raw;
        if (context.dateStyles[cellStyle] === true) return serialToIsoDate(n, context.date1904) ?? String(n);
        return String(n);
      }
    }
  };

  const handler = {
    open(name: string, a: Record<string, string | undefined>) {
      if (name === 'sheetData') inSheetData = true;
      else if (!inSheetData) {
        if (name === 'mergeCell' && a.ref !== undefined) merges.push(a.ref);
      } else if (name === 'row') {
        const r = a.r === undefined ? row + 1 : Number(a.r);
        if (!Number.isInteger(r) || r < 1 || r > MAX_ROW_NUMBER) stop(null, `A row number in the sheet cannot be read; ${DAMAGED_CELL}`);
        row = r;
        col = -1;
      } else if (name === 'c') {
        const ref = a.r === undefined ? null : parseCellRef(a.r);
        if (a.r !== undefined && (ref === null || ref.col < 0)) stop(row || null, `A cell reference (“${a.r.slice(0, 20)}”) cannot be read; ${DAMAGED_CELL}`);
        if (ref !== null && ref.row > 0) {
          if (ref.row > MAX_ROW_NUMBER) stop(null, `A row number in the sheet cannot be read; ${DAMAGED_CELL}`);
          row = ref.row;
        }
        if (row === 0) row = 1;
        col = ref === null ? col + 1 : ref.col;
        if (col >= XLSX_MAX_COLUMNS) stop(row, `Row ${count(row)}: the sheet has more than ${count(XLSX_MAX_COLUMNS)} columns, more than Excel allows; ${DAMAGED_CELL}`);
        inCell = true;
        cellType = a.t ?? 'n';
        cellStyle = a.s === undefined ? 0 : Number(a.s);
        value = '';
        inline = '';
        inInline = false;
        phonetic = 0;
      } else if (inCell) {
        if (name === 'v') collecting = 'v';
        else if (name === 'is') inInline = true;
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && inInline && phonetic === 0) collecting = 't';
      }
    },
    close(name: string) {
      if (name === 'sheetData') inSheetData = false;
      else if (name === 'v' || name === 't') collecting = null;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && inCell) {
        inCell = false;
        collecting = null;
        const text = cellText();
        if (text.length > XLSX_MAX_CELL_CHARS) stop(row, `${where(row, col)}: the cell holds more than ${count(XLSX_MAX_CELL_CHARS)} characters, more than Excel allows; ${DAMAGED_CELL}`);
        if (text !== '') put(row, col, text);
      }
    },
    text(text: string) {
      if (collecting === 'v') value += text;
      else if (collecting === 't') inline += text;
    },
  };

  try {
    if (!scanXml(xml, handler)) return { ok: false, errors: [{ row: null, message: `The sheet cannot be read; ${DAMAGED_CELL}` }] };
    fillMerges(rows, merges, put, stop);
  } catch (error) {
    if (error instanceof StopScan) return { ok: false, errors: [error.fault] };
    throw error;
  }
  return finish(rows, context.maxRows);
}

/**
 * Merged ranges: the top-left value fills the range (a group label merged over several rows), up to the last row and
 * column that hold data (a merge reaching past the table adds no rows or columns of its own).
 */
function fillMerges(rows: Map<number, RowCells>, merges: readonly string[], put: (row: number, col: number, text: string) => void, stop: (row: number | null, message: string) => never) {
  if (merges.length === 0) return;
  let lastRow = 0;
  let lastCol = -1;
  for (const [r, cells] of rows) {
    lastRow = Math.max(lastRow, r);
    lastCol = Math.max(lastCol, cells.cells.length - 1);
  }
  let budget = XLSX_MAX_CELLS;
  for (const ref of merges) {
    const [from, to] = ref.split(':').map(parseCellRef);
    if (from == null || to == null || from.col < 0 || to.col < 0 || from.row < 1 || to.row < 1) continue;
    const top = Math.min(from.row, to.row);
    const left = Math.min(from.col, to.col);
    const value = rows.get(top)?.cells[left];
    if (value === undefined || value === '') continue;
    const bottom = Math.min(Math.max(from.row, to.row), lastRow);
    const right = Math.min(Math.max(from.col, to.col), lastCol);
    if (bottom < top || right < left) continue;
    budget -= (bottom - top + 1) * (right - left + 1);
    if (budget < 0) stop(top, `Row ${count(top)}: the sheet's merged cells cover more than ${count(XLSX_MAX_CELLS)} cells; unmerge them or split the sheet`);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) put(r, c, value);
  }
}

function finish(rows: Map<number, RowCells>, maxRows: number): SheetOutcome {
  const numbers = [...rows.keys()].sort((a, b) => a - b);
  const records: { row: number; cells: string[] }[] = [];
  let columnCount = 0;
  for (const row of numbers) {
    const source = rows.get(row)!.cells;
    let width = source.length;
    while (width > 0 && (source[width - 1] ?? '') === '') width--;
    const cells = new Array<string>(width);
    let blank = true;
    for (let i = 0; i < width; i++) {
      const text = source[i] ?? '';
      cells[i] = text;
      if (blank && text.trim() !== '') blank = false;
    }
    if (blank) continue;
    if (records.length === maxRows + 1) return { ok: false, errors: [{ row, message: `Row ${count(row)}: the sheet has more than ${count(maxRows)} rows; split it` }] };
    records.push({ row, cells });
    columnCount = Math.max(columnCount, width);
  }
  return { ok: true, records, columnCount };
}
