import { useId, useMemo, useState } from 'react';
import { filterChoices, filterLog, NO_FILTER, type LogFilter } from './changeLogFilter';
import { personLabel, useChangeLog } from './useRecord';

/** Entries shown per page of the log. */
export const LOG_PAGE_SIZE = 50;

const ENTITY_LABELS = { workspace: 'Workspace', problem: 'Problem', useCase: 'Use case', plan: 'Plan', scenario: 'Scenario' } as const;

function Select({ label, value, onChange, options, all }: { label: string; value: string; onChange: (v: string) => void; options: [string, string][]; all: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The workspace's change log: who changed which field, before and after, newest first; filtered and paged. */
export function ChangeLogView({ workspaceId }: { workspaceId: string }) {
  const log = useChangeLog(workspaceId);
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const fromId = useId();
  const toId = useId();
  const choices = useMemo(() => filterChoices(log ?? []), [log]);
  const shown = useMemo(() => filterLog(log ?? [], filter), [log, filter]);
  if (log === undefined) return <p role="status">Loading the change log…</p>;
  const set = (patch: Partial<LogFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(0);
  };
  const pages = Math.max(1, Math.ceil(shown.length / LOG_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const first = current * LOG_PAGE_SIZE;
  const rows = shown.slice(first, first + LOG_PAGE_SIZE);
  return (
    <div className="change-log">
      <form className="change-log__filters" aria-label="Filter the change log" onSubmit={(e) => e.preventDefault()}>
        <Select label="Record" value={filter.record} onChange={(record) => set({ record })} options={choices.records} all="All records" />
        <Select label="Field" value={filter.field} onChange={(field) => set({ field })} options={choices.fields.map((f) => [f, f])} all="All fields" />
        <Select label="Person" value={filter.person} onChange={(person) => set({ person })} options={choices.people.map((p) => [p, personLabel(p)])} all="Everyone" />
        <div className="field">
          <label htmlFor={fromId}>From</label>
          <input id={fromId} type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={toId}>To</label>
          <input id={toId} type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
        </div>
        <button type="button" className="button button--small" onClick={() => set(NO_FILTER)} disabled={filter === NO_FILTER}>
          Clear filters
        </button>
      </form>
      <p role="status" className="change-log__count">
        {shown.length === 0
          ? log.length === 0
            ? 'No changes recorded yet.'
            : 'No change matches these filters.'
          : `Changes ${first + 1}–${first + rows.length} of ${shown.length}, newest first`}
      </p>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="change-log__table">
            <caption className="visually-hidden">Change log, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Record</th>
                <th scope="col">Field</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{`${e.at.slice(0, 10)} ${e.at.slice(11, 16)}`}</time>
                  </td>
                  <td>{personLabel(e.by)}</td>
                  <td>{e.action}</td>
                  <th scope="row">
                    {ENTITY_LABELS[e.entity]}: {e.entityName}
                  </th>
                  <td>{e.field}</td>
                  <td className="change-log__value">{e.before}</td>
                  <td className="change-log__value">{e.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className="change-log__pages" aria-label="Change log pages">
          <button type="button" className="button button--small" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Newer changes
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" className="button button--small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Older changes
          </button>
        </nav>
      )}
    </div>
  );
}
