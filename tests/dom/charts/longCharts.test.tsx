import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CostIcebergChart, RoadmapChart, type CostIcebergRow, type RoadmapRow } from '@renderer/charts';
import { drawnRowCount, LONG_CHART_ROWS, splitLongRows } from '@renderer/charts/longRows';
import { boardPackSteps } from '@renderer/features/boardPack/boardPackModel';
import { chartPages, ChartSheets, ICEBERG_ROWS_PER_PAGE } from '@renderer/features/boardPack/ChartSheets';
import { SCREEN_NAMES } from '@renderer/charts/matrixLayout';
import { runSteps } from '@shared/export/compression';
import { exportModelOf } from '../../unit/export/fixtures';
import { scaledBundle } from '../../unit/export/scaledBundle';
import { parse } from './fixtures';

/** `n` candidates with costs in whole dollars (so every sum is exact) and starts spread over two years. */
function icebergRows(n: number): CostIcebergRow[] {
  return Array.from({ length: n }, (_, i) => ({ id: `uc-${i}`, label: `Candidate ${i + 1}`, pilot: 10_000 + ((i * 37) % 50) * 1_000, lastMile: 40_000 + ((i * 53) % 90) * 1_000 }));
}
function roadmapRows(n: number): RoadmapRow[] {
  return Array.from({ length: n }, (_, i) => ({ id: `uc-${i}`, label: `Candidate ${i + 1}`, startMonth: 1 + Math.floor((i * 24) / n), pilotMonths: 3, lastMileMonths: 6 + (i % 30), kind: i % 2 ? 'automation' : 'value-creation' }));
}
const usd = (v: number) => `$${v.toLocaleString('en-US')}`;

