import { scaleBand } from 'd3';
import { FONT, fitText, textWidth } from './text';

export interface RowSlot {
  id: string;
  /** Label shortened to fit the label column. */
  text: string;
  /** Top of the bar. */
  y: number;
  /** Bar thickness. */
  h: number;
  /** Centre line of the row. */
  mid: number;
  /** Top and height of the whole row (for hit areas). */
  rowY: number;
  rowH: number;
}

export interface RowLayout {
  /** Right edge of the label column (bars start here). */
  labelRight: number;
  rows: RowSlot[];
}

/**
 * Rows of a horizontal bar chart between top and bottom: a label column sized to the longest label
 * (at most `maxLabelShare` of the width, longer labels end in "…"), and bars at most 26 px thick.
 */
export function rowLayout(
  items: { id: string; label: string }[],
  width: number,
  top: number,
  bottom: number,
  maxLabelShare = 0.38,
  labelIndent = 0,
): RowLayout {
  const longest = Math.max(0, ...items.map((i) => textWidth(i.label, FONT.tick)));
  const labelWidth = Math.min(longest, width * maxLabelShare);
  const labelRight = labelIndent + labelWidth + 10;
  const band = scaleBand<string>()
    .domain(items.map((i) => i.id))
    .range([top, Math.max(top + 1, bottom)])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const step = band.step();
  const h = Math.min(26, band.bandwidth());
  return {
    labelRight,
    rows: items.map((i) => {
      const start = band(i.id) ?? top;
      const mid = start + band.bandwidth() / 2;
      return { id: i.id, text: fitText(i.label, labelWidth, FONT.tick), y: mid - h / 2, h, mid, rowY: mid - step / 2, rowH: step };
    }),
  };
}
