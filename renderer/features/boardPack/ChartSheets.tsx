import { CostIcebergChart } from '@renderer/charts/CostIcebergChart';
import { RoadmapChart } from '@renderer/charts/RoadmapChart';
import { RoiTimelineChart } from '@renderer/charts/RoiTimelineChart';
import { ValueFeasibilityMatrix } from '@renderer/charts/ValueFeasibilityMatrix';
import { viewModels } from '@renderer/features/portfolio/portfolioViewModels';
import type { BoardPackModel } from './boardPackModel';
import { Sheet } from './Sheet';

/** Chart size on an A4 landscape page (content box 269 mm ≈ 1016 CSS px wide, 182 mm ≈ 688 px high). */
export const CHART_WIDTH = 1000;
const FULL_HEIGHT = 520;
/** Bars per printed page: beyond this the chart continues on the next page (its rows would get too thin). */
export const ICEBERG_ROWS_PER_PAGE = 14;
export const ROADMAP_ROWS_PER_PAGE = 15;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

function part(index: number, count: number): string {
  return count > 1 ? ` (${index + 1} of ${count})` : '';
}

/** The matrix shrinks as its key (two columns of ~20 px rows) grows, so that both share the page; past ~20 candidates the key runs onto the next page. */
function matrixHeight(candidates: number): number {
  return Math.max(340, Math.min(FULL_HEIGHT, 540 - Math.ceil(candidates / 2) * 20));
}

/** The four portfolio charts, each on its own page, sized for print (no responsive width: the page is the frame). */
export function ChartSheets({ model }: { model: BoardPackModel }) {
  const { rows, fundedIds, fundedSummary: summary, workspace, funded, present: p } = model;
  const currency = workspace.currency;
  const views = viewModels(rows, fundedIds);
  const shown = fundedIds.size > 0 ? views.iceberg.filter((r) => fundedIds.has(r.id)) : views.iceberg;
  const icebergPages = chunks([...shown].sort((a, b) => b.pilot + b.lastMile - (a.pilot + a.lastMile)), ICEBERG_ROWS_PER_PAGE);
  const roadmapPages = chunks(views.roadmap, ROADMAP_ROWS_PER_PAGE);
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
          blocked ones a dashed red ring. Each bubble carries its rank; the key below gives the name.
        </p>
        <ValueFeasibilityMatrix
          points={views.matrix}
          valueThreshold={0}
          feasibilityThreshold={0.5}
          feasibilityLabel="Feasibility (average readiness, 1 → 5)"
          valueLabel="Expected NPV"
          formatFeasibility={(f) => p.number(1 + 4 * f, 1)}
          feasibilityKeyLabel="Readiness"
          variant="print"
          currency={currency}
          width={CHART_WIDTH}
          height={matrixHeight(views.matrix.length)}
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
          </p>
          <CostIcebergChart rows={page} currency={currency} width={CHART_WIDTH} height={Math.max(340, 60 + page.length * 34)} title="Pilot vs last mile: the cost iceberg" />
        </Sheet>
      ))}
      {roadmapPages.map((page, i) => (
        <Sheet key={`roadmap-${i}`} title={`Roadmap${part(i, roadmapPages.length)}`} eyebrow="3 · Portfolio charts" className="bp-chart-sheet">
          <p className="bp-lead">
            Pilot, last mile and go-live of the {scope === 'funded' ? 'funded candidates' : 'candidates'} on the calendar, earliest start first.
          </p>
          <RoadmapChart
            rows={page}
            horizonMonths={workspace.horizonMonths}
            planningStartMonth={workspace.planningStartMonth}
            width={CHART_WIDTH}
            height={Math.max(300, 80 + page.length * 30)}
          />
        </Sheet>
      ))}
    </>
  );
}
