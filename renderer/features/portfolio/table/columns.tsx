import { CLASSIFICATION_LABELS } from '@shared/domain';
import { formatPercent } from '@renderer/format';
import { ClassificationBadge } from '@renderer/features/useCases/ClassificationBadge';
import { CandidateCell, ForceButton, FundedCell, leftOutLabel, MoneyCell, PaybackCell, ReadinessCell } from './cells';
import { columnHelper, compareText, PROBLEM_STATUS_LABELS, type PortfolioEntry, type PortfolioRow, type PortfolioTableMeta } from './tableModel';

const textSort = (a: PortfolioRow, b: PortfolioRow, columnId: string): number =>
  compareText(String(a.getValue(columnId) ?? ''), String(b.getValue(columnId) ?? ''));

/** Exact match of a string-valued column against the chosen option. */
const equalsFilter = (row: PortfolioRow, columnId: string, value: unknown): boolean => row.getValue(columnId) === value;

/** Table meta is always set by PortfolioTable; cells read formatting settings and actions from it. */
function metaOf(table: { options: { meta?: PortfolioTableMeta } }): PortfolioTableMeta {
  const meta = table.options.meta;
  if (!meta) throw new Error('PortfolioTable cells need the table meta');
  return meta;
}

const money = (label: string, pick: (e: PortfolioEntry) => number, id: string) =>
  columnHelper.accessor(pick, {
    id,
    header: label,
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (info) => <MoneyCell value={info.getValue()} currency={metaOf(info.table).currency} />,
  });

const forcedOrder = { in: 0, out: 2 } as const;

/**
 * Every column of the ranked portfolio table. Accessors return plain numbers or strings (what sorting and
 * filtering compare); "not defined" values (IRR, payback, ROI) are undefined and sort last.
 */
