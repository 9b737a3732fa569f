import { ClassificationBadge } from '@renderer/features/useCases/ClassificationBadge';
import { fundingMessage } from '@shared/portfolio';
import { forwardLabel, fromToday, NOT_ASSESSED, NOT_YET_SPENT, outsideBudgetNote, planStarted, TO_FUND_SHORT, wholeLifeLabel } from '@shared/presentation';
import { TOP_RISKS, type BoardPackModel, type RiskSeverity } from './boardPackModel';
import { FundedReadiness } from './FundedReadiness';
import { InvestmentSplit } from './InvestmentSplit';
import { riskRangeText } from './riskText';
import { Figure, Sheet } from './Sheet';

const SEVERITY_LABELS: Record<RiskSeverity, string> = { blocker: 'Blocker', weak: 'Weak readiness', warning: 'Check' };

function candidates(n: number): string {
  return n === 1 ? '1 candidate' : `${n} candidates`;
}

/** The one page a board member reads: the decision asked, what we fund, what it costs (pilot vs last mile), what it is worth, what could stop it. */
export function SummarySheet({ model }: { model: BoardPackModel }) {
  const { workspace, fundedSummary: summary, funding, funded, risks, rows, plan, present: p } = model;
  const payback = summary.cash.paybackMonth;
  const open = [
    summary.notAssessedCount > 0 ? `${candidates(summary.notAssessedCount)} with readiness not fully assessed (no chance of production yet, not funded unless forced in)` : null,
    summary.unclassifiedCount > 0 ? `${candidates(summary.unclassifiedCount)} not classified (counted in neither share)` : null,
  ].filter((s): s is string => s !== null);
  const otherShares = `automation ${p.percent(summary.automationShare, 0)}, not classified ${p.percent(summary.unclassifiedShare, 0)}`;
  // Once the plan has started: what the budget counts, the money outside it, and forward figures labelled from today.
  const today = summary.today;
  const started = planStarted(today);
  // The counts above take the place of risk lines, and so do the stage lines of a plan under way, so the page holds the list.
  const shown = risks.slice(0, Math.max(0, TOP_RISKS - open.length - (started ? 3 : 0)));
  const outside = outsideBudgetNote(summary, p, today);
  return (
    <Sheet title="Executive summary" eyebrow="1 · The proposal" className="bp-summary">
      <p className="bp-decision">
        <strong>Decision asked of the board.</strong> {model.decision}
      </p>
      <div className="bp-summary__grid">
        <div>
          <dl className="bp-figures" aria-label="Funded portfolio in figures">
            <Figure label="Funded candidates" value={`${summary.fundedCount} of ${rows.length}`} detail={`budget ${p.money(plan.budget)}${started ? `, ${NOT_YET_SPENT}` : ''}`} />
            <Figure
              label={started ? TO_FUND_SHORT : 'Total investment'}
              value={p.money(summary.totalInvestment)}
              detail={started ? outside : 'pilots + last mile'}
            />
            <Figure
              label={forwardLabel('Expected NPV', p, today)}
              value={p.money(summary.expectedNpv)}
              detail={`risked by readiness; unrisked ${p.money(summary.npv)}; simulated ${riskRangeText(model.risk.funded, p)}`}
              tone={summary.expectedNpv >= 0 ? 'positive' : 'negative'}
            />
            <Figure
              label={started ? wholeLifeLabel('Portfolio payback') : 'Portfolio payback'}
              value={payback !== null && payback > 0 ? p.planMonth(payback) : p.payback(payback)}
              detail={`${payback !== null && payback > 0 ? `plan month ${payback}, ` : ''}funded set's cumulative cash`}
            />
            <Figure label="Value-creation share" value={p.percent(summary.valueCreationShare, 0)} detail={`of the funded investment; ${otherShares}`} />
            <Figure label="Candidates with blockers" value={String(summary.blockerCount)} detail="not funded unless forced in" {...(summary.blockerCount > 0 ? { tone: 'negative' as const } : {})} />
          </dl>
          <h3>{started ? TO_FUND_SHORT : 'Total investment'}: pilots vs last mile</h3>
          <InvestmentSplit pilot={summary.pilotInvestment} lastMile={summary.lastMileInvestment} present={p} />
          <p className={`bp-status bp-status--${funding.status}`}>{fundingMessage(funding, p)}</p>
          <h3>The funded set{started ? ` (${fromToday(p, today)})` : ''}</h3>
          {funded.length === 0 ? (
            <p>No candidate is funded under the current budget and rules.</p>
          ) : (
            <table className="bp-table">
              <caption className="visually-hidden">Funded candidates in rank order</caption>
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">Use case</th>
                  <th scope="col">Type</th>
                  <th scope="col" className="num">
                    {started ? TO_FUND_SHORT : 'Investment'}
                  </th>
                  <th scope="col" className="num">
                    Expected NPV
                  </th>
                  <th scope="col">Go-live</th>
                </tr>
              </thead>
              <tbody>
                {funded.map((r) => (
                  <tr key={r.useCase.id}>
                    <td>{r.rank}</td>
                    <th scope="row">{r.useCase.name}</th>
                    <td>
                      <ClassificationBadge kind={r.useCase.classification.kind} />
                    </td>
                    <td className="num">{p.money(r.metrics.living.fundingCost)}</td>
                    <td className="num">{r.metrics.expectedNpv === null ? NOT_ASSESSED : p.money(r.metrics.expectedNpv)}</td>
                    <td className="bp-nowrap">{r.metrics.goLiveMonth > workspace.horizonMonths ? 'beyond horizon' : p.planMonth(r.metrics.goLiveMonth)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div className="bp-risks">
          <h3>Top blockers and risks</h3>
          {open.length > 0 ? (
            <ul className="bp-risks__open">
              {open.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          {shown.length === 0 ? (
            <p>No readiness blocker, no weak readiness score and no reviewer warning in the funded set.</p>
          ) : (
            <ol className="bp-risks__list">
              {shown.map((r) => (
                <li key={r.key} className={`bp-risk bp-risk--${r.severity}`}>
                  <span className={`bp-risk__tag bp-risk__tag--${r.severity}`}>{SEVERITY_LABELS[r.severity]}</span>
                  <strong className="bp-risk__name">
                    {r.useCaseName}
                    {r.funded ? '' : ' (not funded)'}
                  </strong>{' '}
                  <span className="bp-risk__text">{r.message}</span>
                </li>
              ))}
            </ol>
          )}
          {risks.length > shown.length ? (
            <p className="bp-muted">…and {risks.length - shown.length} more. Each funded use case's page shows its readiness and reviewer checks in full.</p>
          ) : null}
          <FundedReadiness funded={funded} present={p} />
        </div>
      </div>
    </Sheet>
  );
}
