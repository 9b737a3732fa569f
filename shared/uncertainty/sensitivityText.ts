import { formatMonths } from '../presentation/format';
import { forwardLabel } from '../presentation/living';
import type { Presenter } from '../presentation/presenter';
import type { BreakEven } from './sensitivityBreakEven';
import type { InputValues, TornadoBar } from './sensitivity';
import type { InputUnit } from './sensitivityModel';

/**
 * The words of a tornado and its break-even values (docs/uncertainty.md, "Sensitivity"), shared by the use-case page,
 * the Risk page and the board pack: an input's value as an amount, an amount a month, or months.
 */

/** One value of an input ("$410K", "$12K a month", "8 months", "+4 months"). */
export function inputValueText(value: number, unit: InputUnit, p: Presenter): string {
  if (unit === 'money') return p.moneyCompact(value);
  if (unit === 'moneyPerMonth') return `${p.moneyCompact(value)} a month`;
  if (unit === 'monthsAdded') return value === 0 ? '+0 months' : `${value > 0 ? '+' : '−'}${formatMonths(Math.abs(value))}`;
  return formatMonths(value);
}

/** An input swung low → high ("$108K → $192K"); for a set whose use cases differ, "each from its low to its high". */
export function swingText(values: InputValues | null, unit: InputUnit, p: Presenter): string {
  if (!values) return 'each use case from its low to its high';
  return `${inputValueText(values.low, unit, p)} → ${inputValueText(values.high, unit, p)}`;
}

/** A bar in one line, for the chart's table and its text summary. */
export function barText(b: TornadoBar, p: Presenter): string {
  return `${b.label} ${swingText(b.values, b.unit, p)}: NPV ${p.moneyCompact(b.npvLow)} → ${p.moneyCompact(b.npvHigh)} (swing ${p.moneyCompact(b.swing)})`;
}

/** "NPV from Mar 2027" once the plan has started, else "NPV" (the set's: "the funded set's NPV"). */
export function npvName(p: Presenter, today: number, set = false): string {
  return `${set ? 'the funded set’s ' : ''}${forwardLabel('NPV', p, today)}`;
}

/**
 * A break-even in a sentence: "Last-mile cost above $456K turns NPV negative (likely $120K)."; "Last-mile duration of 25
 * months or more turns NPV negative (likely 6 months)."; none within reach: "NPV stays positive for any last-mile cost
 * from $0 to $2.4M."
 */
export function breakEvenSentence(b: BreakEven, p: Presenter, today: number, set = false): string {
  const npv = npvName(p, today, set);
  const likely = inputValueText(b.likely, b.unit, p);
  if (b.value === null || b.direction === null) {
    const stays = b.turns === 'negative' ? 'positive' : 'negative';
    const from = inputValueText(b.reach.low, b.unit, p);
    const to = inputValueText(b.reach.high, b.unit, p);
    const subject = set ? b.label.toLowerCase() : `${b.label.charAt(0).toLowerCase()}${b.label.slice(1)}`;
    return `${capitalised(npv)} stays ${stays} for any ${subject} from ${from} to ${to} (likely ${likely}).`;
  }
  const verb = set ? 'turn' : 'turns';
  if (b.unit === 'monthsAdded') {
    const k = Math.abs(b.value);
    const way = b.direction === 'above' ? 'longer' : 'shorter';
    return `${b.label} ${formatMonths(k)} ${way} each, or more, ${verb} ${npv} ${b.turns}.`;
  }
  if (b.unit === 'months') {
    const edge = b.direction === 'above' ? 'or more' : 'or less';
    return `${b.label} of ${formatMonths(b.value)} ${edge} ${verb} ${npv} ${b.turns} (likely ${likely}).`;
  }
  const side = b.direction === 'above' ? 'above' : 'below';
  const total = set ? ' in total' : '';
  const change = b.likely > 0 ? ` (${b.value >= b.likely ? '+' : '−'}${p.percent(Math.abs(b.value / b.likely - 1), 0)})` : '';
  return `${b.label} ${side} ${inputValueText(b.value, b.unit, p)}${total}${set ? change : ''} ${verb} ${npv} ${b.turns} (likely ${likely}).`;
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
