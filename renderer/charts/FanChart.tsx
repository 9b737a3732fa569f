import { area, line, scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { XAxis, YAxis } from './Axes';
import { planMonthLabel } from './calendar';
import { ChartFrame } from './ChartFrame';
import { DEFAULT_CHART_LOCALE, moneyFormat, px } from './format';
import { FONT, textWidth } from './text';

export interface FanChartProps {
  /** Plan months of the points (consecutive), and P10 / P50 / P90 of the figure at the end of each. */
  months: number[];
  p10: number[];
  p50: number[];
  p90: number[];
  planningStartMonth: string;
  currency: string;
  width: number;
  height: number;
  title?: string;
  /** What the figure is ("Cumulative cash from today"). */
  valueLabel?: string;
  locale?: string;
}

/** Month labels at most this often along the axis. */
const MIN_TICK_GAP = 64;

/**
 * A fan chart: a simulated figure month by month, the band between P10 and P90 shaded and P50 drawn as a line, with
 * zero marked (for cumulative cash, where the band crosses zero the set is paid back in some trials and not in others).
 */
export function FanChart(props: FanChartProps): ReactNode {
  const { months, p10, p50, p90, planningStartMonth, currency, width, height } = props;
  const locale = props.locale ?? DEFAULT_CHART_LOCALE;
  const title = props.title ?? 'Fan chart';
  const valueLabel = props.valueLabel ?? 'Value';
  const money = moneyFormat(currency, locale);
  const label = (m: number) => planMonthLabel(planningStartMonth, m, locale);
  const all = [...p10, ...p90, 0];
  const y = scaleLinear()
    .domain([Math.min(...all), Math.max(...all)])
    .nice(5);
  const yTicks = y.ticks(5).map((v) => ({ key: String(v), v, label: money.compact(v) }));
  const left = Math.max(44, Math.max(...yTicks.map((t) => textWidth(t.label, FONT.tick))) + 14);
  const plot = { left, top: 24, right: width - 16, bottom: height - 40 };
  y.range([plot.bottom, plot.top]);
  const first = months[0] ?? 1;
  const last = months[months.length - 1] ?? first;
  const x = scaleLinear()
    .domain([first, Math.max(first + 1, last)])
    .range([plot.left, plot.right]);
  const every = Math.max(1, Math.ceil(MIN_TICK_GAP / Math.max(1, (plot.right - plot.left) / Math.max(1, last - first))));
  const ticks = months.filter((_, i) => i % every === 0).map((m) => ({ key: String(m), x: x(m), lines: [label(m)] }));
  const points = months.map((m, i) => ({ m, lo: p10[i]!, mid: p50[i]!, hi: p90[i]! }));
  const band = area<(typeof points)[number]>()
    .x((d) => x(d.m))
    .y0((d) => y(d.lo))
    .y1((d) => y(d.hi))
    .digits(2);
  const middle = line<(typeof points)[number]>((d) => x(d.m), (d) => y(d.mid)).digits(2);
  const end = points[points.length - 1];
  const summary = end
    ? `${valueLabel} by ${label(end.m)}: P10 ${money.full(end.lo)}, P50 ${money.full(end.mid)}, P90 ${money.full(end.hi)}.`
    : 'No months to show.';

  return (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description="The shaded band runs from P10 to P90 of the simulated trials at the end of each month; the line is P50. The horizontal line is zero."
      className="lm-fan"
      locale={locale}
      table={{
        caption: title,
        columns: ['Month', 'P10', 'P50', 'P90'],
        rows: points.map((p) => ({ key: String(p.m), cells: [label(p.m), money.full(p.lo), money.full(p.mid), money.full(p.hi)] })),
      }}
    >
      <YAxis x={plot.left} ticks={yTicks.map((t) => ({ key: t.key, y: y(t.v), label: t.label }))} gridTo={plot.right} />
      <text className="lm-axis__title" x={4} y={12}>
        {valueLabel}
      </text>
      <XAxis y={plot.bottom} x0={plot.left} x1={plot.right} ticks={ticks} />
      {points.length ? <path d={band(points) ?? ''} style={{ fill: 'var(--lm-chart-automation)', fillOpacity: 0.22 }} /> : null}
      <line x1={px(plot.left)} x2={px(plot.right)} y1={px(y(0))} y2={px(y(0))} style={{ stroke: 'var(--lm-chart-line)', strokeWidth: 1 }} />
      {points.length ? <path d={middle(points) ?? ''} style={{ fill: 'none', stroke: 'var(--lm-chart-automation-edge)', strokeWidth: 2 }} /> : null}
      {end ? (
        <g style={{ fill: 'var(--lm-chart-text)', fontSize: 12 }}>
          <text x={px(x(end.m) - 4)} y={px(y(end.hi) - 6)} textAnchor="end">
            P90
          </text>
          <text x={px(x(end.m) - 4)} y={px(y(end.mid) - 6)} textAnchor="end">
            P50
          </text>
          <text x={px(x(end.m) - 4)} y={px(y(end.lo) + 14)} textAnchor="end">
            P10
          </text>
        </g>
      ) : (
        <text className="lm-chart__empty" x={px(width / 2)} y={px(height / 2)} textAnchor="middle">
          No months to show
        </text>
      )}
    </ChartFrame>
  );
}
