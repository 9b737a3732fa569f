import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { ScoreExplanation } from './ScoreExplanation';
import { outcomeOf, type PortfolioReactTable, type PortfolioRow, type PortfolioTableMeta } from './tableModel';

/** Elements whose own click or keys must not be taken over by the row. */
const INTERACTIVE = 'button, a, input, select, textarea, label, summary, [role="button"]';

export interface RowItemProps {
  table: PortfolioReactTable;
  row: PortfolioRow;
  /** Position in the sorted, filtered list (0-based): the virtualizer's index. */
  index: number;
  /** aria-rowindex of the row (the header row is 1). */
  ariaRowIndex: number;
  /** Holds the table's single Tab stop. */
  tabStop: boolean;
  expanded: boolean;
  columnCount: number;
  explanationId: string;
  /** The cells' settings and actions; a new meta (any change in the table's props or state) re-renders the row. */
  meta: PortfolioTableMeta | undefined;
  /** Set only for a row with an open explanation: collapsed rows share one measured height. */
  measureRef: ((el: HTMLTableSectionElement | null) => void) | undefined;
  rowRef: (id: string, el: HTMLTableRowElement | null) => void;
  onRowKeyDown: (e: KeyboardEvent<HTMLTableRowElement>, row: PortfolioRow, index: number) => void;
  onRowFocus: (id: string) => void;
  onOpen: (id: string) => void;
}

/**
 * One virtual item: a <tbody> holding the candidate's row and, when expanded, its score explanation, so the
 * virtualizer measures both together. The candidate's name is the row header. Memoised: while scrolling,
 * rows already in view are not rendered again.
 */
export const TableRowItem = memo(function TableRowItem(props: RowItemProps) {
  const { table, row, index, ariaRowIndex, tabStop, expanded, columnCount, explanationId, meta, measureRef, rowRef } = props;
  const entry = row.original;
  const outcome = meta ? outcomeOf(entry, meta) : null;
  const onClick = (e: MouseEvent<HTMLTableRowElement>) => {
    if (e.target instanceof Element && e.target.closest(INTERACTIVE)) return;
    props.onOpen(row.id);
  };
  return (
    <tbody className="pt-item" data-index={index} ref={measureRef}>
      <tr
        ref={(el) => rowRef(row.id, el)}
        className={`pt-row${outcome?.funded ? ' pt-row--funded' : ''}${expanded ? ' pt-row--expanded' : ''}`}
        aria-rowindex={ariaRowIndex}
        data-row-id={row.id}
        tabIndex={tabStop ? 0 : -1}
        onKeyDown={(e) => props.onRowKeyDown(e, row, index)}
        onFocus={() => props.onRowFocus(row.id)}
        onClick={onClick}
      >
        {row.getVisibleCells().map((cell) => {
          const className = `pt-cell pt-cell--${cell.column.id}${cell.column.columnDef.meta?.numeric ? ' num' : ''}`;
          return cell.column.id === 'candidate' ? (
            <th key={cell.id} scope="row" className={className}>
              <table.FlexRender cell={cell} />
            </th>
          ) : (
            <td key={cell.id} className={className}>
              <table.FlexRender cell={cell} />
            </td>
          );
        })}
      </tr>
      {expanded && (
        <tr className="pt-explain-row" aria-rowindex={ariaRowIndex + 1}>
          <td colSpan={columnCount}>
            {meta && outcome && <ScoreExplanation entry={entry} outcome={outcome} id={explanationId} present={meta.present} />}
          </td>
        </tr>
      )}
    </tbody>
  );
});
