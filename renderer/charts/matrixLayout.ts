import { scaleLinear, scaleSqrt } from 'd3';
import { kindExtent, type ChartKind } from './kinds';
import { moneyFormat } from './format';
import { QUADRANT_LABELS, quadrantOf, type Quadrant } from './quadrants';
import { FONT, boxInside, boxesOverlap, fitText, textWidth, type Box } from './text';

export interface MatrixPoint {
  id: string;
  label: string;
  /** 0..1 (e.g. probability of reaching production, or readiness rescaled from 1..5). */
  feasibility: number;
  /** Expected value in money; may be negative. */
  value: number;
  /** Total investment in money (sets the bubble area). */
  investment: number;
  kind: ChartKind;
  funded?: boolean;
  blocker?: boolean;
}

export interface PlacedBubble {
  point: MatrixPoint;
  quadrant: Quadrant;
  cx: number;
  cy: number;
  r: number;
  label: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null;
}

export interface MatrixLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  thresholdX: number | null;
  thresholdY: number | null;
  xTicks: { key: string; x: number; lines: string[] }[];
  yTicks: { key: string; y: number; label: string }[];
  quadrantLabels: { quadrant: Quadrant; x: number; y: number; anchor: 'start' | 'end'; text: string }[];
  quickWinArea: Box | null;
  bubbles: PlacedBubble[];
}

export interface MatrixLayoutInput {
  points: MatrixPoint[];
  valueThreshold: number;
  feasibilityThreshold: number;
  currency: string;
  locale: string;
  top: number;
  width: number;
  height: number;
  formatFeasibility: (feasibility: number) => string;
}

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);
const finite = (v: number): number => (Number.isFinite(v) ? v : 0);

/** Distance from the centre to the outermost ring of a bubble (funded and blocker rings included). */
export function ringOffset(point: Pick<MatrixPoint, 'funded' | 'blocker'>): number {
  if (point.funded && point.blocker) return 7;
  return point.funded || point.blocker ? 3.5 : 0;
}

function outerExtent(b: PlacedBubble): number {
  return kindExtent(b.point.kind, b.r + ringOffset(b.point)) + 1.5;
}

