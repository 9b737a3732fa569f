import { CsvColumnMapping, CsvImportFaults } from '@renderer/components/CsvColumnMapping';
import { useMemo, useRef, useState } from 'react';
import { useNumberFormat } from '@renderer/components/NumberFormatContext';
import { ProgressLine } from '@renderer/components/ProgressLine';
import { useProgressTask } from '@renderer/components/ProgressTask';
import { repositories } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import {
  importProblemCsv,
  previewProblemCsv,
  PROBLEM_CSV_MAX_CHARS,
  readProblemCsv,
  suggestedSettings,
  type CsvImportError,
  type ProblemCsvSettings,
  type ProblemCsvTable,
} from '@shared/export/problemCsvImport';
import { PROBLEM_IMPORT_FIELD_LABELS, PROBLEM_IMPORT_FIELDS, type ProblemImportField } from '@shared/export/problemCsvMapping';
import { settleWrite } from '@renderer/components/settleWrite';
import { chooseTextFile } from './fileText';

/**
 * Problems from the spreadsheet a workshop produced: choose the file, check the column mapping and the
 * preview, then import — every row valid, or nothing is imported and each fault is listed by row.
 */
export function ProblemCsvImport({ workspaceId }: { workspaceId: string }) {
  const [file, setFile] = useState<{ name: string; table: ProblemCsvTable } | null>(null);
  const [settings, setSettings] = useState<ProblemCsvSettings | null>(null);
  const [errors, setErrors] = useState<CsvImportError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [writeError, setWriteError] = useState<string | null>(null);
  // Numbers in the file are read as the workspace writes them ("1.200,50" in a de-DE workspace), like the forms.
  const format = useNumberFormat();
  const headers = useMemo(() => (file && settings ? suggestedSettings(file.table, settings.hasHeader).headers : []), [file, settings]);
  const preview = useMemo(() => (file && settings ? previewProblemCsv(file.table, settings, 8, format) : []), [file, settings, format]);

  const choose = async () => {
    setDone(null);
    setErrors([]);
    setWriteError(null);
    const picked = await chooseTextFile([{ name: 'CSV', extensions: ['csv', 'txt', 'tsv'] }], PROBLEM_CSV_MAX_CHARS * 3);
    if (!picked) return;
    if ('error' in picked) return setErrors([{ row: null, field: null, message: picked.error, text: picked.error }]);
    const read = readProblemCsv(picked.text);
    if (!read.ok) return setErrors(read.errors);
    setFile({ name: picked.name, table: read.table });
    setSettings({ hasHeader: read.table.hasHeader, mapping: read.table.mapping });
  };

  const setColumn = (field: ProblemImportField, column: number | null) => settings && setSettings({ ...settings, mapping: { ...settings.mapping, [field]: column } });

  const importing = useRef(false);
  const task = useProgressTask();
  const busy = task.progress !== null;
  // Every row is checked first (Cancel still possible, nothing written); then all rows are saved in one transaction.
  const runImport = async () => {
    if (!file || !settings || importing.current) return;
    importing.current = true; // a double click must not import every row twice
    setWriteError(null);
    setDone(null);
    const rows = file.table.records.length - (settings.hasHeader ? 1 : 0);
    const outcome = await task
      .run('Importing problems', `Checking ${rows} rows…`, async (progress) => {
        const result = importProblemCsv(file.table, settings, format);
        if (!result.ok) return { kind: 'invalid' as const, errors: result.errors };
        await progress.report(`All ${result.problems.length} rows are valid.`, 0.5);
        progress.finishing(`Saving ${result.problems.length} problems in one step: either all of them are saved or none. This last step cannot be stopped.`);
        const label = `Import ${result.problems.length} problems from ${file.name}`;
        const written = await settleWrite(
          perform(repositories().problems.createMany(workspaceId, result.problems, label), { toast: `Imported ${result.problems.length} problems from ${file.name}`, undoable: true }),
        );
        return { kind: 'written' as const, written, count: result.problems.length };
      })
      .finally(() => {
        importing.current = false;
      });
    if (!outcome.ok) return setDone('Cancelled. No problem was imported.');
    if (outcome.value.kind === 'invalid') return setErrors(outcome.value.errors);
    const { written: r, count } = outcome.value;
    if (!r.ok) {
      // A full disk (or another refusal of the write itself) is not a fault of the file: the file and mapping stay, Import tries again.
      if (r.errors.every((e) => e.path === '')) return setWriteError(r.errors[0]?.message ?? 'Nothing was imported.');
      return setErrors(r.errors.map((e) => ({ row: null, field: null, message: e.message, text: `${e.path}: ${e.message}` })));
    }
    setDone(`Imported ${count} problems from ${file.name}.`);
    setFile(null);
    setSettings(null);
    setErrors([]);
  };

  return (
    <div className="csv-import">
      <button type="button" className="button" onClick={() => void choose()}>
        Choose a CSV file…
      </button>
      {done && <p role="status">{done}</p>}
      {file && settings && (
        <>
          <CsvColumnMapping
            fileName={file.name}
            rowCount={file.table.records.length - (settings.hasHeader ? 1 : 0)}
            columnCount={file.table.columnCount}
            hasHeader={settings.hasHeader}
            onHeaderChange={(hasHeader) => setSettings(suggestedSettings(file.table, hasHeader))}
            legend="Which column holds which field"
            fields={PROBLEM_IMPORT_FIELDS}
            labels={PROBLEM_IMPORT_FIELD_LABELS}
            mapping={settings.mapping}
            headers={headers}
            emptyChoice={() => '(not imported)'}
            onColumnChange={setColumn}
          />
          <table className="table">
            <caption>Preview of the first rows</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Title</th>
                <th scope="col">Owner</th>
                <th scope="col" className="num">Monthly cost</th>
                <th scope="col">Faults</th>
              </tr>
            </thead>
            <tbody>
              {preview.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.ok ? r.problem.title : ''}</td>
                  <td>{r.ok ? r.problem.owner : ''}</td>
                  <td className="num">{r.ok ? r.problem.monthlyCost : ''}</td>
                  <td className={r.ok ? undefined : 'field__error'}>{r.ok ? 'OK' : r.errors.map((e) => e.text).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {writeError && (
            <p className="callout callout--blocker" role="alert">
              No problem was imported. {writeError} The file and the column mapping are kept: press Import problems to try again.
            </p>
          )}
          {task.progress && <ProgressLine progress={task.progress} onCancel={task.cancel} />}
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void runImport()}>
              Import problems
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => (setFile(null), setSettings(null), setErrors([]), setWriteError(null))}>
              Cancel
            </button>
          </div>
        </>
      )}
      <CsvImportFaults faults={errors} />
    </div>
  );
}
