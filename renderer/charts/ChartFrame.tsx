import { useId, useState, type ReactNode } from 'react';
import { DEFAULT_CHART_LOCALE, formatCount, px } from './format';

export interface DataTableRow {
  key: string;
  cells: string[];
}

export interface DataTableSpec {
  caption: string;
  /** Column headers; the first column holds the row headers. */
  columns: string[];
  /** The rows, or (for a long table) how many there are and how to make them: made only when the table is shown. */
  rows: DataTableRow[] | { count: number; make: () => DataTableRow[] };
}

const rowCount = (spec: DataTableSpec): number => (Array.isArray(spec.rows) ? spec.rows.length : spec.rows.count);
const rowsOf = (spec: DataTableSpec): DataTableRow[] => (Array.isArray(spec.rows) ? spec.rows : spec.rows.make());

export interface ChartFrameProps {
  width: number;
  height: number;
  /** Short name of the chart (the <title>). */
  title: string;
  /** One or two sentences summarising the data (part of the accessible name of the graphic). */
  summary: string;
  /** How to read the chart (the <desc>). */
  description: string;
  /** Screen-reader alternative: the data as a visually hidden table. */
  table: DataTableSpec;
  /** Chart-specific class on the wrapper, e.g. "lm-roi". */
  className: string;
  defs?: ReactNode;
  /** The static graphic: axes, grid, annotations and, for non-interactive charts, the marks. */
  children: ReactNode;
  /** Focusable marks (role="button") drawn above the graphic; present only when the chart is interactive. */
  interactiveMarks?: ReactNode;
  /** Decoration drawn above the interactive marks (hidden from assistive technology). */
  foreground?: ReactNode;
  /** Number format of the workspace, for the row count of a long table; default en-US. */
  locale?: string;
}

/**
 * The common shell of every chart: a fixed-size SVG (scales down with its container through the
 * viewBox) plus a visually hidden data table. A static chart is one role="img" whose name is the
 * title and the data summary. An interactive chart cannot be role="img" (the children of an image are
 * presentational, so its buttons would be hidden from screen readers): it is a named role="group"
 * holding the graphic as role="img" (named by the summary) followed by the focusable marks.
 */
export function ChartFrame(props: ChartFrameProps): ReactNode {
  const { width, height, title, summary, description, table, className, defs, children, interactiveMarks, foreground } = props;
  const uid = useId();
  const titleId = `${uid}title`;
  const descId = `${uid}desc`;
  const interactive = interactiveMarks !== undefined && interactiveMarks !== null;
  const w = Math.max(1, px(width));
  const h = Math.max(1, px(height));
  return (
    <div className={`lm-chart ${className}`}>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        className="lm-chart__svg"
        width={w}
        height={h}
        viewBox={`0 0 ${w} ${h}`}
        role={interactive ? 'group' : 'img'}
        aria-label={interactive ? undefined : `${title}. ${summary}`}
        aria-labelledby={interactive ? titleId : undefined}
        aria-describedby={descId}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {defs ? <defs>{defs}</defs> : null}
        {interactive ? (
          <g role="img" aria-label={summary}>
            {children}
          </g>
        ) : (
          children
        )}
        {interactive ? <g className="lm-chart__marks">{interactiveMarks}</g> : null}
        {foreground ? interactive ? <g aria-hidden="true">{foreground}</g> : foreground : null}
      </svg>
      {rowCount(table) > LONG_TABLE_ROWS ? <LongDataTable spec={table} locale={props.locale ?? DEFAULT_CHART_LOCALE} /> : <DataTable spec={table} />}
    </div>
  );
}

/**
 * Above this many rows the data table is not kept in the page, hidden, for every chart: a thousand-candidate chart
 * would carry ten thousand hidden cells that slow every update. It is offered instead, to everyone, behind a
 * disclosure under the chart, and built when opened.
 */
export const LONG_TABLE_ROWS = 60;

function LongDataTable({ spec, locale }: { spec: DataTableSpec; locale: string }): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <details className="lm-chart__table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {spec.caption}: the figures as a table ({formatCount(rowCount(spec), locale)} rows)
      </summary>
      {open ? <DataTable spec={spec} visible /> : null}
    </details>
  );
}

function DataTable({ spec, visible = false }: { spec: DataTableSpec; visible?: boolean }): ReactNode {
  return (
    <table className={visible ? 'lm-chart__table-body' : 'lm-visually-hidden'}>
      <caption>{spec.caption}</caption>
      <thead>
        <tr>
          {spec.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rowsOf(spec).map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
