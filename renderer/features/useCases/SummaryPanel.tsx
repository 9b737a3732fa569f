import type { ReactNode } from 'react';
import { calendarLabel, formatMoney, formatPercent } from '@renderer/format';
import { READINESS_LABELS, type Workspace } from '@shared/domain';
import type { Warning } from '@shared/finance';
import { formatRatio, paybackLabel, plainMessages, type LiveCase } from './useCaseModel';
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

/** The business case of the form's current values, updated while editing: the figures a CFO asks for, and the ROI timeline. */
export function SummaryPanel({ live, workspace, otherWarnings, saveBar }: { live: LiveCase; workspace: Workspace; otherWarnings: Warning[] | undefined; saveBar: ReactNode }) {
  const money = (v: number) => formatMoney(v, workspace.currency, false, workspace.numberFormat);
  return (
    <aside className="uc-summary card" aria-labelledby="uc-summary-title">
      <h2 id="uc-summary-title">Business case</h2>
      {saveBar}
      {live.ok ? (
        <Figures live={live} workspace={workspace} money={money} />
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

function Figures({ live, workspace, money }: { live: Extract<LiveCase, { ok: true }>; workspace: Workspace; money: (v: number) => string }) {
  const m = live.metrics;
  const start = workspace.planningStartMonth;
  return (
    <>
      <dl className="metrics uc-metrics" aria-live="polite">
        <Metric label="Investment" value={money(m.totalInvestment)} detail={`pilot ${money(m.pilotCost)} + last mile ${money(m.lastMileCost)}`} />
        <Metric label="Last-mile ratio" value={formatRatio(m.lastMileRatio, workspace.numberFormat)} detail="last mile ÷ pilot" />
        <Metric label="Run cost per month" value={money(m.monthlyRunCost)} />
        <Metric label="Monthly net at full adoption" value={money(m.monthlyNetAtFull)} tone={toneOf(m.monthlyNetAtFull)} detail="benefit − run cost" />
        <Metric
          label="Payback"
          value={paybackLabel(m.paybackMonth, start, workspace.numberFormat)}
          detail={m.goLiveMonth <= live.schedule.horizon ? `go-live ${calendarLabel(start, m.goLiveMonth, workspace.numberFormat)}` : 'go-live beyond horizon'}
        />
        <Metric label="NPV" value={money(m.npv)} tone={toneOf(m.npv)} detail={`${workspace.horizonMonths} months at ${formatPercent(workspace.discountRate, 1, workspace.numberFormat)} a year`} />
        <Metric
          label="Expected NPV"
          value={money(m.expectedNpv)}
          tone={toneOf(m.expectedNpv)}
          detail={`p = ${formatPercent(m.probability, 0, workspace.numberFormat)} of reaching production; the pilot is spent either way`}
        />
        <Metric label="IRR" value={formatPercent(m.irr, 1, workspace.numberFormat)} detail="annualised" />
        <Metric label="ROI" value={formatPercent(m.roi, 0, workspace.numberFormat)} detail="over the horizon" />
      </dl>
      {m.blockers.length > 0 && (
        <p className="callout callout--blocker">
          <strong>Blocked:</strong> {m.blockers.map((d) => READINESS_LABELS[d]).join(', ')} scored 1.
        </p>
      )}
      <UseCaseRoiChart schedule={live.schedule} paybackMonth={m.paybackMonth} workspace={workspace} title={`${live.input.name}: cumulative net cash`} />
    </>
  );
}
