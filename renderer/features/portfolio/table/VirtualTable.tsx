import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { EXPLANATION_ESTIMATE, expansionLayout, measureItem, useUniformRowHeight } from './rowGeometry';
import { TableRowItem } from './TableRowItem';
import { columnWidthRem, FLEXIBLE_COLUMN, type PortfolioReactTable, type PortfolioRow } from './tableModel';

const OVERSCAN = 10;

/**
 * The <table> with sticky headers and virtualised rows: only the rows in view (plus a margin) are in the DOM,
 * between two spacer row groups sized by CSSOM. aria-rowcount/aria-rowindex tell assistive technology where
 * each rendered row sits in the whole list.
 */
export function VirtualTable({
  table,
  caption,
  describedBy,
  emptyMessage,
  activeId,
  onActiveChange,
  onOpen,
  explanationId,
}: {
  table: PortfolioReactTable;
  caption: string;
  /** Id of the text that explains the keyboard model. */
  describedBy: string;
  emptyMessage: string;
  activeId: string | null;
  onActiveChange: (id: string) => void;
  onOpen: (id: string) => void;
  explanationId: (id: string) => string;
}) {
  const rows = table.getRowModel().rows;
  const { expanded, sorting, columnFilters } = table.state;
  const layout = useMemo(() => expansionLayout(rows, expanded), [rows, expanded]);
  const columns = table.getVisibleLeafColumns();
  const scrollRef = useRef<HTMLDivElement>(null);
  const theadRef = useRef<HTMLTableSectionElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const colEls = useRef(new Map<string, HTMLTableColElement>());
  const topSpacer = useRef<HTMLTableCellElement>(null);
  const bottomSpacer = useRef<HTMLTableCellElement>(null);
  const rowEls = useRef(new Map<string, HTMLTableRowElement>());
  const pendingFocus = useRef<string | null>(null);
  const [headerHeight, setHeaderHeight] = useState(0);

  const rowHeight = useUniformRowHeight(scrollRef);
  // An open row has its own key, so its measured height never sticks to it once it closes.
  const getItemKey = useCallback(
    (i: number) => {
      const id = rows[i]?.id;
      if (id === undefined) return i;
      return layout.has(id) ? `${id}\u0000open` : id;
    },
    [rows, layout],
  );
  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => rowHeight + (rows[i] && layout.has(rows[i].id) ? EXPLANATION_ESTIMATE : 0),
    getItemKey,
    measureElement: measureItem,
    overscan: OVERSCAN,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    // Re-render through React's scheduler rather than flushSync, which React 19 refuses inside layout effects.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const first = items[0];
  const last = items[items.length - 1];
  const topSpace = first ? Math.max(0, first.start - margin) : 0;
  const bottomSpace = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - margin)) : 0;

  const activeIndex = activeId === null ? -1 : rows.findIndex((r) => r.id === activeId);
  const tabStopId = activeIndex >= 0 ? activeId : (rows[0]?.id ?? null);

  // Fixed layout: every <col> gets its width (CSSOM; no style attributes in markup) but the funding column, which
  // takes what the others leave of the box's width; the table is never narrower than the sum.
  const columnKey = columns.map((c) => c.id).join(' ');
  useLayoutEffect(() => {
    let total = 0;
    for (const id of columnKey.split(' ')) {
      const width = columnWidthRem(id);
      total += width;
      const col = colEls.current.get(id);
      if (col) col.style.width = id === FLEXIBLE_COLUMN ? '' : `${width}rem`;
    }
    if (tableRef.current) {
      tableRef.current.style.width = `max(100%, ${total}rem)`;
      tableRef.current.style.setProperty('--pt-rank-width', `${columnWidthRem('rank')}rem`);
    }
  }, [columnKey]);

  // The sticky header's height offsets the rows in the scroll box; watched, not read on every render.
  useLayoutEffect(() => {
    const thead = theadRef.current;
    if (!thead) return;
    setHeaderHeight(thead.offsetHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const h = entry?.borderBoxSize?.[0]?.blockSize;
      if (h !== undefined) setHeaderHeight(Math.round(h));
    });
    observer.observe(thead);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (topSpacer.current) topSpacer.current.style.height = `${topSpace}px`;
    if (bottomSpacer.current) bottomSpacer.current.style.height = `${bottomSpace}px`;
    const id = pendingFocus.current;
    const el = id === null ? undefined : rowEls.current.get(id);
    if (el) {
      pendingFocus.current = null;
      el.focus();
    }
  });

  // Collapsed rows are sized from the shared row height, not measured one by one.
  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  // A new order or filter starts from the top of the list (the cached offset avoids forcing a layout).
  useEffect(() => {
    if ((virtualizer.scrollOffset ?? 0) > 0) virtualizer.scrollToOffset(0);
  }, [virtualizer, sorting, columnFilters]);

  const rowRef = useCallback((id: string, el: HTMLTableRowElement | null) => {
    if (el) rowEls.current.set(id, el);
    else rowEls.current.delete(id);
  }, []);

  const moveTo = (index: number) => {
    const target = rows[Math.min(Math.max(index, 0), rows.length - 1)];
    if (!target) return;
    onActiveChange(target.id);
    const el = rowEls.current.get(target.id);
    if (el) el.focus();
    else {
      pendingFocus.current = target.id;
      virtualizer.scrollToIndex(Math.min(Math.max(index, 0), rows.length - 1), { align: 'auto' });
    }
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, row: PortfolioRow, rowIndex: number) => {
    // Arrows move from anywhere in the row; the other keys only act on the row itself (controls keep theirs).
    const onRow = e.target === e.currentTarget;
    // A held key can repeat before the row it moved to has scrolled into view: keep counting from that row.
    const pending = pendingFocus.current === null ? -1 : rows.findIndex((r) => r.id === pendingFocus.current);
    const index = pending >= 0 ? pending : rowIndex;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / rowHeight) - 2);
    const key = e.key;
    if (key === 'ArrowDown' || key === 'ArrowUp') moveTo(index + (key === 'ArrowDown' ? 1 : -1));
    else if (onRow && key === 'Home') moveTo(0);
    else if (onRow && key === 'End') moveTo(rows.length - 1);
    else if (onRow && key === 'PageDown') moveTo(index + page);
    else if (onRow && key === 'PageUp') moveTo(index - page);
    else if (onRow && key === 'Enter') onOpen(row.id);
    else if (onRow && (key === ' ' || key === 'e' || key === 'E') && !e.ctrlKey && !e.metaKey && !e.altKey) row.toggleExpanded();
    else return;
    e.preventDefault();
  };

  const onRowFocus = (id: string) => {
    if (id !== activeId) onActiveChange(id);
  };

  // Rows get handlers that never change identity (they call the latest ones), so a memoised row re-renders
  // only when its own props change: scrolling renders just the rows coming into view.
  const latest = useRef({ onRowKeyDown, onRowFocus, onOpen });
  useLayoutEffect(() => {
    latest.current = { onRowKeyDown, onRowFocus, onOpen };
  });
  const handlers = useMemo(
    () => ({
      onRowKeyDown: (e: KeyboardEvent<HTMLTableRowElement>, row: PortfolioRow, index: number) => latest.current.onRowKeyDown(e, row, index),
      onRowFocus: (id: string) => latest.current.onRowFocus(id),
      onOpen: (id: string) => latest.current.onOpen(id),
    }),
    [],
  );

  return (
    <div className="pt-scroll" ref={scrollRef}>
      <table ref={tableRef} className="pt-table" aria-describedby={describedBy} aria-rowcount={1 + Math.max(rows.length, 1) + layout.count}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          {columns.map((c) => (
            <col
              key={c.id}
              className={`pt-col pt-col--${c.id}`}
              ref={(el) => {
                if (el) colEls.current.set(c.id, el);
                else colEls.current.delete(c.id);
              }}
            />
          ))}
        </colgroup>
        <thead ref={theadRef}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`pt-head pt-head--${header.column.id}${header.column.columnDef.meta?.numeric ? ' num' : ''}`}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <button type="button" className="pt-sort" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span className="pt-sort__icon" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="pt-spacer" aria-hidden="true">
          <tr>
            <td ref={topSpacer} colSpan={columns.length} />
          </tr>
        </tbody>
        {rows.length === 0 && (
          <tbody>
            <tr aria-rowindex={2}>
              <td colSpan={columns.length} className="pt-empty">
                {emptyMessage}
              </td>
            </tr>
          </tbody>
        )}
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <TableRowItem
              key={row.id}
              table={table}
              row={row}
              index={item.index}
              ariaRowIndex={2 + item.index + layout.before(item.index)}
              tabStop={row.id === tabStopId}
              expanded={layout.has(row.id)}
              columnCount={columns.length}
              explanationId={explanationId(row.id)}
              meta={table.options.meta}
              measureRef={layout.has(row.id) ? virtualizer.measureElement : undefined}
              rowRef={rowRef}
              onRowKeyDown={handlers.onRowKeyDown}
              onRowFocus={handlers.onRowFocus}
              onOpen={handlers.onOpen}
            />
          );
        })}
        <tbody className="pt-spacer" aria-hidden="true">
          <tr>
            <td ref={bottomSpacer} colSpan={columns.length} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
