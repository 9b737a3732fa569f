import type { ReactNode } from 'react';
import { READINESS_LABELS, type UseCase, type Workspace } from '@shared/domain';
import type { Warning } from '@shared/finance';
import { NOT_ASSESSED, presenter, type Presenter } from '@shared/presentation';
import { readinessNames } from './readinessGuide';
import { TrackedFigures } from './TrackedFigures';
import { plainMessages, type LiveCase } from './useCaseModel';
import { UseCaseRoiChart } from './UseCaseRoiChart';
import { WarningList } from './WarningList';

function Metric({ label, value, detail, tone }: { label: string; value: string; detail?: ReactNode; tone?: 'positive' | 'negative' | undefined }) {
  return (
    <div className={`metric${tone ? ` metric--${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
      {detail && <dd className="metric__detail">{detail}</dd>}
    </div>
  );
}

const toneOf = (v: number) => (v < 0 ? 'negative' : v > 0 ? 'positive' : undefined);

/**
 * The business case of the form's current values, updated while editing: the figures a CFO asks for, and the ROI
 * timeline. Once the plan has started, the saved record as it stands today comes first (TrackedFigures).
 */
export function SummaryPanel({
  live,
  workspace,
  otherWarnings,
  saveBar,
  stored,
}: {
  live: LiveCase;
  workspace: Workspace;
  otherWarnings: Warning[] | undefined;
  saveBar: ReactNode;
  /** The saved use case (its stage and actuals), shown as it stands today once the plan has started. */
  stored?: UseCase | undefined;
}) {
  const present = presenter(workspace);
  return (
    // Focusable: on a short window the panel scrolls, and a keyboard user must be able to scroll it too.
    <aside className="uc-summary card" aria-labelledby="uc-summary-title" tabIndex={0}>
      <h2 id="uc-summary-title">Business case</h2>
      {saveBar}
      {stored && <TrackedFigures useCase={stored} workspace={workspace} present={present} />}
      {live.ok ? (
        <Figures live={live} workspace={workspace} present={present} />
      ) : (
        <div className="callout callout--warning" role="status">
          <p>The figures wait for valid input. Fix these fields:</p>
          <ul>
            {plainMessages(live.errors).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <WarningList items={otherWarnings} />
    </aside>
  );
}

function Figures({ live, workspace, present }: { live: Extract<LiveCase, { ok: true }>; workspace: Workspace; present: Presenter }) {
  const m = live.metrics;
  const { money } = present;
  return (
    <>
      <dl className="metrics uc-metrics" aria-live="polite">
        <Metric label="Investment" value={money(m.totalInvestment)} detail={`pilot ${money(m.pilotCost)} + last mile ${money(m.lastMileCost)}`} />
        <Metric label="Last-mile ratio" value={present.multiple(m.lastMileRatio)} detail="last mile ÷ pilot" />
        <Metric label="Run cost per month" value={money(m.monthlyRunCost)} />
        <Metric label="Monthly net at full adoption" value={money(m.monthlyNetAtFull)} tone={toneOf(m.monthlyNetAtFull)} detail="benefit − run cost" />
        <Metric
          label="Payback"
          value={present.payback(m.paybackMonth)}
          detail={m.goLiveMonth <= live.schedule.horizon ? `go-live ${present.planMonth(m.goLiveMonth)}` : 'go-live beyond horizon'}
        />
        <Metric label="NPV" value={money(m.npv)} tone={toneOf(m.npv)} detail={`${workspace.horizonMonths} months at ${present.percent(workspace.discountRate, 1)} a year`} />
        {m.expectedNpv === null || m.probability === null ? (
          <Metric label="Expected NPV" value={NOT_ASSESSED} detail={`no chance of production until ${readinessNames(m.notAssessed)} ${m.notAssessed.length === 1 ? 'is' : 'are'} scored`} />
        ) : (
          <Metric
            label="Expected NPV"
            value={money(m.expectedNpv)}
            tone={toneOf(m.expectedNpv)}
            detail={`p = ${present.probability(m.probability)} of reaching production; the pilot is spent either way`}
          />
        )}
        <Metric label="IRR" value={present.irr(m.irr)} detail="annualised" />
        <Metric label="ROI" value={present.roi(m.roi)} detail="over the horizon" />
      </dl>
      {m.notAssessed.length > 0 && (
        <p className="callout callout--warning uc-not-assessed">
          <strong>Readiness not assessed:</strong> {readinessNames(m.notAssessed)} {m.notAssessed.length === 1 ? 'has' : 'have'} no score yet. This candidate is
          not funded until all five readiness dimensions are assessed.
        </p>
      )}
      {m.blockers.length > 0 && (
        <p className="callout callout--blocker">
          <strong>Blocked:</strong> {m.blockers.map((d) => READINESS_LABELS[d]).join(', ')} scored 1.
        </p>
      )}
      <UseCaseRoiChart schedule={live.schedule} paybackMonth={m.paybackMonth} workspace={workspace} title={`${live.input.name}: cumulative net cash`} />
    </>
  );
}
