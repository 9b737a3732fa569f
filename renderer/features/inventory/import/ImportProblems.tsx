import { useId } from 'react';
import type { ProblemMode } from '@shared/domain';
import type { InventoryMapping, InventoryTable } from '@shared/inventory';

/**
 * Where the imported use cases' problems come from: the problem column, one problem per value of a column the user
 * picks (e.g. the bureau), or one problem per row. Only one candidate per problem can be funded, so this matters.
 */
export function ImportProblems({ table, mapping, onChange }: { table: InventoryTable; mapping: InventoryMapping; onChange: (patch: Partial<InventoryMapping>) => void }) {
  const id = useId();
  const labels = table.headers;
  const problemColumn = mapping.columns.problem;
  const groupColumn = mapping.groupColumn ?? problemColumn ?? (labels.length > 0 ? 0 : null);
  const choose = (problemMode: ProblemMode) => onChange(problemMode === 'group' ? { problemMode, groupColumn } : { problemMode });
  return (
    <fieldset className="inventory-import__problems" aria-describedby={`${id}-hint`}>
      <legend>Problems</legend>
      <label className="choice">
        <input type="radio" name={`${id}-mode`} checked={mapping.problemMode === 'column'} onChange={() => choose('column')} />
        {problemColumn === null ? 'From the problem column (choose it above as “Problem it solves”)' : `From the column “${labels[problemColumn]}”`}
      </label>
      <div className="inventory-import__group">
        <label className="choice">
          <input type="radio" name={`${id}-mode`} checked={mapping.problemMode === 'group'} onChange={() => choose('group')} />
          Group by column
        </label>
        <label className="visually-hidden" htmlFor={`${id}-group`}>
          Column to group by
        </label>
        <select
          id={`${id}-group`}
          value={groupColumn ?? ''}
          disabled={mapping.problemMode !== 'group'}
          onChange={(e) => onChange({ problemMode: 'group', groupColumn: e.target.value === '' ? null : Number(e.target.value) })}
        >
          {labels.map((label, i) => (
            <option key={i} value={i}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <label className="choice">
        <input type="radio" name={`${id}-mode`} checked={mapping.problemMode === 'per-row'} onChange={() => choose('per-row')} />
        One problem per row
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        Only one candidate per problem can be funded: use cases that share a problem compete for its funding.
      </p>
    </fieldset>
  );
}
