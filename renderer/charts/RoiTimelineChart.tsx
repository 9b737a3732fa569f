import type { ReactNode } from 'react';
import { XAxis, XGrid, YAxis } from './Axes';
import { planMonthLabel, planRangeLabel } from './calendar';
import { ChartFrame } from './ChartFrame';
import { DEFAULT_CHART_LOCALE, moneyFormat, len, px } from './format';
import { Legend, RectSwatch, layoutLegend } from './Legend';
import { PHASE_LABELS, RIBBON_HEIGHT, Y_TITLE, roiTimelineLayout, type PhaseKey, type RoiPhases } from './roiTimelineLayout';

export type { PlanMonthRange, RoiPhases } from './roiTimelineLayout';

export interface RoiTimelineChartProps {
  /** Cumulative net cash at the end of each plan month; index 0 = plan month 1. */
  cumulative: number[];
  /** Inclusive plan-month ranges of the phases; pass nulls (e.g. for a portfolio) to omit the bands. */
  phases: RoiPhases;
  /** First month whose cumulative net cash is ≥ 0 after being negative; null = beyond the horizon. */
  paybackMonth: number | null;
  /** Plan month 1 on the calendar, 'YYYY-MM'. */
  planningStartMonth: string;
  /** ISO 4217 code. */
  currency: string;
  width: number;
  height: number;
  title: string;
  locale?: string;
  /** Per month: true where the figures are entered actuals (a tracked schedule); those months are drawn solid, the rest dashed. */
  actual?: readonly boolean[];
  /** Plan month of today: months before it without actuals are the plan, from it on the forecast (with `actual`). */
  today?: number;
}

const PHASE_KEYS: PhaseKey[] = ['pilot', 'lastMile', 'run'];

function phaseOfMonth(phases: RoiPhases, m: number): string {
  const key = PHASE_KEYS.find((k) => {
    const r = phases[k];
    return r !== null && m >= r[0] && m <= r[1];
  });
  return key ? PHASE_LABELS[key] : '—';
}

