import { RoiTimelineChart } from '@renderer/charts/RoiTimelineChart';
import { ClassificationBadge } from '@renderer/features/useCases/ClassificationBadge';
import { phasesOf } from '@renderer/features/useCases/useCaseModel';
import type { CandidateAnalysis } from '@shared/analysis';
import { classificationLabel, problemMonthlyCost, suggestClassification, type Problem, type UseCase, type Workspace } from '@shared/domain';
import type { Warning } from '@shared/finance';
import { forwardLabel, NEEDS_EVIDENCE, NOT_ASSESSED, NOT_GIVEN, ofPlanTotal, planStarted, stageLabel, TO_FUND_LABEL, wholeLifeFigures, type Presenter } from '@shared/presentation';
import { CostBreakdown } from './CostBreakdown';
import { MonthlyTable } from './MonthlyTable';
import { ReadinessTable } from './ReadinessTable';
import { riskRangeText } from './riskText';
import { Figure, Sheet } from './Sheet';
import type { CaseOutcome } from '@shared/uncertainty/simulate';

/** Width of the use case's cash chart: the wider column of the page's lower row (7/12 of the 269 mm content box). */
export const USE_CASE_CHART_WIDTH = 570;

/**
 * Why it is classified so: the team's rationale; without one, the rubric's reasons when the classification follows
 * the rubric; "No rationale given" only when it was chosen with no rubric suggestion to follow or to overrule.
 */
function rationaleText(uc: UseCase): string {
  const { kind, rubric, rationale } = uc.classification;
  if (rationale.trim()) return rationale;
  if (kind === null) return 'The classification rubric is not answered yet; it counts in neither the automation nor the value-creation share.';
  const suggestion = suggestClassification(rubric);
  if (suggestion && suggestion.kind === kind) return `As the rubric suggests: ${suggestion.reasons.join(' ')}`;
  return 'No rationale given.';
}

/** The problem's size in one line; figures nobody gave print "not given", never 0. */
function problemFacts(problem: Problem, workspace: Workspace, p: Presenter): string {
  const cost = problemMonthlyCost(problem, workspace.labourRate);
  return [
    `Owner ${problem.owner.trim() || 'not named'}`,
    problem.function.trim() || 'no function',
    problem.peopleAffected === null ? `people affected ${NOT_GIVEN}` : `${p.number(problem.peopleAffected, 0)} people affected`,
    cost === null ? `monthly cost ${NOT_GIVEN}` : `costs ${p.money(cost)} a month`,
    `importance ${problem.strategicImportance} of 5`,
  ].join(' · ');
}

