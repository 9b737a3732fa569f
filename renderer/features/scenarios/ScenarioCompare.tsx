import { ResponsiveChart } from '@renderer/charts';
import type { Presenter } from '@shared/presentation';
import type { ScenarioComparison } from '@shared/scenarios';
import { ScenarioLinesChart } from './ScenarioLinesChart';

const CHART_HEIGHT = 300;

/**
 * Scenarios side by side (docs/scenarios.md): the headline totals, the funded sets with the differences marked, the
 * money per plan year, and the cumulative cash and efficient frontiers overlaid. Every chart has its data as a table
 * for screen readers.
 */
export function ScenarioCompare({ comparison, present, busy }: { comparison: ScenarioComparison; present: Presenter; busy: boolean }) {
  const { columns, candidates } = comparison;
  const header = (first: string) => (
    <tr>
      <th scope="col">{first}</th>
      {columns.map((c) => (
        <th key={c.key} scope="col" className="num">
          {c.name}
        </th>
      ))}
    </tr>
  );
  // The same names as the board pack's, the deck's and the workbook's options page.
  const totals: [string, (c: (typeof columns)[number]) => string][] = [
    ['Funded candidates', (c) => `${c.fundedCount}`],
    ['Budget', (c) => present.money(c.budget)],
    ['Investment (likely cost)', (c) => present.money(c.investment)],
    ['As the budget counts it', (c) => `${present.money(c.countedInvestment)}${c.costBasis === 'p90' ? ' (P90 cost)' : ''}`],
    ['Expected NPV', (c) => present.money(c.expectedNpv)],
    ['Value-creation share', (c) => `${present.percent(c.valueCreationShare, 0)} of the investment`],
    ['Payback (unrisked)', (c) => present.payback(c.paybackMonth)],
  ];
  const horizon = columns[0]?.cumulativeCash.length ?? 0;
  const cash = columns.map((c) => ({ key: c.key, name: c.name, points: c.cumulativeCash.map((y, i) => ({ x: i + 1, y })) }));
  const frontiers = columns.map((c) => ({ key: c.key, name: c.name, points: (c.frontier ?? []).filter((p) => p.value !== null).map((p) => ({ x: p.budget, y: p.value as number })) }));
  const haveFrontiers = columns.every((c) => c.frontier !== null);
  const money = (v: number, compact: boolean) => (compact ? present.moneyCompact(v) : present.money(v));
  const best = (c: (typeof columns)[number]) => Math.max(0, ...(c.frontier ?? []).map((p) => p.value ?? 0));
  return (
    <section className="card scenario-compare" aria-labelledby="compare-title" aria-busy={busy}>
      <h2 id="compare-title">Side by side</h2>
      <div className="table-scroll">
        <table className="table scenario-totals">
          <caption>Totals of each funded set</caption>
          <thead>{header('Figure')}</thead>
          <tbody>
            {totals.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {columns.map((c) => (
                  <td key={c.key} className="num">
                    {value(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Funded sets</h3>
      <p>
        {comparison.inAllCount} funded in every scenario; {comparison.differenceCount === 0 ? 'no differences.' : `${comparison.differenceCount} funded in only some (marked “Differs”).`}
      </p>
      <div className="table-scroll">
        <table className="table scenario-funded">
          <caption>Which candidates each scenario funds</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.name}
                </th>
              ))}
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr key={c.id} className={c.inAll ? undefined : 'scenario-funded--differs'}>
                <th scope="row">{c.name}</th>
                {c.funded.map((f, i) => (
                  <td key={columns[i]!.key}>{f ? 'Funded' : 'Not funded'}</td>
                ))}
                <td>{c.inAll ? 'In all' : 'Differs'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="table scenario-years">
          <caption>Investment per plan year (pilot + last mile, likely cost)</caption>
          <thead>{header('Plan year')}</thead>
          <tbody>
            {Array.from({ length: comparison.planYears }, (_, y) => (
              <tr key={y}>
                <th scope="row">{present.planYear(y + 1)}</th>
                {columns.map((c) => (
                  <td key={c.key} className="num">
                    {present.money(c.spendByYear[y] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="scenario-charts">
        <div>
          <h3>Cumulative cash of each funded set (unrisked)</h3>
          <ResponsiveChart height={CHART_HEIGHT}>
            {({ width, height }) => (
              <ScenarioLinesChart
                series={cash}
                width={width}
                height={height}
                title="Cumulative cash of each funded set"
                summary={columns.map((c) => `${c.name}: ${present.money(c.cumulativeCash.at(-1) ?? 0)} by the horizon, payback ${present.payback(c.paybackMonth)}`).join('; ')}
                description="One line per scenario: the funded set's net cash added up month by month (unrisked), over the plan's horizon."
                xTitle="Plan month"
                yTitle="Cumulative cash"
                xLabel={(m) => present.planMonth(Math.max(1, Math.min(horizon, Math.round(m))))}
                yLabel={money}
              />
            )}
          </ResponsiveChart>
        </div>
        <div>
          <h3>Efficient frontier: the best expected NPV at each budget</h3>
          {haveFrontiers ? (
            <ResponsiveChart height={CHART_HEIGHT}>
              {({ width, height }) => (
                <ScenarioLinesChart
                  series={frontiers}
                  width={width}
                  height={height}
                  steps
                  title="Efficient frontier of each scenario"
                  summary={columns.map((c) => `${c.name}: at most ${present.money(best(c))} of expected NPV`).join('; ')}
                  description="One step line per scenario: the best expected NPV any allowed set reaches within each budget."
                  xTitle="Budget"
                  yTitle="Best expected NPV"
                  xLabel={(v) => present.moneyCompact(v)}
                  yLabel={money}
                />
              )}
            </ResponsiveChart>
          ) : (
            <p role="status">Drawing the efficient frontiers…</p>
          )}
        </div>
      </div>
    </section>
  );
}
