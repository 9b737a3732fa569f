import type { ExportOptions } from '@shared/export/exportOptions';
import type { Presenter } from '@shared/presentation';
import type { ComparedScenario } from '@shared/scenarios';
import { Sheet } from './Sheet';

/** Candidates whose funding differs between the options, listed by name before the rest are summed up. */
export const OPTION_DIFFERENCES_SHOWN = 14;
/** Names of candidates funded in every option, listed before "and N more". */
const IN_ALL_NAMED = 12;

const BASIS = { likely: 'Likely cost', p90: 'P90 cost' } as const;

function totalsRows(p: Presenter): { key: string; label: string; value: (c: ComparedScenario) => string }[] {
  return [
    { key: 'basis', label: 'Funded against', value: (c) => BASIS[c.costBasis] },
    { key: 'budget', label: 'Budget', value: (c) => p.money(c.budget) },
    { key: 'count', label: 'Funded candidates', value: (c) => String(c.fundedCount) },
    { key: 'investment', label: 'Investment (likely cost)', value: (c) => p.money(c.investment) },
    { key: 'counted', label: 'As the budget counts it', value: (c) => p.money(c.countedInvestment) },
    { key: 'npv', label: 'Expected NPV', value: (c) => p.money(c.expectedNpv) },
    { key: 'share', label: 'Value-creation share', value: (c) => p.percent(c.valueCreationShare, 0) },
    { key: 'payback', label: 'Payback (unrisked)', value: (c) => p.payback(c.paybackMonth) },
  ];
}

/**
 * The options before the board: the pack's plan beside the scenarios chosen for it, each funded as the portfolio page
 * funds it. Totals, spend per plan year, what each scenario changes, and the funded sets with their differences marked.
 */
export function OptionsSheet({ options, present: p }: { options: ExportOptions; present: Presenter }) {
  const { comparison, columns: about } = options;
  const columns = comparison.columns;
  const differences = comparison.candidates.filter((c) => !c.inAll);
  const inAll = comparison.candidates.filter((c) => c.inAll);
  const shown = differences.slice(0, OPTION_DIFFERENCES_SHOWN);
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {columns.map((c) => (
          <th key={c.key} scope="col" className="num">
            {c.name}
          </th>
        ))}
      </tr>
    </thead>
  );
  return (
    <Sheet title="Options: scenarios side by side" eyebrow="4 · Risk and options" className="bp-options">
      <p className="bp-lead">
        The plan of this pack beside {columns.length - 1 === 1 ? 'one scenario' : `${columns.length - 1} scenarios`}, each a set of changes to the same
        workspace, funded under its own budget and rules. {comparison.differenceCount === 0 ? 'Every option funds the same candidates.' : `${comparison.differenceCount} candidates are funded in some options and not in others.`}
      </p>
      <div className="bp-options__grid">
        <div>
          <table className="bp-table bp-table--options">
            <caption>Totals</caption>
            {head('Figure')}
            <tbody>
              {totalsRows(p).map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  {columns.map((c) => (
                    <td key={c.key} className="num">
                      {r.value(c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <table className="bp-table bp-table--options">
            <caption>Investment per plan year</caption>
            {head('Plan year')}
            <tbody>
              {Array.from({ length: comparison.planYears }, (_, i) => (
                <tr key={i}>
                  <th scope="row" className="bp-nowrap">
                    {p.planYear(i + 1)}
                  </th>
                  {columns.map((c) => (
                    <td key={c.key} className="num">
                      {p.money(c.spendByYear[i] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <h3>What each scenario changes</h3>
          <dl className="bp-options__changes">
            {about.slice(1).map((c) => (
              <div key={c.key}>
                <dt>{c.name}</dt>
                <dd>{c.changes.length > 0 ? c.changes.join('; ') : 'Nothing yet: the same as the plan.'}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div>
          <table className="bp-table bp-table--options bp-table--funded-sets">
            <caption>Funded sets: where they differ</caption>
            {head('Use case')}
            <tbody>
              {shown.map((c) => (
                <tr key={c.id} className="bp-row--differs">
                  <th scope="row">{c.name}</th>
                  {c.funded.map((funded, i) => (
                    <td key={columns[i]!.key} className={`num ${funded ? 'bp-funded-yes' : 'bp-funded-no'}`}>
                      {funded ? 'Funded' : 'Not funded'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {differences.length === 0 ? <p className="bp-muted">No difference: every option funds the same set.</p> : null}
          {differences.length > shown.length ? <p className="bp-muted">…and {differences.length - shown.length} more that differ (the workbook lists every one).</p> : null}
          <p className="bp-options__in-all">
            <strong>Funded in every option ({inAll.length}):</strong>{' '}
            {inAll.length === 0
              ? 'none.'
              : `${inAll
                  .slice(0, IN_ALL_NAMED)
                  .map((c) => c.name)
                  .join(', ')}${inAll.length > IN_ALL_NAMED ? ` and ${inAll.length - IN_ALL_NAMED} more` : ''}.`}
          </p>
        </div>
      </div>
    </Sheet>
  );
}
