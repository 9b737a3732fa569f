import { useEffect, useId, useMemo, useState, type JSX } from 'react';
import { useTable } from '@tanstack/react-table';
import type { CandidateAnalysis } from '@shared/analysis';
import type { ForcedChoice } from '@shared/portfolio';
import { loadColumnVisibility, saveColumnVisibility } from './columnPreferences';
import { portfolioColumns } from './columns';
import { ForceDialog } from './ForceDialog';
import { TableToolbar } from './TableToolbar';
import { portfolioFeatures, type ExclusionNote, type PortfolioEntry } from './tableModel';
import { VirtualTable } from './VirtualTable';
import './portfolioTable.css';

export interface PortfolioTableProps {
  /** Candidates already ranked (rank 1 first). */
  rows: readonly CandidateAnalysis[];
  fundedIds: ReadonlySet<string>;
  /** Why each unfunded candidate is left out. */
  exclusions: ReadonlyMap<string, ExclusionNote>;
  forced: Readonly<Record<string, ForcedChoice>>;
  currency: string;
  /** 'YYYY-MM': payback month m is shown as a calendar month. */
  planningStartMonth: string;
  /** Opens the use-case page. */
  onOpen: (useCaseId: string) => void;
  /** Forces a candidate in or out (with the reason given), or hands it back to the optimiser (null). */
  onForce: (useCaseId: string, choice: ForcedChoice | null) => void;
}

const getRowId = (e: PortfolioEntry): string => e.candidate.useCase.id;
const canExpand = (): boolean => true;

/**
 * The ranked portfolio: every candidate with its business case, readiness, score and funding outcome. Sort by
 * any column, filter, choose columns, explain any score; rows are virtualised so thousands stay smooth.
 *
 * Keys: ↑/↓ move between rows (Home/End, Page Up/Down jump), Enter opens the use case, Space or E explains
 * the score; Tab reaches the focused row's controls.
 */
export function PortfolioTable(props: PortfolioTableProps): JSX.Element {
  const { rows, fundedIds, exclusions, forced, currency, planningStartMonth, onOpen, onForce } = props;
  const idPrefix = useId();
  const data = useMemo<PortfolioEntry[]>(
    () =>
      rows.map((candidate) => {
        const id = candidate.useCase.id;
        const funded = fundedIds.has(id);
        return { candidate, funded, exclusion: funded ? undefined : exclusions.get(id), forced: forced[id] };
      }),
    [rows, fundedIds, exclusions, forced],
  );
  const functions = useMemo(
    () => [...new Set(rows.map((r) => r.problem?.function ?? '').filter((f) => f !== ''))].sort((a, b) => a.localeCompare(b)),
    [rows],
  );
  const [columnVisibility, setColumnVisibility] = useState(loadColumnVisibility);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [forceTarget, setForceTarget] = useState<PortfolioEntry | null>(null);
  useEffect(() => saveColumnVisibility(columnVisibility), [columnVisibility]);

  const explanationId = (id: string) => `${idPrefix}-explain-${id}`;
  const table = useTable({
    features: portfolioFeatures,
    columns: portfolioColumns,
    data,
    getRowId,
    getRowCanExpand: canExpand,
    autoResetExpanded: false,
    enableSortingRemoval: false,
    enableMultiSort: false,
    initialState: { sorting: [{ id: 'rank', desc: false }] },
    state: { columnVisibility },
    onColumnVisibilityChange: setColumnVisibility,
    meta: { currency, planningStartMonth, activeId, onOpen, onEditForce: setForceTarget, explanationId },
  });

  const shown = table.getRowModel().rows.length;
  return (
    <div className="portfolio-table">
      <TableToolbar table={table} functions={functions} shown={shown} total={rows.length} />
      <p className="pt-keys muted" id={`${idPrefix}-keys`}>
        Keys: ↑ ↓ move between rows · Enter opens the use case · Space or E explains the score · Tab reaches the row’s buttons
      </p>
      <VirtualTable
        table={table}
        describedBy={`${idPrefix}-keys`}
        caption="Ranked candidates: sort with the column headers; each row opens its use case and can explain its score."
        emptyMessage={rows.length === 0 ? 'No candidates yet: add use cases to your problems.' : 'No candidates match these filters.'}
        activeId={activeId}
        onActiveChange={setActiveId}
        onOpen={onOpen}
        explanationId={explanationId}
      />
      <ForceDialog
        entry={forceTarget}
        onClose={() => setForceTarget(null)}
        onSave={(id, choice) => {
          setForceTarget(null);
          onForce(id, choice);
        }}
      />
    </div>
  );
}
