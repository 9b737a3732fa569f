import { CostIcebergChart, ICEBERG_ROW_PITCH } from '@renderer/charts/CostIcebergChart';
import { drawnRowCount } from '@renderer/charts/longRows';
import { RoadmapChart, ROADMAP_ROW_PITCH } from '@renderer/charts/RoadmapChart';
import { RoiTimelineChart } from '@renderer/charts/RoiTimelineChart';
import { SCREEN_LABEL_ALL, SCREEN_NAMES } from '@renderer/charts/matrixLayout';
import { ValueFeasibilityMatrix } from '@renderer/charts/ValueFeasibilityMatrix';
import { viewModels } from '@renderer/features/portfolio/portfolioViewModels';
import type { BoardPackBase } from './boardPackModel';
import { Sheet } from './Sheet';

/** Chart size on an A4 landscape page (content box 269 mm ≈ 1016 CSS px wide, 182 mm ≈ 688 px high). */
export const CHART_WIDTH = 1000;
const FULL_HEIGHT = 520;
/** Bars per printed page: beyond this the chart continues on the next page (its rows would get too thin). */
export const ICEBERG_ROWS_PER_PAGE = 14;
export const ROADMAP_ROWS_PER_PAGE = 15;
/** Pages a long chart takes at most: its last page draws one row fewer and adds up every candidate left in a last row. */
export const LONG_CHART_PAGES = 2;

/** One printed page of a long chart: the rows it is given and how many of them it draws before adding up the rest. */
interface ChartPage<T> {
  rows: T[];
  maxRows: number;
}

/** Pages of `size` rows; beyond LONG_CHART_PAGES pages, the last page sums up every row left (the chart's rest row). */
export function chartPages<T>(items: readonly T[], size: number): ChartPage<T>[] {
  const out: ChartPage<T>[] = [];
  for (let i = 0; i < items.length; i += size) {
    if (out.length === LONG_CHART_PAGES - 1 && items.length - i > size) {
      out.push({ rows: items.slice(i), maxRows: size - 1 });
      break;
    }
    out.push({ rows: items.slice(i, i + size), maxRows: size });
  }
  return out.length > 0 ? out : [{ rows: [], maxRows: size }];
}

/** Rows a set of pages leaves to a summed row (0 when every row is drawn). */
function summed<T>(pages: readonly ChartPage<T>[]): number {
  const last = pages.at(-1);
  return last && last.rows.length > last.maxRows + 1 ? last.rows.length - last.maxRows : 0;
}

function part(index: number, count: number): string {
  return count > 1 ? ` (${index + 1} of ${count})` : '';
}

/** The matrix shrinks as its key (two columns of ~20 px rows) grows, so that both share the page; past ~20 candidates the key runs onto the next page. */
function matrixHeight(candidates: number): number {
  return Math.max(340, Math.min(FULL_HEIGHT, 540 - Math.ceil(candidates / 2) * 20));
}