/** One funded use case on its own page: the problem, why it is classified so, what it costs and returns, how ready it is. */
export function UseCaseSheet({
  row,
  index,
  count,
  workspace,
  present: p,
  warnings,
  outcome,
}: {
  row: CandidateAnalysis;
  index: number;
  count: number;
  workspace: Workspace;
  present: Presenter;
  warnings: readonly Warning[];
  /** The use case's simulated NPV from today (the pack's risk run), beside its figures. */
  outcome?: CaseOutcome | undefined;
}) {
  const { useCase: uc, problem, metrics, schedule } = row;
  const kind = uc.classification.kind;
  const checks = warnings.filter((w) => w.severity !== 'blocker');
  const goLive = metrics.goLiveMonth > workspace.horizonMonths ? 'beyond horizon' : p.planMonth(metrics.goLiveMonth);
  const enpv = metrics.expectedNpv;
  // Once the plan has started: figures from today (labelled), what is left to fund, and the whole-life ones under them.
  const { living } = metrics;
  const started = planStarted(living.today);
  const fwd = (label: string) => forwardLabel(label, p, living.today);
  const wholeLife = wholeLifeFigures(living, p);
  const smallLine = [
    ...(outcome && !outcome.notAssessed ? [`Simulated ${fwd('NPV')}: ${riskRangeText(outcome, p)}, chance above 0 ${p.percent(outcome.probPositive, 0)}`] : []),
    ...wholeLife.map((f) => `${f.label} ${f.value}`),
  ];
  return (
    <Sheet title={uc.name} eyebrow={`5 · Funded use case ${index + 1} of ${count} · rank ${row.rank} · score ${p.number(row.score.total, 1)}`} className={started ? 'bp-usecase bp-usecase--under-way' : 'bp-usecase'}>
      <p className="bp-usecase__meta">
        <ClassificationBadge kind={kind} /> <span>{uc.aiPattern}</span>
        {uc.complianceRegimes.length > 0 ? <span>· Compliance: {uc.complianceRegimes.join(', ')}</span> : null}
        <span>
          · Pilot from {p.planMonth(uc.startMonth)}, live {goLive}
        </span>
        {living.stage !== 'idea' ? <span>· {stageLabel(living.stage)}</span> : null}
      </p>
      <dl className="bp-figures bp-figures--strip" aria-label={`${uc.name} in figures`}>
        {started ? (
          <Figure label={TO_FUND_LABEL} value={p.money(living.fundingCost)} detail={ofPlanTotal(p.money(metrics.totalInvestment))} />
        ) : (
          <Figure label="Investment" value={p.money(metrics.totalInvestment)} detail={`pilot ${p.money(metrics.pilotCost)}`} />
        )}
        <Figure
          label={fwd('Expected NPV')}
          value={enpv === null ? (living.needsEvidence ? NEEDS_EVIDENCE : NOT_ASSESSED) : p.money(enpv)}
          detail={enpv === null ? `the funding counts its pilot: ${p.money(metrics.npvPilot)}` : 'risked by readiness'}
          {...(enpv === null ? {} : { tone: enpv >= 0 ? ('positive' as const) : ('negative' as const) })}
        />
        <Figure label={`${fwd('NPV')} (unrisked)`} value={p.money(metrics.npv)} />
        <Figure label={fwd('IRR')} value={p.irr(metrics.irr)} detail="a year" />
        <Figure label={fwd('Payback')} value={p.payback(metrics.paybackMonth)} />
        <Figure label={fwd('ROI')} value={p.roi(metrics.roi)} detail={started ? 'to the horizon' : 'over the horizon'} />
        <Figure label="P(production)" value={p.probability(metrics.probability)} detail={living.probabilitySource === 'pilot-evidence' ? 'from the pilot’s evidence' : 'from readiness'} />
      </dl>
      {smallLine.length > 0 ? <p className="bp-small">{smallLine.join(' · ')}</p> : null}
      <div className="bp-usecase__grid">
        <div className="bp-usecase__col">
          <h3>The problem</h3>
          {problem ? (
            <>
              <p className="bp-usecase__problem">{problem.title}</p>
              {problem.statement.trim() ? <p className="bp-text">{problem.statement}</p> : null}
              <p className="bp-small">{problemFacts(problem, workspace, p)}</p>
            </>
          ) : (
            <p className="bp-text">Its problem is missing from the workspace.</p>
          )}
          <h3>Classification and rationale</h3>
          <p className="bp-text">
            <strong>{classificationLabel(kind)}.</strong> {rationaleText(uc)}
          </p>
          {uc.description.trim() ? (
            <>
              <h3>What it does</h3>
              <p className="bp-text">{uc.description}</p>
            </>
          ) : null}
        </div>
        <div className="bp-usecase__col">
          <CostBreakdown useCase={uc} present={p} />
        </div>
        <div className="bp-usecase__col">
          <MonthlyTable useCase={uc} workspace={workspace} present={p} />
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
        <ReadinessTable row={row} mapping={workspace.readinessMapping} present={p} />
        <div>
          <h3>{schedule.actual.some(Boolean) ? 'Cash, whole life: actuals solid, plan and forecast dashed' : started ? 'Cash over the horizon, whole life (actuals before today)' : 'Cash over the horizon'}</h3>
          <RoiTimelineChart
            title={`Cumulative net cash: ${uc.name}`}
            cumulative={schedule.cumulative}
            phases={phasesOf(schedule)}
            paybackMonth={living.wholeLife.paybackMonth}
            planningStartMonth={workspace.planningStartMonth}
            currency={workspace.currency}
            width={USE_CASE_CHART_WIDTH}
            height={started ? 130 : 170}
            actual={schedule.actual}
            today={schedule.today}
          />
        </div>
      </div>
    </Sheet>
  );
}
