import { Fragment } from 'react';
import type { PlanYearMoney } from '@shared/analysis';
import { planStarted } from '@shared/presentation';
import type { BoardPackModel } from './boardPackModel';
import { simulatedMoney } from './RiskSheet';
import { Sheet } from './Sheet';

const AMOUNTS = [
  { key: 'pilot', label: 'Pilots' },
  { key: 'lastMile', label: 'Last mile' },
  { key: 'investment', label: 'Investment' },
  { key: 'run', label: 'Run cost' },
  { key: 'benefit', label: 'Benefits' },
  { key: 'net', label: 'Net' },
] as const;

/** What a year that reaches past the horizon leaves out; null when the whole year lies within it. */
function horizonNote(y: PlanYearMoney, horizon: number): string | null {
  if (!y.beyondHorizon) return null;
  if (y.firstMonth > horizon) return 'After the horizon: only investment counted; run cost and benefits are not.';
  return `Months ${horizon + 1}–${y.lastMonth} lie after the horizon: their run cost and benefits are not counted.`;
}

/**
 * Money over time: the funded set's spend per plan year (pilot, last mile, run), its benefits and net, against each
 * year's cap with the headroom left (or how far over), the totals, and what the funded set costs a year once live.
 */
export function SpendByYearSheet({ model }: { model: BoardPackModel }) {
  const { moneyByYear: byYear, present: p, workspace, fundedSummary: summary } = model;
  const horizon = workspace.horizonMonths;
  const anyCap = byYear.years.some((y) => y.cap !== null);
  return (
    <Sheet title="Spend by plan year" eyebrow="4 · Money over time" className="bp-years">
      <p className="bp-lead">
        The {summary.fundedCount} funded candidates, plan year by plan year (12 months from {p.planMonth(1)}). Investment counts in the year it is spent, after
        the horizon too, as the budget and the yearly caps count it. Run cost and benefits count within the {horizon}-month horizon; benefits assume every
        funded candidate reaches production (unrisked). Investment P90: the investment {planStarted(model.risk.today) ? 'still to come ' : ''}that
        year stays under it in 90% of {p.number(model.risk.trials)} simulated trials (seed {model.risk.seed}).
      </p>
      <table className="bp-table bp-table--years">
        <caption>Funded set per plan year{anyCap ? ', against the yearly caps' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Plan year</th>
            {AMOUNTS.map((a) => (
              <Fragment key={a.key}>
                <th scope="col" className="num">
                  {a.label}
                </th>
                {a.key === 'investment' ? (
                  <th scope="col" className="num">
                    Investment P90
                  </th>
                ) : null}
              </Fragment>
            ))}
            <th scope="col" className="num">
              Cap
            </th>
            <th scope="col" className="num">
              Headroom
            </th>
          </tr>
        </thead>
        <tbody>
          {byYear.years.map((y, i) => {
            const note = horizonNote(y, horizon);
            const over = y.headroom !== null && y.headroom < 0;
            return (
              <tr key={y.year} className={over ? 'bp-row--over' : undefined}>
                <th scope="row">
                  <span className="bp-nowrap">{p.planYear(y.year)}</span>
                  <span className="bp-years__months">
                    year {y.year}, months {y.firstMonth}–{y.lastMonth}
                  </span>
                  {note ? <span className="bp-years__note">{note}</span> : null}
                </th>
                {AMOUNTS.map((a) => (
                  <Fragment key={a.key}>
                    <td className="num">{p.money(y[a.key])}</td>
                    {a.key === 'investment' ? <td className="num">{simulatedMoney(model.risk.funded.spendP90ByYear[i], p)}</td> : null}
                  </Fragment>
                ))}
                <td className="num">{y.cap === null ? 'no cap' : p.money(y.cap)}</td>
                <td className="num">{y.headroom === null ? '—' : p.headroom(y.headroom)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {AMOUNTS.map((a) => (
              <Fragment key={a.key}>
                <td className="num">{p.money(byYear.totals[a.key])}</td>
                {a.key === 'investment' ? <td /> : null}
              </Fragment>
            ))}
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="bp-years__run">
        Once all of it is live, the funded set costs <strong>{p.money(byYear.annualRunCost)} a year</strong> to run ({p.money(byYear.monthlyRunCost)} a month):
        model and API usage, seats, infrastructure and support, for as long as it runs.
      </p>
    </Sheet>
  );
}
