import type { ReactNode } from 'react';
import { px } from './format';
import { FONT, textWidth } from './text';

export interface LegendItem {
  key: string;
  label: string;
  /** Drawn in a 12 × 12 box whose top-left corner is (0, 0). */
  swatch: ReactNode;
}

const SWATCH = 12;
const GAP = 6;
const ITEM_GAP = 16;
const ROW = 18;

export interface LegendLayout {
  height: number;
  /** Width of the widest row. */
  width: number;
  placed: { item: LegendItem; x: number; y: number }[];
}

/** Lays legend items out left to right, wrapping to a new row at maxWidth. */
export function layoutLegend(items: LegendItem[], maxWidth: number): LegendLayout {
  const placed: LegendLayout['placed'] = [];
  let x = 0;
  let y = 0;
  let width = 0;
  for (const item of items) {
    const w = SWATCH + GAP + textWidth(item.label, FONT.tick);
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      y += ROW;
    }
    placed.push({ item, x, y });
    width = Math.max(width, x + w);
    x += w + ITEM_GAP;
  }
  return { height: items.length ? y + ROW : 0, width, placed };
}

export function Legend({ x, y, layout }: { x: number; y: number; layout: LegendLayout }): ReactNode {
  return (
    <g className="lm-legend" transform={`translate(${px(x)},${px(y)})`}>
      {layout.placed.map(({ item, x: ix, y: iy }) => (
        <g key={item.key} transform={`translate(${px(ix)},${px(iy)})`}>
          {item.swatch}
          <text x={SWATCH + GAP} y={SWATCH / 2} dy="0.32em">
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A filled square swatch (class for colour, or a pattern fill). */
export function RectSwatch({ className, fill }: { className: string; fill?: string }): ReactNode {
  return <rect className={className} fill={fill} x={0.5} y={0.5} width={SWATCH - 1} height={SWATCH - 1} />;
}

/** A horizontal line swatch (e.g. a dashed reference line). */
export function LineSwatch({ className }: { className: string }): ReactNode {
  return <line className={className} x1={0} x2={SWATCH} y1={SWATCH / 2} y2={SWATCH / 2} />;
}
