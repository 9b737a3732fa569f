import type { ReactNode } from 'react';
import { XAxis, YAxis } from './Axes';
import { ChartFrame } from './ChartFrame';
import { CROWD_BUBBLES, CrowdedBubbles } from './CrowdedBubbles';
import { DEFAULT_CHART_LOCALE, formatShare, moneyFormat, len, px } from './format';
import { KIND_LABELS, KindShape } from './kinds';
import { Legend, layoutLegend, type LegendItem } from './Legend';
import { MatrixKey, MatrixOmissions } from './MatrixKey';
import { matrixLayout, ringOffset, SCREEN_LABEL_ALL, type MatrixPoint, type PlacedBubble } from './matrixLayout';
import { QUADRANTS, QUADRANT_LABELS, QUADRANT_SINGULAR } from './quadrants';
import { SelectableMark } from './SelectableMark';

export type { MatrixPoint } from './matrixLayout';

export interface ValueFeasibilityMatrixProps {
  points: MatrixPoint[];
  /** Expected value at or above which a candidate counts as high value. */
  valueThreshold: number;
  /** Feasibility (0..1) at or above which a candidate counts as feasible. */
  feasibilityThreshold: number;
  currency: string;
  width: number;
  height: number;
  onSelect?: (id: string) => void;
  /** Horizontal axis title; default "Feasibility". */
  feasibilityLabel?: string;
  /** Tick, table and label text for a feasibility in 0..1; default a percentage. Ticks sit at 0, ¼, ½, ¾ and 1,
   * so readiness 1..5 rescaled to 0..1 reads back with `(f) => String(1 + 4 * f)`. */
  formatFeasibility?: (feasibility: number) => string;
  /** Vertical axis title; default "Expected value". */
  valueLabel?: string;
  title?: string;
  locale?: string;
  /**
   * 'screen' (default): bubbles are named where the name fits without colliding, numbered otherwise (name on
   * hover and focus, and in a list under the chart). 'print': every bubble carries its number, and a key table
   * under the chart gives each number's full name, funding and figures.
   */
  variant?: 'screen' | 'print';
  /** Heading of the feasibility column of the key; default the axis title. */
  feasibilityKeyLabel?: string;
  /** Lead-in of the list of candidates without a feasibility, under the chart; default "Readiness not assessed". */
  notAssessedText?: string;
}

const LEGEND_ITEMS: LegendItem[] = [
  { key: 'automation', label: KIND_LABELS.automation, swatch: <KindShape kind="automation" cx={6} cy={6} r={5} /> },
  { key: 'value-creation', label: KIND_LABELS['value-creation'], swatch: <KindShape kind="value-creation" cx={6} cy={6} r={4.6} /> },
  { key: 'funded', label: 'Funded', swatch: <circle className="lm-matrix__funded-ring" cx={6} cy={6} r={5} /> },
  { key: 'blocker', label: 'Blocker', swatch: <circle className="lm-matrix__blocker-ring" cx={6} cy={6} r={5} /> },
  { key: 'size', label: 'Size = investment', swatch: <circle className="lm-matrix__size-key" cx={6} cy={6} r={5} /> },
];
const UNCLASSIFIED_ITEM: LegendItem = { key: 'unclassified', label: KIND_LABELS.unclassified, swatch: <KindShape kind="unclassified" cx={6} cy={6} r={5} /> };

/** A bubble's label (and leader line) alone: on a crowded chart every label is drawn above every bubble. */
function BubbleLabelText({ b }: { b: PlacedBubble }): ReactNode {
  const { label } = b;
  if (!label) return null;
  return (
    <>
      {label.leader ? <line className="lm-matrix__leader" x1={px(label.leader.x1)} y1={px(label.leader.y1)} x2={px(label.leader.x2)} y2={px(label.leader.y2)} /> : null}
      <text className={label.kind === 'name' ? 'lm-matrix__label' : `lm-matrix__number${label.inside ? ' lm-matrix__number--inside' : ''}`} x={px(label.x)} y={px(label.y)} textAnchor={label.anchor}>
        {label.text}
      </text>
    </>
  );
}

function Bubble({ b, withLabel = true }: { b: PlacedBubble; withLabel?: boolean }): ReactNode {
  const { kind, funded, blocker } = b.point;
  const { label } = b;
  return (
    <>
      {funded ? <KindShape plain kind={kind} cx={b.cx} cy={b.cy} r={b.r + 3.5} className="lm-matrix__funded-ring" /> : null}
      {blocker ? <KindShape plain kind={kind} cx={b.cx} cy={b.cy} r={b.r + ringOffset(b.point)} className="lm-matrix__blocker-ring" /> : null}
      <KindShape kind={kind} cx={b.cx} cy={b.cy} r={b.r} className="lm-matrix__bubble lm-focus-target" />
      {withLabel && label?.leader ? (
        <line className="lm-matrix__leader" x1={px(label.leader.x1)} y1={px(label.leader.y1)} x2={px(label.leader.x2)} y2={px(label.leader.y2)} />
      ) : null}
      {withLabel && label ? (
        <text
          className={label.kind === 'name' ? 'lm-matrix__label' : `lm-matrix__number${label.inside ? ' lm-matrix__number--inside' : ''}`}
          x={px(label.x)}
          y={px(label.y)}
          textAnchor={label.anchor}
        >
          {label.text}
        </text>
      ) : null}
    </>
  );
}

