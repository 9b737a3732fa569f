import type { CashFlowSchedule } from './schedule';

/** How a run of monthly cash flows pays back within the horizon. */
export type PaybackOutcome =
  | { kind: 'paid-back'; month: number }
  | { kind: 'beyond-horizon'; month: null }
  | { kind: 'no-outlay'; month: 0 };

/** Break-even tolerance of payback, relative to the largest monthly flow (at least 1): the workbook writes it into its formulas. */
export const PAYBACK_TOLERANCE = 1e-9;

/**
 * Payback per docs/domain.md: the first plan month (1-based) whose cumulative net cash is ≥ 0 after having been
 * negative; 'beyond-horizon' when it stays negative, or when nothing at all happens within the horizon;
 * 'no-outlay' (month 0) when money comes in and the cumulative is never negative (nothing to pay back).
 * "≥ 0" allows for floating-point dust (1e-9 of the largest flow): a $25,000 pilot spread over 6 months
 * and earned back in one month breaks even exactly, not a month later.
 */
export function payback(cashFlows: readonly number[]): PaybackOutcome {
  let largest = 0;
  for (const f of cashFlows) largest = Math.max(largest, Math.abs(f ?? 0));
  const dust = PAYBACK_TOLERANCE * Math.max(1, largest);
  let cumulative = 0;
  let wasNegative = false;
  let anyIncome = false;
  for (let i = 0; i < cashFlows.length; i++) {
    const flow = cashFlows[i] ?? 0;
    if (flow > 0) anyIncome = true;
    cumulative += flow;
    if (cumulative < -dust) wasNegative = true;
    else if (wasNegative) return { kind: 'paid-back', month: i + 1 };
  }
  if (wasNegative || !anyIncome) return { kind: 'beyond-horizon', month: null };
  return { kind: 'no-outlay', month: 0 };
}

/**
 * Payback month (1-based plan month) of monthly net flows: first month with cumulative ≥ 0 after being negative;
 * null = beyond the horizon; 0 = cumulative never negative (nothing at risk, nothing to pay back; see `payback`).
 */
export function paybackMonth(cashFlows: readonly number[]): number | null {
  return payback(cashFlows).month;
}

/**
 * ROI over the horizon = (benefits − costs) / costs; null when costs are 0 (or so small that the ratio overflows). For a schedule, benefits and costs are
 * gross (benefit vs pilot + last mile + run); for a plain list of net flows, positive flows are benefits and
 * negative flows are costs.
 */
export function roi(input: CashFlowSchedule | readonly number[]): number | null {
  let benefits = 0;
  let costs = 0;
  if (isSchedule(input)) {
    for (let i = 0; i < input.horizon; i++) {
      benefits += input.benefit[i] ?? 0;
      costs += (input.pilot[i] ?? 0) + (input.lastMile[i] ?? 0) + (input.run[i] ?? 0);
    }
  } else {
    for (const cf of input) {
      if (cf > 0) benefits += cf;
      else costs -= cf;
    }
  }
  return roiOf(benefits, costs);
}

/** (benefits − costs) / costs; null when costs are 0 or the ratio overflows. */
export function roiOf(benefits: number, costs: number): number | null {
  if (!(costs > 0)) return null;
  const ratio = (benefits - costs) / costs;
  return Number.isFinite(ratio) ? ratio : null;
}

function isSchedule(input: CashFlowSchedule | readonly number[]): input is CashFlowSchedule {
  return !Array.isArray(input);
}
