import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RoiTimelineChart, type RoiTimelineChartProps } from '@renderer/charts';
import { cumulativeOf, parse, pathVertices, seedMonthlyNet } from './fixtures';

/** The cash chart of a tracked schedule: months with actuals drawn solid, the plan and forecast dashed, said in words. */

const cumulative = cumulativeOf(seedMonthlyNet(24));
const props: RoiTimelineChartProps = {
  cumulative,
  phases: { pilot: [1, 4], lastMile: [5, 12], run: [13, 24] },
  paybackMonth: null,
  planningStartMonth: '2026-01',
  currency: 'USD',
  width: 640,
  height: 300,
  title: 'Invoice capture: cumulative net cash',
};
const render = (p: Partial<RoiTimelineChartProps> = {}): HTMLElement => parse(renderToStaticMarkup(<RoiTimelineChart {...props} {...p} />));

describe('RoiTimelineChart with actuals', () => {
  // Actuals in February–March and May 2026; today is July 2026 (plan month 7).
  const actual = Array.from({ length: 24 }, (_, i) => [2, 3, 5].includes(i + 1));
  const root = render({ actual, today: 7 });

  it('draws the whole line dashed and one solid segment per run of months with actuals', () => {
    expect(root.querySelector('.lm-roi__line--forecast')).not.toBeNull();
    const solid = root.querySelector('.lm-roi__line--actual')!.getAttribute('d')!;
    // Two runs: months 2–3 (from the end of month 1 to the end of month 3) and month 5 (end of 4 to end of 5).
    expect(solid.match(/M/g)).toHaveLength(2);
    expect(pathVertices(solid)).toHaveLength(5);
    const line = pathVertices(root.querySelector('.lm-roi__line--forecast')!.getAttribute('d')!);
    expect(pathVertices(solid)[0]).toEqual(line[1]);
  });

  it('says which months are actual in its description and per month in its data table', () => {
    expect(root.querySelector('desc')?.textContent).toContain('Solid line: months with actuals entered (3 months, Feb 2026 to May 2026); dashed line: the plan and the forecast.');
    const rows = [...root.querySelectorAll('table tbody tr')].map((r) => r.lastElementChild?.textContent);
    expect(rows.slice(0, 8)).toEqual(['Plan (no actuals entered)', 'Actual', 'Actual', 'Plan (no actuals entered)', 'Actual', 'Plan (no actuals entered)', 'Forecast', 'Forecast']);
  });

  it('is drawn as before when no month has actuals', () => {
    const plain = render({ actual: new Array<boolean>(24).fill(false), today: 7 });
    expect(plain.querySelector('.lm-roi__line')?.getAttribute('class')).toBe('lm-roi__line');
    expect(plain.querySelector('.lm-roi__line--actual')).toBeNull();
    expect(renderToStaticMarkup(<RoiTimelineChart {...props} actual={new Array<boolean>(24).fill(false)} />)).toBe(renderToStaticMarkup(<RoiTimelineChart {...props} />));
  });
});
