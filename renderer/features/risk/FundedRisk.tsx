import { DistributionChart } from '@renderer/charts/DistributionChart';
import { FanChart } from '@renderer/charts/FanChart';
import { useElementWidth } from '@renderer/components/useElementWidth';
import type { Workspace } from '@shared/domain';
import type { Presenter } from '@shared/presentation';
import type { SimulationResult } from '@shared/uncertainty/simulate';

/**
 * The funded set simulated: its NPV from today at P10 / P50 / P90 and the chance it is above zero, its investment per
 * plan year at P50 and P90 (a budget that holds in nine trials out of ten), the spread of its NPV (histogram and
 * S-curve) and its cumulative cash from today (fan chart).
 */
export function FundedRisk({ result, workspace, present, npvLabel }: { result: SimulationResult; workspace: Workspace; present: Presenter; npvLabel: string }) {
  const { ref, width } = useElementWidth<HTMLElement>();
  const f = result.funded;
  const chartWidth = Math.max(320, Math.min(width, 880));
  if (f.count === 0)
    return (
      <section aria-labelledby="risk-funded" ref={ref}>
        <h2 id="risk-funded">The funded set</h2>
        <p className="empty">No use case is funded, so there is no funded set to simulate. Each use case’s figures are below.</p>
      </section>
    );
  const firstYear = Math.floor((result.today - 1) / 12);
  const years = f.spendP90ByYear.map((p90, y) => ({ y, p50: f.spendP50ByYear[y]!, p90 })).filter((r) => r.y >= firstYear);
  return (
    <section aria-labelledby="risk-funded" ref={ref}>
      <h2 id="risk-funded">
        The funded set ({present.number(f.count, 0)} use {f.count === 1 ? 'case' : 'cases'})
      </h2>
      <dl className="risk-figures">
        <div>
          <dt>P10 {npvLabel}</dt>
          <dd>{present.money(f.p10)}</dd>
        </div>
        <div>
          <dt>P50 {npvLabel}</dt>
          <dd>{present.money(f.p50)}</dd>
        </div>
        <div>
          <dt>P90 {npvLabel}</dt>
          <dd>{present.money(f.p90)}</dd>
        </div>
        <div>
          <dt>Chance {npvLabel} is above zero</dt>
          <dd>{present.percent(f.probPositive, 0)}</dd>
        </div>
      </dl>
      <table className="table risk-years">
        <caption>Investment (pilot and last mile) still to come per plan year</caption>
        <thead>
          <tr>
            <th scope="col">Plan year</th>
            <th scope="col" className="num">
              P50
            </th>
            <th scope="col" className="num">
              P90 (holds in 9 trials out of 10)
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((r) => (
            <tr key={r.y}>
              <th scope="row">{present.planYear(r.y + 1)}</th>
              <td className="num">{present.money(r.p50)}</td>
              <td className="num">{present.money(r.p90)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="risk-charts">
        <h3>How the funded set’s {npvLabel} is spread over the trials</h3>
        <DistributionChart
          sorted={f.sortedNpv}
          percentiles={f}
          currency={workspace.currency}
          locale={workspace.numberFormat}
          width={chartWidth}
          height={300}
          title={`The funded set’s ${npvLabel}`}
          valueLabel={npvLabel}
        />
        <h3>The funded set’s cumulative cash from today: P50, with P10 to P90 shaded</h3>
        <FanChart
          {...f.fan}
          planningStartMonth={workspace.planningStartMonth}
          currency={workspace.currency}
          locale={workspace.numberFormat}
          width={chartWidth}
          height={300}
          title="The funded set’s cumulative cash from today"
          valueLabel="Cumulative cash"
        />
      </div>
    </section>
  );
}
