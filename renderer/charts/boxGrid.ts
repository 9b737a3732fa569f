import type { Box } from './text';

/**
 * A uniform grid over the plane that finds the items whose bounding boxes may meet a query box, so that checking a
 * label against a thousand marks, labels and leader lines looks at its neighbours only (label placement stays linear
 * in the number of bubbles instead of quadratic). Items are kept in every cell their box touches; a query visits the
 * cells of its box and reports each item once, in the order the items were added.
 */
export class BoxGrid<T> {
  private readonly cells = new Map<number, number[]>();
  private readonly items: T[] = [];
  private readonly seen: number[] = [];
  private stamp = 0;

  constructor(private readonly cellSize = 48) {}

  get size(): number {
    return this.items.length;
  }

  private span(box: Box): [number, number, number, number] {
    const s = this.cellSize;
    return [Math.floor(box.x / s), Math.floor(box.y / s), Math.floor((box.x + box.width) / s), Math.floor((box.y + box.height) / s)];
  }

  /** Cell key of column i and row j (columns and rows within ±2^20 cells of the origin). */
  private static key(i: number, j: number): number {
    return (i + 1_048_576) * 2_097_152 + (j + 1_048_576);
  }

  add(box: Box, item: T): void {
    const index = this.items.push(item) - 1;
    this.seen.push(0);
    const [i0, j0, i1, j1] = this.span(box);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const k = BoxGrid.key(i, j);
        const cell = this.cells.get(k);
        if (cell) cell.push(index);
        else this.cells.set(k, [index]);
      }
    }
  }

  /** True when `test` holds for some item whose box shares a cell with `box` (each item tested at most once). */
  some(box: Box, test: (item: T, index: number) => boolean): boolean {
    const stamp = ++this.stamp;
    const [i0, j0, i1, j1] = this.span(box);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const cell = this.cells.get(BoxGrid.key(i, j));
        if (!cell) continue;
        for (const index of cell) {
          if (this.seen[index] === stamp) continue;
          this.seen[index] = stamp;
          if (test(this.items[index] as T, index)) return true;
        }
      }
    }
    return false;
  }
}

/** The bounding box of a line segment. */
export function segmentBox(l: { x1: number; y1: number; x2: number; y2: number }): Box {
  const x = Math.min(l.x1, l.x2);
  const y = Math.min(l.y1, l.y2);
  return { x, y, width: Math.abs(l.x2 - l.x1), height: Math.abs(l.y2 - l.y1) };
}