describe('long charts: the first rows drawn, the rest added up in one named row, every row in the table', () => {
  it('splits only when summing saves rows: a chart of max + 1 rows draws them all', () => {
    expect(splitLongRows([1, 2, 3], 2)).toEqual({ shown: [1, 2, 3], rest: [] });
    expect(splitLongRows([1, 2, 3, 4], 2)).toEqual({ shown: [1, 2], rest: [3, 4] });
    expect(drawnRowCount(5_000)).toBe(LONG_CHART_ROWS + 1);
    expect(drawnRowCount(LONG_CHART_ROWS + 1)).toBe(LONG_CHART_ROWS + 1);
  });

  it('the cost iceberg of 5,000 candidates: 25 bars and a last row with the exact sums of the other 4,975; the summary and table keep all', () => {
    const rows = icebergRows(5_000);
    const root = parse(renderToStaticMarkup(<CostIcebergChart rows={rows} currency="USD" width={1000} height={40 + rows.length * 34} onSelect={() => undefined} />));
    expect(root.querySelectorAll('[role="button"]')).toHaveLength(LONG_CHART_ROWS);
    const labels = [...root.querySelectorAll('.lm-row-label')].map((t) => t.textContent);
    expect(labels).toHaveLength(LONG_CHART_ROWS + 1);
    expect(labels.at(-1)).toBe('4,975 more candidates');
    const rest = rows.slice(LONG_CHART_ROWS);
    const pilots = rest.reduce((s, r) => s + r.pilot, 0);
    const lastMiles = rest.reduce((s, r) => s + r.lastMile, 0);
    const restText = root.querySelector('.lm-long-rest__text')!.textContent!;
    expect(restText.startsWith(`pilots ${usd(pilots)} + last miles ${usd(lastMiles)} = ${usd(pilots + lastMiles)} (`)).toBe(true);
    const all = { pilots: rows.reduce((s, r) => s + r.pilot, 0), lastMiles: rows.reduce((s, r) => s + r.lastMile, 0) };
    const summary = root.querySelector('svg g[role="img"]')!.getAttribute('aria-label')!;
    expect(summary).toContain(`5,000 candidates: pilots total ${usd(all.pilots)}, last miles ${usd(all.lastMiles)}`);
    expect(summary).toContain('The chart draws the first 25 and adds up the other 4,975 in its last row; the table lists all 5,000.');
    expect(root.querySelector('details.lm-chart__table summary')!.textContent).toContain('(5,000 rows)');
    expect(root.querySelector('desc')!.textContent).toContain('The last row, in italics, adds up the candidates not drawn.');
    // The chart is as tall as its 26 rows need, not the 170,000 px its caller asked for a row each.
    expect(Number(root.querySelector('svg')!.getAttribute('height'))).toBeLessThan(1_100);
    expect(root.querySelectorAll('*').length).toBeLessThan(600);
  });

  it('a short iceberg is drawn as before, a row per candidate', () => {
    const root = parse(renderToStaticMarkup(<CostIcebergChart rows={icebergRows(LONG_CHART_ROWS + 1)} currency="USD" width={1000} height={1_000} />));
    expect(root.querySelectorAll('.lm-iceberg__row')).toHaveLength(LONG_CHART_ROWS + 1);
    expect(root.querySelector('.lm-long-rest')).toBeNull();
  });

  it('the roadmap of 1,000 funded candidates: the first 25 to start, then one row with when the others start and how many go live', () => {
    const rows = roadmapRows(1_000);
    const root = parse(renderToStaticMarkup(<RoadmapChart rows={rows} horizonMonths={36} planningStartMonth="2027-01" width={1000} height={70 + rows.length * 30} />));
    expect(root.querySelectorAll('.lm-roadmap__row')).toHaveLength(LONG_CHART_ROWS);
    expect(root.querySelector('.lm-long-rest__label')!.textContent).toBe('975 more candidates');
    const rest = rows.slice(LONG_CHART_ROWS);
    const live = rest.filter((r) => r.startMonth + r.pilotMonths + r.lastMileMonths <= 36).length;
    expect(root.querySelector('.lm-long-rest__text')!.textContent).toMatch(new RegExp(`^pilots start Jan 2027 – Dec 2028; ${live} live within the horizon, the last from \\w{3} 20\\d\\d$`));
    const summary = root.querySelector('svg')!.getAttribute('aria-label')!;
    expect(summary).toContain('1,000 candidates over 36 months from Jan 2027');
    expect(summary).toContain('adds up the other 975 in its last row; the table lists all 1,000.');
    expect(Number(root.querySelector('svg')!.getAttribute('height'))).toBeLessThan(1_000);
  });

  it('the board pack gives a long chart two pages at most; the second sums up every candidate left', () => {
    const short = chartPages(icebergRows(20), ICEBERG_ROWS_PER_PAGE);
    expect(short.map((p) => [p.rows.length, p.maxRows])).toEqual([
      [14, 14],
      [6, 14],
    ]);
    const long = chartPages(icebergRows(1_000), ICEBERG_ROWS_PER_PAGE);
    expect(long.map((p) => [p.rows.length, p.maxRows])).toEqual([
      [14, 14],
      [986, 13],
    ]);
    expect(drawnRowCount(986, 13)).toBe(14);
    expect(chartPages(icebergRows(29), ICEBERG_ROWS_PER_PAGE).map((p) => p.rows.length)).toEqual([14, 15]);
  });

  it('the board pack of 400 candidates: the matrix names the leading ones instead of numbering 400 bubbles over a key of pages; iceberg and roadmap on two pages each', () => {
    const bundle = scaledBundle(400);
    const generatedAt = '2027-02-01T09:30:00.000Z';
    const input = { bundle: { ...bundle, plan: bundle.plan! }, funding: exportModelOf({ bundle, generatedAt }).funding, generatedAt, todayMonth: bundle.workspace.planningStartMonth };
    const model = runSteps(boardPackSteps(input));
    const root = parse(`<div>${renderToStaticMarkup(<ChartSheets model={model} />)}</div>`);
    const matrixSheet = root.querySelector('.bp-chart-sheet')!;
    expect(matrixSheet.querySelector('.bp-lead')!.textContent).toContain(`With 400 candidates, up to ${SCREEN_NAMES} of the funded or highest-value ones are named; the ranked table gives every one.`);
    expect(matrixSheet.querySelector('.lm-matrix__key')).toBeNull();
    expect(matrixSheet.querySelectorAll('.lm-matrix__label').length).toBeLessThanOrEqual(SCREEN_NAMES);
    const titles = [...root.querySelectorAll('.bp-sheet__title')].map((t) => t.textContent);
    expect(titles.filter((t) => t?.startsWith('Pilot vs last mile'))).toEqual(['Pilot vs last mile (1 of 2)', 'Pilot vs last mile (2 of 2)']);
    expect(titles.filter((t) => t?.startsWith('Roadmap')).length).toBeLessThanOrEqual(2);
  });
});
