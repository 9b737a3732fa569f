import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FrontierChart, frontierValueAt, type FrontierChartProps } from '@renderer/charts';
import { FRONTIER_POINTS, parse, pathVertices } from './fixtures';
import { expectMatchesRef } from './refs';

const props: FrontierChartProps = { points: FRONTIER_POINTS, chosenBudget: 800_000, currency: 'USD', width: 480, height: 280 };
const render = (p: Partial<FrontierChartProps> = {}): HTMLElement => parse(renderToStaticMarkup(<FrontierChart {...props} {...p} />));

describe('FrontierChart', () => {
  it('matches its reference SVG', () => {
    expectMatchesRef('frontier', renderToStaticMarkup(<FrontierChart {...props} />));
  });

  it('reads the frontier as a step: the best value within the budget', () => {
    expect(frontierValueAt(FRONTIER_POINTS, 800_000)).toBe(1_130_000);
    expect(frontierValueAt(FRONTIER_POINTS, 1_000_000)).toBe(1_770_000);
    expect(frontierValueAt(FRONTIER_POINTS, 5_000_000)).toBe(2_400_000);
    expect(frontierValueAt(FRONTIER_POINTS, -1)).toBe(0);
  });

  it('marks the chosen budget on the step line with its value', () => {
    const root = render();
    const marker = root.querySelector('.lm-frontier__chosen circle')!;
    const mx = Number(marker.getAttribute('cx'));
    const my = Number(marker.getAttribute('cy'));
    const steps = pathVertices(root.querySelector('.lm-frontier__line')!.getAttribute('d')!);
    // Step-after: between the $600K and $1M points the line is flat at the $600K value.
    const flat = steps.filter(([, y]) => Math.abs(y - my) < 0.01).map(([x]) => x);
    expect(Math.min(...flat)).toBeLessThan(mx);
    expect(Math.max(...flat)).toBeGreaterThan(mx);
    expect(root.querySelector('.lm-frontier__chosen text')!.textContent).toBe('Chosen budget $800K → $1.1M');
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain('the chosen budget of $800,000 reaches $1,130,000.');
    expect(root.querySelectorAll('tbody tr')).toHaveLength(6);
  });
});
