import { useId } from 'react';
import type { InventoryMapping, InventoryTable } from '@shared/inventory';
import type { Presenter } from '@shared/presentation';
import { columnPlace } from './columnNames';
import type { CheckedRows } from './inventoryImportJobs';

/** Faults listed on the screen; the rest are counted (all of them are in the downloadable CSV). */
export const FAULTS_SHOWN = 200;

/**
 * What the import would do: how many use cases it creates and updates (by register id), how many problems it
 * creates, which rows have faults (row, column, why), and the user's explicit choices for those rows.
 */
export function ImportPreview({
  table,
  preview,
  mapping,
  present,
  onChange,
  onDownload,
}: {
  table: InventoryTable;
  preview: CheckedRows;
  mapping: InventoryMapping;
  present: Presenter;
  onChange: (patch: Partial<InventoryMapping>) => void;
  onDownload: () => void;
}) {
  const id = useId();
  const n = (v: number) => present.number(v, 0);
  const plan = preview.counts;
  const canShorten = mapping.shortenLongText || preview.faults.some((f) => f.fix === 'shorten');
  const shown = preview.faults.slice(0, FAULTS_SHOWN);
  return (
    <>
      <dl className="metrics inventory-import__counts">
        <div className="metric">
          <dt>Rows in the file</dt>
          <dd data-testid="inventory-import-rows">{n(preview.dataRows)}</dd>
        </div>
        <div className="metric">
          <dt>New use cases</dt>
          <dd data-testid="inventory-import-new">{plan ? n(plan.newUseCases) : '—'}</dd>
        </div>
        <div className="metric">
          <dt>Updates of earlier imports</dt>
          <dd data-testid="inventory-import-updates">{plan ? n(plan.updates) : '—'}</dd>
        </div>
        <div className="metric">
          <dt>New problems</dt>
          <dd data-testid="inventory-import-problems">{plan ? n(plan.newProblems) : '—'}</dd>
        </div>
        <div className="metric">
          <dt>Rows with faults</dt>
          <dd data-testid="inventory-import-faulty">{n(preview.faultyRows.length)}</dd>
        </div>
      </dl>
      {preview.faults.length > 0 && (
        <>
          <table className="table inventory-import__faults" aria-describedby={`${id}-more`}>
            <caption>Faults in the file</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Row
                </th>
                <th scope="col">Column</th>
                <th scope="col">What is wrong</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((f, i) => (
                <tr key={i}>
                  <td className="num">{f.row}</td>
                  <td>{columnPlace(table, f.column)}</td>
                  <td>{f.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p id={`${id}-more`} className="muted">
            {preview.faults.length > shown.length
              ? `and ${n(preview.faults.length - shown.length)} more (the downloadable CSV lists every one).`
              : `${n(preview.faults.length)} ${preview.faults.length === 1 ? 'fault' : 'faults'} in ${n(preview.faultyRows.length)} ${preview.faultyRows.length === 1 ? 'row' : 'rows'}.`}
          </p>
        </>
      )}
      {(preview.faults.length > 0 || mapping.faultyRows === 'skip' || canShorten) && (
        <fieldset className="inventory-import__choices">
          <legend>What to do with the faults</legend>
          {canShorten && (
            <label className="choice">
              <input type="checkbox" checked={mapping.shortenLongText} onChange={(e) => onChange({ shortenLongText: e.target.checked })} />
              Shorten over-long text (the full text is kept in the description)
            </label>
          )}
          <label className="choice">
            <input type="checkbox" checked={mapping.faultyRows === 'skip'} onChange={(e) => onChange({ faultyRows: e.target.checked ? 'skip' : 'refuse' })} />
            Skip the faulty rows
            {preview.faultyRows.length > 0 && ` (${n(preview.faultyRows.length)} ${preview.faultyRows.length === 1 ? 'row' : 'rows'} not imported)`}
          </label>
          {mapping.faultyRows === 'skip' && preview.faultyRows.length > 0 && (
            <div className="form-actions">
              <button type="button" className="button button--small" onClick={onDownload}>
                Download the skipped rows (CSV)
              </button>
              <span className="field__hint">The rows as they are in the file, with what to fix in each, to correct and import again.</span>
            </div>
          )}
        </fieldset>
      )}
    </>
  );
}
