/**
 * Bar and Gantt charts with a row per candidate (the cost iceberg, the roadmap) stay readable at thousands of
 * candidates: they draw the first rows as given and add up the rest in one last row that names how many it holds.
 * Every row, the summed ones included, stays in the chart's data table, and the chart's summary gives the totals
 * of all rows, so no figure is lost.
 */
import type { ReactNode } from 'react';
import { formatCount, px } from './format';
import { FONT, fitText, textWidth } from './text';

/** Rows a long chart draws before it sums the rest in one row (on screen and on each printed chart). */
export const LONG_CHART_ROWS = 25;

export interface LongRows<T> {
  /** The rows drawn one by one, in the order given. */
  shown: T[];
  /** The rows added up in the last row (empty when every row is drawn). */
  rest: T[];
}

/** The first `max` rows, and the rest when there are more than `max` (a chart of `max` + 1 rows draws them all). */
export function splitLongRows<T>(rows: readonly T[], max: number = LONG_CHART_ROWS): LongRows<T> {
  const limit = Math.max(1, Math.floor(max));
  if (rows.length <= limit + 1) return { shown: [...rows], rest: [] };
  return { shown: rows.slice(0, limit), rest: rows.slice(limit) };
}

/** How many rows a chart of `count` rows draws (the summed row counts as one). */
export function drawnRowCount(count: number, max: number = LONG_CHART_ROWS): number {
  const limit = Math.max(1, Math.floor(max));
  return count <= limit + 1 ? count : limit + 1;
}

/** Layout id of the summed row (no candidate id starts with a NUL character). */
export const REST_ROW_ID = '\u0000rest';

/** "4,975 more candidates": the name of the summed row. */
export function restLabel(count: number, locale: string): string {
  return `${formatCount(count, locale)} more candidate${count === 1 ? '' : 's'}`;
}

/** The sentence a long chart adds to its summary: what is drawn, what is summed, where every row is. */
export function restSentence(shown: number, rest: number, locale: string): string {
  if (rest === 0) return '';
  return ` The chart draws the first ${formatCount(shown, locale)} and adds up the other ${formatCount(rest, locale)} in its last row; the table lists all ${formatCount(shown + rest, locale)}.`;
}

/** A height that fits the drawn rows at `pitch` px each, for a chart asked to be taller (a caller sized it by every row). */
export function fittedHeight(height: number, rows: number, pitch: number, chrome: number): number {
  return Math.min(height, chrome + rows * pitch);
}

/**
 * The summed last row of a long chart, in its plot area: a short rule and what the rows it adds up amount to, written
 * out (no bar: their total would dwarf every drawn bar). `texts` run from the fullest wording to the shortest; the
 * first that fits in `room` px is drawn.
 */
export function RestRow({ slot, x, room, texts }: { slot: { rowY: number; rowH: number; mid: number }; x: number; room: number; texts: string[] }): ReactNode {
  const text = texts.find((t) => textWidth(t, FONT.tick) <= room - 8) ?? fitText(texts.at(-1) ?? '', room - 8, FONT.tick);
  return (
    <g className="lm-long-rest">
      <line className="lm-long-rest__rule" x1={px(x)} x2={px(x)} y1={px(slot.rowY + 3)} y2={px(slot.rowY + slot.rowH - 3)} />
      <text className="lm-long-rest__text" x={px(x + 8)} y={px(slot.mid)} dy="0.32em">
        {text}
      </text>
    </g>
  );
}
