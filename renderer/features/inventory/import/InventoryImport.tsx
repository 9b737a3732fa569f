import { useEffect, useMemo, useRef, useState } from 'react';
import { ProgressLine } from '@renderer/components/ProgressLine';
import { useProgressTask } from '@renderer/components/ProgressTask';
import { repositories, useInventorySettings, useProblems, useUseCases, useWorkspace, type WriteFailure } from '@renderer/db';
import { saveExport, safeFileName } from '@renderer/features/exchange/exportActions';
import { useTodayMonth } from '@renderer/features/living/today';
import { useYourName } from '@renderer/features/record/useRecord';
import { perform } from '@renderer/state/actions';
import type { ImportPreset, InventoryField } from '@shared/domain';
import type { InventoryImportResult, InventoryMapping, InventoryTable } from '@shared/inventory';
import { faultyRowsCsv } from '@shared/inventory/faultyRowsCsv';
import { defaultInventoryMapping } from '@shared/inventory/mapping';
import { mappingFromPreset } from '@shared/inventory/presets';
import { withHeader } from '@shared/inventory/readInventory';
import { stageKey, stageValues } from '@shared/inventory/stageMap';
import { presenter } from '@shared/presentation';
import { ImportColumns } from './ImportColumns';
import { ImportFile, type ChosenFile } from './ImportFile';
import { ImportPresets } from './ImportPresets';
import { ImportPreview } from './ImportPreview';
import { ImportProblems } from './ImportProblems';
import { ImportStages } from './ImportStages';
import { ImportSummary } from './ImportSummary';
import { importBlocker, mappingWithColumn, type Checked } from './importState';
import { startInventoryWork, type InventoryWork } from './inventoryWork';
import './inventoryImport.css';

type Opened = { name: string; bytes: Uint8Array; table: InventoryTable };

/**
 * Imports the client's AI inventory (CSV or a workbook's sheet), under the heading of the page that shows it: choose the file, check the column mapping (or apply a
 * saved one), say where problems come from and what the stages mean, read the preview with every fault by row and
 * column, choose to skip faulty rows or shorten over-long text, then import in one step — all rows chosen or none —
 * with progress and Cancel. Afterwards a summary says what was created, updated and skipped, and what the flags reveal.
 */
