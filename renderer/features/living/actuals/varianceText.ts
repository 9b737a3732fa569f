import { VARIANCE_PHASE_LABELS, type OverrunFlag, type PlanVsActual, type VariancePhase } from '@shared/finance';
import type { Presenter } from '@shared/presentation';

/** "Last mile 18% over plan (threshold 10%)"; "Run cost: $500 spent where the plan had none so far (threshold 10%)". */
export function overrunText(flag: OverrunFlag, present: Presenter): string {
  const phase = VARIANCE_PHASE_LABELS[flag.phase];
  const threshold = present.percent(flag.threshold, 0);
  if (flag.share === null) return `${phase}: ${present.money(flag.actualToDate)} spent where the plan had none so far (threshold ${threshold})`;
  return `${phase} ${present.percent(flag.share, 0)} over plan (threshold ${threshold})`;
}

/** A variance in words: "$3,000 over plan (15.0%)", "$2,000 below plan (20.0%)", "on plan". Benefit reads "more" and "less". */
export function varianceText(v: PlanVsActual, phase: VariancePhase, present: Presenter): string {
  if (Math.abs(v.variance) < 0.005) return 'on plan';
  const [up, down] = phase === 'benefit' ? ['more than planned', 'less than planned'] : ['over plan', 'under plan'];
  const share = v.share === null ? '' : ` (${present.percent(Math.abs(v.share), 1)})`;
  return `${present.money(Math.abs(v.variance))} ${v.variance > 0 ? up : down}${share}`;
}

/** Whether a variance is bad news: spending over plan, or less benefit than planned. */
export function adverse(v: PlanVsActual, phase: VariancePhase): boolean {
  return phase === 'benefit' ? v.variance < -0.005 : v.variance > 0.005;
}
