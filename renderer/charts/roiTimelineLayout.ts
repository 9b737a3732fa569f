import { area, line, scaleLinear } from 'd3';
import { monthTicks, planMonthLabel, type MonthTick } from './calendar';
import { moneyFormat, px } from './format';
import { FONT, textWidth, type Box, boxesOverlap } from './text';

/** An inclusive range of plan months [from, to]. */
export type PlanMonthRange = readonly [number, number];

export interface RoiPhases {
  pilot: PlanMonthRange | null;
  lastMile: PlanMonthRange | null;
  run: PlanMonthRange | null;
}

export type PhaseKey = keyof RoiPhases;
export const PHASE_LABELS: Record<PhaseKey, string> = { pilot: 'Pilot', lastMile: 'Last mile', run: 'Run' };
const PHASE_ORDER: PhaseKey[] = ['pilot', 'lastMile', 'run'];

export interface RoiLayoutInput {
  cumulative: number[];
  phases: RoiPhases;
  paybackMonth: number | null;
  planningStartMonth: string;
  currency: string;
  width: number;
  height: number;
  locale: string;
}

export interface RoiLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  zeroY: number;
  linePath: string;
  positiveArea: string;
  negativeArea: string;
  yTicks: { key: string; y: number; label: string }[];
  xTicks: (MonthTick & { x: number })[];
  minorTicks: number[];
  bands: { key: PhaseKey; x0: number; x1: number; label: string | null; range: PlanMonthRange }[];
  payback: { x: number; y: number; label: string; labelX: number; labelY: number; anchor: 'start' | 'end' } | null;
  note: { x: number; y: number; text: string } | null;
  trough: { x: number; y: number; label: string; anchor: 'start' | 'middle' | 'end' } | null;
}

type Pt = readonly [number, number];

/** Inserts the points where the polyline crosses zero so that split areas meet exactly on the zero line. */
export function withZeroCrossings(points: readonly Pt[]): Pt[] {
  const out: Pt[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev && ((prev[1] < 0 && p[1] > 0) || (prev[1] > 0 && p[1] < 0))) {
      const t = prev[1] / (prev[1] - p[1]);
      out.push([prev[0] + t * (p[0] - prev[0]), 0]);
    }
    out.push(p);
  });
  return out;
}

/** Clamps an inclusive month range to 1..horizon; null when nothing of it is inside. */
function clampRange(range: PlanMonthRange | null, horizon: number): PlanMonthRange | null {
  if (!range) return null;
  const from = Math.max(1, Math.round(range[0]));
  const to = Math.min(horizon, Math.round(range[1]));
  return from <= to ? [from, to] : null;
}

/** Geometry of the ROI timeline: month m's cumulative cash sits at the end of month m (x = m). */
export function roiTimelineLayout(input: RoiLayoutInput): RoiLayout {
  const { cumulative, phases, paybackMonth, planningStartMonth, width, height, locale } = input;
  const money = moneyFormat(input.currency, locale);
  const horizon = Math.max(1, cumulative.length);
  const values = cumulative.map((v) => (Number.isFinite(v) ? v : 0));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const y = scaleLinear()
    .domain([lo < 0 ? lo - span * 0.12 : 0, hi > 0 ? hi + span * 0.04 : lo < 0 ? span * 0.08 : 1])
    .nice(5);
  const yTickValues = y.ticks(5);
  const yLabels = yTickValues.map((v) => money.compact(v));
  const left = Math.max(40, Math.max(...yLabels.map((l) => textWidth(l, FONT.tick))) + 14);
  const plot = { left, top: 22, right: Math.max(left + 10, width - 14), bottom: Math.max(40, height - 40) };
  y.range([plot.bottom, plot.top]);
  const x = scaleLinear().domain([0, horizon]).range([plot.left, plot.right]);
  const pxPerMonth = (plot.right - plot.left) / horizon;
  const zeroY = y(0);

  const points: Pt[] = [[0, 0], ...values.map((v, i): Pt => [i + 1, v])];
  const toLine = line<Pt>((d) => x(d[0]), (d) => y(d[1])).digits(2);
  const split = withZeroCrossings(points);
  const areaOf = (pick: (v: number) => number): string =>
    area<Pt>()
      .x((d) => x(d[0]))
      .y0(zeroY)
      .y1((d) => y(pick(d[1])))
      .digits(2)(split) ?? '';

  const bands: RoiLayout['bands'] = [];
  const labelBoxes: Box[] = [];
  for (const key of PHASE_ORDER) {
    const range = clampRange(phases[key], horizon);
    if (!range) continue;
    const x0 = x(range[0] - 1);
    const x1 = x(range[1]);
    const text = PHASE_LABELS[key];
    const fits = textWidth(text, FONT.tick) * 1.1 + 8 <= x1 - x0;
    bands.push({ key, x0, x1, label: fits ? text : null, range });
    if (fits) labelBoxes.push({ x: (x0 + x1) / 2 - textWidth(text, FONT.tick) / 2, y: plot.top, width: textWidth(text, FONT.tick), height: 16 });
  }

  let payback: RoiLayout['payback'] = null;
  let note: RoiLayout['note'] = null;
  if (paybackMonth !== null && paybackMonth >= 1 && paybackMonth <= horizon) {
    const label = `Payback ${planMonthLabel(planningStartMonth, paybackMonth, locale)}`;
    const w = textWidth(label, FONT.label);
    const px0 = x(paybackMonth);
    const py = y(values[paybackMonth - 1] ?? 0);
    const leftFits = px0 - 8 - w >= plot.left;
    const labelBox: Box = leftFits ? { x: px0 - 8 - w, y: zeroY - 22, width: w, height: 16 } : { x: px0 + 8, y: zeroY + 4, width: w, height: 16 };
    payback = leftFits
      ? { x: px0, y: py, label, labelX: px0 - 8, labelY: zeroY - 10, anchor: 'end' }
      : { x: px0, y: py, label, labelX: px0 + 8, labelY: zeroY + 16, anchor: 'start' };
    bands.forEach((b, i) => {
      const box = labelBoxes[i];
      if (b.label && box && boxesOverlap(box, labelBox)) b.label = null;
    });
  } else if (cumulative.length > 0) {
    note = { x: plot.right, y: 12, text: 'Payback beyond the horizon' };
  }

  let trough: RoiLayout['trough'] = null;
  if (lo < 0) {
    const idx = values.indexOf(lo);
    const tx = x(idx + 1);
    const label = `Lowest ${money.compact(lo)}`;
    const half = textWidth(label, FONT.tick) / 2;
    const anchor = tx - half < plot.left ? 'start' : tx + half > plot.right ? 'end' : 'middle';
    trough = { x: tx, y: y(lo), label, anchor };
  }

  return {
    plot,
    zeroY,
    linePath: toLine(points) ?? '',
    positiveArea: areaOf((v) => Math.max(0, v)),
    negativeArea: areaOf((v) => Math.min(0, v)),
    yTicks: yTickValues.map((v, i) => ({ key: String(v), y: y(v), label: yLabels[i] ?? '' })),
    xTicks: monthTicks(planningStartMonth, horizon, pxPerMonth, 34, locale).map((t) => ({ ...t, x: x(t.at) })),
    minorTicks: pxPerMonth >= 5 ? Array.from({ length: horizon + 1 }, (_, m) => px(x(m))) : [],
    bands,
    payback,
    note,
    trough,
  };
}
