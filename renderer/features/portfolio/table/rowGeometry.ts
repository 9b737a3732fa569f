import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { ExpandedState } from '@tanstack/react-table';
import type { PortfolioRow } from './tableModel';

/** Row height (px) until one is measured (every row is two lines high); an explanation adds about this much. */
export const ROW_ESTIMATE = 54;
export const EXPLANATION_ESTIMATE = 330;

export interface ExpansionLayout {
  /** Number of open explanations (each is a row of the table too). */
  count: number;
  /** Open explanations above display index i: aria-rowindex of row i is 2 + i + before(i). */
  before: (i: number) => number;
  has: (id: string) => boolean;
}

/** Where the open explanations are among the displayed rows. */
export function expansionLayout(rows: readonly PortfolioRow[], expanded: ExpandedState): ExpansionLayout {
  if (expanded === true) return { count: rows.length, before: (i) => i, has: () => true };
  if (!Object.values(expanded).some(Boolean)) return { count: 0, before: () => 0, has: () => false };
  const indices: number[] = [];
  rows.forEach((r, i) => {
    if (expanded[r.id]) indices.push(i);
  });
  const before = (i: number): number => {
    let lo = 0;
    let hi = indices.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((indices[mid] as number) < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { count: indices.length, before, has: (id) => expanded[id] === true };
}

/**
 * The height of an item with an open explanation, as the ResizeObserver reports it after layout. When the item
 * mounts (no report yet) the last known height or the estimate stands in, so mounting never forces a layout.
 */
export function measureItem(el: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>): number {
  const size = entry?.borderBoxSize?.[0]?.blockSize;
  if (size !== undefined && size > 0) return size;
  const index = instance.indexFromElement(el);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

/**
 * The height every collapsed row shares (two lines each), watched on one rendered row by a ResizeObserver. So the
 * virtualizer need not measure each row that scrolls into view: only rows with an open explanation are measured.
 * Kept fractional: rounding would drift by a pixel every few rows over thousands.
 */
export function useUniformRowHeight(scrollRef: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(ROW_ESTIMATE);
  const observer = useRef<ResizeObserver | null>(null);
  const observed = useRef<Element | null>(null);
  useLayoutEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const h = entries[entries.length - 1]?.borderBoxSize?.[0]?.blockSize;
      if (h !== undefined && h > 0) setHeight(h);
    });
    observer.current = ro;
    return () => {
      ro.disconnect();
      observer.current = null;
      observed.current = null;
    };
  }, []);
  useLayoutEffect(() => {
    const ro = observer.current;
    if (!ro || observed.current?.isConnected) return;
    if (observed.current) ro.unobserve(observed.current);
    const row = scrollRef.current?.querySelector('tr.pt-row') ?? null;
    observed.current = row;
    if (row) ro.observe(row, { box: 'border-box' });
  });
  return height;
}
