import type { Presenter } from '@shared/presentation';

/** Percentiles of a simulated figure in one short line: "P10 −$120K · P50 $1.4M · P90 $2.9M" (compact money). */
export function riskRangeText(o: { p10: number; p50: number; p90: number }, p: Presenter): string {
  return `P10 ${p.moneyCompact(o.p10)} · P50 ${p.moneyCompact(o.p50)} · P90 ${p.moneyCompact(o.p90)}`;
}
