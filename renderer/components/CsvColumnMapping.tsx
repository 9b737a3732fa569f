/**
 * The column-mapping part of every CSV import (problems, actuals): what the chosen file holds, whether its first row
 * names the columns, and which column feeds which field. One home, so every import asks alike.
 */
export function CsvColumnMapping<F extends string>({
  fileName,
  rowCount,
  columnCount,
  hasHeader,
  onHeaderChange,
  legend,
  fields,
  labels,
  mapping,
  headers,
  emptyChoice,
  onColumnChange,
}: {
  fileName: string;
  /** Data rows (the header row not counted). */
  rowCount: number;
  columnCount: number;
  hasHeader: boolean;
  onHeaderChange: (hasHeader: boolean) => void;
  legend: string;
  fields: readonly F[];
  labels: Record<F, string>;
  mapping: Partial<Record<F, number | null>>;
  /** The name shown for each column of the file. */
  headers: readonly string[];
  /** What "no column" means for a field, e.g. "(not imported)". */
  emptyChoice: (field: F) => string;
  onColumnChange: (field: F, column: number | null) => void;
}) {
  return (
    <>
      <p>
        <strong>{fileName}</strong>: {rowCount} rows, {columnCount} columns.
      </p>
      <label className="choice">
        <input type="checkbox" checked={hasHeader} onChange={(e) => onHeaderChange(e.target.checked)} /> The first row holds column names
      </label>
      <fieldset>
        <legend>{legend}</legend>
        <div className="form-grid form-grid--4">
          {fields.map((field) => (
            <label key={field} className="field">
              {labels[field]}
              <select value={mapping[field] ?? ''} onChange={(e) => onColumnChange(field, e.target.value === '' ? null : Number(e.target.value))}>
                <option value="">{emptyChoice(field)}</option>
                {headers.map((h, i) => (
                  <option key={i} value={i}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

/** Why a CSV import wrote nothing: every fault by row and column (the import writes all rows or none). */
export function CsvImportFaults({ faults }: { faults: readonly { text: string }[] }) {
  if (faults.length === 0) return null;
  return (
    <div className="callout callout--blocker" role="alert">
      <p>Nothing was imported. Correct the file or the mapping:</p>
      <ul className="error-list">
        {faults.map((e, i) => (
          <li key={i}>{e.text}</li>
        ))}
      </ul>
    </div>
  );
}