export function InventoryImport({ workspaceId, onImported }: { workspaceId: string; onImported?: (result: InventoryImportResult) => void }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const settings = useInventorySettings(workspaceId);
  const todayMonth = useTodayMonth();
  const yourName = useYourName();
  const present = useMemo(() => (workspace ? presenter(workspace) : null), [workspace]);

  const work = useRef<InventoryWork | null>(null);
  useEffect(() => () => work.current?.close(), []);
  const worker = () => (work.current ??= startInventoryWork());

  const [opened, setOpened] = useState<Opened | null>(null);
  const [mapping, setMapping] = useState<InventoryMapping | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [readErrors, setReadErrors] = useState<string[]>([]);
  const [checked, setChecked] = useState<Checked>(null);
  const [done, setDone] = useState<{ fileName: string; result: InventoryImportResult } | null>(null);
  // Stage values whose meaning the user chose (no longer marked as not recognised).
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<{ tone: 'error' | 'done'; text: string } | null>(null);
  const task = useProgressTask();
  const importing = useRef(false);

  const table = useMemo(() => (opened && mapping ? withHeader(opened.table, mapping.hasHeader) : null), [opened, mapping]);
  const stages = useMemo(() => (table && mapping ? stageValues(table, mapping) : []), [table, mapping]);

  // The preview follows every change of the mapping and of the workspace (checked off the page; the latest answer wins).
  useEffect(() => {
    if (!opened || !mapping || !workspace || !problems || !useCases) return;
    let current = true;
    const timer = setTimeout(() => {
      worker()
        .preview(mapping, { workspace, problems, useCases })
        .then(
          (rows) => current && setChecked({ rows, mapping }),
          (e: unknown) => current && setChecked({ error: e instanceof Error ? e.message : String(e), mapping }),
        );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [opened, mapping, workspace, problems, useCases]);

  const open = async (name: string, bytes: Uint8Array, sheet: string | undefined, keep: Partial<InventoryMapping>, preset?: ImportPreset) => {
    setReading(sheet === undefined ? `Reading ${name}…` : `Reading the sheet “${sheet}”…`);
    setReadErrors([]);
    setNotice(null);
    try {
      const read = await worker().read(name, bytes, sheet);
      if (!read.ok) return setReadErrors(read.errors);
      const next = preset ? mappingFromPreset(preset, read.value) : { ...defaultInventoryMapping(read.value), ...keep };
      setOpened({ name, bytes, table: read.value });
      setMapping(next);
      setChecked(null);
      setConfirmed(new Set());
    } catch (e) {
      setReadErrors([`${name} could not be read: ${e instanceof Error ? e.message : String(e)}`]);
    } finally {
      setReading(null);
    }
  };

  const choose = (file: ChosenFile) => {
    setDone(null);
    if ('error' in file) return setReadErrors([file.error]);
    void open(file.name, file.bytes, undefined, {});
  };

  const change = (patch: Partial<InventoryMapping>) => setMapping((m) => (m ? { ...m, ...patch } : m));
  const setColumn = (field: InventoryField, column: number | null) => table && setMapping((m) => (m ? mappingWithColumn(table, m, field, column) : m));
  const setHeader = (hasHeader: boolean) => {
    if (!opened || !mapping) return;
    setMapping({ ...defaultInventoryMapping(withHeader(opened.table, hasHeader)), hasHeader, faultyRows: mapping.faultyRows, shortenLongText: mapping.shortenLongText });
  };
  const applyPreset = (preset: ImportPreset) => {
    if (!opened || !mapping) return;
    const sheet = preset.sheet;
    if (opened.table.kind === 'xlsx' && sheet !== '' && sheet !== opened.table.sheet && opened.table.sheetNames.includes(sheet)) return void open(opened.name, opened.bytes, sheet, {}, preset);
    setMapping({ ...mappingFromPreset(preset, opened.table), faultyRows: mapping.faultyRows, shortenLongText: mapping.shortenLongText });
  };
  const close = () => {
    setOpened(null);
    setMapping(null);
    setChecked(null);
    setReadErrors([]);
    setNotice(null);
    setConfirmed(new Set());
  };

  const preview = checked && checked.mapping === mapping && 'rows' in checked ? checked.rows : null;
  const shownPreview = checked && 'rows' in checked ? checked.rows : null;
  const blocker = importBlocker(checked, mapping);
  const busy = task.progress !== null;

  const download = async () => {
    if (!opened || !table || !preview) return;
    const base = opened.name.replace(/\.[^.]+$/, '');
    const text = await saveExport(safeFileName(`${base} rows to fix`, 'csv'), [{ name: 'CSV', extensions: ['csv'] }], faultyRowsCsv(table, { ...preview, plan: null }));
    setNotice({ tone: text.startsWith('Not saved') ? 'error' : 'done', text });
  };

  const runImport = async () => {
    const counts = preview?.counts;
    if (!opened || !preview || !counts || importing.current) return;
    importing.current = true; // a double click must not import twice
    setNotice(null);
    const rows = counts.newUseCases + counts.updates;
    let replaced = false;
    const outcome = await task
      .run('Importing the inventory', `Saving ${present?.number(rows, 0) ?? rows} use cases in one step: all of them or, if you cancel, none.`, async (context) => {
        const plan = await worker().plan(preview.key);
        if (context.signal.aborted) return { ok: false, reason: 'cancelled', errors: [] } as WriteFailure<InventoryImportResult>;
        if (!plan) {
          replaced = true;
          return { ok: false, errors: [] } as WriteFailure<InventoryImportResult>;
        }
        const write = repositories().inventory.importPlan(workspaceId, plan, {
          todayMonth,
          by: yourName ?? '',
          signal: context.signal,
          onProgress: (saved, total) =>
            context.say(`Saving the use cases and their problems: ${present?.number(saved, 0) ?? saved} of ${present?.number(total, 0) ?? total} written…`, total > 0 ? saved / total : null),
        });
        const r = await perform(write, { toast: `Imported ${opened.name}`, undoable: true });
        return !r.ok && context.signal.aborted ? { ...r, reason: 'cancelled' as const } : r;
      })
      .catch((e: unknown) => ({ ok: true as const, value: { ok: false, errors: [{ path: '', message: e instanceof Error ? e.message : String(e) }] } as WriteFailure<InventoryImportResult> }))
      .finally(() => {
        importing.current = false;
      });
    if (!outcome.ok || (!outcome.value.ok && outcome.value.reason === 'cancelled')) return setNotice({ tone: 'done', text: 'Import cancelled. Nothing was imported: the workspace is as it was.' });
    const r = outcome.value;
    if (replaced) return setNotice({ tone: 'error', text: 'Nothing was imported: the rows were being checked again. Press Import once more.' });
    if (!r.ok) {
      const why = r.reason === 'conflict' ? 'Some use cases were changed in another window since the preview; it has been checked again.' : (r.errors[0]?.message ?? '');
      return setNotice({ tone: 'error', text: `Nothing was imported. ${why} The file and your choices are kept: press Import to try again.` });
    }
    setDone({ fileName: opened.name, result: r.value });
    close();
    onImported?.(r.value);
  };

  if (workspace === undefined || !present) return <p>Loading…</p>;
  const counted = (v: number, one: string, many: string) => `${present.number(v, 0)} ${v === 1 ? one : many}`;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;

  return (
    <div className="inventory-import">
      {done && problems && useCases && (
        <ImportSummary fileName={done.fileName} result={done.result} useCases={useCases} problems={problems} present={present} onAnother={() => setDone(null)} />
      )}
      {!opened && !done && <ImportFile disabled={reading !== null} onFile={choose} />}
      {reading && (
        <p role="status" className="muted">
          {reading}
        </p>
      )}
      {readErrors.length > 0 && (
        <div className="callout callout--blocker" role="alert">
          <p>The file could not be read:</p>
          <ul>
            {readErrors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {opened && mapping && table && (
        <>
          <div className="inventory-import__file">
            <p>
              <strong>{opened.name}</strong>: {counted(table.records.length - (table.hasHeader ? 1 : 0), 'row', 'rows')}, {counted(table.columnCount, 'column', 'columns')}.
            </p>
            <button type="button" className="button button--small" disabled={busy} onClick={close}>
              Choose another file
            </button>
          </div>
          {opened.table.kind === 'xlsx' && opened.table.sheetNames.length > 1 && (
            <label className="inventory-import__row">
              Sheet
              <select value={opened.table.sheet} disabled={busy || reading !== null} onChange={(e) => void open(opened.name, opened.bytes, e.target.value, { faultyRows: mapping.faultyRows, shortenLongText: mapping.shortenLongText })}>
                {opened.table.sheetNames.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="choice">
            <input type="checkbox" checked={mapping.hasHeader} onChange={(e) => setHeader(e.target.checked)} /> The first row holds column names
          </label>
          {settings !== undefined && <ImportPresets workspaceId={workspaceId} settings={settings} table={table} mapping={mapping} onApply={applyPreset} />}
          <ImportColumns table={table} mapping={mapping} onColumn={setColumn} />
          <ImportProblems table={table} mapping={mapping} onChange={change} />
          <h3>Stages</h3>
          <ImportStages
            values={stages}
            stageMap={mapping.stageMap}
            confirmed={confirmed}
            onChange={(stageMap, value) => (change({ stageMap }), setConfirmed((c) => new Set(c).add(stageKey(value))))}
          />
          <h3>Preview</h3>
          {checked && 'error' in checked && (
            <p className="field__error" role="alert">
              The rows could not be checked: {checked.error}
            </p>
          )}
          {shownPreview ? (
            <div aria-busy={preview === null}>
              <ImportPreview table={table} preview={shownPreview} mapping={mapping} present={present} onChange={change} onDownload={() => void download()} />
            </div>
          ) : (
            <p role="status" className="muted">
              Checking every row…
            </p>
          )}
          {notice && (
            <p className={notice.tone === 'error' ? 'callout callout--blocker' : 'callout'} role={notice.tone === 'error' ? 'alert' : 'status'}>
              {notice.text}
            </p>
          )}
          {task.progress && <ProgressLine progress={task.progress} onCancel={task.cancel} />}
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={busy || blocker !== null} aria-describedby={blocker ? 'inventory-import-blocker' : undefined} onClick={() => void runImport()}>
              Import
            </button>
            {blocker && (
              <span id="inventory-import-blocker" className="field__hint">
                {blocker}
              </span>
            )}
          </div>
        </>
      )}
      {!opened && notice && (
        <p className={notice.tone === 'error' ? 'callout callout--blocker' : 'callout'} role="status">
          {notice.text}
        </p>
      )}
    </div>
  );
}
