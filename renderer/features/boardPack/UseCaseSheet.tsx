import { RoiTimelineChart } from '@renderer/charts/RoiTimelineChart';
import { calendarLabel, formatPercent } from '@renderer/format';
import { ClassificationBadge } from '@renderer/features/useCases/ClassificationBadge';
import { phasesOf } from '@renderer/features/useCases/useCaseModel';
import type { CandidateAnalysis } from '@shared/analysis';
import { CLASSIFICATION_LABELS, problemMonthlyCost, type Workspace } from '@shared/domain';
import type { Warning } from '@shared/finance';
import { CostBreakdown } from './CostBreakdown';
import { MonthlyTable } from './MonthlyTable';
import { irrText, money, paybackFigure, roiText } from './packFormat';
import { ReadinessTable } from './ReadinessTable';
import { Figure, Sheet } from './Sheet';

/** Width of the use case's cash chart: the wider column of the page's lower row (7/12 of the 269 mm content box). */
export const USE_CASE_CHART_WIDTH = 570;
const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** One funded use case on its own page: the problem, why it is classified so, what it costs and returns, how ready it is. */
export function UseCaseSheet({ row, index, count, workspace, warnings }: { row: CandidateAnalysis; index: number; count: number; workspace: Workspace; warnings: readonly Warning[] }) {
  const { useCase: uc, problem, metrics, schedule } = row;
  const currency = workspace.currency;
  const checks = warnings.filter((w) => w.severity !== 'blocker');
  const goLive = metrics.goLiveMonth > workspace.horizonMonths ? 'beyond horizon' : calendarLabel(workspace.planningStartMonth, metrics.goLiveMonth);
  const payback = paybackFigure(metrics.paybackMonth, workspace.planningStartMonth);
  return (
    <Sheet title={uc.name} eyebrow={`4 · Funded use case ${index + 1} of ${count} · rank ${row.rank} · score ${row.score.total.toFixed(1)}`} className="bp-usecase">
      <p className="bp-usecase__meta">
        <ClassificationBadge kind={uc.classification.kind} /> <span>{uc.aiPattern}</span>
        {uc.complianceRegimes.length > 0 ? <span>· Compliance: {uc.complianceRegimes.join(', ')}</span> : null}
        <span>
          · Pilot from {calendarLabel(workspace.planningStartMonth, uc.startMonth)}, live {goLive}
        </span>
      </p>
      <dl className="bp-figures bp-figures--strip" aria-label={`${uc.name} in figures`}>
        <Figure label="Investment" value={money(metrics.totalInvestment, currency)} detail={`pilot ${money(metrics.pilotCost, currency)}`} />
        <Figure label="Expected NPV" value={money(metrics.expectedNpv, currency)} detail="risked by readiness" tone={metrics.expectedNpv >= 0 ? 'positive' : 'negative'} />
        <Figure label="NPV (unrisked)" value={money(metrics.npv, currency)} />
        <Figure label="IRR" value={irrText(metrics.irr)} detail="a year" />
        <Figure label="Payback" value={payback.value} {...(payback.detail ? { detail: payback.detail } : {})} />
        <Figure label="ROI" value={roiText(metrics.roi)} detail="over the horizon" />
        <Figure label="P(production)" value={formatPercent(metrics.probability, 0)} detail="from readiness" />
      </dl>
      <div className="bp-usecase__grid">
        <div className="bp-usecase__col">
          <h3>The problem</h3>
          {problem ? (
            <>
              <p className="bp-usecase__problem">{problem.title}</p>
              {problem.statement.trim() ? <p className="bp-text">{problem.statement}</p> : null}
              <p className="bp-small">
                Owner {problem.owner.trim() || 'not named'} · {problem.function.trim() || 'no function'} · {number.format(problem.peopleAffected)} people affected ·
                costs {money(problemMonthlyCost(problem, workspace.labourRate), currency)} a month · importance {problem.strategicImportance} of 5
              </p>
            </>
          ) : (
            <p className="bp-text">Its problem is missing from the workspace.</p>
          )}
          <h3>Classification and rationale</h3>
          <p className="bp-text">
            <strong>{CLASSIFICATION_LABELS[uc.classification.kind]}.</strong> {uc.classification.rationale.trim() || 'No rationale recorded.'}
          </p>
          {uc.description.trim() ? (
            <>
              <h3>What it does</h3>
              <p className="bp-text">{uc.description}</p>
            </>
          ) : null}
        </div>
        <div className="bp-usecase__col">
          <CostBreakdown useCase={uc} currency={currency} />
        </div>
        <div className="bp-usecase__col">
          <MonthlyTable useCase={uc} workspace={workspace} />
          {checks.length > 0 ? (
            <div className="bp-checks">
              <h3>Reviewer checks</h3>
              <ul>
                {checks.map((w) => (
                  <li key={`${w.code}:${w.field}`}>{w.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </div>
      <div className="bp-usecase__lower">
        <ReadinessTable row={row} mapping={workspace.readinessMapping} />
        <div>
          <h3>Cash over the horizon</h3>
          <RoiTimelineChart
            title={`Cumulative net cash: ${uc.name}`}
            cumulative={schedule.cumulative}
            phases={phasesOf(schedule)}
            paybackMonth={metrics.paybackMonth}
            planningStartMonth={workspace.planningStartMonth}
            currency={currency}
            width={USE_CASE_CHART_WIDTH}
            height={170}
          />
        </div>
      </div>
    </Sheet>
  );
}
