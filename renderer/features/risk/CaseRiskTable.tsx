import { useMemo, useState } from 'react';
import type { Presenter } from '@shared/presentation';
import type { CaseOutcome } from '@shared/uncertainty/simulate';

/** Rows per page of the table (a portfolio of thousands is paged, never drawn whole). */
export const PAGE_ROWS = 50;

export interface CaseRiskRow {
  outcome: CaseOutcome;
  name: string;
  funded: boolean;
  /** Stopped, or its pilot failed: nothing of it is still to come. */
  ended: boolean;
}

/**
 * Every use case's simulated figures from today: P10 / P50 / P90 of NPV, the chance NPV is above zero and the chance it
 * is paid back within the horizon; funded ones first, then by P50. A stopped use case (or a failed pilot) has nothing
 * still to come: it says so. A use case whose readiness is not assessed has no chance of production to draw from: it is
 * shown as not assessed, never with figures that look assessed.
 */
export function CaseRiskTable({ rows, present, todayMonth }: { rows: readonly CaseRiskRow[]; present: Presenter; /** "Nov 2026" once the plan has started: the month the figures above call "from". */ todayMonth: string | null }) {
  const sorted = useMemo(
    () => [...rows].sort((a, b) => Number(b.funded) - Number(a.funded) || Number(a.outcome.notAssessed) - Number(b.outcome.notAssessed) || Number(a.ended) - Number(b.ended) || b.outcome.p50 - a.outcome.p50),
    [rows],
  );
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_ROWS));
  const shown = Math.min(page, pages - 1);
  const slice = sorted.slice(shown * PAGE_ROWS, (shown + 1) * PAGE_ROWS);
  const first = shown * PAGE_ROWS + 1;
  const last = shown * PAGE_ROWS + slice.length;
  return (
    <div className="risk-cases">
      <table className="table">
        <caption>
          Each use case, NPV from today{todayMonth ? ` (${todayMonth})` : ''} over the simulated trials (funded first, then by P50)
          {pages > 1 ? `: rows ${present.number(first, 0)}–${present.number(last, 0)} of ${present.number(sorted.length, 0)}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Use case</th>
            <th scope="col">Funded</th>
            <th scope="col" className="num">P10 NPV</th>
            <th scope="col" className="num">P50 NPV</th>
            <th scope="col" className="num">P90 NPV</th>
            <th scope="col" className="num">Chance NPV above zero</th>
            <th scope="col" className="num">Chance paid back within the horizon</th>
          </tr>
        </thead>
        <tbody>
          {slice.map(({ outcome: o, name, funded, ended }) => (
            <tr key={o.id}>
              <th scope="row">{name}</th>
              <td className="risk-cases__funded">{funded ? 'Funded' : 'Not funded'}</td>
              {ended ? (
                <td colSpan={5} className="muted">
                  Stopped: nothing of it is still to come
                </td>
              ) : o.notAssessed ? (
                <td colSpan={5} className="muted">
                  Readiness not assessed: no chance of production to simulate yet
                </td>
              ) : (
                <>
                  <td className="num">{present.money(o.p10)}</td>
                  <td className="num">{present.money(o.p50)}</td>
                  <td className="num">{present.money(o.p90)}</td>
                  <td className="num">{present.percent(o.probPositive, 0)}</td>
                  <td className="num">{present.percent(o.probPayback, 0)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted risk-cases__note">
        Paid back: the cash from today adds up to zero or more by the horizon. A trial that spends nothing more from today (the pilot is behind it and the
        use case stops at its stage gate) counts as paid back, so 100% beside a P10 of zero means “never further out of pocket”, not “sure to pay”.
      </p>
      {pages > 1 && (
        <nav className="risk-cases__pages" aria-label="Pages of the use case table">
          <button type="button" className="button button--small" disabled={shown === 0} onClick={() => setPage(shown - 1)}>
            Previous {present.number(PAGE_ROWS, 0)}
          </button>
          <span>
            Page {present.number(shown + 1, 0)} of {present.number(pages, 0)}
          </span>
          <button type="button" className="button button--small" disabled={shown >= pages - 1} onClick={() => setPage(shown + 1)}>
            Next {present.number(PAGE_ROWS, 0)}
          </button>
        </nav>
      )}
    </div>
  );
}
