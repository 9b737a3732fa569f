import { useCallback, useMemo, useState } from 'react';
import { TextField } from '@renderer/components/inputs';
import { useInventorySettings, useProblems, useUseCases, useWorkspace } from '@renderer/db';
import type { InventoryFlag } from '@shared/inventory';
import { presenter } from '@shared/presentation';
import { editableClasses, ReferenceClassesEditor } from './classes/ReferenceClassesEditor';
import { InventoryExport } from './InventoryExport';
import { InventoryImportSlot } from './InventoryImportSlot';
import { ApplyClassPanel } from './list/ApplyClassPanel';
import { FlagFilter, FlagLegend } from './list/FlagFilter';
import { InventoryList } from './list/InventoryList';
import { clampPage, countFlags, filterByFlag, filterBySearch, inventoryListRows } from './list/listModel';
import './inventory.css';

/**
 * The client's AI inventory (docs/inventory.md): bring a register in, see what it reveals (the flags, counted and
 * filterable), give many candidates a first estimate at once with a reference class, keep the classes, and export the
 * portfolio back as the client's register.
 */
export function InventoryPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const settings = useInventorySettings(workspaceId);
  const [flag, setFlag] = useState<InventoryFlag | null>(null);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());

  const rows = useMemo(() => (useCases && problems ? inventoryListRows(useCases, problems) : null), [useCases, problems]);
  const counts = useMemo(() => (rows ? countFlags(rows) : null), [rows]);
  const shown = useMemo(() => (rows ? filterBySearch(filterByFlag(rows, flag), query) : []), [rows, flag, query]);
  // The selection acts on the rows the filter shows: a use case filtered out is never changed unseen.
  const selectedCases = useMemo(() => shown.filter((r) => selected.has(r.useCase.id)).map((r) => r.useCase), [shown, selected]);
  // Until the workspace saves its own classes, the starting ones (with ids made once for this page).
  const classes = useMemo(() => (settings === undefined ? [] : settings ? settings.referenceClasses : editableClasses(null)), [settings]);
  const present = useMemo(() => (workspace ? presenter(workspace) : null), [workspace]);
  const select = useCallback((ids: readonly string[], on: boolean) => {
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  if (workspace === undefined || !present) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;

  return (
    <section className="page inventory-page" aria-labelledby="inventory-title">
      <header className="page__header">
        <h1 id="inventory-title">Inventory</h1>
      </header>
      <p className="lead">
        The organisation’s own register of AI use cases, brought in from its spreadsheet: what it reveals (use cases with no problem stated, no owner, no benefit, personal data
        without a compliance regime, no cost estimate), first estimates for many at once from a reference class, and the portfolio back out in the register’s own columns.
      </p>
      <section className="card" aria-labelledby="inv-import-title">
        <h2 id="inv-import-title">Import an inventory</h2>
        <InventoryImportSlot
          workspaceId={workspaceId}
          onImported={() => {
            setFlag(null);
            setQuery('');
            setPage(0);
          }}
        />
      </section>
      <section className="card" aria-labelledby="inv-list-title">
        <h2 id="inv-list-title">Use cases and what they reveal</h2>
        {!rows || !counts || settings === undefined ? (
          <p>Loading…</p>
        ) : rows.length === 0 ? (
          <p className="empty">No use cases yet: import an inventory above, or add candidates under a problem.</p>
        ) : (
          <>
            <FlagFilter
              total={rows.length}
              counts={counts}
              flag={flag}
              present={present}
              onFlag={(f) => {
                setFlag(f);
                setPage(0);
              }}
            />
            <FlagLegend />
            <TextField
              type="search"
              className="inv-search"
              label="Find use cases"
              hint="Any words of the name, problem, owner, vendor or register id."
              value={query}
              onChange={(q) => {
                setQuery(q);
                setPage(0);
              }}
            />
            <ApplyClassPanel workspaceId={workspaceId} classes={classes} selected={selectedCases} present={present} onApplied={() => setSelected(new Set())} />
            <p className="inv-selected" aria-live="polite">
              {selectedCases.length === 0 ? 'No use case selected.' : `${present.number(selectedCases.length, 0)} selected.`}
            </p>
            <InventoryList workspaceId={workspaceId} rows={shown} emptyText={query.trim() ? `No use case${flag ? ' with this flag' : ''} matches “${query.trim()}”.` : 'No use case carries this flag.'} page={clampPage(page, shown.length)} onPage={setPage} selected={selected} onSelect={select} present={present} />
          </>
        )}
      </section>
      {settings !== undefined && (
        <>
          <InventoryExport workspaceId={workspaceId} presets={settings?.presets ?? []} />
          <ReferenceClassesEditor workspaceId={workspaceId} settings={settings} present={present} />
        </>
      )}
    </section>
  );
}
