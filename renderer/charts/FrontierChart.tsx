import { area, curveStepAfter, line, scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { XAxis, YAxis } from './Axes';
import { ChartFrame } from './ChartFrame';
import { DEFAULT_CHART_LOCALE, moneyFormat, px } from './format';
import { FONT, textWidth } from './text';

export interface FrontierPoint {
  /** Budget (money). */
  budget: number;
  /** Best achievable value with at most this budget (money). */
  value: number;
}

export interface FrontierChartProps {
  points: FrontierPoint[];
  chosenBudget: number;
  currency: string;
  width: number;
  height: number;
  title?: string;
  /** Vertical axis title; default "Best expected value". */
  valueLabel?: string;
  locale?: string;
}

const finite = (v: number): number => (Number.isFinite(v) ? v : 0);

/** Value of the frontier at a budget: the best value among points whose budget does not exceed it (0 if none). */
export function frontierValueAt(points: FrontierPoint[], budget: number): number {
  return points.reduce((best, p) => (finite(p.budget) <= budget ? Math.max(best, finite(p.value)) : best), 0);
}

/** Efficient frontier: best achievable value as a step function of the budget, with the chosen budget marked. */
export function FrontierChart(props: FrontierChartProps): ReactNode {
  const { chosenBudget, currency, width, height } = props;
  const locale = props.locale ?? DEFAULT_CHART_LOCALE;
  const title = props.title ?? 'Efficient frontier';
  const valueLabel = props.valueLabel ?? 'Best expected value';
  const money = moneyFormat(currency, locale);
  const points = [...props.points].map((p) => ({ budget: finite(p.budget), value: finite(p.value) })).sort((a, b) => a.budget - b.budget);
  const chosen = finite(chosenBudget);
  const chosenValue = frontierValueAt(points, chosen);
  const maxBudget = Math.max(1, chosen, ...points.map((p) => p.budget));
  const y = scaleLinear()
    .domain([Math.min(0, ...points.map((p) => p.value)), Math.max(1, ...points.map((p) => p.value))])
    .nice(5);
  const yTicks = y.ticks(5).map((v) => ({ key: String(v), y: 0, label: money.compact(v), v }));
  const left = Math.max(44, Math.max(...yTicks.map((t) => textWidth(t.label, FONT.tick))) + 14);
  const plot = { left, top: 24, right: width - 16, bottom: height - 40 };
  y.range([plot.bottom, plot.top]);
  const x = scaleLinear().domain([0, maxBudget]).nice(5).range([plot.left, plot.right]);
  const xEnd = x.domain()[1] ?? maxBudget;
  const series: [number, number][] = points.map((p) => [p.budget, p.value]);
  const last = series[series.length - 1];
  if (last && last[0] < xEnd) series.push([xEnd, last[1]]);
  const stepLine = line<[number, number]>((d) => x(d[0]), (d) => y(d[1])).curve(curveStepAfter).digits(2);
  const stepArea = area<[number, number]>()
    .x((d) => x(d[0]))
    .y0(y(0))
    .y1((d) => y(d[1]))
    .curve(curveStepAfter)
    .digits(2);

  const cx = x(chosen);
  const cy = y(chosenValue);
  const chosenLabel = `Chosen budget ${money.compact(chosen)} → ${money.compact(chosenValue)}`;
  // Left of the chosen budget the frontier is lower, so above-left is free; otherwise below-right.
  const labelLeft = cx - 8 - textWidth(chosenLabel, FONT.label) >= plot.left;
  const labelY = labelLeft ? Math.max(plot.top + 12, cy - 10) : Math.min(plot.bottom - 6, cy + 20);
  const summary =
    points.length === 0
      ? 'No frontier to show.'
      : `Best achievable value from ${money.full(points[0]!.value)} at a budget of ${money.full(points[0]!.budget)} to ${money.full(points[points.length - 1]!.value)} at ${money.full(points[points.length - 1]!.budget)}; the chosen budget of ${money.full(chosen)} reaches ${money.full(chosenValue)}.`;

  return (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description="Steps: the best value any allowed set of candidates achieves within each budget. The dashed line marks the chosen budget and its value."
      className="lm-frontier"
      table={{
        caption: title,
        columns: ['Budget', valueLabel],
        rows: points.map((p, i) => ({ key: String(i), cells: [money.full(p.budget), money.full(p.value)] })),
      }}
    >
      <YAxis x={plot.left} ticks={yTicks.map((t) => ({ key: t.key, y: y(t.v), label: t.label }))} gridTo={plot.right} />
      <text className="lm-axis__title" x={4} y={12}>
        {valueLabel}
      </text>
      <XAxis
        y={plot.bottom}
        x0={plot.left}
        x1={plot.right}
        ticks={x.ticks(5).map((v) => ({ key: String(v), x: x(v), lines: [money.compact(v)] }))}
        title="Budget"
      />
      {series.length ? <path className="lm-frontier__area" d={stepArea(series) ?? ''} /> : null}
      {series.length ? <path className="lm-frontier__line" d={stepLine(series) ?? ''} /> : null}
      {points.map((p, i) => (
        <circle key={i} className="lm-frontier__point" cx={px(x(p.budget))} cy={px(y(p.value))} r={2.5} />
      ))}
      {points.length ? (
        <g className="lm-frontier__chosen">
          <line x1={px(cx)} x2={px(cx)} y1={px(plot.top)} y2={px(plot.bottom)} />
          <circle cx={px(cx)} cy={px(cy)} r={5} />
          <text x={px(labelLeft ? cx - 8 : cx + 8)} y={px(labelY)} textAnchor={labelLeft ? 'end' : 'start'}>
            {chosenLabel}
          </text>
        </g>
      ) : (
        <text className="lm-chart__empty" x={px(width / 2)} y={px(height / 2)} textAnchor="middle">
          No frontier to show
        </text>
      )}
    </ChartFrame>
  );
}