/** The four portfolio charts, each on its own page, sized for print (no responsive width: the page is the frame). */
export function ChartSheets({ model }: { model: BoardPackBase }) {
  const { rows, fundedIds, fundedSummary: summary, workspace, funded, present: p } = model;
  const currency = workspace.currency;
  const views = viewModels(rows, fundedIds);
  const shown = fundedIds.size > 0 ? views.iceberg.filter((r) => fundedIds.has(r.id)) : views.iceberg;
  const icebergPages = chartPages([...shown].sort((a, b) => b.pilot + b.lastMile - (a.pilot + a.lastMile)), ICEBERG_ROWS_PER_PAGE);
  const roadmapPages = chartPages(views.roadmap, ROADMAP_ROWS_PER_PAGE);
  const icebergSummed = summed(icebergPages);
  const roadmapSummed = summed(roadmapPages);
  const locale = workspace.numberFormat;
  // Beyond this many bubbles, numbering each one (and a key of every name, pages long) is unreadable on paper: the
  // matrix names its funded or highest-value candidates instead, as on screen, and the ranked table lists every one.
  const numbered = views.matrix.length <= SCREEN_LABEL_ALL;
  const cumulative = summary.cash.cumulative;
  const trough = Math.min(0, ...cumulative);
  const scope = fundedIds.size > 0 ? 'funded' : 'all';
  const pilots = shown.reduce((s, r) => s + r.pilot, 0);
  const lastMiles = shown.reduce((s, r) => s + r.lastMile, 0);
  const multiple = pilots > 0 ? ` Together their last mile costs ${p.multiple(lastMiles / pilots)} their pilots.` : '';
  return (
    <>
      <Sheet title="Value vs feasibility" eyebrow="3 · Portfolio charts" className="bp-chart-sheet">
        <p className="bp-lead">
          Every candidate: across, feasibility (average readiness, 1 → 5); up, expected NPV; bubble area, investment. Funded candidates carry a solid ring,
          blocked ones a dashed red ring.{' '}
          {numbered
            ? 'Each bubble carries its rank; the key below gives the name.'
            : `With ${p.number(views.matrix.length, 0)} candidates, up to ${SCREEN_NAMES} of the funded or highest-value ones are named; the ranked table gives every one.`}
        </p>
        <ValueFeasibilityMatrix
          points={views.matrix}
          valueThreshold={0}
          feasibilityThreshold={0.5}
          feasibilityLabel="Feasibility (average readiness, 1 → 5)"
          valueLabel="Expected NPV"
          formatFeasibility={(f) => p.number(1 + 4 * f, 1)}
          feasibilityKeyLabel="Readiness"
          variant={numbered ? 'print' : 'screen'}
          currency={currency}
          locale={locale}
          width={CHART_WIDTH}
          height={numbered ? matrixHeight(views.matrix.length) : FULL_HEIGHT}
        />
      </Sheet>
      <Sheet title="Cumulative cash of the funded set" eyebrow="3 · Portfolio charts" className="bp-chart-sheet">
        <p className="bp-lead">
          Net cash of the {funded.length} funded candidates month by month, unrisked: deepest point {p.money(trough)}, payback{' '}
          {p.payback(summary.cash.paybackMonth)}, {p.money(cumulative.at(-1) ?? 0)} at the end of the{' '}
          {workspace.horizonMonths}-month horizon.
        </p>
        <RoiTimelineChart
          title="Cumulative net cash of the funded set"
          cumulative={cumulative}
          phases={{ pilot: null, lastMile: null, run: null }}
          paybackMonth={summary.cash.paybackMonth}
          planningStartMonth={workspace.planningStartMonth}
          currency={currency}
          width={CHART_WIDTH}
          height={FULL_HEIGHT}
        />
      </Sheet>
      {icebergPages.map((page, i) => (
        <Sheet key={`iceberg-${i}`} title={`Pilot vs last mile${part(i, icebergPages.length)}`} eyebrow="3 · Portfolio charts" className="bp-chart-sheet">
          <p className="bp-lead">
            The pilot is the visible tip; the last mile to production (integration, data, security, testing, monitoring, change management) is the mass below the
            waterline. {scope === 'funded' ? 'Funded candidates' : 'All candidates'}, largest investment first.{multiple}
            {icebergSummed > 0 && i === icebergPages.length - 1
              ? ` The last row adds up the ${p.number(icebergSummed, 0)} smallest; the ranked table gives each one's pilot and last mile.`
              : ''}
          </p>
          <CostIcebergChart
            rows={page.rows}
            maxRows={page.maxRows}
            currency={currency}
            locale={locale}
            width={CHART_WIDTH}
            height={Math.max(340, 60 + drawnRowCount(page.rows.length, page.maxRows) * ICEBERG_ROW_PITCH)}
            title="Pilot vs last mile: the cost iceberg"
          />
        </Sheet>
      ))}
      {roadmapPages.map((page, i) => (
        <Sheet key={`roadmap-${i}`} title={`Roadmap${part(i, roadmapPages.length)}`} eyebrow="3 · Portfolio charts" className="bp-chart-sheet">
          <p className="bp-lead">
            Pilot, last mile and go-live of the {scope === 'funded' ? 'funded candidates' : 'candidates'} on the calendar, earliest start first.
            {roadmapSummed > 0 && i === roadmapPages.length - 1
              ? ` The last row sums up the ${p.number(roadmapSummed, 0)} that start latest${scope === 'funded' ? '; each funded candidate’s own page gives its dates' : ''}.`
              : ''}
          </p>
          <RoadmapChart
            rows={page.rows}
            maxRows={page.maxRows}
            horizonMonths={workspace.horizonMonths}
            planningStartMonth={workspace.planningStartMonth}
            locale={locale}
            width={CHART_WIDTH}
            height={Math.max(300, 80 + drawnRowCount(page.rows.length, page.maxRows) * ROADMAP_ROW_PITCH)}
          />
        </Sheet>
      ))}
    </>
  );
}
