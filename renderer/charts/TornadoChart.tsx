import { scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import type { Presenter } from '@shared/presentation';
import type { Tornado } from '@shared/uncertainty/sensitivity';
import { swingText } from '@shared/uncertainty/sensitivityText';
import { ChartFrame } from './ChartFrame';
import { len, px } from './format';
import { rowLayout } from './rows';
import { FONT, fitText, textWidth } from './text';

export interface TornadoChartProps {
  tornado: Tornado;
  /** The workspace's formatters (money and months in its currency and number format). */
  present: Presenter;
  /** What NPV is called here ("NPV from Mar 2027", "The funded set's NPV"). */
  npvLabel: string;
  width: number;
  /** Height follows the number of bars when not given. */
  height?: number;
  title?: string;
}

const ROW = 40;
// Colours of the chart palette (charts.css): the low end light with a dark edge, the high end solid, so the two read
// apart in greyscale too; the same way round as the board pack's and the deck's tornado (light: low; dark: high).
const LOW = { fill: 'var(--lm-chart-pilot)', stroke: 'var(--lm-chart-pilot-edge)' };
const HIGH = { fill: 'var(--lm-chart-automation)', stroke: 'var(--lm-chart-automation-edge)' };
const MUTED = { fill: 'var(--lm-chart-muted)' };
const LINE = { stroke: 'var(--lm-chart-line)', strokeWidth: 1.5 };
const ZERO = { stroke: 'var(--lm-chart-axis)', strokeDasharray: '3 3' };
const TOP = 46;
const BOTTOM = 8;

/** Height a tornado of `bars` bars wants. */
export function tornadoHeight(bars: number): number {
  return TOP + BOTTOM + Math.max(1, bars) * ROW;
}

/**
 * Tornado chart: one bar per input, from NPV with the input at its low to NPV at its high, every other input at its
 * likely value; the largest swing on top. The vertical line is NPV at the likely values; the low end is drawn light,
 * the high end solid, so the two read apart without colour. Each label says how the input was swung.
 */
export function TornadoChart(props: TornadoChartProps): ReactNode {
  const { tornado, present, npvLabel, width } = props;
  const height = props.height ?? tornadoHeight(tornado.bars.length);
  const title = props.title ?? `What moves ${npvLabel} most`;
  const money = present.moneyCompact;
  const bars = tornado.bars;
  // The label column holds each input's name and, under it, how it was swung: sized to the longer of the two.
  const items = bars.map((b) => {
    const swing = swingText(b.values, b.unit, present);
    return { id: b.key, label: textWidth(swing, FONT.tick) > textWidth(b.label, FONT.tick) ? swing : b.label };
  });
  const valueWidth = Math.max(40, ...bars.flatMap((b) => [textWidth(money(b.npvLow), FONT.tick), textWidth(money(b.npvHigh), FONT.tick)])) + 8;
  const layout = rowLayout(items, width, TOP, height - BOTTOM, 0.42);
  // Labels end 10 px left of the column's edge, as rowLayout measured them.
  const labelWidth = Math.max(20, layout.labelRight - 10);
  const ends = bars.flatMap((b) => [b.npvLow, b.npvHigh]);
  const lo = Math.min(tornado.npv, 0, ...ends);
  const hi = Math.max(tornado.npv, 0, ...ends);
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([layout.labelRight + valueWidth, Math.max(layout.labelRight + valueWidth + 20, width - valueWidth)]);
  const top = bars[0];
  const Npv = `${npvLabel.charAt(0).toUpperCase()}${npvLabel.slice(1)}`;
  const summary =
    bars.length === 0
      ? `No input with a range still moves ${npvLabel}.`
      : `${Npv} at the likely values: ${present.money(tornado.npv)}. ` +
        (top && top.swing > 0
          ? `The largest driver is ${top.label.toLowerCase()} (${swingText(top.values, top.unit, present)}), moving it from ${money(top.npvLow)} to ${money(top.npvHigh)}.`
          : 'No range moves it: every range has zero width.');
  return (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description={`Each bar runs from ${npvLabel} with one input at its low (light end) to the same input at its high (solid end), every other input at its likely value. The vertical line is ${npvLabel} at the likely values; the widest bar is on top.`}
      className="lm-tornado"
      table={{
        caption: title,
        columns: ['Input', 'Low → high', `${Npv} at the low`, `${Npv} at the high`, 'Swing'],
        rows: bars.map((b) => ({ key: b.key, cells: [b.label, swingText(b.values, b.unit, present), present.money(b.npvLow), present.money(b.npvHigh), present.money(b.swing)] })),
      }}
    >
      <text className="lm-tornado__legend" x={4} y={13}>
        <tspan style={LOW}>■</tspan> input at its low <tspan style={HIGH}>■</tspan> input at its high · line: likely values
      </text>
      <line className="lm-tornado__centre" style={LINE} x1={px(x(tornado.npv))} x2={px(x(tornado.npv))} y1={TOP - 10} y2={px(height - BOTTOM)} />
      <text className="lm-tornado__centre-label" x={px(x(tornado.npv))} y={TOP - 12} textAnchor="middle">
        {money(tornado.npv)}
      </text>
      {lo < 0 && hi > 0 && tornado.npv !== 0 && (
        <g className="lm-tornado__zero">
          <line style={ZERO} x1={px(x(0))} x2={px(x(0))} y1={TOP - 4} y2={px(height - BOTTOM)} />
          {Math.abs(x(0) - x(tornado.npv)) > 40 && (
            <text x={px(x(0))} y={TOP - 12} textAnchor="middle" style={MUTED}>
              {money(0)}
            </text>
          )}
        </g>
      )}
      {bars.map((b, i) => {
        const slot = layout.rows[i]!;
        const c = x(tornado.npv);
        const xl = x(b.npvLow);
        const xh = x(b.npvHigh);
        const left = Math.min(xl, xh);
        const right = Math.max(xl, xh);
        const h = Math.min(slot.h, 18);
        const y = slot.mid - h / 2 + 6;
        return (
          <g key={b.key} className="lm-tornado__row">
            <text className="lm-row-label" x={px(layout.labelRight - 10)} y={px(slot.mid - 2)} textAnchor="end">
              {fitText(b.label, labelWidth, FONT.tick)}
            </text>
            <text className="lm-tornado__swing" x={px(layout.labelRight - 10)} y={px(slot.mid + 12)} textAnchor="end" style={MUTED}>
              {fitText(swingText(b.values, b.unit, present), labelWidth, FONT.tick)}
            </text>
            <rect className="lm-tornado__bar lm-tornado__bar--low" x={px(Math.min(xl, c))} y={px(y)} width={len(Math.abs(xl - c))} height={len(h)} style={LOW} />
            <rect className="lm-tornado__bar lm-tornado__bar--high" x={px(Math.min(xh, c))} y={px(y)} width={len(Math.abs(xh - c))} height={len(h)} style={HIGH} />
            <text className="lm-tornado__value" x={px(left - 4)} y={px(y + h / 2)} dy="0.32em" textAnchor="end">
              {money(xl <= xh ? b.npvLow : b.npvHigh)}
            </text>
            <text className="lm-tornado__value" x={px(right + 4)} y={px(y + h / 2)} dy="0.32em">
              {money(xl <= xh ? b.npvHigh : b.npvLow)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
