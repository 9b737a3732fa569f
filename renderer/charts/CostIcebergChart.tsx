import { scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { XAxis, XGrid } from './Axes';
import { ChartFrame } from './ChartFrame';
import { DEFAULT_CHART_LOCALE, formatCount, formatMultiple, moneyFormat, len, px } from './format';
import { Legend, RectSwatch, layoutLegend } from './Legend';
import { ChartPatterns, patternFill, usePatternIds } from './patterns';
import { drawnRowCount, fittedHeight, LONG_CHART_ROWS, REST_ROW_ID, RestRow, restLabel, restSentence, splitLongRows } from './longRows';
import { rowLayout } from './rows';
import { SelectableMark } from './SelectableMark';
import { FONT, textWidth } from './text';

export interface CostIcebergRow {
  id: string;
  label: string;
  /** Pilot cost (money). */
  pilot: number;
  /** Last-mile cost (money). */
  lastMile: number;
}

export interface CostIcebergChartProps {
  rows: CostIcebergRow[];
  currency: string;
  width: number;
  height: number;
  onSelect?: (id: string) => void;
  title?: string;
  locale?: string;
  /** Rows drawn one by one before the rest are added up in one row (longRows.ts); the data table lists every row. */
  maxRows?: number;
}

/** Height of a drawn row (what callers size the chart by: a row of the iceberg is this tall). */
export const ICEBERG_ROW_PITCH = 34;

const nonNegative = (v: number): number => (Number.isFinite(v) && v > 0 ? v : 0);

/** Last mile ÷ pilot, or null when there is no pilot cost to compare with. */
export function lastMileMultiple(pilot: number, lastMile: number): number | null {
  return nonNegative(pilot) > 0 ? nonNegative(lastMile) / nonNegative(pilot) : null;
}

/**
 * The cost iceberg: per candidate, the pilot (the visible tip) stacked with the last mile (the mass
 * below the waterline) on one horizontal bar, labelled with the total and the last-mile multiple. A long list draws
 * its first `maxRows` rows and adds up the others in a last row that says how many it holds and what they cost.
 */
export function CostIcebergChart(props: CostIcebergChartProps): ReactNode {
  const { rows, currency, width, onSelect } = props;
  const maxRows = props.maxRows ?? LONG_CHART_ROWS;
  const { shown, rest } = splitLongRows(rows, maxRows);
  const locale = props.locale ?? DEFAULT_CHART_LOCALE;
  const title = props.title ?? 'Pilot vs last mile: the cost iceberg';
  const money = moneyFormat(currency, locale);
  const ids = usePatternIds();
  const legend = layoutLegend(
    [
      { key: 'pilot', label: 'Pilot (the visible tip)', swatch: <RectSwatch className="lm-fill--pilot" /> },
      { key: 'last-mile', label: 'Last mile to production (below the waterline)', swatch: <RectSwatch className="lm-fill--last-mile" fill={patternFill(ids.lastMile)} /> },
    ],
    width - 8,
  );
  const annotations = shown.map((r) => {
    const m = lastMileMultiple(r.pilot, r.lastMile);
    return `${money.compact(nonNegative(r.pilot) + nonNegative(r.lastMile))} · ${m === null ? 'no pilot' : formatMultiple(m, locale)}`;
  });
  const annotationWidth = Math.max(40, ...annotations.map((a) => textWidth(a, FONT.tick))) + 8;
  const top = legend.height + 10;
  const height = rest.length > 0 ? fittedHeight(props.height, drawnRowCount(rows.length, maxRows), ICEBERG_ROW_PITCH, top + 28 + 6) : props.height;
  const bottom = height - 28;
  const restRow = { id: REST_ROW_ID, label: restLabel(rest.length, locale) };
  const layout = rowLayout(rest.length > 0 ? [...shown, restRow] : shown, width, top, bottom, 0.34, 4);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...shown.map((r) => nonNegative(r.pilot) + nonNegative(r.lastMile)))])
    .nice(4)
    .range([layout.labelRight, Math.max(layout.labelRight + 10, width - annotationWidth - 4)]);
  const ticks = x.ticks(4).map((v) => ({ key: String(v), x: x(v), lines: [money.compact(v)] }));

  const totalPilot = rows.reduce((s, r) => s + nonNegative(r.pilot), 0);
  const totalLastMile = rows.reduce((s, r) => s + nonNegative(r.lastMile), 0);
  const overall = lastMileMultiple(totalPilot, totalLastMile);
  const restPilot = rest.reduce((s, r) => s + nonNegative(r.pilot), 0);
  const restLastMile = rest.reduce((s, r) => s + nonNegative(r.lastMile), 0);
  const restMultiple = lastMileMultiple(restPilot, restLastMile);
  const restTexts = [
    `${rest.length === 1 ? 'pilot' : 'pilots'} ${money.full(restPilot)} + last mile${rest.length === 1 ? '' : 's'} ${money.full(restLastMile)} = ${money.full(restPilot + restLastMile)}${restMultiple === null ? '' : ` (${formatMultiple(restMultiple, locale)} the pilots)`}`,
    `${money.compact(restPilot)} + ${money.compact(restLastMile)} = ${money.compact(restPilot + restLastMile)}${restMultiple === null ? '' : ` · ${formatMultiple(restMultiple, locale)}`}`,
  ];
  // Row labels are drawn outside the buttons (under their hit areas); a button shows only the bars and
  // the annotation, so its name (full label, annotation, exact figures) contains what it shows.
  const describe = (r: CostIcebergRow, i: number): string =>
    `${r.label}: ${annotations[i] ?? ''}; pilot ${money.full(nonNegative(r.pilot))}, last mile ${money.full(nonNegative(r.lastMile))}, total ${money.full(nonNegative(r.pilot) + nonNegative(r.lastMile))}`;
  const summary =
    rows.length === 0
      ? 'No candidates to show.'
      : `${formatCount(rows.length, locale)} candidates: pilots total ${money.full(totalPilot)}, last miles ${money.full(totalLastMile)}${overall === null ? '' : ` (${formatMultiple(overall, locale)} the pilots)`}.` +
        restSentence(shown.length, rest.length, locale);

  const marks = shown.map((r, i) => {
    const slot = layout.rows[i]!;
    const x0 = x(0);
    const xp = x(nonNegative(r.pilot));
    const xl = x(nonNegative(r.pilot) + nonNegative(r.lastMile));
    return (
      <SelectableMark key={r.id} id={r.id} label={describe(r, i)} className="lm-iceberg__row" onSelect={onSelect}>
        <rect className="lm-row-hit lm-focus-target" x={1} y={px(slot.rowY + 1)} width={len(width - 2)} height={len(Math.max(1, slot.rowH - 2))} rx={3} />
        <rect className="lm-fill--pilot" x={px(x0)} y={px(slot.y)} width={len(xp - x0)} height={len(slot.h)} />
        <rect className="lm-fill--last-mile" fill={patternFill(ids.lastMile)} x={px(xp)} y={px(slot.y)} width={len(xl - xp)} height={len(slot.h)} />
        <text className="lm-iceberg__annotation" x={px(xl + 6)} y={px(slot.mid)} dy="0.32em">
          {annotations[i]}
        </text>
      </SelectableMark>
    );
  });

  return (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description={`One bar per candidate: the light part is the pilot, the dark hatched part the last mile to production; the label gives the total and how many times the pilot the last mile costs.${rest.length > 0 ? ' The last row, in italics, adds up the candidates not drawn.' : ''}`}
      className="lm-iceberg"
      defs={<ChartPatterns ids={ids} />}
      table={{
        caption: title,
        columns: ['Candidate', 'Pilot', 'Last mile', 'Total', 'Last mile ÷ pilot'],
        rows: {
          count: rows.length,
          make: () =>
            rows.map((r) => {
              const m = lastMileMultiple(r.pilot, r.lastMile);
              return {
                key: r.id,
                cells: [r.label, money.full(nonNegative(r.pilot)), money.full(nonNegative(r.lastMile)), money.full(nonNegative(r.pilot) + nonNegative(r.lastMile)), m === null ? 'no pilot' : formatMultiple(m, locale)],
              };
            }),
        },
      }}
      locale={locale}
      interactiveMarks={onSelect ? marks : undefined}
    >
      <Legend x={4} y={4} layout={legend} />
      <XGrid ticks={ticks} y0={top} y1={bottom} />
      <XAxis y={bottom} x0={x(0)} x1={x.range()[1] ?? 0} ticks={ticks} />
      <g className="lm-row-labels">
        {layout.rows.map((slot) => (
          <text key={slot.id} className={slot.id === REST_ROW_ID ? 'lm-row-label lm-long-rest__label' : 'lm-row-label'} x={px(layout.labelRight - 10)} y={px(slot.mid)} dy="0.32em" textAnchor="end">
            {slot.text}
          </text>
        ))}
      </g>
      {onSelect ? null : marks}
      {rest.length > 0 ? <RestRow slot={layout.rows[shown.length]!} x={x(0)} room={width - x(0)} texts={restTexts} /> : null}
      {rows.length === 0 ? (
        <text className="lm-chart__empty" x={px(width / 2)} y={px((top + bottom) / 2)} textAnchor="middle">
          No candidates to show
        </text>
      ) : null}
    </ChartFrame>
  );
}
