import { formatPercent } from '@renderer/format';
import { CLASSIFICATION_LABELS } from '@shared/domain';
import type { BoardPackModel } from './boardPackModel';
import { irrText, money, paybackText } from './packFormat';
import { Sheet } from './Sheet';

const COLUMNS: { key: string; label: string; numeric?: boolean }[] = [
  { key: 'rank', label: 'Rank', numeric: true },
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
  { key: 'funded', label: 'Funded' },
];

/** Every candidate in score order with its business case; the header repeats on each printed page, rows never split. */
export function RankedSheet({ model }: { model: BoardPackModel }) {
  const { rows, workspace, fundedIds } = model;
  const currency = workspace.currency;
  return (
    <Sheet title="Ranked candidates" eyebrow="2 · Every candidate, best score first" className="bp-ranked">
      <p className="bp-lead">
        The score weighs expected value, payback speed, strategic importance, readiness and value creation with the weights on the last page. Readiness is the
        average of five scores (1–5); P(prod.) is the resulting chance of reaching production.
      </p>
      <table className="bp-table bp-table--ranked">
        <caption className="visually-hidden">All candidates ranked by score</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const funded = fundedIds.has(r.useCase.id);
            const blocked = r.metrics.blockers.length > 0;
            return (
              <tr key={r.useCase.id} className={funded ? 'bp-row--funded' : undefined}>
                <td className="num">{r.rank}</td>
                <th scope="row">{r.useCase.name}</th>
                <td>{r.problem?.title ?? '—'}</td>
                <td>{CLASSIFICATION_LABELS[r.useCase.classification.kind]}</td>
                <td className="num">{money(r.metrics.pilotCost, currency)}</td>
                <td className="num">{money(r.metrics.lastMileCost, currency)}</td>
                <td className="num">{money(r.metrics.expectedNpv, currency)}</td>
                <td className="num">{irrText(r.metrics.irr)}</td>
                <td>{paybackText(r.metrics.paybackMonth, workspace.planningStartMonth)}</td>
                <td className="num">
                  {r.readinessAverage.toFixed(1)}
                  {blocked ? <span className="bp-flag"> blocker</span> : null}
                </td>
                <td className="num">{formatPercent(r.metrics.probability, 0)}</td>
                <td className="num">{r.score.total.toFixed(1)}</td>
                <td>{funded ? 'Funded' : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Sheet>
  );
}
