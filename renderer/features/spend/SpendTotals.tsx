import type { Presenter } from '@shared/presentation';
import { shareOf, type SpendSummary } from '@shared/spend';

/**
 * Where the month's AI spend goes: serving funded use cases, unfunded ones, or none; the three add up to the total to
 * the cent. Seats without a use case are counted apart.
 */
export function SpendTotals({ summary, present, month }: { summary: SpendSummary; present: Presenter; month: string }) {
  const rows = [
    { key: 'funded', label: 'Serves funded use cases', cents: summary.fundedCents },
    { key: 'unfunded', label: 'Serves use cases not funded', cents: summary.unfundedCents },
    { key: 'none', label: 'Not tied to a use case', cents: summary.noneCents },
  ];
  return (
    <section className="card spend-totals" aria-labelledby="spend-totals-title">
      <h2 id="spend-totals-title">AI spend in {month}</h2>
      <p className="spend-totals__total">
        Total: <strong data-testid="spend-total">{present.money(summary.totalCents / 100)}</strong> a month
      </p>
      <table className="table">
        <caption className="visually-hidden">Where the AI spend goes</caption>
        <thead>
          <tr>
            <th scope="col">Where it goes</th>
            <th scope="col">Per month</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`spend-${r.key}`}>
              <th scope="row">{r.label}</th>
              <td>{present.money(r.cents / 100)}</td>
              <td>{present.percent(shareOf(r.cents, summary.totalCents))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{present.money(summary.totalCents / 100)}</td>
            <td>{present.percent(summary.totalCents > 0 ? 1 : 0)}</td>
          </tr>
        </tfoot>
      </table>
      <p data-testid="spend-seats">
        {summary.seats === 0
          ? 'No seat licences are paid this month.'
          : `${present.number(summary.seatsWithoutUseCase, 0)} of ${present.number(summary.seats, 0)} seats have no use case behind them: ${present.money(summary.seatsWithoutUseCaseCents / 100)} a month.`}
      </p>
    </section>
  );
}
