import { memo, type ReactNode } from 'react';
import { classificationLabel } from '@shared/domain';
import { NOT_ASSESSED, type Presenter } from '@shared/presentation';
import type { ExportRow } from '@shared/export/exportModel';
import type { BoardPackModel } from './boardPackModel';
import { Sheet } from './Sheet';

interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { key: 'rank', label: 'Rank', numeric: true },
  { key: 'objectiveRank', label: 'Rank by expected NPV', numeric: true },
  { key: 'name', label: 'Use case' },
  { key: 'problem', label: 'Problem' },
  { key: 'type', label: 'Type' },
  { key: 'pilot', label: 'Pilot', numeric: true },
  { key: 'lastMile', label: 'Last mile', numeric: true },
  { key: 'enpv', label: 'Expected NPV', numeric: true },
  { key: 'irr', label: 'IRR', numeric: true },
  { key: 'payback', label: 'Payback' },
  { key: 'readiness', label: 'Readiness', numeric: true },
  { key: 'p', label: 'P(prod.)', numeric: true },
  { key: 'score', label: 'Score', numeric: true },
  { key: 'funding', label: 'Funding' },
];
const SCORE_COLUMNS = COLUMNS.filter((c) => c.key !== 'objectiveRank');

/**
 * Every candidate in score order with its business case and what the funding did with it: "Funded", or "Not funded:"
 * with the reason inline, and under a higher scorer that lost, why lower scorers were funded instead. Each candidate
 * is its own row group, so a row and its trade-off line stay on one page; the header repeats on each printed page. On
 * screen the page may lay the rows out in groups (`shownChunks` of `chunks`); print waits for all of them.
 */
export function RankedSheet({ model, chunks = rankedChunks(model), shownChunks = chunks.length }: { model: BoardPackModel; chunks?: ExportRow[][]; shownChunks?: number }) {
  const { present: p, plan } = model;
  // Under the score objective the funding follows the score rank: a second rank would repeat the first.
  const columns = plan.objective === 'score' ? SCORE_COLUMNS : COLUMNS;
  const leading = columns.findIndex((c) => c.key === 'name');
  return (
    <Sheet title="Ranked candidates" eyebrow="2 · Every candidate, best score first" className="bp-ranked">
      <p className="bp-lead">
        The score weighs expected value, payback speed, strategic importance, readiness and value creation with the weights on the last page. Readiness is the
        average of five scores (1–5); P(prod.) is the resulting chance of reaching production.{' '}
        {plan.objective === 'score'
          ? 'The funded set is the one with the highest total score within the budget and rules.'
          : 'The funded set is the one with the highest total expected NPV within the budget and rules, so a lower score can be funded before a higher one: the rank by expected NPV and the line under each such candidate say why.'}
      </p>
      <table className="bp-table bp-table--ranked">
        <caption className="visually-hidden">All candidates ranked by score, with what the funding did with each</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`bp-col--${c.key}${c.numeric ? ' num' : ''}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        {chunks.slice(0, shownChunks).map((chunk, i) => (
          <RankedRows key={i} rows={chunk} columns={columns} leading={leading} present={p} />
        ))}
      </table>
    </Sheet>
  );
}

/** Candidates laid out per turn on screen: a large ranked table appears in steps, and the page stays responsive meanwhile. */
export const RANKED_ROWS_PER_TURN = 250;

/** The table's candidates in groups of RANKED_ROWS_PER_TURN (the groups the page lays out one per turn). */
export function rankedChunks(model: BoardPackModel): ExportRow[][] {
  const out: ExportRow[][] = [];
  for (let i = 0; i < model.rows.length; i += RANKED_ROWS_PER_TURN) out.push(model.rows.slice(i, i + RANKED_ROWS_PER_TURN));
  return out;
}

/** One group of candidates, each its own row group; drawn once (memo), however often the sheet grows. */
const RankedRows = memo(function RankedRows({ rows, columns, leading, present: p }: { rows: ExportRow[]; columns: Column[]; leading: number; present: Presenter }) {
  return rows.map((r) => {
          const m = r.metrics;
          const blocked = m.blockers.length > 0;
          const cells: Record<string, ReactNode> = {
            rank: r.rank,
            objectiveRank: r.objectiveRank,
            problem: r.problem?.title ?? '—',
            type: classificationLabel(r.useCase.classification.kind),
            pilot: p.money(m.pilotCost),
            lastMile: p.money(m.lastMileCost),
            enpv: m.expectedNpv === null ? NOT_ASSESSED : p.money(m.expectedNpv),
            irr: p.irr(m.irr),
            payback: p.payback(m.paybackMonth),
            readiness: (
              <>
                {r.readinessAverage === null ? NOT_ASSESSED : p.number(r.readinessAverage, 1)}
                {blocked ? <span className="bp-flag"> blocker</span> : null}
              </>
            ),
            p: p.probability(m.probability),
            score: p.number(r.score.total, 1),
            funding: r.note.funded ? r.note.status : `Not funded: ${r.note.status}`,
          };
          return (
            <tbody key={r.useCase.id} className={`bp-candidate${r.funded ? ' bp-row--funded' : ''}`}>
              <tr>
                {columns.map((c) =>
                  c.key === 'name' ? (
                    <th key={c.key} scope="row">
                      {r.useCase.name}
                    </th>
                  ) : (
                    <td key={c.key} className={`bp-col--${c.key}${c.numeric ? ' num' : ''}`}>
                      {cells[c.key]}
                    </td>
                  ),
                )}
              </tr>
              {r.note.tradeOff ? (
                <tr className="bp-row--tradeoff">
                  <td colSpan={leading} />
                  <td colSpan={columns.length - leading}>{r.note.tradeOff}</td>
                </tr>
              ) : null}
            </tbody>
          );
        });
});
