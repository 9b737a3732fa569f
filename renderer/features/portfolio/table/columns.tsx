import { classificationLabel, STAGES } from '@shared/domain';
import { COMMITTED_LABEL, planStarted, SUNK_LABEL, TO_FUND_SHORT, wholeLifeLabel } from '@shared/presentation';
import { CandidateCell, ClassificationCell, ForceButton, ForwardHeader, FundedCell, fundingText, InvestmentCell, MoneyCell, PaybackCell, ReadinessCell, StageCell } from './cells';
import { columnHelper, compareText, outcomeOf, PROBLEM_STATUS_LABELS, UNCLASSIFIED_FILTER, type PortfolioEntry, type PortfolioRow, type PortfolioTableMeta } from './tableModel';

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
const money = (label: string, pick: (e: PortfolioEntry) => number | null, id: string, forward = false) =>
  columnHelper.accessor((e) => pick(e) ?? undefined, {
    id,
    header: forward ? (ctx) => <ForwardHeader label={label} meta={metaOf(ctx.table)} /> : label,
    sortFn: 'basic',
    sortDescFirst: true,
    sortUndefined: 'last',
    meta: { numeric: true, label },
    cell: (info) => <MoneyCell value={pick(info.row.original)} present={metaOf(info.table).present} />,
  });

/** A header that names a forward-looking figure: "from <month>" under it once the plan has started. */
const forwardHeader = (label: string) => (ctx: { table: { options: { meta?: PortfolioTableMeta } } }) => <ForwardHeader label={label} meta={metaOf(ctx.table)} />;

const stageOrder = new Map(STAGES.map((s, i) => [s, i]));

const forcedOrder = { in: 0, out: 2 } as const;

const FUNDED = fundingText({ funded: true, note: undefined });
/** The outcome's text of each row for the answer shown, worked out once per row and answer (a sort compares each row many times). */
let outcomeTexts: { meta: Pick<PortfolioTableMeta, 'fundedIds' | 'notes'>; texts: Map<string, string> } | null = null;
function outcomeText(row: PortfolioRow): string {
  const meta = metaOf(row.table);
  if (!outcomeTexts || outcomeTexts.meta.fundedIds !== meta.fundedIds || outcomeTexts.meta.notes !== meta.notes)
    outcomeTexts = { meta: { fundedIds: meta.fundedIds, notes: meta.notes }, texts: new Map() };
  let text = outcomeTexts.texts.get(row.id);
  if (text === undefined) {
    text = fundingText(outcomeOf(row.original, meta));
    outcomeTexts.texts.set(row.id, text);
  }
  return text;
}

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
  columnHelper.accessor((e) => e.candidate.metrics.living.stage, {
    id: 'stage',
    header: 'Stage',
    sortFn: (a, b) => (stageOrder.get(a.original.candidate.metrics.living.stage) ?? 0) - (stageOrder.get(b.original.candidate.metrics.living.stage) ?? 0),
    sortDescFirst: false,
    filterFn: equalsFilter,
    cell: (info) => <StageCell row={info.row.original.candidate} />,
  }),
  money('Pilot', (e) => e.candidate.metrics.pilotCost, 'pilot'),
  money('Last mile', (e) => e.candidate.metrics.lastMileCost, 'lastMile'),
  // What the budget counts: money not yet spent or committed (the plan's total under it where they differ).
  columnHelper.accessor((e) => e.candidate.metrics.living.fundingCost, {
    id: 'investment',
    header: (ctx) => (planStarted(metaOf(ctx.table).today) ? TO_FUND_SHORT : 'Total investment'),
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true, label: 'Total investment (to fund)' },
    cell: (info) => <InvestmentCell row={info.row.original.candidate} present={metaOf(info.table).present} />,
  }),
  money('Expected NPV', (e) => e.candidate.metrics.expectedNpv, 'expectedNpv', true),
  money('NPV', (e) => e.candidate.metrics.npv, 'npv', true),
  columnHelper.accessor((e) => e.candidate.metrics.irr ?? undefined, {
    id: 'irr',
    header: forwardHeader('IRR'),
    sortFn: 'basic',
    sortDescFirst: true,
    sortUndefined: 'last',
    meta: { numeric: true, label: 'IRR' },
    cell: (info) => {
      const irr = info.row.original.candidate.metrics.irr;
      const text = metaOf(info.table).present.irr(irr);
      return irr === null ? <span className="muted">{text}</span> : text;
    },
  }),
  columnHelper.accessor((e) => e.candidate.metrics.paybackMonth ?? undefined, {
    id: 'payback',
    header: forwardHeader('Payback'),
    meta: { label: 'Payback' },
    sortFn: 'basic',
    sortDescFirst: false,
    // Beyond the horizon counts as the latest payback of all.
    sortUndefined: 1,
    cell: (info) => <PaybackCell month={info.row.original.candidate.metrics.paybackMonth} present={metaOf(info.table).present} />,
  }),
  columnHelper.accessor((e) => e.candidate.metrics.roi ?? undefined, {
    id: 'roi',
    header: forwardHeader('ROI'),
    sortFn: 'basic',
    sortDescFirst: true,
    sortUndefined: 'last',
    meta: { numeric: true, label: 'ROI' },
    cell: (info) => metaOf(info.table).present.roi(info.row.original.candidate.metrics.roi),
  }),
  money(wholeLifeLabel('NPV'), (e) => e.candidate.metrics.living.wholeLife.npv, 'wholeLifeNpv'),
  money(COMMITTED_LABEL, (e) => e.candidate.metrics.living.committed, 'committed'),
  money(SUNK_LABEL, (e) => e.candidate.metrics.living.sunk.total, 'sunk'),
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
  // The outcome is in the table's meta, not in the row (tableModel.ts); sorting by it, the table is handed the rows
  // afresh with each new answer (PortfolioTable), so the order follows the answer shown.
  columnHelper.accessor((e) => e.candidate.useCase.id, {
    id: 'funded',
    header: 'Funded?',
    // Funded first; the rest grouped by why they are not funded.
    sortFn: (a, b) => {
      const x = outcomeText(a);
      const y = outcomeText(b);
      return Number(x !== FUNDED) - Number(y !== FUNDED) || compareText(x, y);
    },
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
