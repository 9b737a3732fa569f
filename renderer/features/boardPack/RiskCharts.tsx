import { line, scaleLinear, type ScaleLinear } from 'd3';
import { XAxis, YAxis } from '@renderer/charts/Axes';
import { ChartFrame } from '@renderer/charts/ChartFrame';
import { FONT, textWidth } from '@renderer/charts/text';
import type { CurvePoint } from '@shared/export/exportRisk';
import type { Presenter } from '@shared/presentation';
import type { PortfolioTornado } from '@shared/uncertainty/sensitivity';
import { swingText } from '@shared/uncertainty/sensitivityText';

/**
 * The risk page's two charts, drawn for print: the funded set's S-curve (share of trials with NPV from today at most a
 * value) with P10, P50 and P90 marked, and its tornado (which inputs, swung low → high, move NPV most).
 */

const M = { top: 26, right: 18, bottom: 44, left: 64 };

/** Money ticks across that fit side by side in the workspace's format ("1,5 Mio. $" is wider than "$1.5M"). */
function moneyTicks(x: ScaleLinear<number, number>, p: Presenter, most: number): { key: string; x: number; lines: string[] }[] {
  const [a, b] = x.range() as [number, number];
  for (let n = most; ; n--) {
    const values = x.ticks(n);
    const widest = Math.max(0, ...values.map((v) => textWidth(p.moneyCompact(v), FONT.tick)));
    if (n <= 2 || values.length * (widest + 12) <= Math.abs(b - a) + widest) {
      return values.map((v) => ({ key: String(v), x: x(v), lines: [p.moneyCompact(v)] }));
    }
  }
}

/** An axis's scale across, ending early enough for its last tick label (centred on its value) to stay on the chart. */
function moneyScale(lo: number, hi: number, count: number, left: number, width: number, p: Presenter): ScaleLinear<number, number> {
  const domain = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice(count).domain() as [number, number];
  const right = width - M.right - Math.max(0, textWidth(p.moneyCompact(domain[1]), FONT.tick) / 2 - M.right);
  return scaleLinear().domain(domain).range([left, right]);
}

export function SCurveChart({ curve, marks, present: p, npvLabel, width, height }: { curve: readonly CurvePoint[]; marks: { label: string; npv: number; share: number }[]; present: Presenter; npvLabel: string; width: number; height: number }) {
  const lo = Math.min(0, curve[0]?.npv ?? 0);
  const hi = Math.max(0, curve.at(-1)?.npv ?? 0);
  const x = moneyScale(lo, hi, 6, M.left, width, p);
  const right = x.range()[1]!;
  const y = scaleLinear().domain([0, 1]).range([height - M.bottom, M.top]);
  const path = line<CurvePoint>().x((d) => x(d.npv)).y((d) => y(d.share))(curve as CurvePoint[]) ?? '';
  const xTicks = moneyTicks(x, p, 6);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((v) => ({ key: String(v), y: y(v), label: p.percent(v, 0) }));
  const summary = marks.map((m) => `${m.label} ${p.moneyCompact(m.npv)}`).join(', ');
  return (
    <ChartFrame
      width={width}
      height={height}
      className="bp-risk-curve"
      title={`S-curve of ${npvLabel}`}
      summary={summary}
      description="Across: NPV. Up: the share of trials whose NPV is at most that value. The steeper the curve, the surer the figure."
      table={{ caption: `${npvLabel} by share of trials`, columns: ['Share of trials', 'NPV at most'], rows: curve.filter((_, i) => i % 5 === 0).map((c) => ({ key: String(c.share), cells: [p.percent(c.share, 0), p.money(c.npv)] })) }}
      locale={p.format}
    >
      <YAxis x={M.left} ticks={yTicks} gridTo={right} title="Share of trials" titleY={M.top - 12} />
      <XAxis y={height - M.bottom} x0={M.left} x1={right} ticks={xTicks} title={npvLabel} />
      {lo < 0 && hi > 0 ? <line className="bp-risk-curve__zero" x1={x(0)} x2={x(0)} y1={y(0)} y2={y(1)} /> : null}
      <path className="bp-risk-curve__line" d={path} fill="none" />
      {marks.map((m) => (
        <g key={m.label} className="bp-risk-curve__mark" transform={`translate(${x(m.npv)},${y(m.share)})`}>
          <circle r={3.5} />
          {/* Below and to the right of its point: the curve only rises to the right, so it never runs through the label. */}
          <text x={7} y={13}>
            {m.label} {p.moneyCompact(m.npv)}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}

/** How many bars the printed tornado draws (the rest move NPV least). */
export const TORNADO_BARS = 7;

export function TornadoBars({ tornado, present: p, npvLabel, width, height }: { tornado: PortfolioTornado; present: Presenter; npvLabel: string; width: number; height: number }) {
  const bars = tornado.bars.slice(0, TORNADO_BARS);
  const left = 150;
  const values = bars.flatMap((b) => [b.npvLow, b.npvHigh]).concat(tornado.npv);
  const x = moneyScale(Math.min(...values), Math.max(...values), 5, left, width, p);
  const right = x.range()[1]!;
  const band = (height - M.top - M.bottom) / Math.max(1, bars.length);
  const xTicks = moneyTicks(x, p, 5);
  return (
    <ChartFrame
      width={width}
      height={height}
      className="bp-tornado"
      title={`Tornado of ${npvLabel}`}
      summary={bars.map((b) => `${b.label}: ${p.moneyCompact(b.npvLow)} to ${p.moneyCompact(b.npvHigh)}`).join('; ')}
      description="Each input swung from its low to its high, every other input at its likely value; the widest bar moves NPV most. Dark: the input at its high; light: at its low."
      table={{
        caption: `What moves ${npvLabel} most`,
        columns: ['Input', 'Low → high', 'NPV at low', 'NPV at high'],
        rows: bars.map((b) => ({ key: b.key, cells: [b.label, swingText(b.values, b.unit, p), p.money(b.npvLow), p.money(b.npvHigh)] })),
      }}
      locale={p.format}
    >
      <XAxis y={height - M.bottom} x0={left} x1={right} ticks={xTicks} title={npvLabel} />
      {bars.map((b, i) => {
        const top = M.top + i * band + band * 0.18;
        const h = band * 0.64;
        const centre = x(tornado.npv);
        return (
          <g key={b.key}>
            <text className="bp-tornado__label" x={left - 8} y={top + h / 2} dy="0.32em" textAnchor="end">
              {b.label}
            </text>
            <rect className="bp-tornado__low" x={Math.min(centre, x(b.npvLow))} y={top} width={Math.abs(x(b.npvLow) - centre)} height={h} />
            <rect className="bp-tornado__high" x={Math.min(centre, x(b.npvHigh))} y={top} width={Math.abs(x(b.npvHigh) - centre)} height={h} />
          </g>
        );
      })}
      <line className="bp-tornado__centre" x1={x(tornado.npv)} x2={x(tornado.npv)} y1={M.top - 4} y2={height - M.bottom} />
    </ChartFrame>
  );
}
