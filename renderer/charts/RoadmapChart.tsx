import { scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { XAxis, XGrid } from './Axes';
import { monthTicks, planMonthLabel, planRangeLabel } from './calendar';
import { ChartFrame } from './ChartFrame';
import { DEFAULT_CHART_LOCALE, formatCount, len, px } from './format';
import { KIND_LABELS, KindShape, type ChartKind } from './kinds';
import { Legend, RectSwatch, layoutLegend } from './Legend';
import { ChartPatterns, patternFill, usePatternIds } from './patterns';
import { drawnRowCount, fittedHeight, LONG_CHART_ROWS, REST_ROW_ID, RestRow, restLabel, restSentence, splitLongRows } from './longRows';
import { rowLayout } from './rows';
import { SelectableMark } from './SelectableMark';

export interface RoadmapRow {
  id: string;
  label: string;
  /** Plan month in which the pilot starts (1 = planning start month). */
  startMonth: number;
  pilotMonths: number;
  lastMileMonths: number;
  kind: ChartKind;
}

export interface RoadmapChartProps {
  rows: RoadmapRow[];
  horizonMonths: number;
  /** Plan month 1 on the calendar, 'YYYY-MM'. */
  planningStartMonth: string;
  width: number;
  height: number;
  onSelect?: (id: string) => void;
  title?: string;
  locale?: string;
  /** Rows drawn one by one before the rest are summed up in one row (longRows.tsx); the data table lists every row. */
  maxRows?: number;
}

/** Height of a drawn row (what callers size the chart by). */
export const ROADMAP_ROW_PITCH = 30;

const whole = (v: number, min: number): number => (Number.isFinite(v) ? Math.max(min, Math.round(v)) : min);

/** Pilot [s, s+P−1], last mile [s+P, g−1], go-live g = s+P+L (inclusive plan months). */
export function roadmapPhases(row: RoadmapRow): { start: number; pilotMonths: number; lastMileMonths: number; goLive: number } {
  const start = whole(row.startMonth, 1);
  const pilotMonths = whole(row.pilotMonths, 0);
  const lastMileMonths = whole(row.lastMileMonths, 0);
  return { start, pilotMonths, lastMileMonths, goLive: start + pilotMonths + lastMileMonths };
}

/**
 * Gantt of each candidate's phases on the calendar: pilot, last mile, then run from go-live; horizon end marked. A long
 * list draws its first `maxRows` rows and sums up the others in a last row: how many, when they start, how many go live.
 */
export function RoadmapChart(props: RoadmapChartProps): ReactNode {
  const { rows: allRows, planningStartMonth, width, onSelect } = props;
  const maxRows = props.maxRows ?? LONG_CHART_ROWS;
  const { shown: rows, rest } = splitLongRows(allRows, maxRows);
  const locale = props.locale ?? DEFAULT_CHART_LOCALE;
  const title = props.title ?? 'Roadmap of phases';
  const horizon = whole(props.horizonMonths, 1);
  const ids = usePatternIds();
  const month = (m: number): string => planMonthLabel(planningStartMonth, m, locale);
  const allPhases = allRows.map(roadmapPhases);
  const phases = allPhases.slice(0, rows.length);
  const lastMonth = phases.reduce((m, p) => Math.max(m, p.goLive), horizon);
  const legend = layoutLegend(
    [
      { key: 'pilot', label: 'Pilot', swatch: <RectSwatch className="lm-fill--pilot" /> },
      { key: 'last-mile', label: 'Last mile', swatch: <RectSwatch className="lm-fill--last-mile" fill={patternFill(ids.lastMile)} /> },
      { key: 'run', label: 'Run (live)', swatch: <RectSwatch className="lm-fill--run" fill={patternFill(ids.run)} /> },
      { key: 'automation', label: KIND_LABELS.automation, swatch: <KindShape kind="automation" cx={6} cy={6} r={4.5} /> },
      { key: 'value-creation', label: KIND_LABELS['value-creation'], swatch: <KindShape kind="value-creation" cx={6} cy={6} r={4.2} /> },
      ...(allRows.some((r) => r.kind === 'unclassified')
        ? [{ key: 'unclassified', label: KIND_LABELS.unclassified, swatch: <KindShape kind="unclassified" cx={6} cy={6} r={4.5} /> }]
        : []),
    ],
    width - 8,
  );
  const top = legend.height + 22;
  const height = rest.length > 0 ? fittedHeight(props.height, drawnRowCount(allRows.length, maxRows), ROADMAP_ROW_PITCH, top + 36 + 8) : props.height;
  const bottom = height - 36;
  const layout = rowLayout(rest.length > 0 ? [...rows, { id: REST_ROW_ID, label: restLabel(rest.length, locale) }] : rows, width, top, bottom, 0.3, 18);
  const x = scaleLinear().domain([0, lastMonth]).range([layout.labelRight, Math.max(layout.labelRight + 10, width - 12)]);
  const ticks = monthTicks(planningStartMonth, lastMonth, (width - 12 - layout.labelRight) / lastMonth, 34, locale).map((t) => ({
    key: String(t.at),
    x: x(t.at),
    lines: t.year ? [t.month, t.year] : [t.month],
  }));
  const horizonX = x(horizon);
  const horizonLabel = `Horizon end ${month(horizon)}`;

  const describe = (r: RoadmapRow, i: number): string => {
    const p = phases[i]!;
    const parts: string[] = [];
    if (p.pilotMonths > 0) parts.push(`pilot ${planRangeLabel(planningStartMonth, p.start, p.start + p.pilotMonths - 1, locale)}`);
    if (p.lastMileMonths > 0) parts.push(`last mile ${planRangeLabel(planningStartMonth, p.start + p.pilotMonths, p.goLive - 1, locale)}`);
    parts.push(p.goLive > horizon ? `goes live after the horizon (${month(p.goLive)})` : `live from ${month(p.goLive)}`);
    return `${r.label} (${KIND_LABELS[r.kind]}): ${parts.join(', ')}`;
  };
  const live = allPhases.filter((p) => p.goLive <= horizon).length;
  const firstLive = allPhases.length ? allPhases.reduce((m, p) => Math.min(m, p.goLive), Infinity) : null;
  const summary =
    allRows.length === 0
      ? 'No candidates to show.'
      : `${formatCount(allRows.length, locale)} candidates over ${horizon} months from ${month(1)}; ${formatCount(live, locale)} live within the horizon` +
        (firstLive !== null ? `, the first from ${month(firstLive)}.` : '.') +
        restSentence(rows.length, rest.length, locale);
  const restTexts = restWording(allPhases.slice(rows.length), horizon, month, (n) => formatCount(n, locale));

  const marks = rows.map((r, i) => {
    const slot = layout.rows[i]!;
    const p = phases[i]!;
    const xs = x(p.start - 1);
    const xl = x(p.start - 1 + p.pilotMonths);
    const xg = x(p.goLive - 1);
    const xe = x(lastMonth);
    return (
      <SelectableMark key={r.id} id={r.id} label={describe(r, i)} className="lm-roadmap__row" onSelect={onSelect}>
        <rect className="lm-row-hit lm-focus-target" x={1} y={px(slot.rowY + 1)} width={len(width - 2)} height={len(Math.max(1, slot.rowH - 2))} rx={3} />
        {p.pilotMonths > 0 ? <rect className="lm-fill--pilot" x={px(xs)} y={px(slot.y)} width={len(xl - xs)} height={len(slot.h)} /> : null}
        {p.lastMileMonths > 0 ? (
          <rect className="lm-fill--last-mile" fill={patternFill(ids.lastMile)} x={px(xl)} y={px(slot.y)} width={len(xg - xl)} height={len(slot.h)} />
        ) : null}
        {xe > xg ? <rect className="lm-fill--run" fill={patternFill(ids.run)} x={px(xg)} y={px(slot.y)} width={len(xe - xg)} height={len(slot.h)} /> : null}
      </SelectableMark>
    );
  });

  return (
    <ChartFrame
      width={width}
      height={height}
      title={title}
      summary={summary}
      description={`One row per candidate on the calendar: pilot (light), last mile (hatched), then run from go-live (dotted). A circle before the name marks automation, a diamond value creation; the dashed line is the end of the planning horizon.${rest.length > 0 ? ' The last row, in italics, sums up the candidates not drawn: when their pilots start and how many go live.' : ''}`}
      className="lm-roadmap"
      defs={<ChartPatterns ids={ids} />}
      table={{
        caption: title,
        columns: ['Candidate', 'Kind', 'Pilot', 'Last mile', 'Go-live'],
        rows: {
          count: allRows.length,
          make: () =>
            allRows.map((r, i) => {
              const p = allPhases[i]!;
              return {
                key: r.id,
                cells: [
                  r.label,
                  KIND_LABELS[r.kind],
                  p.pilotMonths > 0 ? planRangeLabel(planningStartMonth, p.start, p.start + p.pilotMonths - 1, locale) : 'none',
                  p.lastMileMonths > 0 ? planRangeLabel(planningStartMonth, p.start + p.pilotMonths, p.goLive - 1, locale) : 'none',
                  p.goLive > horizon ? `${month(p.goLive)} (after the horizon)` : month(p.goLive),
                ],
              };
            }),
        },
      }}
      locale={locale}
      interactiveMarks={onSelect ? marks : undefined}
      foreground={
        <g className="lm-roadmap__horizon">
          <line x1={px(horizonX)} x2={px(horizonX)} y1={px(top - 6)} y2={px(bottom)} />
          <text x={px(horizonX)} y={px(top - 10)} textAnchor={horizonX > width - 60 ? 'end' : 'middle'}>
            {horizonLabel}
          </text>
        </g>
      }
    >
      <Legend x={4} y={4} layout={legend} />
      <XGrid ticks={ticks} y0={top} y1={bottom} />
      <XAxis y={bottom} x0={x(0)} x1={x(lastMonth)} ticks={ticks} />
      <g className="lm-row-labels">
        {rows.map((r, i) => {
          const slot = layout.rows[i]!;
          return (
            <g key={r.id}>
              <KindShape kind={r.kind} cx={10} cy={slot.mid} r={4.5} />
              <text className="lm-row-label" x={20} y={px(slot.mid)} dy="0.32em">
                {slot.text}
              </text>
            </g>
          );
        })}
        {rest.length > 0 ? (
          <text className="lm-row-label lm-long-rest__label" x={20} y={px(layout.rows[rows.length]!.mid)} dy="0.32em">
            {layout.rows[rows.length]!.text}
          </text>
        ) : null}
      </g>
      {onSelect ? null : marks}
      {rest.length > 0 ? <RestRow slot={layout.rows[rows.length]!} x={x(0)} room={width - 12 - x(0)} texts={restTexts} /> : null}
      {allRows.length === 0 ? (
        <text className="lm-chart__empty" x={px(width / 2)} y={px((top + bottom) / 2)} textAnchor="middle">
          No candidates to show
        </text>
      ) : null}
    </ChartFrame>
  );
}

/** What the summed rows of a long roadmap amount to: when their pilots start, how many go live within the horizon and when. */
function restWording(phases: readonly ReturnType<typeof roadmapPhases>[], horizon: number, month: (m: number) => string, count: (n: number) => string): string[] {
  if (phases.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  let live = 0;
  let lastLive = -Infinity;
  for (const p of phases) {
    first = Math.min(first, p.start);
    last = Math.max(last, p.start);
    if (p.goLive <= horizon) {
      live++;
      lastLive = Math.max(lastLive, p.goLive);
    }
  }
  const starts = first === last ? `start ${month(first)}` : `start ${month(first)} – ${month(last)}`;
  const goLive = live === 0 ? 'none live within the horizon' : `${count(live)} live within the horizon, the last from ${month(lastLive)}`;
  return [`pilots ${starts}; ${goLive}`, `${starts}; ${count(live)} live`];
}