export const portfolioColumns = columnHelper.columns([
  columnHelper.accessor((e) => e.candidate.rank, { id: 'rank', header: 'Rank', sortFn: 'basic', sortDescFirst: false, enableHiding: false, meta: { numeric: true } }),
  columnHelper.accessor((e) => e.candidate.useCase.name, {
    id: 'candidate',
    header: 'Candidate',
    sortFn: textSort,
    sortDescFirst: false,
    enableHiding: false,
    cell: (info) => <CandidateCell row={info.row.original.candidate} meta={metaOf(info.table)} />,
  }),
  columnHelper.accessor((e) => e.candidate.problem?.title ?? '', {
    id: 'problem',
    header: 'Problem',
    sortFn: textSort,
    sortDescFirst: false,
    // The filter on this column is the problem's status (captured / validated / parked).
    filterFn: (row, _id, value) => row.original.candidate.problem?.status === value,
    cell: (info) => {
      const p = info.row.original.candidate.problem;
      if (!p) return <span className="muted">No problem</span>;
      return (
        <span className="pt-problem" title={p.title}>
          {p.title}
          {p.status !== 'validated' && <span className={`status status--${p.status}`}>{PROBLEM_STATUS_LABELS[p.status]}</span>}
        </span>
      );
    },
  }),
  columnHelper.accessor((e) => e.candidate.problem?.function ?? '', {
    id: 'function',
    header: 'Function',
    sortFn: textSort,
    sortDescFirst: false,
    filterFn: equalsFilter,
    meta: { hiddenByDefault: true },
    cell: (info) => info.getValue() || <span className="muted">—</span>,
  }),
  columnHelper.accessor((e) => e.candidate.useCase.classification.kind, {
    id: 'classification',
    header: 'Classification',
    sortFn: (a, b) => compareText(CLASSIFICATION_LABELS[a.original.candidate.useCase.classification.kind], CLASSIFICATION_LABELS[b.original.candidate.useCase.classification.kind]),
    sortDescFirst: false,
    filterFn: equalsFilter,
    cell: (info) => <ClassificationBadge kind={info.getValue()} />,
  }),
  money('Pilot', (e) => e.candidate.metrics.pilotCost, 'pilot'),
  money('Last mile', (e) => e.candidate.metrics.lastMileCost, 'lastMile'),
  money('Total investment', (e) => e.candidate.metrics.totalInvestment, 'investment'),
  money('Expected NPV', (e) => e.candidate.metrics.expectedNpv, 'expectedNpv'),
  money('NPV', (e) => e.candidate.metrics.npv, 'npv'),
  columnHelper.accessor((e) => e.candidate.metrics.irr ?? undefined, {
    id: 'irr',
    header: 'IRR',
    sortFn: 'basic',
    sortDescFirst: true,
    sortUndefined: 'last',
    meta: { numeric: true },
    cell: (info) => {
      const irr = info.row.original.candidate.metrics.irr;
      return irr === null ? <span className="muted">not defined</span> : formatPercent(irr);
    },
  }),
  columnHelper.accessor((e) => e.candidate.metrics.paybackMonth ?? undefined, {
    id: 'payback',
    header: 'Payback',
    sortFn: 'basic',
    sortDescFirst: false,
    // Beyond the horizon counts as the latest payback of all.
    sortUndefined: 1,
    cell: (info) => <PaybackCell month={info.row.original.candidate.metrics.paybackMonth} planningStartMonth={metaOf(info.table).planningStartMonth} />,
  }),
  columnHelper.accessor((e) => e.candidate.metrics.roi ?? undefined, {
    id: 'roi',
    header: 'ROI',
    sortFn: 'basic',
    sortDescFirst: true,
    sortUndefined: 'last',
    meta: { numeric: true },
    cell: (info) => formatPercent(info.row.original.candidate.metrics.roi, 0),
  }),
  columnHelper.accessor((e) => e.candidate.metrics.probability, {
    id: 'readiness',
    header: 'Readiness',
    sortFn: (a, b) =>
      a.original.candidate.metrics.probability - b.original.candidate.metrics.probability || a.original.candidate.readinessAverage - b.original.candidate.readinessAverage,
    sortDescFirst: true,
    // The filter on this column keeps candidates with a blocker (a readiness score of 1).
    filterFn: (row, _id, value) => value !== true || row.original.candidate.metrics.blockers.length > 0,
    cell: (info) => <ReadinessCell row={info.row.original.candidate} />,
  }),
  columnHelper.accessor((e) => e.candidate.problem?.strategicImportance ?? undefined, {
    id: 'importance',
    header: 'Strategic importance',
    sortFn: 'basic',
    sortDescFirst: true,
    sortUndefined: 'last',
    meta: { numeric: true },
    cell: (info) => info.getValue() ?? <span className="muted">—</span>,
  }),
  columnHelper.accessor((e) => e.candidate.score.total, {
    id: 'score',
    header: 'Score',
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (info) => {
      const row = info.row;
      const meta = metaOf(info.table);
      const expanded = row.getIsExpanded();
      return (
        <button
          type="button"
          className="pt-explain-toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? meta.explanationId(row.id) : undefined}
          tabIndex={meta.activeId === row.id ? 0 : -1}
          onClick={() => row.toggleExpanded()}
        >
          <span aria-hidden="true" className="pt-chevron">
            {expanded ? '▾' : '▸'}
          </span>
          {info.getValue().toFixed(1)}
          <span className="visually-hidden"> — explain the score of {row.original.candidate.useCase.name}</span>
        </button>
      );
    },
  }),
  columnHelper.accessor((e) => (e.funded ? 0 : 1), {
    id: 'funded',
    header: 'Funded',
    // Funded first; the rest grouped by why they are left out.
    sortFn: (a, b) =>
      Number(!a.original.funded) - Number(!b.original.funded) ||
      compareText(leftOutLabel(a.original), leftOutLabel(b.original)),
    sortDescFirst: false,
    cell: (info) => <FundedCell entry={info.row.original} />,
  }),
  columnHelper.accessor((e) => (e.forced ? forcedOrder[e.forced.mode] : 1), {
    id: 'force',
    header: 'Funding choice',
    sortFn: 'basic',
    sortDescFirst: false,
    cell: (info) => <ForceButton entry={info.row.original} meta={metaOf(info.table)} />,
  }),
]);
