import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { CostIcebergChart, lastMileMultiple, type CostIcebergChartProps } from '@renderer/charts';
import { ICEBERG_ROWS, click, mount, parse, press } from './fixtures';
import { expectMatchesRef } from './refs';

const props: CostIcebergChartProps = { rows: ICEBERG_ROWS, currency: 'USD', width: 640, height: 240 };
const render = (p: Partial<CostIcebergChartProps> = {}): HTMLElement => parse(renderToStaticMarkup(<CostIcebergChart {...props} {...p} />));

describe('CostIcebergChart', () => {
  it('matches its reference SVG', () => {
    expectMatchesRef('cost-iceberg', renderToStaticMarkup(<CostIcebergChart {...props} onSelect={() => undefined} />));
  });

  it('labels each bar with its total and the last-mile multiple (seed example: 3.7×)', () => {
    const root = render();
    const labels = [...root.querySelectorAll('.lm-iceberg__annotation')].map((t) => t.textContent);
    expect(labels).toEqual(['$355K · 3.7×', '$730K · 5.1×', '$210K · 2.5×', '$150K · no pilot']);
    expect(lastMileMultiple(75_000, 280_000)).toBeCloseTo(280 / 75, 10);
    expect(lastMileMultiple(0, 150_000)).toBeNull();
  });

  it('stacks the last mile after the pilot, lengths proportional to cost', () => {
    const root = render();
    const row = root.querySelector('.lm-iceberg__row')!;
    const pilot = row.querySelector('.lm-fill--pilot')!;
    const lastMile = row.querySelector('.lm-fill--last-mile')!;
    const pilotEnd = Number(pilot.getAttribute('x')) + Number(pilot.getAttribute('width'));
    expect(Number(lastMile.getAttribute('x'))).toBeCloseTo(pilotEnd, 1);
    expect(Number(lastMile.getAttribute('width')) / Number(pilot.getAttribute('width'))).toBeCloseTo(280 / 75, 1);
    expect(lastMile.getAttribute('fill')).toMatch(/^url\(#.+\)$/); // hatched, not colour alone
  });

  it('summarises the data and offers it as a table', () => {
    const root = render();
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain(
      '4 candidates: pilots total $255,000, last miles $1,190,000 (4.7× the pilots).',
    );
    const first = [...root.querySelectorAll('tbody tr')][0]!;
    expect([...first.children].map((c) => c.textContent)).toEqual(['Invoice capture', '$75,000', '$280,000', '$355,000', '3.7×']);
  });

  it('shortens long labels at a word boundary; each button is named by the full label and what it shows', () => {
    const root = render({ onSelect: () => undefined });
    expect(root.querySelectorAll('.lm-row-label')[1]!.textContent).toBe('Dynamic pricing assistant for…');
    const button = root.querySelector('[data-id="price"]')!;
    expect(button.getAttribute('aria-label')).toBe(
      'Dynamic pricing assistant for enterprise accounts: $730K · 5.1×; pilot $120,000, last mile $610,000, total $730,000',
    );
    // Label in name (WCAG 2.5.3): the text drawn inside each button is part of its name.
    for (const b of root.querySelectorAll('[role="button"]')) {
      for (const t of b.querySelectorAll('text')) expect(b.getAttribute('aria-label')).toContain(t.textContent);
    }
  });

  it('selects a candidate by click and by keyboard', async () => {
    const onSelect = vi.fn();
    const { container, unmount } = await mount(<CostIcebergChart {...props} onSelect={onSelect} />);
    const rows = container.querySelectorAll('[role="button"]');
    expect(rows).toHaveLength(4);
    await click(rows[2]!);
    await press(rows[0]!, 'Enter');
    await press(rows[3]!, ' ');
    expect(onSelect.mock.calls).toEqual([['contract'], ['inv'], ['hr']]);
    await unmount();
  });
});