/** Cumulative net cash by month on the calendar: phases shaded, area below zero tinted, payback marked. */
export function RoiTimelineChart(props: RoiTimelineChartProps): ReactNode {
  const { cumulative, phases, paybackMonth, planningStartMonth, currency, width, height, title } = props;
  const locale = props.locale ?? DEFAULT_CHART_LOCALE;
  const money = moneyFormat(currency, locale);
  const layout = roiTimelineLayout({ cumulative, phases, paybackMonth, planningStartMonth, currency, width, height, locale, actual: props.actual });
  const tracked = layout.actualLinePath !== null;
  const figuresOf = (m: number): string => (props.actual?.[m - 1] ? 'Actual' : m < (props.today ?? 1) ? 'Plan (no actuals entered)' : 'Forecast');
  const { plot } = layout;
  const months = cumulative.length;
  const monthName = (m: number): string => planMonthLabel(planningStartMonth, m, locale);

  let summary: string;
  if (months === 0) {
    summary = 'No cash flows to show.';
  } else {
    const lowest = Math.min(0, ...cumulative);
    const lowIdx = cumulative.indexOf(lowest);
    const parts = [`Cumulative net cash over ${months} months from ${monthName(1)} to ${monthName(months)}`];
    if (lowest < 0) parts.push(`lowest ${money.full(lowest)} in ${monthName(lowIdx + 1)}`);
    parts.push(`${money.full(cumulative[months - 1] ?? 0)} at the end`);
    const pay = paybackMonth !== null ? `payback in ${monthName(paybackMonth)} (month ${paybackMonth})` : 'payback beyond the horizon';
    summary = `${parts.join(', ')}; ${pay}.`;
  }
  const phaseText = layout.bands.map((b) => `${PHASE_LABELS[b.key]} ${planRangeLabel(planningStartMonth, b.range[0], b.range[1], locale)}`);
  const actualMonths = tracked ? cumulative.map((_, i) => i + 1).filter((m) => props.actual?.[m - 1]) : [];
  const description =
    'Line: cumulative net cash at the end of each month; the area below the zero line (money still to recover) is tinted.' +
    (phaseText.length ? ` Shaded bands: ${phaseText.join('; ')}.` : '') +
    (tracked
      ? ` Solid line: months with actuals entered (${actualMonths.length} months, ${monthName(actualMonths[0] ?? 1)} to ${monthName(actualMonths.at(-1) ?? 1)}); dashed line: the plan and the forecast.`
      : '');

  return (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description={description}
      className="lm-roi"
      table={{
        caption: title,
        columns: ['Month', 'Plan month', 'Cumulative net cash', 'Phase', ...(tracked ? ['Figures'] : [])],
        rows: cumulative.map((v, i) => ({
          key: String(i + 1),
          cells: [monthName(i + 1), String(i + 1), money.full(v), phaseOfMonth(phases, i + 1), ...(tracked ? [figuresOf(i + 1)] : [])],
        })),
      }}
    >
      <XGrid ticks={layout.xTicks.map((t) => ({ key: String(t.at), x: t.x, lines: [] }))} y0={plot.top} y1={plot.bottom} />
      <YAxis x={plot.left} ticks={layout.yTicks} gridTo={plot.right} />
      {layout.bands.map((b) => (
        <g key={b.key} className={`lm-phase lm-phase--${b.key}`}>
          <rect className="lm-phase__band" x={px(b.x0)} y={plot.top} width={len(b.x1 - b.x0)} height={len(plot.bottom - plot.top)} />
          <rect className="lm-phase__ribbon" x={px(b.x0)} y={plot.top} width={len(b.x1 - b.x0)} height={RIBBON_HEIGHT} />
          {b.label ? (
            <text className="lm-phase__label" x={px((b.x0 + b.x1) / 2)} y={plot.top + 12} textAnchor="middle">
              {b.label}
            </text>
          ) : null}
        </g>
      ))}
      <text className="lm-axis__title" x={4} y={12}>
        {Y_TITLE}
      </text>
      {layout.legend ? (
        <Legend
          x={layout.legend.x}
          y={layout.legend.y}
          layout={layoutLegend(
            layout.bands.map((b) => ({ key: b.key, label: PHASE_LABELS[b.key], swatch: <RectSwatch className={`lm-phase-swatch lm-phase-swatch--${b.key}`} /> })),
            Infinity,
          )}
        />
      ) : null}
      <path className="lm-roi__area lm-roi__area--positive" d={layout.positiveArea} />
      <path className="lm-roi__area lm-roi__area--negative" d={layout.negativeArea} />
      <line className="lm-zero-line" x1={px(plot.left)} x2={px(plot.right)} y1={px(layout.zeroY)} y2={px(layout.zeroY)} />
      <g className="lm-axis lm-axis--minor" transform={`translate(0,${px(plot.bottom)})`}>
        {layout.minorTicks.map((mx) => (
          <line key={mx} x1={mx} x2={mx} y2={3} />
        ))}
      </g>
      <XAxis
        y={plot.bottom}
        x0={plot.left}
        x1={plot.right}
        ticks={layout.xTicks.map((t) => ({ key: String(t.at), x: t.x, lines: t.year ? [t.month, t.year] : [t.month] }))}
      />
      {months > 0 ? <path className={tracked ? 'lm-roi__line lm-roi__line--forecast' : 'lm-roi__line'} d={layout.linePath} /> : null}
      {layout.actualLinePath ? <path className="lm-roi__line lm-roi__line--actual" d={layout.actualLinePath} /> : null}
      {layout.trough ? (
        <g className="lm-roi__trough">
          <circle cx={px(layout.trough.x)} cy={px(layout.trough.y)} r={3} />
          <text x={px(layout.trough.x)} y={px(layout.trough.y + 15)} textAnchor={layout.trough.anchor}>
            {layout.trough.label}
          </text>
        </g>
      ) : null}
      {layout.payback ? (
        <g className="lm-roi__payback">
          <line className="lm-roi__payback-rule" x1={px(layout.payback.x)} x2={px(layout.payback.x)} y1={plot.top} y2={px(plot.bottom)} />
          <path
            className="lm-roi__payback-marker"
            d={`M${px(layout.payback.x)},${px(layout.payback.y - 7)}l7,7l-7,7l-7,-7z`}
            data-month={paybackMonth ?? undefined}
          />
          <text className="lm-roi__payback-label" x={px(layout.payback.labelX)} y={px(layout.payback.labelY)} textAnchor={layout.payback.anchor}>
            {layout.payback.label}
          </text>
        </g>
      ) : null}
      {layout.note ? (
        <text className="lm-roi__note" x={px(layout.note.x)} y={px(layout.note.y)} textAnchor="end">
          {layout.note.text}
        </text>
      ) : null}
      {months === 0 ? (
        <text className="lm-chart__empty" x={px(width / 2)} y={px(height / 2)} textAnchor="middle">
          No cash flows to show
        </text>
      ) : null}
    </ChartFrame>
  );
}
