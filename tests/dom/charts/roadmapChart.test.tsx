import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { RoadmapChart, roadmapPhases, type RoadmapChartProps } from '@renderer/charts';
import { ROADMAP_ROWS, click, mount, parse, press, translateX } from './fixtures';
import { expectMatchesRef } from './refs';

const props: RoadmapChartProps = { rows: ROADMAP_ROWS, horizonMonths: 36, planningStartMonth: '2026-01', width: 640, height: 220 };
const render = (p: Partial<RoadmapChartProps> = {}): HTMLElement => parse(renderToStaticMarkup(<RoadmapChart {...props} {...p} />));

const span = (el: Element): [number, number] => {
  const x = Number(el.getAttribute('x'));
  return [x, x + Number(el.getAttribute('width'))];
};

describe('RoadmapChart', () => {
  it('matches its reference SVG', () => {
    expectMatchesRef('roadmap', renderToStaticMarkup(<RoadmapChart {...props} onSelect={() => undefined} />));
  });

  it('computes phases per docs/domain.md: go-live g = s + P + L', () => {
    expect(roadmapPhases(ROADMAP_ROWS[0]!)).toEqual({ start: 1, pilotMonths: 4, lastMileMonths: 8, goLive: 13 });
    expect(roadmapPhases({ ...ROADMAP_ROWS[0]!, startMonth: 0, pilotMonths: -2 })).toEqual({ start: 1, pilotMonths: 0, lastMileMonths: 8, goLive: 9 });
  });

  it('draws the phases on the calendar axis from the planned start', () => {
    const root = render();
    // The churn candidate goes live in month 38, so the axis runs to the end of month 38 (start of Mar 2029).
    const ticks = [...root.querySelectorAll('.lm-axis--x .lm-axis__tick')];
    const x0 = translateX(ticks[0]!);
    const jan2029 = translateX(ticks.find((t) => t.textContent === 'Jan2029')!);
    const month = (m: number): number => x0 + ((jan2029 - x0) * m) / 36;
    const price = root.querySelectorAll('.lm-roadmap__row')[1]!;
    expect(span(price.querySelector('.lm-fill--pilot')!)[0]).toBeCloseTo(month(3), 1);
    expect(span(price.querySelector('.lm-fill--pilot')!)[1]).toBeCloseTo(month(8), 1);
    expect(span(price.querySelector('.lm-fill--last-mile')!)[1]).toBeCloseTo(month(18), 1);
    expect(span(price.querySelector('.lm-fill--run')!)[0]).toBeCloseTo(month(18), 1);
    expect(span(price.querySelector('.lm-fill--run')!)[1]).toBeCloseTo(month(38), 1);
    const horizon = root.querySelector('.lm-roadmap__horizon line')!;
    expect(Number(horizon.getAttribute('x1'))).toBeCloseTo(month(36), 1);
    expect(root.querySelector('.lm-roadmap__horizon text')!.textContent).toBe('Horizon end Dec 2028');
  });

  it('names every row with its calendar phases and kind', () => {
    const root = render({ onSelect: () => undefined });
    const labels = [...root.querySelectorAll('[role="button"]')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual([
      'Invoice capture (Automation): pilot Jan 2026 – Apr 2026, last mile May 2026 – Dec 2026, live from Jan 2027',
      'Dynamic pricing assistant (Value creation): pilot Apr 2026 – Aug 2026, last mile Sep 2026 – Jun 2027, live from Jul 2027',
      'Churn prediction (Value creation): pilot Aug 2027 – Nov 2027, last mile Dec 2027 – Jan 2029, goes live after the horizon (Feb 2029)',
    ]);
    expect(root.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe(
      '3 candidates over 36 months from Jan 2026; 2 live within the horizon, the first from Jan 2027.',
    );
    expect(root.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(root.querySelectorAll('.lm-row-labels .lm-kind--value-creation')).toHaveLength(2);
    expect(root.querySelectorAll('.lm-row-labels .lm-kind--automation')).toHaveLength(1);
  });

  it('selects a row by click and by Space', async () => {
    const onSelect = vi.fn();
    const { container, unmount } = await mount(<RoadmapChart {...props} onSelect={onSelect} />);
    const rows = container.querySelectorAll('[role="button"]');
    await click(rows[1]!);
    await press(rows[2]!, ' ');
    expect(onSelect.mock.calls).toEqual([['price'], ['churn']]);
    await unmount();
  });
});
