import type { ReactNode } from 'react';
import { px } from './format';

export interface XTick {
  key: string;
  x: number;
  /** One or two lines of label (e.g. month and year). */
  lines: string[];
}

/** Horizontal axis: baseline from x0 to x1 at y, ticks pointing down with labels below. */
export function XAxis({ y, x0, x1, ticks, title }: { y: number; x0: number; x1: number; ticks: XTick[]; title?: string }): ReactNode {
  return (
    <g className="lm-axis lm-axis--x" transform={`translate(0,${px(y)})`}>
      <line className="lm-axis__domain" x1={px(x0)} x2={px(x1)} />
      {ticks.map((t) => (
        <g key={t.key} className="lm-axis__tick" transform={`translate(${px(t.x)},0)`}>
          <line y2={5} />
          <text y={17} textAnchor="middle">
            {t.lines.map((line, i) => (
              <tspan key={i} x={0} dy={i === 0 ? 0 : 13}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {title ? (
        <text className="lm-axis__title" x={px(x1)} y={ticks.some((t) => t.lines.length > 1) ? 46 : 34} textAnchor="end">
          {title}
        </text>
      ) : null}
    </g>
  );
}

export interface YTick {
  key: string;
  y: number;
  label: string;
}

/** Vertical axis at x: tick labels to the left, optional gridlines across to gridTo. */
export function YAxis({ x, ticks, gridTo, title, titleY }: { x: number; ticks: YTick[]; gridTo?: number; title?: string; titleY?: number }): ReactNode {
  return (
    <g className="lm-axis lm-axis--y">
      {ticks.map((t) => (
        <g key={t.key} className="lm-axis__tick" transform={`translate(0,${px(t.y)})`}>
          {gridTo !== undefined ? <line className="lm-grid" x1={px(x)} x2={px(gridTo)} /> : null}
          <text x={px(x - 6)} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {title ? (
        <text className="lm-axis__title" x={px(x - 6)} y={px(titleY ?? 12)} textAnchor="start">
          {title}
        </text>
      ) : null}
    </g>
  );
}

/** Vertical gridlines for x ticks between y0 and y1. */
export function XGrid({ ticks, y0, y1 }: { ticks: XTick[]; y0: number; y1: number }): ReactNode {
  return (
    <g className="lm-grid-group">
      {ticks.map((t) => (
        <line key={t.key} className="lm-grid" x1={px(t.x)} x2={px(t.x)} y1={px(y0)} y2={px(y1)} />
      ))}
    </g>
  );
}
