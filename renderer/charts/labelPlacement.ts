import { BoxGrid, segmentBox } from './boxGrid';
import { boxInside, boxesOverlap, type Box } from './text';

/**
 * Collision-free placement of text boxes (names or numbers) next to round marks: greedy over candidate
 * positions around each mark, nearest first, then rings further out that need a leader line back to the
 * mark. Pure and deterministic: the same marks in the same order always give the same layout. Marks, labels and
 * leader lines sit in spatial grids (boxGrid.ts), so each check looks at neighbours only.
 */

/** A mark to label: its centre and the distance from the centre to its outermost edge (rings included). */
export interface LabelAnchor {
  cx: number;
  cy: number;
  extent: number;
}

export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelSpot {
  box: Box;
  /** True when the box sits on the mark itself (the text is drawn inside the mark). */
  inside: boolean;
  /** Line from the mark's edge to the box when the box was moved away from the mark; else null. */
  leader: Leader | null;
}

export interface PlaceOptions {
  /** Try a box centred on the mark first (only when the text fits inside the mark). */
  inside?: boolean;
  /** How many rings beyond the adjacent one to try (each needs a leader line). */
  rings: number;
  /** Keep off every other mark (true) or only off other labels (false). */
  avoidMarks: boolean;
  /** Let leader lines cross labels (a last resort: labels themselves still never overlap). */
  crossLeaders?: boolean;
}

/** Gap between a mark's edge and an adjacent label. */
const GAP = 3;
/** Directions of the adjacent positions, best first: right, left, above, below, then the diagonals. */
const NEAR = [0, 180, 270, 90, 315, 225, 45, 135];
/** Directions of the rings further out: every 22.5°, starting to the right. */
const FAR = Array.from({ length: 16 }, (_, i) => i * 22.5);

/**
 * A box of w × h whose nearest side touches the point at distance d from the centre in direction `deg`
 * (0° = right, 90° = down): to the right its left edge is there, above its bottom edge, and so on smoothly.
 */
export function boxAround(a: LabelAnchor, d: number, deg: number, w: number, h: number): Box {
  const t = (deg * Math.PI) / 180;
  const cos = Math.round(Math.cos(t) * 1e9) / 1e9;
  const sin = Math.round(Math.sin(t) * 1e9) / 1e9;
  const px = a.cx + d * cos;
  const py = a.cy + d * sin;
  return { x: px - w / 2 + (cos * w) / 2, y: py - h / 2 + (sin * h) / 2, width: w, height: h };
}

/** Line from the mark's edge towards the nearest point of the box (null when the box touches the mark). */
export function leaderTo(a: LabelAnchor, box: Box): Leader | null {
  const nx = Math.min(Math.max(a.cx, box.x), box.x + box.width);
  const ny = Math.min(Math.max(a.cy, box.y), box.y + box.height);
  const dx = nx - a.cx;
  const dy = ny - a.cy;
  const dist = Math.hypot(dx, dy);
  if (dist - a.extent < GAP + 3) return null;
  return { x1: a.cx + (dx / dist) * a.extent, y1: a.cy + (dy / dist) * a.extent, x2: nx, y2: ny };
}

/** Whether the segment crosses the box (Liang–Barsky clipping; touching the edge does not count). */
export function segmentCrossesBox(l: Leader, b: Box): boolean {
  const dx = l.x2 - l.x1;
  const dy = l.y2 - l.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, l.x1 - b.x],
    [dx, b.x + b.width - l.x1],
    [-dy, l.y1 - b.y],
    [dy, b.y + b.height - l.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/**
 * Places labels one at a time, each clear of the bounds' edges, the fixed obstacles, every label and leader
 * line placed before it and (when asked) every mark other than its own; a new leader line crosses no label.
 */
export class LabelPlacer {
  readonly placed: Box[] = [];
  private readonly placedGrid = new BoxGrid<Box>();
  private readonly leaderGrid = new BoxGrid<Leader>();
  private readonly markGrid = new BoxGrid<number>();

  constructor(
    private readonly bounds: Box,
    /** Bounding boxes of the marks, indexed like the `own` argument of place(). */
    private readonly marks: readonly Box[],
    private readonly fixed: readonly Box[],
  ) {
    marks.forEach((m, i) => this.markGrid.add(m, i));
  }

  private free(box: Box, own: number, avoidMarks: boolean, inside = false, crossLeaders = false): boolean {
    if (!inside && !boxInside(box, this.bounds)) return false;
    if (this.placedGrid.some(box, (p) => boxesOverlap(p, box))) return false;
    if (this.fixed.some((f) => boxesOverlap(f, box))) return false;
    if (!crossLeaders && this.leaderGrid.some(box, (l) => segmentCrossesBox(l, box))) return false;
    return !avoidMarks || !this.markGrid.some(box, (i) => i !== own && boxesOverlap(this.marks[i] as Box, box));
  }

  private take(spot: LabelSpot): LabelSpot {
    this.placed.push(spot.box);
    this.placedGrid.add(spot.box, spot.box);
    if (spot.leader) this.leaderGrid.add(segmentBox(spot.leader), spot.leader);
    return spot;
  }

  private leaderClear(leader: Leader | null): boolean {
    return leader === null || !this.placedGrid.some(segmentBox(leader), (p) => segmentCrossesBox(leader, p));
  }

  /** A w × h box centred on mark `own` when it is free (the caller checks that the text fits inside the mark), else null. */
  placeInside(own: number, a: LabelAnchor, w: number, h: number): LabelSpot | null {
    const box = { x: a.cx - w / 2, y: a.cy - h / 2, width: w, height: h };
    // Inside its own mark a label must also stay clear of neighbouring marks, which could be drawn over it.
    return this.free(box, own, true, true) ? this.take({ box, inside: true, leader: null }) : null;
  }

  /** The first free spot for a w × h label of mark `own`, or null when none is free. */
  place(own: number, a: LabelAnchor, w: number, h: number, options: PlaceOptions): LabelSpot | null {
    if (options.inside) {
      const spot = this.placeInside(own, a, w, h);
      if (spot) return spot;
    }
    for (const deg of NEAR) {
      const box = boxAround(a, a.extent + GAP, deg, w, h);
      if (this.free(box, own, options.avoidMarks, false, options.crossLeaders)) return this.take({ box, inside: false, leader: null });
    }
    const step = Math.min(w, h) * 1.2 + GAP;
    for (let ring = 1; ring <= options.rings; ring += 1) {
      for (const deg of FAR) {
        const box = boxAround(a, a.extent + GAP + ring * step, deg, w, h);
        if (!this.free(box, own, options.avoidMarks, false, options.crossLeaders)) continue;
        const leader = leaderTo(a, box);
        if (options.crossLeaders || this.leaderClear(leader)) return this.take({ box, inside: false, leader });
      }
    }
    return null;
  }

  /**
   * A spot that is always found: inside the mark or next to it, then further out clear of other marks, then
   * further out over other marks, then with a leader line that may cross other labels; only when the chart is
   * too small for any of that, on the mark itself.
   */
  placeSurely(own: number, a: LabelAnchor, w: number, h: number, inside: boolean, rings: number): LabelSpot {
    return (
      this.place(own, a, w, h, { inside, rings, avoidMarks: true }) ??
      this.place(own, a, w, h, { rings, avoidMarks: false }) ??
      this.place(own, a, w, h, { rings, avoidMarks: false, crossLeaders: true }) ??
      this.take({ box: { x: a.cx - w / 2, y: a.cy - h / 2, width: w, height: h }, inside: true, leader: null })
    );
  }
}
