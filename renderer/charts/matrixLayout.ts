import { scaleLinear, scaleSqrt } from 'd3';
import { kindExtent, type ChartKind } from './kinds';
import { moneyFormat } from './format';
import { QUADRANT_LABELS, quadrantOf, type Quadrant } from './quadrants';
import { LabelPlacer, type LabelSpot, type Leader } from './labelPlacement';
import { FONT, fitText, textWidth, type Box } from './text';

export interface MatrixPoint {
  id: string;
  label: string;
  /** 0..1 (e.g. probability of reaching production, or readiness rescaled from 1..5); null = not assessed (not drawn). */
  feasibility: number | null;
  /** Expected value in money; may be negative; null = not worked out (not drawn). */
  value: number | null;
  /** The number that stands for the candidate where its name does not fit (its rank); default its position in the list, from 1. */
  rank?: number;
  /** Total investment in money (sets the bubble area). */
  investment: number;
  kind: ChartKind;
  funded?: boolean;
  blocker?: boolean;
}

/** A candidate that has both figures, so it can be drawn. */
export type DrawnPoint = MatrixPoint & { feasibility: number; value: number; rank: number };

/** What identifies a bubble on the chart: its name, or its number (looked up in the key). */
export interface BubbleLabel {
  kind: 'name' | 'number';
  text: string;
  /** Text position (baseline) and anchor. */
  x: number;
  y: number;
  anchor: 'start' | 'middle';
  box: Box;
  /** From the bubble's edge to the label, when the label had to move away from its bubble. */
  leader: Leader | null;
  /** Drawn on the bubble itself. */
  inside: boolean;
}

export interface PlacedBubble {
  point: DrawnPoint;
  quadrant: Quadrant;
  cx: number;
  cy: number;
  r: number;
  /** null on a crowded screen chart: the bubble is named on hover and focus and in the chart's table, not on the plot. */
  label: BubbleLabel | null;
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
  /** 'names': each bubble named where room allows, numbered otherwise (screen); 'numbers': every bubble numbered (paper). */
  labels: 'names' | 'numbers';
}

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);
const finite = (v: number): number => (Number.isFinite(v) ? v : 0);

/** Distance from the centre to the outermost ring of a bubble (funded and blocker rings included). */
export function ringOffset(point: Pick<MatrixPoint, 'funded' | 'blocker'>): number {
  if (point.funded && point.blocker) return 7;
  return point.funded || point.blocker ? 3.5 : 0;
}

/** The candidates that can be drawn (both figures known), each with its number (rank, or position from 1). */
export function drawnPoints(points: readonly MatrixPoint[]): DrawnPoint[] {
  const out: DrawnPoint[] = [];
  points.forEach((p, i) => {
    if (p.feasibility === null || p.value === null) return;
    out.push({ ...p, feasibility: p.feasibility, value: p.value, rank: p.rank ?? i + 1 });
  });
  return out;
}

