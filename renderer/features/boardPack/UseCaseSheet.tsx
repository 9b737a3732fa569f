import { RoiTimelineChart } from '@renderer/charts/RoiTimelineChart';
import { calendarLabel, formatPercent } from '@renderer/format';
import { ClassificationBadge } from '@renderer/features/useCases/ClassificationBadge';
import { phasesOf } from '@renderer/features/useCases/useCaseModel';
import type { CandidateAnalysis } from '@shared/analysis';
import { problemMonthlyCost, type Workspace } from '@shared/domain';
import { benefitBreakdown, runCostBreakdown, type Warning } from '@shared/finance';
import { CHART_WIDTH } from './ChartSheets';
import { CostBreakdown } from './CostBreakdown';
import { irrText, money, paybackText, roiText } from './packFormat';
import { ReadinessTable } from './ReadinessTable';
import { Figure, KeyValueTable, Sheet } from './Sheet';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** One funded use case on its own page: the problem, why it is classified so, what it costs and returns, how ready it is. */
export function UseCaseSheet({ row, index, count, workspace, warnings }: { row: CandidateAnalysis; index: number; count: number; workspace: Workspace; warnings: readonly Warning[] }) {
  const { useCase: uc, problem, metrics, schedule } = row;
  const currency = workspace.currency;
  const run = runCostBreakdown(uc.runCost);
  const benefit = benefitBreakdown(uc.benefits, workspace.labourRate);
  const checks = warnings.filter((w) => w.severity !== 'blocker');
  const goLive = metrics.goLiveMonth > workspace.horizonMonths ? 'beyond horizon' : calendarLabel(workspace.planningStartMonth, metrics.goLiveMonth);
  return (
    <Sheet title={uc.name} eyebrow={`4 · Funded use case ${index + 1} of ${count} · rank ${row.rank} · score ${row.score.total.toFixed(1)}`} className="bp-usecase">
      <p className="bp-usecase__meta">
        <ClassificationBadge kind={uc.classification.kind} /> <span>{uc.aiPattern}</span>
        {uc.complianceRegimes.length > 0 ? <span> · Compliance: {uc.complianceRegimes.join(', ')}</span> : null}
        <span> · Starts {calendarLabel(workspace.planningStartMonth, uc.startMonth)}, live {goLive}</span>
      </p>
      <dl className="bp-figures bp-figures--strip" aria-label={`${uc.name} in figures`}>
        <Figure label="Investment" value={money(metrics.totalInvestment, currency)} />
        <Figure label="Expected NPV" value={money(metrics.expectedNpv, currency)} tone={metrics.expectedNpv >= 0 ? 'positive' : 'negative'} />
        <Figure label="NPV (unrisked)" value={money(metrics.npv, currency)} />
        <Figure label="IRR" value={irrText(metrics.irr)} />
        <Figure label="Payback" value={paybackText(metrics.paybackMonth, workspace.planningStartMonth)} />
        <Figure label="ROI" value={roiText(metrics.roi)} />
        <Figure label="P(production)" value={formatPercent(metrics.probability, 0)} />
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
            <strong>{uc.classification.kind === 'automation' ? 'Automation' : 'Value creation'}.</strong>{' '}
            {uc.classification.rationale.trim() || 'No rationale recorded.'}
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
          <KeyValueTable
            caption="Run cost per month once live"
            rows={[
              { key: 'api', label: 'Model / API', value: money(run.modelApi, currency) },
              { key: 'seats', label: `Seats (${number.format(uc.runCost.seats.count)} × ${money(uc.runCost.seats.pricePerMonth, currency)})`, value: money(run.seats, currency) },
              { key: 'infra', label: 'Infrastructure', value: money(run.infrastructure, currency) },
              { key: 'support', label: 'Support & maintenance', value: money(run.support, currency) },
            ]}
            total={{ label: 'Run cost per month', value: money(run.total, currency) }}
          />
        </div>
        <div className="bp-usecase__col">
          <KeyValueTable
            caption={`Benefit per month at full adoption (ramp-up ${uc.benefits.rampUpMonths} months)`}
            rows={[
              { key: 'hours', label: `Hours saved (${number.format(uc.benefits.hoursSavedPerMonth)} h × ${money(workspace.labourRate, currency)})`, value: money(benefit.hours, currency) },
              { key: 'avoided', label: 'Cost avoided', value: money(benefit.costAvoided, currency) },
              { key: 'revenue', label: 'New revenue', value: money(benefit.newRevenue, currency) },
            ]}
            total={{ label: 'Benefit per month', value: money(benefit.total, currency) }}
          />
          <ReadinessTable row={row} mapping={workspace.readinessMapping} />
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
      <RoiTimelineChart
        title={`Cumulative net cash: ${uc.name}`}
        cumulative={schedule.cumulative}
        phases={phasesOf(schedule)}
        paybackMonth={metrics.paybackMonth}
        planningStartMonth={workspace.planningStartMonth}
        currency={currency}
        width={CHART_WIDTH}
        height={210}
      />
    </Sheet>
  );
}
