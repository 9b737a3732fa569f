import { PROBLEM_STATUSES } from '@shared/domain';
import { STATUS_LABELS } from './ProblemForm';
import type { ProblemListQuery, ProblemSort } from './problemListModel';

const SORTS: { value: ProblemSort; label: string }[] = [
  { value: 'importance', label: 'Strategic importance' },
  { value: 'monthlyCost', label: 'Monthly cost' },
  { value: 'title', label: 'Title' },
  { value: 'status', label: 'Status' },
  { value: 'updated', label: 'Last edited' },
];

/** Search, filter by status and function, and sort the problem list. */
export function ProblemFilters({ query, onChange, functions }: { query: ProblemListQuery; onChange: (q: ProblemListQuery) => void; functions: string[] }) {
  return (
    <div className="filters" role="search">
      <div className="field">
        <label htmlFor="pf-search">Search problems</label>
        <input id="pf-search" type="search" value={query.search} onChange={(e) => onChange({ ...query, search: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="pf-status">Status</label>
        <select id="pf-status" value={query.status} onChange={(e) => onChange({ ...query, status: e.target.value as ProblemListQuery['status'] })}>
          <option value="open">Open (not parked)</option>
          <option value="all">All</option>
          {PROBLEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pf-function">Function</label>
        <select id="pf-function" value={query.fn} onChange={(e) => onChange({ ...query, fn: e.target.value })}>
          <option value="all">All functions</option>
          {functions.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pf-sort">Sort by</label>
        <select id="pf-sort" value={query.sort} onChange={(e) => onChange({ ...query, sort: e.target.value as ProblemSort })}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
