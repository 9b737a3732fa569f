import { line, scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { XAxis, YAxis } from './Axes';
import { ChartFrame } from './ChartFrame';
import { DEFAULT_CHART_LOCALE, formatCount, formatShare, moneyFormat, px } from './format';
import { FONT, textWidth } from './text';

export interface DistributionChartProps {
  /** The simulated values (e.g. NPV in every trial), sorted ascending. */
  sorted: ArrayLike<number>;
  /** P10 / P50 / P90 of the values, marked on the chart. */
  percentiles: { p10: number; p50: number; p90: number };
  currency: string;
  width: number;
  height: number;
  title?: string;
  /** What the values are, for the axis and the table ("NPV from today"). */
  valueLabel?: string;
  /** Number of bars; default 30. */
  bins?: number;
  locale?: string;
}

interface Bin {
  from: number;
  to: number;
  share: number;
}

/** Bars of equal width from the least to the greatest value, each with its share of the values. */
function binsOf(sorted: ArrayLike<number>, count: number): Bin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const lo = sorted[0]!;
  const hi = sorted[n - 1]!;
  if (!(hi > lo)) return [{ from: lo, to: lo, share: 1 }];
  const width = (hi - lo) / count;
  const bins: Bin[] = Array.from({ length: count }, (_, i) => ({ from: lo + i * width, to: i === count - 1 ? hi : lo + (i + 1) * width, share: 0 }));
  for (let i = 0; i < n; i++) {
    const b = Math.min(count - 1, Math.floor((sorted[i]! - lo) / width));
    bins[b]!.share += 1 / n;
  }
  return bins;
}

/** Points of the S-curve (share of values at or below each value), thinned to at most `max` points. */
function sCurve(sorted: ArrayLike<number>, max = 200): [number, number][] {
  const n = sorted.length;
  if (n === 0) return [];
  const step = Math.max(1, Math.floor(n / max));
  const points: [number, number][] = [];
  for (let i = 0; i < n; i += step) points.push([sorted[i]!, (i + 1) / n]);
  points.push([sorted[n - 1]!, 1]);
  return points;
}

const MARKS = [
  { key: 'p10', label: 'P10' },
  { key: 'p50', label: 'P50' },
  { key: 'p90', label: 'P90' },
] as const;

/**
 * How a simulated figure is spread: a histogram (the share of trials in each band of values, left axis) and its S-curve
 * (the share of trials at or below each value, right axis), with P10, P50 and P90 marked and zero drawn.
 */
export function DistributionChart(props: DistributionChartProps): ReactNode {
  const { sorted, percentiles, currency, width, height } = props;
  const locale = props.locale ?? DEFAULT_CHART_LOCALE;
  const title = props.title ?? 'Distribution of simulated outcomes';
  const valueLabel = props.valueLabel ?? 'Value';
  const money = moneyFormat(currency, locale);
  const n = sorted.length;
  const bins = binsOf(sorted, props.bins ?? 30);
  const lo = n ? sorted[0]! : 0;
  const hi = n ? sorted[n - 1]! : 1;
  const x = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [lo - 1, hi + 1])
    .nice(6);
  const maxShare = Math.max(0.01, ...bins.map((b) => b.share));
  const y = scaleLinear().domain([0, maxShare]).nice(4);
  const yTicks = y.ticks(4).map((v) => ({ key: String(v), v, label: formatShare(v, locale) }));
  const left = Math.max(44, Math.max(...yTicks.map((t) => textWidth(t.label, FONT.tick))) + 14);
  const plot = { left, top: 30, right: width - 44, bottom: height - 40 };
  x.range([plot.left, plot.right]);
  y.range([plot.bottom, plot.top]);
  const cumulative = scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]);
  const curve = line<[number, number]>((d) => x(d[0]), (d) => cumulative(d[1])).digits(2);
  const positive = n ? 1 - sCurveShareAtOrBelow(sorted, 0) : 0;
  const summary =
    n === 0
      ? 'No simulated values to show.'
      : `${formatCount(n, locale)} trials. ${valueLabel}: P10 ${money.full(percentiles.p10)}, P50 ${money.full(percentiles.p50)}, P90 ${money.full(percentiles.p90)}; above zero in ${formatShare(positive, locale)} of trials.`;
  const barWidth = (b: Bin) => Math.max(1, x(b.to) - x(b.from) - 1);

  return (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description="Bars: the share of trials in each band of values (left axis). Line: the share of trials at or below each value (right axis). Dashed lines mark P10, P50 and P90."
      className="lm-distribution"
      locale={locale}
      table={{
        caption: `${title}: share of trials per band`,
        columns: [valueLabel, 'Share of trials'],
        rows: bins.map((b, i) => ({ key: String(i), cells: [`${money.full(b.from)} to ${money.full(b.to)}`, formatShare(b.share, locale)] })),
      }}
    >
      <YAxis x={plot.left} ticks={yTicks.map((t) => ({ key: t.key, y: y(t.v), label: t.label }))} gridTo={plot.right} />
      <text className="lm-axis__title" x={4} y={12}>
        Share of trials
      </text>
      <g className="lm-axis lm-axis--y">
        {[0, 0.5, 1].map((v) => (
          <text key={v} x={px(plot.right + 6)} y={px(cumulative(v))} dy="0.32em">
            {formatShare(v, locale)}
          </text>
        ))}
        <text className="lm-axis__title" x={px(width - 4)} y={12} textAnchor="end">
          At or below
        </text>
      </g>
      <XAxis y={plot.bottom} x0={plot.left} x1={plot.right} ticks={x.ticks(6).map((v) => ({ key: String(v), x: x(v), lines: [money.compact(v)] }))} title={valueLabel} />
      {bins.map((b, i) => (
        <rect key={i} x={px(x(b.from))} y={px(y(b.share))} width={px(barWidth(b))} height={px(Math.max(0, plot.bottom - y(b.share)))} style={{ fill: 'var(--lm-chart-automation)', fillOpacity: 0.45 }} />
      ))}
      {lo < 0 && hi > 0 ? <line x1={px(x(0))} x2={px(x(0))} y1={px(plot.top)} y2={px(plot.bottom)} style={{ stroke: 'var(--lm-chart-line)', strokeWidth: 1 }} /> : null}
      {n ? <path d={curve(sCurve(sorted)) ?? ''} style={{ fill: 'none', stroke: 'var(--lm-chart-automation-edge)', strokeWidth: 2 }} /> : null}
      {n
        ? MARKS.map((m, i) => {
            const at = x(percentiles[m.key]);
            return (
              <g key={m.key}>
                <line x1={px(at)} x2={px(at)} y1={px(plot.top - 4)} y2={px(plot.bottom)} style={{ stroke: 'var(--lm-chart-highlight)', strokeWidth: 1.5, strokeDasharray: '5 3' }} />
                <text x={px(at)} y={px(plot.top - 8 - (i % 2) * 12)} textAnchor="middle" style={{ fill: 'var(--lm-chart-highlight)', fontSize: 12, fontWeight: 700 }}>
                  {m.label}
                </text>
              </g>
            );
          })
        : null}
      {n === 0 ? (
        <text className="lm-chart__empty" x={px(width / 2)} y={px(height / 2)} textAnchor="middle">
          No simulated values to show
        </text>
      ) : null}
    </ChartFrame>
  );
}

/** Share of sorted values at or below `v` (binary search). */
function sCurveShareAtOrBelow(sorted: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}
