import { CsvColumnMapping, CsvImportFaults } from '@renderer/components/CsvColumnMapping';
import { useMemo, useRef, useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { useUseCases } from '@renderer/db';
import { chooseTextFile } from '@renderer/features/exchange/fileText';
import { useTodayMonth } from '@renderer/features/living/today';
import type { UseCase, Workspace } from '@shared/domain';
import {
  actualsSettings,
  importActualsCsv,
  previewActualsCsv,
  readActualsCsv,
  type ActualsCsvContext,
  type ActualsCsvFault,
  type ActualsCsvSettings,
  type ActualsCsvTable,
} from '@shared/export/actualsCsvImport';
import { ACTUALS_IMPORT_FIELD_LABELS, ACTUALS_IMPORT_FIELDS, type ActualsImportField } from '@shared/export/actualsCsvMapping';
import { PROBLEM_CSV_MAX_CHARS } from '@shared/export/problemCsvImport';
import { presenter } from '@shared/presentation';
import { importActuals } from './actualsActions';

const fileFault = (message: string): ActualsCsvFault => ({ row: null, field: null, message, text: message });

/**
 * Monthly actuals from a finance spreadsheet: choose the file, check the suggested column mapping and the preview,
 * then import — every row valid and every use case unchanged since, or nothing is imported and each fault is listed by
 * row and column. Opened from a use case's page, rows that name no use case are that use case's.
 */
export function ActualsCsvImportDialog({ workspace, forUseCase, onClose }: { workspace: Workspace; forUseCase?: UseCase; onClose: () => void }) {
  const useCases = useUseCases(workspace.id);
  const todayMonth = useTodayMonth();
  const present = presenter(workspace);
  const [file, setFile] = useState<{ name: string; table: ActualsCsvTable } | null>(null);
  const [settings, setSettings] = useState<ActualsCsvSettings | null>(null);
  const [errors, setErrors] = useState<ActualsCsvFault[]>([]);
  const [busy, setBusy] = useState(false);
  const [writeError, setWriteError] = useState<string | null>(null);
  const importing = useRef(false);
  const context: ActualsCsvContext = useMemo(
    () => ({ useCases: useCases ?? [], defaultUseCaseId: forUseCase?.id ?? null, todayMonth, format: present.format }),
    [useCases, forUseCase?.id, todayMonth, present.format],
  );
  const headers = useMemo(() => (file && settings ? actualsSettings(file.table, settings.hasHeader).headers : []), [file, settings]);
  const preview = useMemo(() => (file && settings ? previewActualsCsv(file.table, settings, context, 8) : []), [file, settings, context]);
  const names = new Map((useCases ?? []).map((u) => [u.id, u.name]));

  const choose = async () => {
    setErrors([]);
    setWriteError(null);
    const picked = await chooseTextFile([{ name: 'CSV', extensions: ['csv', 'txt', 'tsv'] }], PROBLEM_CSV_MAX_CHARS * 3);
    if (!picked) return;
    if ('error' in picked) return setErrors([fileFault(picked.error)]);
    const read = readActualsCsv(picked.text);
    if (!read.ok) return setErrors(read.errors);
    setFile({ name: picked.name, table: read.table });
    setSettings({ hasHeader: read.table.hasHeader, mapping: read.table.mapping });
  };
  const setColumn = (field: ActualsImportField, column: number | null) => settings && setSettings({ ...settings, mapping: { ...settings.mapping, [field]: column } });

  const runImport = async () => {
    if (!file || !settings || !useCases || importing.current) return;
    importing.current = true; // a double click must not import twice
    setBusy(true);
    setWriteError(null);
    const result = importActualsCsv(file.table, settings, context);
    const written = result.ok ? await importActuals(workspace.id, result.entries, useCases, file.name, todayMonth) : null;
    importing.current = false;
    setBusy(false);
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    // A full disk, or a use case changed in another window since, is not a fault of the file: file and mapping stay.
    if (written && !written.ok) return setWriteError(written.errors.map((e) => e.message).join(' '));
    onClose();
  };

  return (
    <Dialog title={forUseCase ? `Import actuals of “${forUseCase.name}”` : 'Import actuals'} open onClose={onClose} className="actuals-dialog" locked={busy}>
      <p>
        One row per use case and month: the month, and the amounts spent and earned. A month already entered is replaced; amounts left blank or not in the file count
        as 0. Only months before {present.calendarMonth(todayMonth)}.
      </p>
      <button type="button" className="button" onClick={() => void choose()}>
        Choose a CSV file…
      </button>
      {file && settings && (
        <>
          <CsvColumnMapping
            fileName={file.name}
            rowCount={file.table.records.length - (settings.hasHeader ? 1 : 0)}
            columnCount={file.table.columnCount}
            hasHeader={settings.hasHeader}
            onHeaderChange={(hasHeader) => setSettings(actualsSettings(file.table, hasHeader))}
            legend="Which column holds which figure"
            fields={ACTUALS_IMPORT_FIELDS}
            labels={ACTUALS_IMPORT_FIELD_LABELS}
            mapping={settings.mapping}
            headers={headers}
            emptyChoice={(field) => (field === 'useCase' && forUseCase ? `(all rows: “${forUseCase.name}”)` : '(not in the file)')}
            onColumnChange={setColumn}
          />
          <div className="table-scroll">
            <table className="table">
              <caption>Preview of the first rows</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Use case</th>
                  <th scope="col">Month</th>
                  <th scope="col" className="num">Pilot</th>
                  <th scope="col" className="num">Last mile</th>
                  <th scope="col" className="num">Run cost</th>
                  <th scope="col" className="num">Benefit</th>
                  <th scope="col">Faults</th>
                </tr>
              </thead>
              <tbody>
                {preview.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <td>{r.ok ? names.get(r.useCaseId) : ''}</td>
                    <td>{r.ok ? present.calendarMonth(r.actual.month) : ''}</td>
                    <td className="num">{r.ok ? present.money(r.actual.pilot) : ''}</td>
                    <td className="num">{r.ok ? present.money(r.actual.lastMile) : ''}</td>
                    <td className="num">{r.ok ? present.money(r.actual.run) : ''}</td>
                    <td className="num">{r.ok ? present.money(r.actual.benefit) : ''}</td>
                    <td className={r.ok ? undefined : 'field__error'}>{r.ok ? 'OK' : r.errors.map((e) => e.text).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {writeError && (
        <p className="callout callout--blocker" role="alert">
          No actuals were imported. {writeError} The file and the column mapping are kept: press Import actuals to try again.
        </p>
      )}
      <CsvImportFaults faults={errors} />
      <div className="form-actions">
        {file && settings && (
          <button type="button" className="button button--primary" disabled={busy || !useCases} onClick={() => void runImport()}>
            Import actuals
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
