import { CLASSIFICATIONS, classificationLabel, PROBLEM_STATUSES } from '@shared/domain';
import type { FundingObjective } from '@shared/portfolio';
import { PROBLEM_STATUS_LABELS, UNCLASSIFIED_FILTER, type PortfolioReactTable, type RankBy } from './tableModel';

/** What funding maximises, said beside the ranking it matches. */
const MAXIMISED = ' (what funding maximises)';

/** Rank by score, or by expected NPV; the option matching the plan's objective says that funding maximises it. */
function RankBySelect({ rankBy, objective, onChange }: { rankBy: RankBy; objective: FundingObjective; onChange: (r: RankBy) => void }) {
  return (
    <label className="field pt-rank-by">
      Rank by
      <select value={rankBy} onChange={(e) => onChange(e.target.value === 'expectedNpv' ? 'expectedNpv' : 'score')}>
        <option value="score">Score{objective === 'score' ? MAXIMISED : ''}</option>
        <option value="expectedNpv">Expected NPV{objective === 'expectedNpv' ? MAXIMISED : ''}</option>
      </select>
    </label>
  );
}

/** The filters live on their columns: classification, problem (its status), function, readiness (blockers only). */
function FilterSelect({
  table,
  columnId,
  label,
  allLabel,
  options,
}: {
  table: PortfolioReactTable;
  columnId: string;
  label: string;
  allLabel: string;
  options: readonly { value: string; label: string }[];
}) {
  const column = table.getColumn(columnId);
  const value = column?.getFilterValue();
  return (
    <label className="field">
      {label}
      <select value={typeof value === 'string' ? value : ''} onChange={(e) => column?.setFilterValue(e.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filters, the column chooser and how many candidates are showing. */
export function TableToolbar({
  table,
  functions,
  shown,
  total,
  rankBy,
  objective,
  onRankBy,
}: {
  table: PortfolioReactTable;
  functions: readonly string[];
  shown: number;
  total: number;
  rankBy: RankBy;
  objective: FundingObjective;
  onRankBy: (r: RankBy) => void;
}) {
  const blockers = table.getColumn('readiness');
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  const visibleCount = table.getVisibleLeafColumns().length;
  const filtered = table.state.columnFilters.length > 0;
  return (
    <div className="pt-toolbar">
      <RankBySelect rankBy={rankBy} objective={objective} onChange={onRankBy} />
      <div className="filters pt-filters" role="group" aria-label="Filter candidates">
        <FilterSelect
          table={table}
          columnId="classification"
          label="Classification"
          allLabel="All classifications"
          options={[...CLASSIFICATIONS.map((c) => ({ value: c, label: classificationLabel(c) })), { value: UNCLASSIFIED_FILTER, label: classificationLabel(null) }]}
        />
        <FilterSelect
          table={table}
          columnId="problem"
          label="Problem status"
          allLabel="Any status"
          options={PROBLEM_STATUSES.map((s) => ({ value: s, label: PROBLEM_STATUS_LABELS[s] }))}
        />
        <FilterSelect table={table} columnId="function" label="Function" allLabel="All functions" options={functions.map((f) => ({ value: f, label: f }))} />
        <label className="choice pt-blockers-only">
          <input type="checkbox" checked={blockers?.getFilterValue() === true} onChange={(e) => blockers?.setFilterValue(e.target.checked || undefined)} />
          Blockers only
        </label>
        {filtered && (
          <button type="button" className="button button--small" onClick={() => table.resetColumnFilters(true)}>
            Clear filters
          </button>
        )}
      </div>
      <details className="pt-columns">
        <summary>
          Columns <span className="muted">({visibleCount} shown)</span>
        </summary>
        <fieldset className="pt-columns__list">
          <legend>Columns to show</legend>
          {hideable.map((column) => (
            <label key={column.id} className="choice">
              <input type="checkbox" checked={column.getIsVisible()} onChange={(e) => column.toggleVisibility(e.target.checked)} />
              {column.columnDef.meta?.label ?? (typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id)}
            </label>
          ))}
        </fieldset>
      </details>
      <p className="pt-count" role="status">
        {shown === total ? `${total} candidates` : `Showing ${shown} of ${total} candidates`}
      </p>
    </div>
  );
}
