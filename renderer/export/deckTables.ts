/**
 * Tables that stay on the slide: column widths are shares of the content width, every cell's text is wrapped (and, past
 * its column's line limit, cut with "…") by a conservative estimate, the font and line limits are the roomiest that need
 * no more slides than the tightest would, and rows run onto continuation slides ("Ranked candidates (2 of 3)") with the
 * header repeated.
 */
import type PptxGenJS from 'pptxgenjs';
import { oneLine } from '@shared/export/xmlText';
import { COLORS, CONTENT_BOX, FONT, footnote, noData, titledSlide, type Box } from './deckStyle';
import { charsPerLine, clipLines, linesHeight, wrap } from './deckText';

export interface DeckColumn {
  header: string;
  /** Share of the table width (relative to the other columns). */
  share: number;
  align?: 'left' | 'right';
  /** Most lines a cell of this column shows before it is cut with "…" (default 3). */
  maxLines?: number;
}

export interface DeckCell {
  text: string;
  bold?: boolean;
  color?: string;
  /** A second, smaller italic line under the text (a trade-off, a detail). */
  note?: string | null;
}

/** One slide's share of the table, for its speaker notes. */
export interface TablePage {
  index: number;
  count: number;
  /** Indices into the table's rows shown on this slide. */
  rows: number[];
}

export interface DeckTableSpec {
  title: string;
  columns: DeckColumn[];
  rows: DeckCell[][];
  /** Shown in place of the table when there are no rows. */
  empty: string;
  footnote?: string;
  notes: (page: TablePage) => string;
  box?: Box;
  /** Font sizes to try, largest first (default 12, 11, 10). */
  fontSizes?: number[];
}

/** Cell margins in inches (top, right, bottom, left), and what they take from a cell's width and height. */
const CELL_MARGIN: [number, number, number, number] = [0.04, 0.08, 0.04, 0.08];
const PAD_X = CELL_MARGIN[1] + CELL_MARGIN[3];
const PAD_Y = CELL_MARGIN[0] + CELL_MARGIN[2];
/** Slack per row for the renderer's line spacing (estimates err towards taller rows). */
const ROW_SLACK = 0.04;

/** Column widths in inches from their shares, summing to at most `width` (rounded down to a thousandth of an inch). */
export function columnWidths(columns: readonly { share: number }[], width: number): number[] {
  const total = columns.reduce((s, c) => s + Math.max(c.share, 0), 0) || 1;
  return columns.map((c) => Math.floor((Math.max(c.share, 0) / total) * width * 1000) / 1000);
}

interface LaidCell {
  text: string;
  note: string | null;
  height: number;
}

function layCell(cell: DeckCell, widthIn: number, pt: number, maxLines: number, bold: boolean): LaidCell {
  const inner = Math.max(0.2, widthIn - PAD_X);
  const perLine = charsPerLine(inner, pt, bold || cell.bold);
  const text = clipLines(oneLine(cell.text), perLine, maxLines);
  const lines = wrap(text, perLine).length;
  const notePt = pt - 1;
  const notePerLine = charsPerLine(inner, notePt);
  const note = cell.note ? clipLines(oneLine(cell.note), notePerLine, maxLines) : null;
  const noteLines = note ? wrap(note, notePerLine).length : 0;
  return { text, note, height: linesHeight(lines, pt) + linesHeight(noteLines, notePt) };
}

interface Layout {
  pt: number;
  header: LaidCell[];
  headerH: number;
  rows: LaidCell[][];
  rowH: number[];
  pages: number[][];
}

function layout(spec: Pick<DeckTableSpec, 'columns' | 'rows'>, widths: number[], pt: number, box: Box, extraLines = 0): Layout {
  const rowHeight = (cells: LaidCell[]) => Math.max(...cells.map((c) => c.height)) + PAD_Y + ROW_SLACK;
  const header = spec.columns.map((c, i) => layCell({ text: c.header }, widths[i] ?? 1, pt, 2, true));
  const headerH = rowHeight(header);
  const rows = spec.rows.map((r) => spec.columns.map((c, i) => layCell(r[i] ?? { text: '' }, widths[i] ?? 1, pt, (c.maxLines ?? 3) + extraLines, false)));
  const rowH = rows.map(rowHeight);
  const pages: number[][] = [];
  let page: number[] = [];
  let used = headerH;
  rowH.forEach((h, i) => {
    if (page.length > 0 && used + h > box.h) {
      pages.push(page);
      page = [];
      used = headerH;
    }
    page.push(i);
    used += h;
  });
  if (page.length > 0) pages.push(page);
  return { pt, header, headerH, rows, rowH, pages };
}