/** Bubble positions, sizes (area ∝ investment) and non-overlapping labels of the matrix. */
export function matrixLayout(input: MatrixLayoutInput): MatrixLayout {
  const { points, valueThreshold, feasibilityThreshold, width, height } = input;
  const money = moneyFormat(input.currency, input.locale);
  const values = points.map((p) => finite(p.value));
  const y = scaleLinear()
    .domain([Math.min(0, valueThreshold, ...values), Math.max(0, valueThreshold, ...values)])
    .nice(5);
  if (y.domain()[0] === y.domain()[1]) y.domain([0, 1]);
  const yTickValues = y.ticks(5);
  const yLabels = yTickValues.map((v) => money.compact(v));
  const left = Math.max(44, Math.max(...yLabels.map((l) => textWidth(l, FONT.tick))) + 14);
  const plot = { left, top: input.top, right: Math.max(left + 20, width - 12), bottom: Math.max(input.top + 20, height - 40) };
  const rMax = Math.min(28, Math.max(6, Math.min(plot.right - plot.left, plot.bottom - plot.top) / 11));
  const pad = rMax * Math.sqrt(Math.PI / 2) + 3;
  const x = scaleLinear().domain([0, 1]).range([plot.left + pad, plot.right - pad]);
  y.range([plot.bottom - pad, plot.top + pad]);
  const maxInvestment = Math.max(0, ...points.map((p) => finite(p.investment)));
  const r = scaleSqrt().domain([0, maxInvestment || 1]).range([0, rMax]);

  const thresholdX = feasibilityThreshold > 0 && feasibilityThreshold < 1 ? x(feasibilityThreshold) : null;
  const ty = y(valueThreshold);
  const thresholdY = ty > plot.top && ty < plot.bottom ? ty : null;

  const quadrantLabels: MatrixLayout['quadrantLabels'] = [];
  const obstacles: Box[] = [];
  const midX = thresholdX ?? (feasibilityThreshold <= 0 ? plot.left : plot.right);
  const midY = thresholdY ?? (ty >= plot.bottom ? plot.bottom : plot.top);
  const corners: { q: Quadrant; room: Box; x: number; y: number; anchor: 'start' | 'end' }[] = [
    { q: 'strategic-bet', room: { x: plot.left, y: plot.top, width: midX - plot.left, height: midY - plot.top }, x: plot.left + 6, y: plot.top + 14, anchor: 'start' },
    { q: 'quick-win', room: { x: midX, y: plot.top, width: plot.right - midX, height: midY - plot.top }, x: plot.right - 6, y: plot.top + 14, anchor: 'end' },
    { q: 'defer', room: { x: plot.left, y: midY, width: midX - plot.left, height: plot.bottom - midY }, x: plot.left + 6, y: plot.bottom - 6, anchor: 'start' },
    { q: 'fill-in', room: { x: midX, y: midY, width: plot.right - midX, height: plot.bottom - midY }, x: plot.right - 6, y: plot.bottom - 6, anchor: 'end' },
  ];
  for (const c of corners) {
    const text = QUADRANT_LABELS[c.q].toUpperCase();
    const w = textWidth(text, FONT.tick) * 1.15;
    if (c.room.width < w + 12 || c.room.height < 20) continue;
    quadrantLabels.push({ quadrant: c.q, x: c.x, y: c.y, anchor: c.anchor, text });
    obstacles.push({ x: c.anchor === 'start' ? c.x : c.x - w, y: c.y - 11, width: w, height: 14 });
  }
  const qw = corners[1]!.room;
  const quickWinArea = qw.width > 0 && qw.height > 0 ? qw : null;

  const ordered = [...points].sort((a, b) => finite(b.investment) - finite(a.investment) || a.id.localeCompare(b.id));
  const bubbles: PlacedBubble[] = ordered.map((p) => ({
    point: p,
    quadrant: quadrantOf(clamp01(p.feasibility), finite(p.value), feasibilityThreshold, valueThreshold),
    cx: x(clamp01(p.feasibility)),
    cy: y(finite(p.value)),
    r: Math.max(3, r(Math.max(0, finite(p.investment)))),
    label: null,
  }));
  const bubbleBoxes = bubbles.map((b): Box => {
    const e = outerExtent(b);
    return { x: b.cx - e, y: b.cy - e, width: 2 * e, height: 2 * e };
  });
  placeLabels(bubbles, bubbleBoxes, obstacles, { x: plot.left, y: plot.top, width: plot.right - plot.left, height: plot.bottom - plot.top });

  return {
    plot,
    thresholdX,
    thresholdY,
    xTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ key: String(v), x: x(v), lines: [input.formatFeasibility(v)] })),
    yTicks: yTickValues.map((v, i) => ({ key: String(v), y: y(v), label: yLabels[i] ?? '' })),
    quadrantLabels,
    quickWinArea,
    bubbles,
  };
}

/** Greedy label placement: funded and high-value bubbles first; right, left, above, below; skip if nothing fits. */
function placeLabels(bubbles: PlacedBubble[], bubbleBoxes: Box[], fixed: Box[], bounds: Box): void {
  const priority = [...bubbles].sort(
    (a, b) => Number(Boolean(b.point.funded)) - Number(Boolean(a.point.funded)) || finite(b.point.value) - finite(a.point.value),
  );
  const placed: Box[] = [];
  for (const b of priority) {
    const text = fitText(b.point.label, Math.max(120, Math.min(190, bounds.width / 4)), FONT.tick);
    if (!text) continue;
    const w = textWidth(text, FONT.tick);
    const h = 13;
    const e = outerExtent(b);
    const options: { box: Box; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[] = [
      { box: { x: b.cx + e + 3, y: b.cy - h / 2, width: w, height: h }, x: b.cx + e + 3, y: b.cy + 4, anchor: 'start' },
      { box: { x: b.cx - e - 3 - w, y: b.cy - h / 2, width: w, height: h }, x: b.cx - e - 3, y: b.cy + 4, anchor: 'end' },
      { box: { x: b.cx - w / 2, y: b.cy - e - 2 - h, width: w, height: h }, x: b.cx, y: b.cy - e - 5, anchor: 'middle' },
      { box: { x: b.cx - w / 2, y: b.cy + e + 2, width: w, height: h }, x: b.cx, y: b.cy + e + 12, anchor: 'middle' },
    ];
    const own = bubbles.indexOf(b);
    const ok = options.find(
      (o) =>
        boxInside(o.box, bounds) &&
        !placed.some((p) => boxesOverlap(p, o.box)) &&
        !fixed.some((f) => boxesOverlap(f, o.box)) &&
        !bubbleBoxes.some((bb, i) => i !== own && boxesOverlap(bb, o.box)),
    );
    if (!ok) continue;
    placed.push(ok.box);
    b.label = { text, x: ok.x, y: ok.y, anchor: ok.anchor };
  }
}
