import { scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS, type LastMileCategory } from '@shared/domain';
import { ChartFrame } from './ChartFrame';
import { DEFAULT_CHART_LOCALE, formatMultiple, moneyFormat, len, px } from './format';
import { ChartPatterns, patternFill, usePatternIds } from './patterns';
import { rowLayout } from './rows';
import { FONT, textWidth } from './text';

export interface CostBreakdownBarProps {
  /** Last-mile cost per category (money). */
  costs: Record<LastMileCategory, number>;
  /** Pilot cost (money), drawn first for comparison. */
  pilot: number;
  currency: string;
  width: number;
  height: number;
  title?: string;
  locale?: string;
}

const nonNegative = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) && v > 0 ? v : 0);

/** Small bar chart: the pilot, then the last mile by its eight categories, on one money scale. */
export function CostBreakdownBar(props: CostBreakdownBarProps): ReactNode {
  const { costs, currency, width, height } = props;
  const locale = props.locale ?? DEFAULT_CHART_LOCALE;
  const title = props.title ?? 'Last-mile cost by category';
  const money = moneyFormat(currency, locale);
  const ids = usePatternIds();
  const pilot = nonNegative(props.pilot);
  const items = [
    { id: 'pilot', label: 'Pilot', value: pilot },
    ...LAST_MILE_CATEGORIES.map((c) => ({ id: c, label: LAST_MILE_CATEGORY_LABELS[c], value: nonNegative(costs[c]) })),
  ];
  const lastMile = items.slice(1).reduce((s, i) => s + i.value, 0);
  const headline = `Last mile ${money.compact(lastMile)}${pilot > 0 ? ` = ${formatMultiple(lastMile / pilot)} the pilot (${money.compact(pilot)})` : ''}`;
  const valueWidth = Math.max(...items.map((i) => textWidth(money.compact(i.value), FONT.tick))) + 10;
  const layout = rowLayout(items, width, 22, height - 4, 0.45, 4);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...items.map((i) => i.value))])
    .range([layout.labelRight, Math.max(layout.labelRight + 10, width - valueWidth - 4)]);
  const zeroCategories = items.slice(1).filter((i) => i.value === 0).map((i) => i.label);
  const summary =
    `Pilot ${money.full(pilot)}; last mile ${money.full(lastMile)}${pilot > 0 ? `, ${formatMultiple(lastMile / pilot)} the pilot` : ''}. ` +
    (zeroCategories.length ? `No cost entered for: ${zeroCategories.join(', ')}.` : 'Every category has a cost.');

  return (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description="The first bar is the pilot; the hatched bars split the last mile into its eight kinds of work, on the same scale."
      className="lm-breakdown"
      defs={<ChartPatterns ids={ids} />}
      table={{
        caption: title,
        columns: ['Item', 'Cost', 'Share of last mile'],
        rows: items.map((i) => ({
          key: i.id,
          cells: [i.label, money.full(i.value), i.id === 'pilot' ? '—' : lastMile > 0 ? `${Math.round((i.value / lastMile) * 100)}%` : '0%'],
        })),
      }}
    >
      <text className="lm-breakdown__headline" x={4} y={13}>
        {headline}
      </text>
      {items.map((item, i) => {
        const slot = layout.rows[i]!;
        const end = x(item.value);
        return (
          <g key={item.id} className={`lm-breakdown__row lm-breakdown__row--${item.id}`}>
            <text className="lm-row-label" x={px(layout.labelRight - 10)} y={px(slot.mid)} dy="0.32em" textAnchor="end">
              {slot.text}
            </text>
            {item.id === 'pilot' ? (
              <rect className="lm-fill--pilot" x={px(x(0))} y={px(slot.y)} width={len(end - x(0))} height={len(slot.h)} />
            ) : (
              <rect className="lm-fill--last-mile" fill={patternFill(ids.lastMile)} x={px(x(0))} y={px(slot.y)} width={len(end - x(0))} height={len(slot.h)} />
            )}
            <text className={item.value === 0 ? 'lm-breakdown__value lm-breakdown__value--zero' : 'lm-breakdown__value'} x={px(end + 5)} y={px(slot.mid)} dy="0.32em">
              {money.compact(item.value)}
            </text>
          </g>
        );
      })}
      <line className="lm-breakdown__baseline" x1={px(x(0))} x2={px(x(0))} y1={22} y2={px(height - 4)} />
    </ChartFrame>
  );
}
