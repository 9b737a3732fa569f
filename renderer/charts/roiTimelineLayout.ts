import { area, line, scaleLinear } from 'd3';
import { monthTicks, planMonthLabel, type MonthTick } from './calendar';
import { moneyFormat, px } from './format';
import { layoutLegend } from './Legend';
import { FONT, textWidth } from './text';

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
/** Height of the phase ribbon along the top of the plot. */
export const RIBBON_HEIGHT = 17;
export const Y_TITLE = 'Cumulative net cash';
const NOTE_TEXT = 'Payback beyond the horizon';
const HEADER_ROW = 18;

export interface RoiLayoutInput {
  cumulative: number[];
  phases: RoiPhases;
  paybackMonth: number | null;
  planningStartMonth: string;
  currency: string;
  width: number;
  height: number;
  locale: string;
  /** Per month: true where the figures are actuals (a tracked schedule); drawn as a solid line over a dashed forecast. */
  actual?: readonly boolean[] | undefined;
}

export interface RoiLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  zeroY: number;
  linePath: string;
  /** The line over the months with actuals (each run of them one segment); null when no month has actuals. */
  actualLinePath: string | null;
  positiveArea: string;
  negativeArea: string;
  yTicks: { key: string; y: number; label: string }[];
  xTicks: (MonthTick & { x: number })[];
  minorTicks: number[];
  bands: { key: PhaseKey; x0: number; x1: number; label: string | null; range: PlanMonthRange }[];
  /** Where the phase legend goes when the names do not fit in their ribbons. */
  legend: { x: number; y: number } | null;
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
  const right = Math.max(left + 10, width - 14);
  const x = scaleLinear().domain([0, horizon]).range([left, right]);
  const pxPerMonth = (right - left) / horizon;

  const bands: RoiLayout['bands'] = [];
  for (const key of PHASE_ORDER) {
    const range = clampRange(phases[key], horizon);
    if (range) bands.push({ key, x0: x(range[0] - 1), x1: x(range[1]), label: PHASE_LABELS[key], range });
  }
  // Phase names sit in their ribbon when every one fits; otherwise a small legend names them.
  const inBand = bands.every((b) => textWidth(PHASE_LABELS[b.key], FONT.tick) * 1.1 + 8 <= b.x1 - b.x0);
  // Header rows: the axis title on the left; the payback-beyond-horizon note and the phase legend
  // right-aligned on the first row with room for them.
  const hasPayback = paybackMonth !== null && paybackMonth >= 1 && paybackMonth <= horizon;
  const rightItems: { kind: 'note' | 'legend'; width: number }[] = [];
  if (!hasPayback && cumulative.length > 0) rightItems.push({ kind: 'note', width: textWidth(NOTE_TEXT, FONT.label) * 1.05 });
  if (!inBand) {
    for (const b of bands) b.label = null;
    const legendWidth = layoutLegend(bands.map((b) => ({ key: b.key, label: PHASE_LABELS[b.key], swatch: null })), Infinity).width;
    rightItems.push({ kind: 'legend', width: legendWidth });
  }
  let row = 0;
  let used = textWidth(Y_TITLE, FONT.tick) * 1.1 + 4;
  let legend: RoiLayout['legend'] = null;
  let note: RoiLayout['note'] = null;
  for (const item of rightItems) {
    if (used + 16 + item.width > width - 4) {
      row += 1;
      used = 0;
    }
    used += 16 + item.width;
    const baseline = 12 + HEADER_ROW * row;
    if (item.kind === 'note') note = { x: width - 4, y: baseline, text: NOTE_TEXT };
    else legend = { x: width - 4 - item.width, y: baseline - 10 };
  }
  const top = 22 + HEADER_ROW * row;
  const plot = { left, top, right, bottom: Math.max(top + 20, height - 40) };
  y.range([plot.bottom, plot.top]);
  const zeroY = y(0);
  const ribbonBottom = plot.top + (bands.length ? RIBBON_HEIGHT : 0);

  const points: Pt[] = [[0, 0], ...values.map((v, i): Pt => [i + 1, v])];
  const toLine = line<Pt>((d) => x(d[0]), (d) => y(d[1])).digits(2);
  const split = withZeroCrossings(points);
  const areaOf = (pick: (v: number) => number): string =>
    area<Pt>()
      .x((d) => x(d[0]))
      .y0(zeroY)
      .y1((d) => y(pick(d[1])))
      .digits(2)(split) ?? '';

  let payback: RoiLayout['payback'] = null;
  if (paybackMonth !== null && hasPayback) {
    const label = `Payback ${planMonthLabel(planningStartMonth, paybackMonth, locale)}`;
    const w = textWidth(label, FONT.label) * 1.1;
    const px0 = x(paybackMonth);
    const py = y(values[paybackMonth - 1] ?? 0);
    // Left of payback the line is below zero, right of it above: above-left and below-right are free.
    const aboveLeft = px0 - 8 - w >= plot.left && zeroY - 22 >= ribbonBottom;
    const belowRight = px0 + 8 + w <= plot.right && zeroY + 20 <= plot.bottom;
    payback =
      aboveLeft || !belowRight
        ? { x: px0, y: py, label, labelX: px0 - 8, labelY: Math.max(ribbonBottom + 13, zeroY - 10), anchor: 'end' }
        : { x: px0, y: py, label, labelX: px0 + 8, labelY: zeroY + 16, anchor: 'start' };
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
    actualLinePath: actualSegments(input.actual, points, toLine),
    positiveArea: areaOf((v) => Math.max(0, v)),
    negativeArea: areaOf((v) => Math.min(0, v)),
    yTicks: yTickValues.map((v, i) => ({ key: String(v), y: y(v), label: yLabels[i] ?? '' })),
    xTicks: monthTicks(planningStartMonth, horizon, pxPerMonth, 34, locale).map((t) => ({ ...t, x: x(t.at) })),
    minorTicks: pxPerMonth >= 5 ? Array.from({ length: horizon + 1 }, (_, m) => px(x(m))) : [],
    bands,
    legend,
    payback,
    note,
    trough,
  };
}

/** Month m's segment runs from the end of month m − 1 to the end of month m: one path per run of months with actuals. */
function actualSegments(actual: readonly boolean[] | undefined, points: readonly Pt[], toLine: (pts: Pt[]) => string | null): string | null {
  if (!actual?.some(Boolean)) return null;
  const parts: string[] = [];
  let from: number | null = null;
  for (let m = 1; m <= points.length; m++) {
    const on = m < points.length && actual[m - 1] === true;
    if (on && from === null) from = m;
    if (!on && from !== null) {
      parts.push(toLine(points.slice(from - 1, m) as Pt[]) ?? '');
      from = null;
    }
  }
  return parts.join('');
}
