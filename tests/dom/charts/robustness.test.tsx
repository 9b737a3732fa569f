import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  CostBreakdownBar,
  CostIcebergChart,
  FrontierChart,
  MixChart,
  RoadmapChart,
  RoiTimelineChart,
  ValueFeasibilityMatrix,
} from '@renderer/charts';
import { zeroLastMileCosts } from '@shared/domain';
import { FRONTIER_POINTS, ICEBERG_ROWS, MATRIX_POINTS, ROADMAP_ROWS, SEED_COSTS, cumulativeOf, parse, seedMonthlyNet } from './fixtures';

const noPhases = { pilot: null, lastMile: null, run: null };

/** Every chart with ordinary data, with nothing, and with hostile numbers, at ordinary and degenerate sizes. */
function cases(width: number, height: number): [string, ReactElement][] {
  const size = { width, height };
  return [
    ['roi', <RoiTimelineChart cumulative={cumulativeOf(seedMonthlyNet())} phases={{ pilot: [1, 4], lastMile: [5, 12], run: [13, 36] }} paybackMonth={28} planningStartMonth="2026-01" currency="USD" title="t" {...size} />],
    ['roi empty', <RoiTimelineChart cumulative={[]} phases={noPhases} paybackMonth={null} planningStartMonth="2026-01" currency="USD" title="t" {...size} />],
    ['roi flat, bad start, odd phases', <RoiTimelineChart cumulative={[0, 0, Number.NaN]} phases={{ pilot: [5, 2], lastMile: [-3, 1], run: [2, 99] }} paybackMonth={40} planningStartMonth="bad" currency="USD" title="t" {...size} />],
    ['matrix', <ValueFeasibilityMatrix points={MATRIX_POINTS} valueThreshold={400_000} feasibilityThreshold={0.5} currency="USD" onSelect={() => undefined} {...size} />],
    ['matrix empty', <ValueFeasibilityMatrix points={[]} valueThreshold={0} feasibilityThreshold={0.5} currency="USD" {...size} />],
    ['matrix hostile', <ValueFeasibilityMatrix points={[{ id: 'x', label: '', feasibility: Number.NaN, value: Number.POSITIVE_INFINITY, investment: -5, kind: 'automation' }]} valueThreshold={0} feasibilityThreshold={1} currency="USD" {...size} />],
    ['iceberg', <CostIcebergChart rows={ICEBERG_ROWS} currency="USD" {...size} />],
    ['iceberg empty', <CostIcebergChart rows={[]} currency="USD" {...size} />],
    ['iceberg zero', <CostIcebergChart rows={[{ id: 'z', label: 'Zero', pilot: 0, lastMile: Number.NaN }]} currency="USD" {...size} />],
    ['roadmap', <RoadmapChart rows={ROADMAP_ROWS} horizonMonths={36} planningStartMonth="2026-01" {...size} />],
    ['roadmap empty', <RoadmapChart rows={[]} horizonMonths={0} planningStartMonth="2026-01" {...size} />],
    ['frontier', <FrontierChart points={FRONTIER_POINTS} chosenBudget={800_000} currency="USD" {...size} />],
    ['frontier empty', <FrontierChart points={[]} chosenBudget={Number.NaN} currency="USD" {...size} />],
    ['mix', <MixChart automation={{ count: 3, investment: 1 }} valueCreation={{ count: 0, investment: 0 }} currency="USD" {...size} />],
    ['breakdown', <CostBreakdownBar costs={SEED_COSTS} pilot={75_000} currency="USD" {...size} />],
    ['breakdown zero', <CostBreakdownBar costs={zeroLastMileCosts()} pilot={0} currency="USD" {...size} />],
  ];
}

describe('every chart', () => {
  for (const [w, h] of [
    [640, 320],
    [0, 0],
    [120, 60],
  ] as const) {
    for (const [name, element] of cases(w, h)) {
      it(`${name} at ${w}×${h}: no NaN, no negative sizes, no inline style, named and described`, () => {
        const markup = renderToStaticMarkup(element);
        expect(markup).not.toMatch(/NaN|Infinity|undefined/);
        expect(markup).not.toMatch(/\sstyle=/);
        expect(markup).not.toMatch(/(width|height|r)="-/);
        const root = parse(markup);
        const svg = root.querySelector('svg')!;
        const named = svg.getAttribute('role') === 'img' ? svg : svg.querySelector('[role="img"]')!;
        expect(named.getAttribute('aria-label')!.length).toBeGreaterThan(5);
        expect(svg.querySelector('title')!.textContent!.length).toBeGreaterThan(0);
        expect(svg.querySelector('desc')!.textContent!.length).toBeGreaterThan(0);
        expect(root.querySelector('table.lm-visually-hidden caption')).not.toBeNull();
      });
    }
  }

  it('keeps pattern and label ids unique when several charts share a page', () => {
    const markup = renderToStaticMarkup(
      <div>
        <CostIcebergChart rows={ICEBERG_ROWS} currency="USD" width={400} height={200} />
        <RoadmapChart rows={ROADMAP_ROWS} horizonMonths={36} planningStartMonth="2026-01" width={400} height={200} />
      </div>,
    );
    const ids = [...parse(markup).querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
