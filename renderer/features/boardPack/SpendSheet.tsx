import { PUBLISHED_CACHE_EXAMPLE_TEXT, PUBLISHED_SEAT_EXAMPLE_TEXT } from '@shared/domain';
import { todayPlanMonth } from '@shared/finance';
import { forwardLabel } from '@shared/presentation';
import { EXPORT_TOKEN_RISE, shareOf } from '@shared/spend';
import type { BoardPackModel } from './boardPackModel';
import { Figure, Sheet } from './Sheet';

const orDash = (v: number | null, f: (x: number) => string) => (v === null ? '—' : f(v));

/**
 * AI spend (docs/spend.md): the organisation's monthly AI spend and where it goes — funded use cases, unfunded ones,
 * none (to the cent, adding up to the total) — seats without a use case, cost per outcome, a +50% token price and what
 * the cache-hit shares save. The same figures as the Spend page, the deck's slide and the workbook's sheet.
 */
export function SpendSheet({ model }: { model: BoardPackModel }) {
  const spend = model.spend;
  if (!spend) return null;
  const p = model.present;
  const s = spend.summary;
  const month = p.calendarMonth(model.todayMonth);
  const npvLabel = forwardLabel('NPV', p, todayPlanMonth(model.workspace.planningStartMonth, model.todayMonth, model.workspace.horizonMonths));
  const rows = [
    { label: 'Serves funded use cases', cents: s.fundedCents },
    { label: 'Serves use cases not funded', cents: s.unfundedCents },
    { label: 'Not tied to a use case', cents: s.noneCents },
  ];
  const o = spend.outcomes.portfolio;
  return (
    <Sheet title="AI spend" eyebrow={`5 · The organisation’s AI spend · as of ${month}`} className="bp-spend">
      <dl className="bp-figures" aria-label="AI spend in figures">
        <Figure label="AI spend a month" value={p.money(s.totalCents / 100)} />
        <Figure label="Serves funded use cases" value={p.percent(shareOf(s.fundedCents, s.totalCents))} detail={p.money(s.fundedCents / 100)} />
        <Figure label="Seats without a use case" value={p.number(s.seatsWithoutUseCase, 0)} detail={`of ${p.number(s.seats, 0)}: ${p.money(s.seatsWithoutUseCaseCents / 100)} a month`} />
        <Figure label="Per hour saved" value={orDash(o.perHour, p.money)} detail="the whole spend ÷ funded hours saved" />
      </dl>
      <table className="bp-table">
        <caption>Where the AI spend goes (spend counts for a use case only where it is linked to it)</caption>
        <thead>
          <tr>
            <th scope="col">Where it goes</th>
            <th scope="col">A month</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{p.money(r.cents / 100)}</td>
              <td>{p.percent(shareOf(r.cents, s.totalCents))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{p.money(s.totalCents / 100)}</td>
            <td>{p.percent(s.totalCents > 0 ? 1 : 0)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="bp-lead">
        Cost per outcome: {orDash(o.perHour, p.money)} per hour saved and {orDash(o.perBenefitDollar, (v) => p.number(v, 2))} per {p.currency} of benefit (the whole spend against the funded use
        cases at full adoption). With token prices {p.percent(EXPORT_TOKEN_RISE, 0)} higher the funded portfolio’s {npvLabel} goes from {p.money(spend.rise.fundedNpvBefore)} to{' '}
        {p.money(spend.rise.fundedNpvAfter)}
        {spend.rise.turnNegative.length === 0 ? ', and no use case turns negative' : `; turning negative: ${spend.rise.turnNegative.map((r) => r.name).join(', ')}`}. The use cases’ cache-hit
        shares save {p.money(spend.cache.all)} a month ({p.money(spend.cache.funded)} in funded use cases).
      </p>
      <p className="bp-muted">
        Sources: {PUBLISHED_SEAT_EXAMPLE_TEXT}; {PUBLISHED_CACHE_EXAMPLE_TEXT}.
      </p>
    </Sheet>
  );
}
