import { scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { ChartFrame } from './ChartFrame';
import { DEFAULT_CHART_LOCALE, formatShare, moneyFormat, len, px } from './format';
import { KIND_LABELS } from './kinds';
import { ChartPatterns, patternFill, usePatternIds } from './patterns';
import { FONT, textWidth } from './text';

export interface MixTotals {
  count: number;
  /** Money. */
  investment: number;
}

export interface MixChartProps {
  automation: MixTotals;
  valueCreation: MixTotals;
  currency: string;
  width: number;
  height: number;
  title?: string;
  locale?: string;
}

const nonNegative = (v: number): number => (Number.isFinite(v) && v > 0 ? v : 0);

/** Share of the second part in a whole of two parts (0 when both are 0). */
function shareOf(part: number, other: number): number {
  const total = part + other;
  return total > 0 ? part / total : 0;
}

/** Automation vs value creation as two 100% bars: by number of candidates and by investment. */
export function MixChart(props: MixChartProps): ReactNode {
  const { currency, width, height } = props;
  const locale = props.locale ?? DEFAULT_CHART_LOCALE;
  const title = props.title ?? 'Portfolio mix';
  const money = moneyFormat(currency, locale);
  const ids = usePatternIds();
  const a = { count: nonNegative(props.automation.count), investment: nonNegative(props.automation.investment) };
  const v = { count: nonNegative(props.valueCreation.count), investment: nonNegative(props.valueCreation.investment) };
  const bars = [
    {
      key: 'count',
      heading: `By number (${a.count + v.count} candidates)`,
      auto: a.count,
      vc: v.count,
      autoText: `${KIND_LABELS.automation} ${a.count} · ${formatShare(shareOf(a.count, v.count), locale)}`,
      vcText: `${KIND_LABELS['value-creation']} ${v.count} · ${formatShare(shareOf(v.count, a.count), locale)}`,
    },
    {
      key: 'investment',
      heading: `By investment (${money.compact(a.investment + v.investment)})`,
      auto: a.investment,
      vc: v.investment,
      autoText: `${KIND_LABELS.automation} ${money.compact(a.investment)} · ${formatShare(shareOf(a.investment, v.investment), locale)}`,
      vcText: `${KIND_LABELS['value-creation']} ${money.compact(v.investment)} · ${formatShare(shareOf(v.investment, a.investment), locale)}`,
    },
  ];
  const x = scaleLinear().domain([0, 1]).range([8, width - 8]);
  const block = (height - 8) / 2;
  const fitsOnOneLine = bars.every((b) => textWidth(b.autoText, FONT.tick) + textWidth(b.vcText, FONT.tick) + 44 <= width - 16);
  const barH = Math.max(8, Math.min(28, block - (fitsOnOneLine ? 40 : 54)));
  const summary =
    a.count + v.count === 0
      ? 'No candidates to show.'
      : `Value creation is ${formatShare(shareOf(v.count, a.count), locale)} of candidates (${v.count} of ${a.count + v.count}) and ${formatShare(shareOf(v.investment, a.investment), locale)} of investment (${money.full(v.investment)} of ${money.full(a.investment + v.investment)}).`;

  return (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description="Two bars, each the whole portfolio: the solid part is automation, the hatched part value creation; the top bar counts candidates, the bottom bar sums investment."
      className="lm-mix"
      defs={<ChartPatterns ids={ids} />}
      table={{
        caption: title,
        columns: ['Kind', 'Candidates', 'Share of candidates', 'Investment', 'Share of investment'],
        rows: [
          { key: 'automation', cells: [KIND_LABELS.automation, String(a.count), formatShare(shareOf(a.count, v.count), locale), money.full(a.investment), formatShare(shareOf(a.investment, v.investment), locale)] },
          { key: 'value-creation', cells: [KIND_LABELS['value-creation'], String(v.count), formatShare(shareOf(v.count, a.count), locale), money.full(v.investment), formatShare(shareOf(v.investment, a.investment), locale)] },
        ],
      }}
    >
      {bars.map((b, i) => {
        const top = 4 + i * block;
        const barY = top + 20;
        const split = x(shareOf(b.auto, b.vc));
        const empty = b.auto + b.vc === 0;
        const labelY = barY + barH + 15;
        const vcY = fitsOnOneLine ? labelY : labelY + 15;
        return (
          <g key={b.key} className={`lm-mix__bar lm-mix__bar--${b.key}`}>
            <text className="lm-mix__heading" x={8} y={px(top + 12)}>
              {b.heading}
            </text>
            {empty ? (
              <rect className="lm-mix__empty" x={px(x(0))} y={px(barY)} width={len(x(1) - x(0))} height={len(barH)} />
            ) : (
              <>
                <rect className="lm-fill--automation" x={px(x(0))} y={px(barY)} width={len(split - x(0))} height={len(barH)} />
                <rect className="lm-fill--value-creation" fill={patternFill(ids.valueCreation)} x={px(split)} y={px(barY)} width={len(x(1) - split)} height={len(barH)} />
              </>
            )}
            <rect className="lm-fill--automation" x={8} y={px(labelY - 9)} width={10} height={10} />
            <text x={22} y={px(labelY)}>
              {b.autoText}
            </text>
            <rect className="lm-fill--value-creation" fill={patternFill(ids.valueCreation)} x={px(width - 18)} y={px(vcY - 9)} width={10} height={10} />
            <text x={px(width - 22)} y={px(vcY)} textAnchor="end">
              {b.vcText}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
