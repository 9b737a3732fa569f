import { useEffect, useRef } from 'react';
import { STAGE_LABELS } from '@shared/domain';
import { INVENTORY_FLAG_ADVICE, INVENTORY_FLAG_LABELS } from '@shared/inventory';
import type { Presenter } from '@shared/presentation';
import { flagAdviceId } from './FlagFilter';
import { estimateText } from '@shared/inventory/inventoryExport';
import { PAGE_SIZE, type InventoryListRow } from './listModel';

interface Props {
  workspaceId: string;
  /** The rows the filter shows, all pages. */
  rows: readonly InventoryListRow[];
  /** What the list says when the filter and search leave no row. */
  emptyText: string;
  page: number;
  onPage: (page: number) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], on: boolean) => void;
  present: Presenter;
}

/** A checkbox that can show "some selected". */
function SelectAll({ all, some, label, onChange }: { all: boolean; some: boolean; label: string; onChange: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some && !all;
  }, [some, all]);
  return <input ref={ref} type="checkbox" checked={all} aria-label={label} onChange={(e) => onChange(e.target.checked)} />;
}

/**
 * The inventory as a table, a page of PAGE_SIZE rows at a time (so 5,000 use cases stay quick): name (a link to its
 * page), problem, owner, stage, register id, where its estimate comes from and its flags. Row checkboxes and "select
 * all" choose the use cases a reference class is applied to; "select all" takes every row the filter shows, all pages.
 */
export function InventoryList({ workspaceId, rows, emptyText, page, onPage, selected, onSelect, present }: Props) {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const selectedShown = rows.reduce((n, r) => n + (selected.has(r.useCase.id) ? 1 : 0), 0);
  const base = `#/w/${encodeURIComponent(workspaceId)}/use-cases/`;
  if (rows.length === 0) return <p className="empty">{emptyText}</p>;
  const from = page * PAGE_SIZE + 1;
  const to = page * PAGE_SIZE + shown.length;
  const pager = (
    <nav className="inv-pager" aria-label="Pages of the inventory">
      <button type="button" className="button button--small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <span className="inv-pager__where" aria-live="polite">
        Rows {present.number(from, 0)}–{present.number(to, 0)} of {present.number(rows.length, 0)}
      </span>
      <button type="button" className="button button--small" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </nav>
  );
  return (
    <div className="inv-list">
      <div className="inv-scroll">
        <table className="table inv-table" aria-label="Inventory" aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="inv-table__check">
                <SelectAll
                  all={selectedShown === rows.length}
                  some={selectedShown > 0}
                  label={`Select all ${present.number(rows.length, 0)} use cases listed`}
                  onChange={(on) => onSelect(rows.map((r) => r.useCase.id), on)}
                />
              </th>
              <th scope="col">Use case</th>
              <th scope="col">Problem</th>
              <th scope="col">Owner</th>
              <th scope="col">Stage</th>
              <th scope="col">Register id</th>
              <th scope="col">Estimate</th>
              <th scope="col">Flags</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ useCase, problem, stage, flags }, i) => {
              const owner = useCase.register.owner.trim() || problem?.owner.trim() || '';
              return (
                <tr key={useCase.id} aria-rowindex={from + i + 1} data-id={useCase.id}>
                  <td className="inv-table__check">
                    <input type="checkbox" checked={selected.has(useCase.id)} aria-label={`Select “${useCase.name}”`} onChange={(e) => onSelect([useCase.id], e.target.checked)} />
                  </td>
                  <th scope="row" className="inv-table__name">
                    <a href={`${base}${encodeURIComponent(useCase.id)}`}>{useCase.name}</a>
                  </th>
                  <td>{problem?.title ?? 'Problem missing'}</td>
                  <td>{owner || <span className="muted">Not stated</span>}</td>
                  <td>{STAGE_LABELS[stage]}</td>
                  <td>{useCase.register.externalId || <span className="muted">—</span>}</td>
                  <td className="inv-table__estimate">{estimateText(useCase.estimate)}</td>
                  <td>
                    {flags.length === 0 ? (
                      <span className="muted">None</span>
                    ) : (
                      <ul className="inv-flags">
                        {flags.map((f) => (
                          <li key={f} className={`inv-flag inv-flag--${f}`} title={INVENTORY_FLAG_ADVICE[f]} aria-describedby={flagAdviceId(f)}>
                            {INVENTORY_FLAG_LABELS[f]}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && pager}
    </div>
  );
}
