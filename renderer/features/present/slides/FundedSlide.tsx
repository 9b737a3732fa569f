import { YearView } from '@renderer/features/portfolio/YearView';
import { fundingMessage } from '@shared/portfolio';
import type { DeckInput } from '../deck';

/** Funded candidates named on the screen before "and N more". */
export const FUNDED_NAMED = 8;

/** The answer: what the funded set asks and returns, the candidates by name in rank order, and its money by plan year. */
export function FundedSlide({ input, fundedIds }: { input: DeckInput; fundedIds: ReadonlySet<string> }) {
  const { rows, funding, summary, byYear, plan, present: p } = input;
  if (!funding || !summary) return <p className="present__empty" role="status">Working out the best funded set…</p>;
  const funded = rows.filter((r) => fundedIds.has(r.useCase.id));
  const named = funded.slice(0, funded.length > FUNDED_NAMED ? FUNDED_NAMED - 1 : FUNDED_NAMED);
  return (
    <div className="present-funded">
      <dl className="present-funded__figures" aria-label="The funded set in figures">
        <div className="present-figure">
          <dt>Investment asked</dt>
          <dd>
            <span className="present-figure__value">{p.money(summary.totalInvestment)}</span>
            <span className="present-figure__detail">of a {p.money(plan.budget)} budget</span>
          </dd>
        </div>
        <div className={`present-figure present-figure--${summary.expectedNpv >= 0 ? 'positive' : 'negative'}`}>
          <dt>Expected NPV</dt>
          <dd>
            <span className="present-figure__value">{p.money(summary.expectedNpv)}</span>
          </dd>
        </div>
        <div className="present-figure">
          <dt>Payback</dt>
          <dd>
            <span className="present-figure__value present-figure__value--long">{p.payback(summary.cash.paybackMonth)}</span>
          </dd>
        </div>
        <div className="present-figure">
          <dt>Pilots · last miles</dt>
          <dd>
            <span className="present-figure__value">
              {p.moneyCompact(summary.pilotInvestment)} · {p.moneyCompact(summary.lastMileInvestment)}
            </span>
            <span className="present-figure__detail">each last mile released at its pilot’s gate</span>
          </dd>
        </div>
      </dl>
      <div className="present-funded__grid">
        <div>
          <h2 className="present-case__label" id="present-funded-list">
            {funded.length === 0 ? 'Nothing is funded' : `${funded.length} funded, in rank order`}
          </h2>
          {funded.length === 0 ? (
            <p className="present-case__text">{fundingMessage(funding, p)}</p>
          ) : (
            <ol className="present-funded__list" aria-labelledby="present-funded-list">
              {named.map((r) => (
                <li key={r.useCase.id}>{r.useCase.name}</li>
              ))}
              {named.length < funded.length && <li className="present-funded__more">and {funded.length - named.length} more</li>}
            </ol>
          )}
        </div>
        <div className="present-years">
          <YearView byYear={byYear} present={p} />
        </div>
      </div>
    </div>
  );
}
