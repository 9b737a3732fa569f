import { classificationLabel } from '@shared/domain';
import { CandidateCell, ClassificationCell, ForceButton, FundedCell, fundingText, MoneyCell, PaybackCell, ReadinessCell } from './cells';
import { columnHelper, compareText, PROBLEM_STATUS_LABELS, UNCLASSIFIED_FILTER, type PortfolioEntry, type PortfolioRow, type PortfolioTableMeta } from './tableModel';

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

/** A money column; a figure that needs readiness (expected NPV) is null while it is not assessed, and sorts last either way. */
const money = (label: string, pick: (e: PortfolioEntry) => number | null, id: string) =>
  columnHelper.accessor((e) => pick(e) ?? undefined, {
    id,
    header: label,
    sortFn: 'basic',
    sortDescFirst: true,
    sortUndefined: 'last',
    meta: { numeric: true },
    cell: (info) => <MoneyCell value={pick(info.row.original)} present={metaOf(info.table).present} />,
  });

const forcedOrder = { in: 0, out: 2 } as const;

/**
 * Every column of the ranked portfolio table. Accessors return plain numbers or strings (what sorting and
 * filtering compare); "not defined" values (IRR, payback, ROI) and figures not assessed yet (expected NPV,
 * readiness) are undefined and sort last in either direction.
 */
export const portfolioColumns = columnHelper.columns([
  // The rank by what the table ranks by (score, or expected NPV as the funding counts it).
  columnHelper.accessor((e) => e.rank, {
    id: 'rank',
    header: 'Rank',
    sortFn: 'basic',
    sortDescFirst: false,
    enableHiding: false,
    meta: { numeric: true },
    cell: (info) => {
      const by = metaOf(info.table).rankBy;
      const score = info.row.original.candidate.rank;
      return <span title={by === 'score' ? `Rank ${score} by score` : `Rank ${info.getValue()} by expected NPV (rank ${score} by score)`}>{info.getValue()}</span>;
    },
  }),
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
  columnHelper.accessor((e) => e.candidate.useCase.classification.kind ?? undefined, {
    id: 'classification',
    header: 'Classification',
    sortFn: (a, b) => compareText(classificationLabel(a.original.candidate.useCase.classification.kind), classificationLabel(b.original.candidate.useCase.classification.kind)),
    sortDescFirst: false,
    sortUndefined: 'last',
    filterFn: (row, _id, value) => (value === UNCLASSIFIED_FILTER ? row.original.candidate.useCase.classification.kind === null : row.original.candidate.useCase.classification.kind === value),
    cell: (info) => <ClassificationCell kind={info.row.original.candidate.useCase.classification.kind} />,
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
      const text = metaOf(info.table).present.irr(irr);
      return irr === null ? <span className="muted">{text}</span> : text;
    },
  }),
  columnHelper.accessor((e) => e.candidate.metrics.paybackMonth ?? undefined, {
    id: 'payback',
    header: 'Payback',
    sortFn: 'basic',
    sortDescFirst: false,
    // Beyond the horizon counts as the latest payback of all.
    sortUndefined: 1,
    cell: (info) => <PaybackCell month={info.row.original.candidate.metrics.paybackMonth} present={metaOf(info.table).present} />,
  }),
  columnHelper.accessor((e) => e.candidate.metrics.roi ?? undefined, {
    id: 'roi',
    header: 'ROI',
    sortFn: 'basic',
    sortDescFirst: true,
    sortUndefined: 'last',
    meta: { numeric: true },
    cell: (info) => metaOf(info.table).present.roi(info.row.original.candidate.metrics.roi),
  }),
  columnHelper.accessor((e) => e.candidate.metrics.probability ?? undefined, {
    id: 'readiness',
    header: 'Readiness',
    // Only assessed candidates reach the comparison (the not assessed sort last): chance of production, then average readiness.
    sortFn: (a, b) =>
      (a.original.candidate.metrics.probability ?? 0) - (b.original.candidate.metrics.probability ?? 0) ||
      (a.original.candidate.readinessAverage ?? 0) - (b.original.candidate.readinessAverage ?? 0),
    sortDescFirst: true,
    sortUndefined: 'last',
    // The filter on this column keeps candidates with a blocker (a readiness score of 1).
    filterFn: (row, _id, value) => value !== true || row.original.candidate.metrics.blockers.length > 0,
    cell: (info) => <ReadinessCell row={info.row.original.candidate} present={metaOf(info.table).present} />,
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
          {meta.present.number(info.getValue(), 1)}
          <span className="visually-hidden"> — explain the score of {row.original.candidate.useCase.name}</span>
        </button>
      );
    },
  }),
  columnHelper.accessor((e) => (e.funded ? 0 : 1), {
    id: 'funded',
    header: 'Funded?',
    // Funded first; the rest grouped by why they are not funded.
    sortFn: (a, b) => Number(!a.original.funded) - Number(!b.original.funded) || compareText(fundingText(a.original), fundingText(b.original)),
    sortDescFirst: false,
    cell: (info) => <FundedCell row={info.row} meta={metaOf(info.table)} />,
  }),
  columnHelper.accessor((e) => (e.forced ? forcedOrder[e.forced.mode] : 1), {
    id: 'force',
    header: 'Funding choice',
    sortFn: 'basic',
    sortDescFirst: false,
    cell: (info) => <ForceButton entry={info.row.original} meta={metaOf(info.table)} />,
  }),
]);
