import { curveLinear, curveStepAfter, line, scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { XAxis, YAxis } from '@renderer/charts/Axes';
import { ChartFrame } from '@renderer/charts/ChartFrame';
import { Legend, layoutLegend } from '@renderer/charts/Legend';
import { px } from '@renderer/charts/format';
import { FONT, textWidth } from '@renderer/charts/text';

/** One scenario's line: points (x, y) in the order of x. */
export interface ScenarioSeries {
  key: string;
  name: string;
  points: readonly { x: number; y: number }[];
}

export interface ScenarioLinesChartProps {
  series: readonly ScenarioSeries[];
  width: number;
  height: number;
  title: string;
  summary: string;
  description: string;
  xTitle: string;
  yTitle: string;
  /** How an x and a y value are written on the axes and in the table. */
  xLabel: (x: number) => string;
  yLabel: (y: number, compact: boolean) => string;
  /** Steps (a frontier) rather than straight segments (cash over time). */
  steps?: boolean;
  /** x values of the table's rows (default: those of the first series). */
  tableXs?: readonly number[];
}

/** Up to four scenarios are told apart by colour and by dash, so the lines read without colour too. */
export const SCENARIO_LINE_STYLES = ['lm-scenario-line--1', 'lm-scenario-line--2', 'lm-scenario-line--3', 'lm-scenario-line--4'] as const;

/** The value of a series at x: the last point at or before it (steps), or between its neighbours (lines). */
function valueAt(points: readonly { x: number; y: number }[], x: number, steps: boolean): number | null {
  let before: { x: number; y: number } | null = null;
  for (const p of points) {
    if (p.x === x) return p.y;
    if (p.x > x) {
      if (!before) return null;
      return steps ? before.y : before.y + ((p.y - before.y) * (x - before.x)) / (p.x - before.x);
    }
    before = p;
  }
  return before ? before.y : null;
}

/** Scenarios overlaid on one pair of axes: the cumulative cash of their funded sets, or their efficient frontiers. */
export function ScenarioLinesChart(props: ScenarioLinesChartProps): ReactNode {
  const { series, width, height, title, summary, description, xTitle, yTitle, xLabel, yLabel, steps = false } = props;
  const all = series.flatMap((s) => s.points);
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const legend = layoutLegend(
    series.map((s, i) => ({
      key: s.key,
      label: s.name,
      swatch: <line className={`lm-scenario-line ${SCENARIO_LINE_STYLES[i % 4]}`} x1={0} x2={12} y1={6} y2={6} />,
    })),
    Math.max(120, width - 24),
  );
  const y = scaleLinear()
    .domain([Math.min(0, ...ys), Math.max(1, ...ys)])
    .nice(5);
  const yTicks = y.ticks(5);
  const left = Math.max(44, ...yTicks.map((v) => textWidth(yLabel(v, true), FONT.tick) + 14));
  const plot = { left, top: 24 + legend.height, right: width - 16, bottom: height - 40 };
  y.range([plot.bottom, plot.top]);
  const x = scaleLinear()
    .domain([Math.min(...xs, 0), Math.max(...xs, 1)])
    .range([plot.left, plot.right]);
  const path = line<{ x: number; y: number }>((d) => x(d.x), (d) => y(d.y))
    .curve(steps ? curveStepAfter : curveLinear)
    .digits(2);
  const tableXs = props.tableXs ?? series[0]?.points.map((p) => p.x) ?? [];
  return (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description={description}
      className="lm-scenario-lines"
      table={{
        caption: title,
        columns: [xTitle, ...series.map((s) => s.name)],
        rows: {
          count: tableXs.length,
          make: () =>
            tableXs.map((tx) => ({
              key: String(tx),
              cells: [xLabel(tx), ...series.map((s) => {
                const v = valueAt(s.points, tx, steps);
                return v === null ? '—' : yLabel(v, false);
              })],
            })),
        },
      }}
    >
      <Legend x={12} y={8} layout={legend} />
      <YAxis x={plot.left} ticks={yTicks.map((v) => ({ key: String(v), y: y(v), label: yLabel(v, true) }))} gridTo={plot.right} />
      <text className="lm-axis__title" x={4} y={px(plot.top - 8)}>
        {yTitle}
      </text>
      <XAxis y={plot.bottom} x0={plot.left} x1={plot.right} ticks={x.ticks(6).map((v) => ({ key: String(v), x: x(v), lines: [xLabel(v)] }))} title={xTitle} />
      {y.domain()[0]! < 0 && <line className="lm-scenario-lines__zero" x1={px(plot.left)} x2={px(plot.right)} y1={px(y(0))} y2={px(y(0))} />}
      {series.map((s, i) => (s.points.length > 0 ? <path key={s.key} className={`lm-scenario-line ${SCENARIO_LINE_STYLES[i % 4]}`} d={path([...s.points]) ?? ''} /> : null))}
    </ChartFrame>
  );
}
