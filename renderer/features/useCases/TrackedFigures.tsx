import { useMemo } from 'react';
import type { UseCase, Workspace } from '@shared/domain';
import { todayPlanMonth, trackedMetrics } from '@shared/finance';
import { forwardLabel, NEEDS_EVIDENCE, NOT_ASSESSED, ofPlanTotal, planStarted, stageLabel, TO_FUND_LABEL, wholeLifeFigures, type Presenter } from '@shared/presentation';
import { useTodayMonth } from '@renderer/features/living/today';

/**
 * The saved use case as it stands today, once the plan has started (docs/living-portfolio.md): the forward-looking
 * figures from today (what funding decisions use), what is left to fund, and the whole-life, sunk and committed figures
 * beside them, labelled. Nothing before the plan starts. The form's live figures stay those of the plan as edited.
 */
export function TrackedFigures({ useCase, workspace, present }: { useCase: UseCase; workspace: Workspace; present: Presenter }) {
  const todayMonth = useTodayMonth();
  const today = todayPlanMonth(workspace.planningStartMonth, todayMonth, workspace.horizonMonths);
  const metrics = useMemo(() => trackedMetrics(useCase, workspace, today).metrics, [useCase, workspace, today]);
  if (!planStarted(today)) return null;
  const { living } = metrics;
  const expected = metrics.expectedNpv === null ? (living.needsEvidence ? NEEDS_EVIDENCE : NOT_ASSESSED) : present.money(metrics.expectedNpv);
  const figures = [
    { label: forwardLabel('NPV', present, today), value: present.money(metrics.npv) },
    { label: forwardLabel('Expected NPV', present, today), value: expected },
    { label: forwardLabel('Payback', present, today), value: present.payback(metrics.paybackMonth) },
    { label: TO_FUND_LABEL, value: present.money(living.fundingCost), detail: ofPlanTotal(present.money(metrics.totalInvestment)) },
    ...wholeLifeFigures(living, present),
  ];
  return (
    <section className="uc-tracked" aria-labelledby="uc-tracked-title">
      <h3 id="uc-tracked-title">As it stands today</h3>
      <p className="muted">
        {stageLabel(living.stage)} · saved figures, with the actuals entered before {present.planMonth(today)}
      </p>
      <dl className="metrics uc-metrics">
        {figures.map((f) => (
          <div key={f.label} className="metric">
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
            {'detail' in f && <dd className="metric__detail">{f.detail}</dd>}
          </div>
        ))}
      </dl>
      <h3>The plan as edited</h3>
      <p className="muted">From {present.planMonth(1)}, before actuals: these figures follow the form.</p>
    </section>
  );
}
