/**
 * Writing a sheet's cells either through exceljs or straight into SpreadsheetML rows. The Cash flows sheet holds most
 * of a large workbook (about 300,000 cells for 1,000 use cases): through exceljs that sheet took ~80% of the workbook's
 * time, in its cell objects and its XML writer (docs/performance.md, session 14). Its first use case goes through
 * exceljs, which registers the sheet's styles; the rest are written here as `<row>` elements with the style ids exceljs
 * gave the same styles and their text added to the shared strings (xlsxSplice.ts puts both into the file). Both writers
 * keep writeCell's rules: text made XML-safe, neutralised against formula injection and kept literal; non-finite
 * numbers left empty; −0 written as 0; formulas with their cached results.
 */
import type { Worksheet } from 'exceljs';
import { neutraliseCell } from '@shared/export/csv';
import { escapeXml, spreadsheetText } from '@shared/export/xmlText';
import { address, cellAt, writeCell, type SheetValue } from './xlsxCells';

/** Where a sheet's cells are written: `numFmt` and `bold` as writeCell takes them. */
export interface CellWriter {
  write(row: number, column: number, value: SheetValue, numFmt?: string, bold?: boolean): void;
}

/** The style a cell gets from writeCell: text carries bold only; numbers and formulas their number format and bold. */
export function styleKey(value: SheetValue, numFmt: string | undefined, bold: boolean): string {
  if (typeof value === 'string' || !numFmt) return bold ? 'bold' : 'plain';
  return `${bold ? 'bold' : 'plain'}|${numFmt}`;
}

/**
 * Cells written through exceljs (writeCell). `probes` keeps, per style, the address of the first cell written with it,
 * so that the style id exceljs gave it can be read back from the sheet it writes.
 */
export function exceljsCells(sheet: Worksheet, probes: Map<string, string>): CellWriter {
  return {
    write(row, column, value, numFmt, bold = false) {
      if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return;
      writeCell(cellAt(sheet, row, column), value, numFmt, bold);
      const key = styleKey(value, numFmt, bold);
      if (!probes.has(key)) probes.set(key, address(column, row));
    },
  };
}

/** A number as a cell value: −0 as 0 (what writeCell stores). */
const numberText = (n: number): string => (Object.is(n, -0) ? '0' : String(n));

/**
 * Text added to the workbook's shared strings after the `base` entries exceljs wrote (each distinct text once), as
 * exceljs writes text: readers treat shared strings alike, and some read `_xHHHH_` escapes only there.
 */
export class SharedStrings {
  private readonly indexOf = new Map<string, number>();
  private readonly added: string[] = [];
  /** How many cells refer to the added entries. */
  references = 0;

  constructor(private readonly base: number) {}

  /** The index of a text (already made sheet-safe), added when new. */
  index(text: string): number {
    this.references++;
    let i = this.indexOf.get(text);
    if (i === undefined) {
      i = this.base + this.added.length;
      this.added.push(text);
      this.indexOf.set(text, i);
    }
    return i;
  }

  /** How many entries were added. */
  get count(): number {
    return this.added.length;
  }

  /** The added entries as `<si>` elements. */
  xml(): string {
    return this.added.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('');
  }
}

/** One `<c>` element, as exceljs writes the same value. */
function cellXml(ref: string, value: Exclude<SheetValue, null>, style: number, strings: SharedStrings): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  if (typeof value === 'string') return `<c r="${ref}"${s} t="s"><v>${strings.index(spreadsheetText(value, neutraliseCell))}</v></c>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${numberText(value)}</v></c>`;
  const f = `<f>${escapeXml(value.formula)}</f>`;
  if (typeof value.result === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(value.result)}</v></c>`;
  return `<c r="${ref}"${s}>${f}<v>${numberText(value.result)}</v></c>`;
}

/** One row's cells in column order. */
interface RowCells {
  columns: number[];
  cells: string[];
}

/**
 * Cells written as SpreadsheetML, rendered as `<row>` elements in row and column order (a later write to a cell
 * replaces it). Rows are written a block at a time (one use case's rows, `endBlock`): each block is encoded as UTF-8
 * at once, so its many cell strings are short-lived and no text of the whole sheet is ever built. Blocks must come in
 * row order. `styleIds` gives each style key its id in the workbook's styles.
 */
export class RowsXml implements CellWriter {
  private block = new Map<number, RowCells>();
  private readonly blocks: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();
  private lastRow = 0;
  maxRow = 0;
  maxColumn = 0;

  constructor(
    private readonly styleIds: ReadonlyMap<string, number>,
    private readonly strings: SharedStrings,
  ) {}

  write(row: number, column: number, value: SheetValue, numFmt?: string, bold = false): void {
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return;
    if (row <= this.lastRow) throw new Error(`Row ${row} comes after a block that ended at row ${this.lastRow}`);
    const key = styleKey(value, numFmt, bold);
    const style = this.styleIds.get(key);
    if (style === undefined) throw new Error(`No style id for cells styled “${key}”: the sheet's first rows must use every style its later rows use`);
    let r = this.block.get(row);
    if (!r) {
      r = { columns: [], cells: [] };
      this.block.set(row, r);
    }
    const xml = cellXml(address(column, row), value, style, this.strings);
    const last = r.columns.length - 1;
    if (last < 0 || (r.columns[last] as number) < column) {
      r.columns.push(column);
      r.cells.push(xml);
    } else {
      // Out of column order (not how the sheets write): put it in its place, replacing a cell written before.
      let i = 0;
      while ((r.columns[i] as number) < column) i++;
      if (r.columns[i] === column) r.cells[i] = xml;
      else {
        r.columns.splice(i, 0, column);
        r.cells.splice(i, 0, xml);
      }
    }
    if (row > this.maxRow) this.maxRow = row;
    if (column > this.maxColumn) this.maxColumn = column;
  }

  /** Ends the rows written since the last block: they become UTF-8 bytes at once, and later writes must be below them. */
  endBlock(): void {
    const numbers = [...this.block.keys()].sort((a, b) => a - b);
    const parts = numbers.map((n) => `<row r="${n}">${(this.block.get(n) as RowCells).cells.join('')}</row>`);
    if (parts.length) this.blocks.push(this.encoder.encode(parts.join('')));
    if (numbers.length) this.lastRow = numbers[numbers.length - 1] as number;
    this.block = new Map();
  }

  /** The `<row>` elements as UTF-8, in row order (each row's cells in column order), in blocks. */
  bytes(): Uint8Array[] {
    this.endBlock();
    return this.blocks;
  }
}