/** Value (y, money) against feasibility (x, 0..1); bubble area = investment; quadrants split at the thresholds. */
export function ValueFeasibilityMatrix(props: ValueFeasibilityMatrixProps): ReactNode {
  const { points, valueThreshold, feasibilityThreshold, currency, width, height, onSelect } = props;
  const print = props.variant === 'print';
  const locale = props.locale ?? DEFAULT_CHART_LOCALE;
  const title = props.title ?? 'Value vs feasibility';
  const feasibilityLabel = props.feasibilityLabel ?? 'Feasibility';
  const valueLabel = props.valueLabel ?? 'Expected value';
  const money = moneyFormat(currency, locale);
  const formatFeasibility = props.formatFeasibility ?? ((f: number) => formatShare(f, locale));
  // Not classified is in the legend only when some candidate is drawn that way.
  const legend = layoutLegend(points.some((p) => p.kind === 'unclassified') ? [...LEGEND_ITEMS.slice(0, 2), UNCLASSIFIED_ITEM, ...LEGEND_ITEMS.slice(2)] : LEGEND_ITEMS, width - 8);
  const top = legend.height + 24;
  const layout = matrixLayout({
    points,
    valueThreshold,
    feasibilityThreshold,
    currency,
    locale,
    top,
    width,
    height,
    formatFeasibility,
    labels: print ? 'numbers' : 'names',
  });
  const { plot } = layout;
  const notAssessedText = props.notAssessedText ?? 'Readiness not assessed';
  const noValueText = `${valueLabel} not worked out`;
  const omitted = points.length - layout.bubbles.length;
  const crowded = !print && layout.bubbles.length > SCREEN_LABEL_ALL;

  const describe = (b: PlacedBubble): string => {
    const p = b.point;
    const flags = [KIND_LABELS[p.kind], p.funded ? 'funded' : '', p.blocker ? 'blocker' : ''].filter(Boolean).join(', ');
    const shownAs = b.label?.kind === 'number' ? `; number ${b.label.text} on the chart` : '';
    return `${p.label}: ${QUADRANT_SINGULAR[b.quadrant]}; ${feasibilityLabel.toLowerCase()} ${formatFeasibility(p.feasibility)}, ${valueLabel.toLowerCase()} ${money.full(p.value)}, investment ${money.full(p.investment)}; ${flags}${shownAs}`;
  };
  const counts = QUADRANTS.map((q) => {
    const n = layout.bubbles.filter((b) => b.quadrant === q).length;
    return q === 'defer' ? `${n} to defer` : `${n} ${(n === 1 ? QUADRANT_SINGULAR[q] : QUADRANT_LABELS[q]).toLowerCase()}`;
  });
  const funded = points.filter((p) => p.funded).length;
  const blockers = points.filter((p) => p.blocker).length;
  const notShown = omitted > 0 ? ` ${omitted} not on the chart for want of a figure; they are listed under it.` : '';
  const summary =
    points.length === 0
      ? 'No candidates to show.'
      : `${points.length} candidates: ${counts.join(', ')}; ${funded} funded; ${blockers} with a blocker.${notShown} ` +
        `Dividing lines at ${formatFeasibility(feasibilityThreshold)} ${feasibilityLabel.toLowerCase()} and ${money.full(valueThreshold)} ${valueLabel.toLowerCase()}.`;
  // A very crowded screen chart keeps marks of their own for its named bubbles only; the rest share a few paths.
  const shared = crowded && layout.bubbles.length > CROWD_BUBBLES;
  const individual = shared ? layout.bubbles.filter((b) => b.label !== null) : layout.bubbles;
  const marks = individual.map((b) => (
    <SelectableMark key={b.point.id} id={b.point.id} label={describe(b)} className="lm-matrix__point" onSelect={onSelect}>
      <Bubble b={b} withLabel={!shared} />
    </SelectableMark>
  ));

  const unplaced = points.filter((p) => p.feasibility === null || p.value === null);

  const chart = (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description={`Each bubble is a candidate: across, ${feasibilityLabel.toLowerCase()}; up, ${valueLabel.toLowerCase()}; bubble area, investment. Circles are automation, diamonds value creation; a solid ring marks a funded candidate, a dashed red ring a blocker.${print ? ' Each bubble carries its number; the key under the chart names it.' : crowded ? shared
              ? ' With this many candidates only the funded and highest-value ones are named, and only those can be opened from the chart; the table lists them all.'
              : ' With this many candidates only the funded and highest-value ones are named on the chart; every bubble gives its name on hover or focus, and the table lists them all.' : ''}`}
      className="lm-matrix"
      table={{
        caption: title,
        columns: ['Candidate', 'Quadrant', feasibilityLabel, valueLabel, 'Investment', 'Kind', 'Funded', 'Blocker'],
        rows: {
          count: layout.bubbles.length + unplaced.length,
          make: () =>
            layout.bubbles.map((b) => ({
              key: b.point.id,
              cells: [
                b.point.label,
                QUADRANT_SINGULAR[b.quadrant],
                formatFeasibility(b.point.feasibility),
                money.full(b.point.value),
                money.full(b.point.investment),
                KIND_LABELS[b.point.kind],
                b.point.funded ? 'Yes' : 'No',
                b.point.blocker ? 'Yes' : 'No',
              ],
            })).concat(
              unplaced.map((p) => ({
                key: p.id,
                cells: [
                  p.label,
                  'Not on the chart',
                  p.feasibility === null ? 'Not assessed' : formatFeasibility(p.feasibility),
                  p.value === null ? 'Not worked out' : money.full(p.value),
                  money.full(p.investment),
                  KIND_LABELS[p.kind],
                  p.funded ? 'Yes' : 'No',
                  p.blocker ? 'Yes' : 'No',
                ],
              })),
            ),
        },
      }}
      locale={locale}
      interactiveMarks={onSelect ? marks : undefined}
      foreground={
        shared ? (
          <g className="lm-matrix__labels">
            {individual.map((b) => (
              <BubbleLabelText key={b.point.id} b={b} />
            ))}
          </g>
        ) : undefined
      }
    >
      <Legend x={4} y={4} layout={legend} />
      {layout.quickWinArea ? (
        <rect
          className="lm-matrix__quick-wins"
          x={px(layout.quickWinArea.x)}
          y={px(layout.quickWinArea.y)}
          width={len(layout.quickWinArea.width)}
          height={len(layout.quickWinArea.height)}
        />
      ) : null}
      <YAxis x={plot.left} ticks={layout.yTicks} gridTo={plot.right} />
      <text className="lm-axis__title" x={4} y={top - 8}>
        {valueLabel}
      </text>
      <rect className="lm-matrix__frame" x={px(plot.left)} y={px(plot.top)} width={len(plot.right - plot.left)} height={len(plot.bottom - plot.top)} />
      <XAxis y={plot.bottom} x0={plot.left} x1={plot.right} ticks={layout.xTicks} title={feasibilityLabel} />
      {layout.thresholdX !== null ? (
        <line className="lm-matrix__threshold" x1={px(layout.thresholdX)} x2={px(layout.thresholdX)} y1={px(plot.top)} y2={px(plot.bottom)} />
      ) : null}
      {layout.thresholdY !== null ? (
        <line className="lm-matrix__threshold" x1={px(plot.left)} x2={px(plot.right)} y1={px(layout.thresholdY)} y2={px(layout.thresholdY)} />
      ) : null}
      {layout.quadrantLabels.map((q) => (
        <text key={q.quadrant} className={`lm-matrix__quadrant lm-matrix__quadrant--${q.quadrant}`} x={px(q.x)} y={px(q.y)} textAnchor={q.anchor}>
          {q.text}
        </text>
      ))}
      {shared ? <CrowdedBubbles bubbles={layout.bubbles.filter((b) => b.label === null)} /> : null}
      {onSelect ? null : marks}
      {layout.bubbles.length === 0 ? (
        <text className="lm-chart__empty" x={px((plot.left + plot.right) / 2)} y={px((plot.top + plot.bottom) / 2)} textAnchor="middle">
          {points.length === 0 ? 'No candidates to show' : 'No candidate has both figures yet'}
        </text>
      ) : null}
    </ChartFrame>
  );
  return (
    <div className={`lm-matrix-block${print ? ' lm-matrix-block--print' : ''}`}>
      {chart}
      <MatrixOmissions points={unplaced} notAssessedText={notAssessedText} noValueText={noValueText} all={print} />
      <MatrixKey
        bubbles={layout.bubbles}
        form={print ? 'table' : 'list'}
        feasibilityLabel={props.feasibilityKeyLabel ?? feasibilityLabel}
        valueLabel={valueLabel}
        formatFeasibility={formatFeasibility}
        formatValue={money.full}
      />
    </div>
  );
}
