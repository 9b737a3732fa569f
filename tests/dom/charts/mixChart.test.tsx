import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MixChart, type MixChartProps } from '@renderer/charts';
import { parse } from './fixtures';
import { expectMatchesRef } from './refs';

const props: MixChartProps = {
  automation: { count: 6, investment: 1_240_000 },
  valueCreation: { count: 4, investment: 2_100_000 },
  currency: 'USD',
  width: 420,
  height: 170,
};
const render = (p: Partial<MixChartProps> = {}): HTMLElement => parse(renderToStaticMarkup(<MixChart {...props} {...p} />));

describe('MixChart', () => {
  it('matches its reference SVG', () => {
    expectMatchesRef('mix', renderToStaticMarkup(<MixChart {...props} />));
  });

  it('splits each 100% bar by count and by investment, value creation hatched', () => {
    const root = render();
    const widths = (key: string): [number, number] => {
      const bar = root.querySelector(`.lm-mix__bar--${key}`)!;
      const [a, v] = [...bar.querySelectorAll('rect')].filter((r) => Number(r.getAttribute('width')) > 10);
      expect(v!.getAttribute('fill')).toMatch(/^url\(#/);
      return [Number(a!.getAttribute('width')), Number(v!.getAttribute('width'))];
    };
    const [ac, vc] = widths('count');
    expect(ac / (ac + vc)).toBeCloseTo(0.6, 2);
    const [ai, vi] = widths('investment');
    expect(vi / (ai + vi)).toBeCloseTo(2_100_000 / 3_340_000, 2);
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Automation 6 · 60%');
    expect(texts).toContain('Value creation $2.1M · 63%');
  });

  it('states the value-creation share in its accessible name and table', () => {
    const root = render();
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Portfolio mix. Value creation is 40% of candidates (4 of 10) and 63% of investment ($2,100,000 of $3,340,000).',
    );
    expect([...root.querySelectorAll('tbody tr')[1]!.children].map((c) => c.textContent)).toEqual(['Value creation', '4', '40%', '$2,100,000', '63%']);
  });

  it('shows an empty portfolio without dividing by zero', () => {
    const root = render({ automation: { count: 0, investment: 0 }, valueCreation: { count: 0, investment: 0 } });
    expect(root.innerHTML).not.toContain('NaN');
    expect(root.querySelectorAll('.lm-mix__empty')).toHaveLength(2);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain('No candidates to show.');
  });
});
