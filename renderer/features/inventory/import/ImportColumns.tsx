import { useId } from 'react';
import { INVENTORY_FIELD_LABELS, INVENTORY_FIELDS, type InventoryField } from '@shared/domain';
import type { InventoryMapping, InventoryTable } from '@shared/inventory';
import { sampleValue } from './columnNames';

/**
 * Which column of the client's file fills which field: one labelled choice per field, the suggested column already
 * chosen (from the header names registers use), and the first value of the chosen column beside it to check by eye.
 */
export function ImportColumns({ table, mapping, onColumn }: { table: InventoryTable; mapping: InventoryMapping; onColumn: (field: InventoryField, column: number | null) => void }) {
  const id = useId();
  const labels = table.headers;
  return (
    <table className="table inventory-import__columns">
      <caption>Which column holds which field</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Column in the file</th>
          <th scope="col">First value</th>
        </tr>
      </thead>
      <tbody>
        {INVENTORY_FIELDS.map((field) => {
          const column = mapping.columns[field];
          const sample = sampleValue(table, column);
          return (
            <tr key={field}>
              <th scope="row">
                <label htmlFor={`${id}-${field}`}>{INVENTORY_FIELD_LABELS[field]}</label>
              </th>
              <td>
                <select
                  id={`${id}-${field}`}
                  value={column ?? ''}
                  aria-describedby={`${id}-${field}-sample`}
                  onChange={(e) => onColumn(field, e.target.value === '' ? null : Number(e.target.value))}
                >
                  <option value="">(not in the file)</option>
                  {labels.map((label, i) => (
                    <option key={i} value={i}>
                      {label}
                    </option>
                  ))}
                </select>
              </td>
              <td id={`${id}-${field}-sample`} className={sample === '' ? 'muted' : 'inventory-import__sample'}>
                {column === null ? 'Not imported' : sample === '' ? 'Empty in every row' : sample}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