/** Bubble positions, sizes (area ∝ investment) and non-overlapping labels of the matrix (points lacking a figure are left out). */
export function matrixLayout(input: MatrixLayoutInput): MatrixLayout {
  const { valueThreshold, feasibilityThreshold, width, height } = input;
  const points = drawnPoints(input.points);
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

  // Largest first, so that smaller bubbles are drawn over larger ones and stay visible.
  const ordered = [...points].sort((a, b) => finite(b.investment) - finite(a.investment) || a.id.localeCompare(b.id));
  const unlabelled = ordered.map((p) => ({
    point: p,
    quadrant: quadrantOf(clamp01(p.feasibility), finite(p.value), feasibilityThreshold, valueThreshold),
    cx: x(clamp01(p.feasibility)),
    cy: y(finite(p.value)),
    r: Math.max(3, r(Math.max(0, finite(p.investment)))),
  }));
  const bounds = { x: plot.left, y: plot.top, width: plot.right - plot.left, height: plot.bottom - plot.top };
  const labels = placeLabels(unlabelled, obstacles, bounds, input.labels);
  const bubbles: PlacedBubble[] = unlabelled.map((b, i) => ({ ...b, label: labels[i]! }));

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

/**
 * On screen, a chart of more bubbles than this names only the most important ones (funded first, then by value),
 * up to SCREEN_NAMES, and numbers none: a thousand numbers and leader lines would hide the chart. The others are
 * named on hover and focus and in the chart's table. Paper numbers every bubble and keys them.
 */
export const SCREEN_LABEL_ALL = 150;
export const SCREEN_NAMES = 40;

const LABEL_HEIGHT = 13;
/** Baseline of 11 px text in a 13 px box. */
const BASELINE = 10.5;
const NUMBER_PAD = 4;
/** Rings beyond the adjacent one: a name moves a little way at most; a number as far as it must. */
const NAME_RINGS = 2;
const NUMBER_RINGS = 14;

type Unlabelled = Omit<PlacedBubble, 'label'>;

/** Whether a w × h box centred on the bubble lies inside its shape (circle or diamond), clear of the edge. */
function fitsInside(b: Unlabelled, w: number, h: number): boolean {
  const inner = kindExtent(b.point.kind, b.r) - 1.5;
  return b.point.kind === 'value-creation' ? w / 2 + h / 2 <= inner : Math.hypot(w / 2, h / 2) <= inner;
}

/**
 * Labels of every bubble, indexed like `bubbles`. With names: funded and high-value bubbles first, each named
 * beside its bubble (or a little way off with a leader line) where the name fits clear of every other bubble
 * and label; the rest get their number. With numbers: every bubble gets its number, inside the bubble when it
 * fits there, else beside it or further off with a leader line. No two labels overlap whenever the plot has room.
 * A crowded screen chart (more than SCREEN_LABEL_ALL bubbles) names up to SCREEN_NAMES and leaves the rest unlabelled (null).
 */
function placeLabels(bubbles: Unlabelled[], fixed: Box[], bounds: Box, mode: 'names' | 'numbers'): (BubbleLabel | null)[] {
  const anchors = bubbles.map((b) => ({ cx: b.cx, cy: b.cy, extent: kindExtent(b.point.kind, b.r + ringOffset(b.point)) + 1.5 }));
  const marks = anchors.map((a): Box => ({ x: a.cx - a.extent, y: a.cy - a.extent, width: 2 * a.extent, height: 2 * a.extent }));
  const placer = new LabelPlacer(bounds, marks, fixed);
  const out: (BubbleLabel | undefined)[] = bubbles.map(() => undefined);
  const order = bubbles.map((_, i) => i);
  if (mode === 'names') {
    order.sort(
      (i, j) =>
        Number(Boolean(bubbles[j]!.point.funded)) - Number(Boolean(bubbles[i]!.point.funded)) ||
        finite(bubbles[j]!.point.value) - finite(bubbles[i]!.point.value) ||
        bubbles[i]!.point.rank - bubbles[j]!.point.rank,
    );
    const crowded = bubbles.length > SCREEN_LABEL_ALL;
    for (const i of crowded ? order.slice(0, SCREEN_NAMES) : order) {
      const text = fitText(bubbles[i]!.point.label, Math.max(120, Math.min(190, bounds.width / 4)), FONT.tick);
      if (!text) continue;
      const w = textWidth(text, FONT.tick);
      // A crowded chart has no room clear of every bubble: its few names may lie over other bubbles (never over labels).
      const spot =
        placer.place(i, anchors[i]!, w, LABEL_HEIGHT, { rings: NAME_RINGS, avoidMarks: true }) ??
        (crowded ? placer.place(i, anchors[i]!, w, LABEL_HEIGHT, { rings: NAME_RINGS, avoidMarks: false }) : null);
      if (spot) out[i] = { kind: 'name', text, x: spot.box.x, y: spot.box.y + BASELINE, anchor: 'start', box: spot.box, leader: spot.leader, inside: false };
    }
    if (crowded) return out.map((l) => l ?? null);
  } else {
    order.sort((i, j) => bubbles[i]!.point.rank - bubbles[j]!.point.rank);
  }
  // Numbers: first those that fit inside their bubble (they take no room from anyone), then the others.
  const numbered = order.filter((i) => !out[i]);
  const text = (i: number): string => String(bubbles[i]!.point.rank);
  const width = (i: number): number => textWidth(text(i), FONT.tick) + NUMBER_PAD;
  const inside = numbered.filter((i) => fitsInside(bubbles[i]!, width(i), LABEL_HEIGHT));
  const number = (i: number, spot: LabelSpot): BubbleLabel => ({
    kind: 'number',
    text: text(i),
    x: spot.box.x + spot.box.width / 2,
    y: spot.box.y + BASELINE,
    anchor: 'middle',
    ...spot,
  });
  for (const i of inside) {
    const spot = placer.placeInside(i, anchors[i]!, width(i), LABEL_HEIGHT);
    if (spot) out[i] = number(i, spot);
  }
  for (const i of numbered) {
    if (!out[i]) out[i] = number(i, placer.placeSurely(i, anchors[i]!, width(i), LABEL_HEIGHT, false, NUMBER_RINGS));
  }
  return out.map((l) => l!);
}