function cellOf(laid: LaidCell, source: DeckCell, column: DeckColumn, pt: number, header: boolean): PptxGenJS.TableCell {
  const align = column.align ?? 'left';
  const base = { bold: header || source.bold === true, align, color: source.color ?? COLORS.ink, fontSize: pt };
  if (!laid.note) return { text: laid.text, options: header ? { ...base, fill: { color: COLORS.headerFill } } : base };
  return {
    text: [
      { text: laid.text, options: { breakLine: true } },
      { text: laid.note, options: { italic: true, color: COLORS.muted, fontSize: pt - 1 } },
    ],
    options: base,
  };
}

function placeTable(slide: PptxGenJS.Slide, columns: DeckColumn[], rows: DeckCell[][], chosen: Layout, indices: number[], widths: number[], box: Box): void {
  const headerRow = chosen.header.map((laid, c) => cellOf(laid, { text: columns[c]!.header }, columns[c]!, chosen.pt, true));
  const body = indices.map((r) => chosen.rows[r]!.map((laid, c) => cellOf(laid, rows[r]![c] ?? { text: '' }, columns[c]!, chosen.pt, false)));
  const rowH = [chosen.headerH, ...indices.map((r) => chosen.rowH[r]!)];
  slide.addTable([headerRow, ...body], {
    x: box.x,
    y: box.y,
    w: widths.reduce((s, w) => s + w, 0),
    h: rowH.reduce((s, h) => s + h, 0),
    colW: widths,
    rowH,
    fontFace: FONT,
    fontSize: chosen.pt,
    color: COLORS.ink,
    border: { type: 'solid', pt: 0.5, color: COLORS.rule },
    margin: CELL_MARGIN,
    valign: 'top',
    autoPage: false,
  });
}

/**
 * A table on an existing slide, in `box`: the largest font at which every row fits; if none does, the rows that fit at
 * the smallest (the caller says where the rest is). Returns how many rows are shown.
 */
export function fitTable(slide: PptxGenJS.Slide, columns: DeckColumn[], rows: DeckCell[][], box: Box, fontSizes: number[] = [12, 11, 10, 9]): number {
  const widths = columnWidths(columns, box.w);
  const layouts = fontSizes.map((pt) => layout({ columns, rows }, widths, pt, box));
  const chosen = layouts.find((l) => l.pages.length <= 1) ?? layouts[layouts.length - 1]!;
  const indices = chosen.pages[0] ?? [];
  placeTable(slide, columns, rows, chosen, indices, widths, box);
  return indices.length;
}

/** Adds the table's slides (one when it fits, else continuation slides); returns how many. */
export function addTableSlides(pptx: PptxGenJS, spec: DeckTableSpec): number {
  const box = spec.box ?? CONTENT_BOX;
  if (spec.rows.length === 0) {
    const slide = titledSlide(pptx, spec.title, spec.notes({ index: 0, count: 1, rows: [] }));
    noData(slide, spec.empty, box);
    if (spec.footnote) footnote(slide, spec.footnote);
    return 1;
  }
  const widths = columnWidths(spec.columns, box.w);
  // Cells may take two more lines than their column's limit when that needs no more slides (short tables show all their text).
  const sizes = spec.fontSizes ?? [12, 11, 10];
  const layouts = [2, 0].flatMap((extra) => sizes.map((pt) => layout(spec, widths, pt, box, extra)));
  const fewest = Math.min(...layouts.map((l) => l.pages.length));
  const chosen = layouts.find((l) => l.pages.length === fewest) ?? layouts[layouts.length - 1]!;
  const count = chosen.pages.length;
  chosen.pages.forEach((indices, index) => {
    const title = count > 1 ? `${spec.title} (${index + 1} of ${count})` : spec.title;
    const slide = titledSlide(pptx, title, spec.notes({ index, count, rows: indices }));
    placeTable(slide, spec.columns, spec.rows, chosen, indices, widths, box);
    if (spec.footnote) footnote(slide, spec.footnote);
  });
  return count;
}
