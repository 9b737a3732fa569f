import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CostBreakdownBar, type CostBreakdownBarProps } from '@renderer/charts';
import { LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS } from '@shared/domain';
import { SEED_COSTS, parse } from './fixtures';
import { expectMatchesRef } from './refs';

const props: CostBreakdownBarProps = { costs: SEED_COSTS, pilot: 75_000, currency: 'USD', width: 420, height: 250 };
const render = (p: Partial<CostBreakdownBarProps> = {}): HTMLElement => parse(renderToStaticMarkup(<CostBreakdownBar {...props} {...p} />));

describe('CostBreakdownBar', () => {
  it('matches its reference SVG', () => {
    expectMatchesRef('cost-breakdown', renderToStaticMarkup(<CostBreakdownBar {...props} />));
  });

  it('shows the pilot then the eight last-mile categories with their domain labels, on one scale', () => {
    const root = render();
    const labels = [...root.querySelectorAll('.lm-row-label')].map((t) => t.textContent);
    expect(labels).toEqual(['Pilot', ...LAST_MILE_CATEGORIES.map((c) => LAST_MILE_CATEGORY_LABELS[c])]);
    const width = (id: string): number => Number(root.querySelector(`.lm-breakdown__row--${id} rect`)!.getAttribute('width'));
    expect(width('integration') / width('pilot')).toBeCloseTo(61_600 / 75_000, 2);
    expect(width('infrastructure')).toBe(0);
  });

  it('states the last-mile multiple and flags categories left at zero', () => {
    const root = render();
    expect(root.querySelector('.lm-breakdown__headline')!.textContent).toBe('Last mile $280K = 3.7× the pilot ($75K)');
    expect(root.querySelector('.lm-breakdown__row--infrastructure .lm-breakdown__value--zero')!.textContent).toBe('$0');
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain('No cost entered for: Infrastructure & scaling.');
    const cells = [...root.querySelectorAll('tbody tr')[1]!.children].map((c) => c.textContent);
    expect(cells).toEqual(['Integration engineering', '$61,600', '22%']);
  });
});
