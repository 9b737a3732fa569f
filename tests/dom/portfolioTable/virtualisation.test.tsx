import { act } from 'react';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROW_ESTIMATE } from '@renderer/features/portfolio/table/rowGeometry';
import { bodyRows, click, focus, headerButton, installBrowserStandIns, press, renderTable, rowIds, type Rendered } from './renderTable';

beforeAll(installBrowserStandIns);

let view: Rendered;
afterEach(async () => {
  await view.unmount();
  localStorage.clear();
});

const scrollBox = (c: ParentNode) => c.querySelector('.pt-scroll') as HTMLDivElement;

async function scrollTo(c: ParentNode, top: number): Promise<void> {
  await act(async () => {
    const box = scrollBox(c);
    box.scrollTop = top;
    box.dispatchEvent(new Event('scroll'));
  });
  await act(async () => new Promise((r) => setTimeout(r, 20)));
}

describe('PortfolioTable with 5,000 candidates', () => {
  it('renders only the rows in view, with aria-rowcount for all and aria-rowindex for each', { timeout: 60_000 }, async () => {
    view = await renderTable(5_000);
    const table = view.container.querySelector('table.pt-table') as HTMLTableElement;
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    const rows = bodyRows(view.container);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(rows.map((r) => r.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 2)));
    expect(view.container.querySelector('.pt-count')?.textContent).toBe('5000 candidates');

    // Scrolled to about row 2,000: that part of the ranking is rendered, numbered where it sits in the whole list.
    await scrollTo(view.container, ROW_ESTIMATE * 2_000);
    const scrolled = bodyRows(view.container);
    const first = Number(scrolled[0]?.getAttribute('aria-rowindex'));
    expect(first).toBeGreaterThan(1_950);
    expect(first).toBeLessThan(2_010);
    expect(scrolled.length).toBeLessThan(60);
    expect(scrolled.map((r) => Number(r.getAttribute('aria-rowindex')))).toEqual(scrolled.map((_, i) => first + i));
    expect(scrolled[0]?.querySelector('.pt-cell--rank')?.textContent).toBe(String(first - 1));
  });

  it('sorts all 5,000 (not only the rendered rows) and jumps to the last row with End', { timeout: 60_000 }, async () => {
    view = await renderTable(5_000);
    await click(headerButton(view.container, 'Total investment'));
    const largest = [...view.props.rows].sort((a, b) => b.metrics.totalInvestment - a.metrics.totalInvestment);
    expect(rowIds(view.container).slice(0, 5)).toEqual(largest.slice(0, 5).map((r) => r.useCase.id));

    await focus(bodyRows(view.container)[0] as HTMLElement);
    await press(document.activeElement as Element, 'End');
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.rowId).toBe(largest[largest.length - 1]?.useCase.id);
    expect(focused.getAttribute('aria-rowindex')).toBe('5001');
  });

  it('has no accessibility violations axe can find without layout (rows, explanation, filters, column chooser)', { timeout: 60_000 }, async () => {
    view = await renderTable(12);
    await click(bodyRows(view.container)[0]?.querySelector('.pt-explain-toggle') as HTMLElement);
    (view.container.querySelector('details.pt-columns') as HTMLDetailsElement).open = true;
    // Inside act: the virtualizer may still settle (timers) while axe works.
    let result: axe.AxeResults | undefined;
    await act(async () => {
      result = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false } } });
    });
    if (!result) throw new Error('axe did not run');
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
