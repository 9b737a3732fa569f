import { forwardLabel, fromToday, planStarted, type Presenter } from '@shared/presentation';
import { breakEvenSentence, npvName } from '@shared/uncertainty/sensitivityText';
import type { BoardPackModel } from './boardPackModel';
import { riskRangeText } from './riskText';
import { SCurveChart, TornadoBars } from './RiskCharts';
import { Figure, Sheet } from './Sheet';

const CHART_HEIGHT = 270;

/** A simulated amount of a plan year; a year after the horizon is not simulated. */
export function simulatedMoney(value: number | undefined, p: Presenter): string {
  return value === undefined ? 'after the horizon' : p.money(value);
}

/**
 * How sure the figures are: the funded set simulated (its seed and trials stated), its NPV from today at P10 / P50 / P90
 * with the chance it is positive, the S-curve, the tornado with the break-even values of its top drivers, and the
 * investment per plan year at P50 and P90 beside the plan's.
 */
export function RiskSheet({ model }: { model: BoardPackModel }) {
  const { risk, present: p, moneyByYear: byYear, fundedSummary: summary } = model;
  const f = risk.funded;
  const today = risk.today;
  const npvLabel = forwardLabel('NPV', p, today);
  const law = risk.distribution === 'pert' ? 'PERT' : 'triangular';
  if (f.count === 0) {
    return (
      <Sheet title="Risk: how sure are the figures?" eyebrow="4 · Risk and options" className="bp-risk-page">
        <p className="bp-lead">No candidate is funded, so there is no funded set to simulate.</p>
      </Sheet>
    );
  }
  return (
    <Sheet title="Risk: how sure are the figures?" eyebrow="4 · Risk and options" className="bp-risk-page">
      <p className="bp-lead">
        The {f.count} funded use cases simulated {p.number(risk.trials)} times: in each trial every estimate still to come is drawn from its range ({law}), and
        whether each reaches production from its chance of production{risk.sharedOverrun ? '; pilot and last-mile overruns move together' : ''}. Figures from
        today; money already spent is not at risk. <strong>Seed {risk.seed}</strong>: the same seed gives the same answer.
      </p>
      <dl className="bp-figures bp-figures--risk" aria-label="The funded set's risk in figures">
        <Figure label={`${npvLabel} P10 / P50 / P90`} value={riskRangeText(f, p)} detail={`mean ${p.money(f.mean)}; expected NPV of the plan ${p.money(summary.expectedNpv)}`} />
        <Figure label="Chance NPV > 0" value={p.percent(f.probPositive, 0)} detail={`of ${p.number(risk.trials)} trials`} tone={f.probPositive >= 0.5 ? 'positive' : 'negative'} />
        <Figure label="Seed · trials" value={`${risk.seed} · ${p.number(risk.trials)}`} detail="the same seed gives the same answer" />
      </dl>
      <div className="bp-risk-page__charts">
        <div>
          <h3>S-curve of {npvName(p, today, true)}</h3>
          <SCurveChart
            curve={f.curve}
            marks={[
              { label: 'P10', npv: f.p10, share: 0.1 },
              { label: 'P50', npv: f.p50, share: 0.5 },
              { label: 'P90', npv: f.p90, share: 0.9 },
            ]}
            present={p}
            npvLabel={npvLabel}
            width={490}
            height={CHART_HEIGHT}
          />
        </div>
        <div>
          <h3>What moves it most (dark: the input at its high; light: at its low)</h3>
          {risk.tornado && risk.tornado.bars.some((b) => b.swing > 0) ? (
            <TornadoBars tornado={risk.tornado} present={p} npvLabel={npvLabel} width={490} height={CHART_HEIGHT} />
          ) : (
            <p className="bp-muted">No input of the funded set has a range: nothing to swing.</p>
          )}
        </div>
      </div>
      <div className="bp-risk-page__bottom">
        <div>
          <h3>Break-even values</h3>
          {risk.breakEvens.length === 0 ? (
            <p className="bp-muted">No input with a range moves the funded set’s NPV.</p>
          ) : (
            <ul className="bp-risk-page__breakevens">
              {risk.breakEvens.map((b) => (
                <li key={b.key}>{breakEvenSentence(b, p, today, true)}</li>
              ))}
            </ul>
          )}
        </div>
        <table className="bp-table bp-table--risk-years">
          <caption>Investment per plan year: the plan’s, and P50 / P90 {planStarted(today) ? `of what is still to come (${fromToday(p, today)})` : 'of the trials'}</caption>
          <thead>
            <tr>
              <th scope="col">Plan year</th>
              <th scope="col" className="num">
                Plan
              </th>
              <th scope="col" className="num">
                P50
              </th>
              <th scope="col" className="num">
                P90
              </th>
            </tr>
          </thead>
          <tbody>
            {byYear.years.map((y, i) => (
              <tr key={y.year}>
                <th scope="row" className="bp-nowrap">
                  {p.planYear(y.year)}
                </th>
                <td className="num">{p.money(y.investment)}</td>
                <td className="num">{simulatedMoney(f.spendP50ByYear[i], p)}</td>
                <td className="num">{simulatedMoney(f.spendP90ByYear[i], p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Sheet>
  );
}
