import { useEffect, useId, useMemo, useState, type JSX } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { objectiveRanks, type CandidateAnalysis, type FundingNote } from '@shared/analysis';
import type { Presenter } from '@shared/presentation';
import type { FundingObjective, ForcedChoice } from '@shared/portfolio';
import { loadColumnVisibility, saveColumnVisibility } from './columnPreferences';
import { portfolioColumns } from './columns';
import { ForceDialog } from './ForceDialog';
import { TableToolbar } from './TableToolbar';
import { portfolioFeatures, type PortfolioEntry, type RankBy } from './tableModel';
import { VirtualTable } from './VirtualTable';
import './portfolioTable.css';

export interface PortfolioTableProps {
  /** Candidates already ranked (rank 1 first). */
  rows: readonly CandidateAnalysis[];
  fundedIds: ReadonlySet<string>;
  /** Funded, or why not, and why a higher scorer lost (shared/analysis fundingNotes); empty until the funding answer is in. */
  notes: ReadonlyMap<string, FundingNote>;
  /** What the funding choice maximises: the "Rank by" control names it. */
  objective: FundingObjective;
  forced: Readonly<Record<string, ForcedChoice>>;
  /** The workspace's presenter: every figure is formatted through it. */
  present: Presenter;
  /** Opens the use-case page. */
  onOpen: (useCaseId: string) => void;
  /** Forces a candidate in or out (with the reason given), or hands it back to the optimiser (null). */
  onForce: (useCaseId: string, choice: ForcedChoice | null) => void;
}

const BY_RANK: SortingState = [{ id: 'rank', desc: false }];
const getRowId = (e: PortfolioEntry): string => e.candidate.useCase.id;
const canExpand = (): boolean => true;

/**
 * The ranked portfolio: every candidate with its business case, readiness, score and funding outcome (funded, or not
 * funded with the reason inline, and the trade-off where a higher scorer lost). Rank by score or by expected NPV (what
 * the funding maximises); sort by any column, filter, choose columns, explain any score; rows are virtualised so
 * thousands stay smooth.
 *
 * Keys: ↑/↓ move between rows (Home/End, Page Up/Down jump), Enter opens the use case, Space or E explains
 * the score; Tab reaches the focused row's controls.
 */
export function PortfolioTable(props: PortfolioTableProps): JSX.Element {
  const { rows, fundedIds, notes, objective, forced, present, onOpen, onForce } = props;
  const idPrefix = useId();
  const [rankBy, setRankBy] = useState<RankBy>('score');
  // Ranks by expected NPV as the funding counts it (the pilot alone while readiness is not assessed).
  const npvRanks = useMemo(() => (rankBy === 'expectedNpv' ? objectiveRanks(rows, { objective: 'expectedNpv' }) : null), [rows, rankBy]);
  // The rows do not hold the funding outcome (the cells read it from the meta): a new answer re-renders the rows in
  // view, and the row model (every row built, filtered and sorted again: ~50 ms at 5,000) is rebuilt only when the
  // order depends on the answer, that is when the table is sorted by the outcome.
  const entries = useMemo<PortfolioEntry[]>(
    () => rows.map((candidate) => ({ candidate, forced: forced[candidate.useCase.id], rank: npvRanks?.get(candidate.useCase.id) ?? candidate.rank })),
    [rows, forced, npvRanks],
  );
  const [sorting, setSorting] = useState<SortingState>(BY_RANK);
  const answer = useMemo(() => ({ fundedIds, notes }), [fundedIds, notes]);
  const sortAnswer = sorting.some((s) => s.id === 'funded') ? answer : null;
  const data = useMemo(() => (sortAnswer ? [...entries] : entries), [entries, sortAnswer]);
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
    state: { columnVisibility, sorting },
    onColumnVisibilityChange: setColumnVisibility,
    onSortingChange: setSorting,
    meta: { fundedIds, notes, present, today: rows[0]?.metrics.living.today ?? 1, rankBy, activeId, onOpen, onEditForce: setForceTarget, explanationId },
  });
  const rankByChange = (next: RankBy) => {
    setRankBy(next);
    table.setSorting(BY_RANK);
  };

  const shown = table.getRowModel().rows.length;
  return (
    <div className="portfolio-table">
      <TableToolbar table={table} functions={functions} shown={shown} total={rows.length} rankBy={rankBy} objective={objective} onRankBy={rankByChange} />
      <p className="pt-keys muted" id={`${idPrefix}-keys`}>
        Keys: ↑ ↓ move between rows · Enter opens the use case · Space or E explains the score and the funding · Tab reaches the row’s buttons
      </p>
      <VirtualTable
        table={table}
        describedBy={`${idPrefix}-keys`}
        caption={`Ranked candidates by ${rankBy === 'score' ? 'score' : 'expected NPV'}, each funded or not with the reason: sort with the column headers; each row opens its use case and can explain its score.`}
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
