import { memo } from 'react';
import type { MoneyByYear } from '@shared/analysis';
import type { Presenter } from '@shared/presentation';

/**
 * The funded set's money per plan year: spend (pilot, last mile, run) and benefits, against the year's cap with the
 * headroom left. Investment after the horizon still counts in its year, as the budget and the caps count it.
 */
function YearViewView({ byYear, present }: { byYear: MoneyByYear | null; present: Presenter }) {
  if (!byYear) return null;
  const anyCap = byYear.years.some((y) => y.cap !== null);
  return (
    <div className="year-view">
      <table className="year-view__table">
        <caption>
          <span className="year-view__title">The funded set by plan year</span>
          <span className="muted">
            {byYear.costBasis === 'p90' ? ' · pilot and last mile at their P90 cost, as the budget and caps count them' : ''} · benefits if every funded candidate
            reaches production
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Plan year</th>
            <th scope="col" className="num">
              Pilot
            </th>
            <th scope="col" className="num">
              Last mile
            </th>
            <th scope="col" className="num">
              Run
            </th>
            <th scope="col" className="num">
              Benefits
            </th>
            <th scope="col" className="num">
              Cap
            </th>
            <th scope="col" className="num">
              Headroom
            </th>
          </tr>
        </thead>
        <tbody>
          {byYear.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">
                {present.planYear(y.year)}
                {y.beyondHorizon && <span className="muted year-view__beyond"> (partly after the horizon)</span>}
              </th>
              <td className="num">{present.moneyCompact(y.pilot)}</td>
              <td className="num">{present.moneyCompact(y.lastMile)}</td>
              <td className="num">{present.moneyCompact(y.run)}</td>
              <td className="num">{present.moneyCompact(y.benefit)}</td>
              <td className="num">{y.cap === null ? <span className="muted">no cap</span> : present.moneyCompact(y.cap)}</td>
              <td className={`num${y.headroom !== null && y.headroom < 0 ? ' year-view__over' : ''}`}>
                {y.headroom === null ? <span className="muted">—</span> : present.headroom(y.headroom, true)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All years</th>
            <td className="num">{present.moneyCompact(byYear.totals.pilot)}</td>
            <td className="num">{present.moneyCompact(byYear.totals.lastMile)}</td>
            <td className="num">{present.moneyCompact(byYear.totals.run)}</td>
            <td className="num">{present.moneyCompact(byYear.totals.benefit)}</td>
            <td className="num" colSpan={2}>
              {anyCap ? '' : <span className="muted">no yearly caps set</span>}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Re-rendered only when its own inputs change (a weight-slider step leaves them as they are). */
export const YearView = memo(YearViewView);
