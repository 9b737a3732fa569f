import { memo, useEffect, useMemo, useState } from 'react';
import { CostIcebergChart } from '@renderer/charts/CostIcebergChart';
import { FrontierChart } from '@renderer/charts/FrontierChart';
import { MixChart } from '@renderer/charts/MixChart';
import { RoadmapChart } from '@renderer/charts/RoadmapChart';
import { RoiTimelineChart } from '@renderer/charts/RoiTimelineChart';
import { ValueFeasibilityMatrix } from '@renderer/charts/ValueFeasibilityMatrix';
import { Tabs } from '@renderer/components/Tabs';
import { useElementWidth } from '@renderer/components/useElementWidth';
import type { CandidateAnalysis, FundedSummary } from '@shared/analysis';
import type { Workspace } from '@shared/domain';
import { presenter } from '@shared/presentation';
import type { FrontierPoint } from './fundingMessages';
import { mixOf, viewModels } from './portfolioViewModels';

const NO_ROWS: readonly CandidateAnalysis[] = [];
const NO_IDS: ReadonlySet<string> = new Set();

type ViewKey = 'matrix' | 'timeline' | 'iceberg' | 'roadmap' | 'mix' | 'frontier';
const VIEWS: { key: ViewKey; label: string }[] = [
  { key: 'matrix', label: 'Value vs feasibility' },
  { key: 'timeline', label: 'ROI timeline' },
  { key: 'iceberg', label: 'Pilot vs last mile' },
  { key: 'roadmap', label: 'Roadmap' },
  { key: 'mix', label: 'Portfolio mix' },
  { key: 'frontier', label: 'Efficient frontier' },
];

/** What the charts show; null until the page has drawn its answer (the charts follow at a lower priority). */
export interface ViewsInput {
  rows: readonly CandidateAnalysis[];
  fundedIds: ReadonlySet<string>;
  summary: FundedSummary | null;
  frontier: FrontierPoint[] | null;
}

/** The portfolio's charts, one at a time: matrix, funded-set cash timeline, cost iceberg, roadmap, mix, frontier. */
export const PortfolioViews = memo(function PortfolioViews({
  views,
  budget,
  workspace,
  onOpen,
  onFrontierShown,
}: {
  views: ViewsInput | null;
  budget: number;
  workspace: Workspace;
  onOpen: (useCaseId: string) => void;
  /** Called when the frontier view is first shown (the page then asks for the frontier). */
  onFrontierShown: () => void;
}) {
  const [view, setView] = useState<ViewKey>('matrix');
  useEffect(() => {
    if (view === 'frontier') onFrontierShown();
  }, [view, onFrontierShown]);
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const rows = views?.rows ?? NO_ROWS;
  const fundedIds = views?.fundedIds ?? NO_IDS;
  const summary = views?.summary ?? null;
  const frontier = views?.frontier ?? null;
  const models = useMemo(() => viewModels(rows, fundedIds), [rows, fundedIds]);
  const currency = workspace.currency;
  const present = useMemo(() => presenter(workspace), [workspace]);
  const height = Math.max(360, Math.min(560, Math.round(width * 0.5)));
  // The matrix lays out every bubble and label (30–50 ms at 5,000 candidates): only when what it shows changes, not at
  // every render of the views (a budget typed re-renders them for the frontier's marker before any new answer).
  const matrix = useMemo(
    () => (
      <ValueFeasibilityMatrix
        points={models.matrix}
        valueThreshold={0}
        feasibilityThreshold={0.5}
        feasibilityLabel="Feasibility (average readiness, 1 → 5)"
        formatFeasibility={(f) => present.number(1 + 4 * f, 1)}
        valueLabel="Expected NPV"
        currency={currency}
        width={width}
        height={height}
        onSelect={onOpen}
      />
    ),
    [models.matrix, present, currency, width, height, onOpen],
  );
  return (
    <section className="card" aria-labelledby="views-title">
      <h2 id="views-title">Views</h2>
      <Tabs tabs={VIEWS} selected={view} onSelect={setView} label="Portfolio views">
        <div ref={ref}>
          {!views && <p role="status">Drawing the charts…</p>}
          {views && view === 'matrix' && matrix}
          {views && view === 'timeline' &&
            (summary ? (
              <RoiTimelineChart
                title="Cumulative net cash of the funded set"
                cumulative={summary.cash.cumulative}
                phases={{ pilot: null, lastMile: null, run: null }}
                paybackMonth={summary.cash.paybackMonth}
                planningStartMonth={workspace.planningStartMonth}
                currency={currency}
                width={width}
                height={height}
              />
            ) : (
              <p role="status">Working out the funded set…</p>
            ))}
          {views && view === 'iceberg' && <CostIcebergChart rows={models.iceberg} currency={currency} width={width} height={Math.max(height, 40 + models.iceberg.length * 34)} onSelect={onOpen} />}
          {views && view === 'roadmap' && (
            <RoadmapChart
              rows={models.roadmap}
              horizonMonths={workspace.horizonMonths}
              planningStartMonth={workspace.planningStartMonth}
              width={width}
              height={Math.max(260, 70 + models.roadmap.length * 30)}
              onSelect={onOpen}
            />
          )}
          {views && view === 'mix' && <MixChart {...mixOf(rows, fundedIds)} currency={currency} width={width} height={300} />}
          {views && view === 'frontier' &&
            (frontier ? (
              <FrontierChart
                points={frontier.flatMap((p) => (p.value === null ? [] : [{ budget: p.budget, value: p.value }]))}
                chosenBudget={budget}
                currency={currency}
                width={width}
                height={height}
              />
            ) : (
              <p role="status">Computing the efficient frontier…</p>
            ))}
        </div>
      </Tabs>
    </section>
  );
});
