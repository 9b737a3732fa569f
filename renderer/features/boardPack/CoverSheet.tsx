import { useId } from 'react';
import type { BoardPackModel } from './boardPackModel';
import { currencyName, longDate } from './packFormat';

/** The first page: what this is, for whom, when, and in which currency. */
export function CoverSheet({ model, preparedOn, withOptions = false }: { model: BoardPackModel; preparedOn: Date; withOptions?: boolean }) {
  const id = useId();
  const { workspace, fundedSummary: summary, rows, present: p } = model;
  const currency = workspace.currency;
  const facts: { label: string; value: string }[] = [
    { label: 'Prepared', value: longDate(preparedOn, p.format) },
    { label: 'Currency', value: `${currency} (${currencyName(currency, p.format)}), whole units` },
    { label: 'Plan', value: `${workspace.horizonMonths} months from ${p.planMonth(1)}` },
    { label: 'Discount rate', value: `${p.percent(workspace.discountRate)} a year` },
  ];
  const contents = ['Executive summary', 'Ranked candidates', 'Portfolio charts', 'Spend by plan year', 'Risk', ...(withOptions ? ['Options'] : []), `Funded use cases (${summary.fundedCount})`, 'Assumptions & method'];
  return (
    <section className="bp-sheet bp-cover" aria-labelledby={id}>
      <div className="bp-cover__band" aria-hidden="true" />
      <div className="bp-cover__body">
        <p className="bp-eyebrow">Board pack · AI use-case portfolio</p>
        <h1 id={id} className="bp-cover__title">
          {workspace.name}
        </h1>
        {workspace.organisation.trim() ? <p className="bp-cover__org">{workspace.organisation}</p> : null}
        <p className="bp-cover__lead">
          {rows.length === 0
            ? 'No candidates have been captured yet.'
            : `Proposal: fund ${summary.fundedCount} of ${rows.length} candidates for ${p.money(summary.totalInvestment)}, with an expected net present value of ${p.money(summary.expectedNpv)}.`}
        </p>
        <dl className="bp-cover__facts">
          {facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        <div className="bp-cover__contents">
          <p className="bp-cover__contents-title">Contents</p>
          <ol>
            {contents.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
