import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compareText } from '@renderer/features/portfolio/table/tableModel';
import { bodyRows, click, headerButton, installBrowserStandIns, renderTable, rowIds, type Rendered } from './renderTable';

beforeAll(installBrowserStandIns);

let view: Rendered;
afterEach(async () => {
  await view.unmount();
  localStorage.clear();
});

const sortOf = (c: ParentNode, label: string) => headerButton(c, label).closest('th')?.getAttribute('aria-sort') ?? null;

describe('PortfolioTable sorting', () => {
  it('starts in rank order, with the rank column marked as the ascending sort', async () => {
    view = await renderTable(12);
    const byRank = [...view.props.rows].sort((a, b) => a.rank - b.rank).map((r) => r.useCase.id);
    expect(rowIds(view.container)).toEqual(byRank);
    expect(sortOf(view.container, 'Rank')).toBe('ascending');
    expect(bodyRows(view.container)[0]?.querySelector('.pt-cell--rank')?.textContent).toBe('1');
  });

  it('re-orders by expected NPV (highest first, then lowest first) when its header is clicked', async () => {
    view = await renderTable(12);
    const expected = [...view.props.rows].sort((a, b) => b.metrics.expectedNpv - a.metrics.expectedNpv).map((r) => r.useCase.id);
    await click(headerButton(view.container, 'Expected NPV'));
    expect(rowIds(view.container)).toEqual(expected);
    expect(sortOf(view.container, 'Expected NPV')).toBe('descending');
    expect(sortOf(view.container, 'Rank')).toBeNull();

    await click(headerButton(view.container, 'Expected NPV'));
    expect(rowIds(view.container)).toEqual([...expected].reverse());
    expect(sortOf(view.container, 'Expected NPV')).toBe('ascending');
  });

  it('sorts names alphabetically and keeps "not defined" IRRs last in both directions', async () => {
    view = await renderTable(12);
    await click(headerButton(view.container, 'Candidate'));
    const names = bodyRows(view.container).map((r) => r.querySelector('th')?.textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));

    const undefinedIrr = view.props.rows.filter((r) => r.metrics.irr === null).length;
    for (const click_ of [1, 2]) {
      await click(headerButton(view.container, 'IRR'));
      const irrs = bodyRows(view.container).map((r) => r.querySelector('.pt-cell--irr')?.textContent);
      expect(irrs.slice(irrs.length - undefinedIrr).every((t) => t === 'not defined'), `click ${click_}`).toBe(true);
      expect(irrs.slice(0, irrs.length - undefinedIrr)).not.toContain('not defined');
    }
  });

  it('sorts by the funding outcome: funded candidates first', async () => {
    view = await renderTable(12);
    await click(headerButton(view.container, 'Funded'));
    const funded = bodyRows(view.container).map((r) => view.props.fundedIds.has(r.dataset.rowId ?? ''));
    const firstUnfunded = funded.indexOf(false);
    expect(funded.filter(Boolean).length).toBe(view.props.fundedIds.size);
    expect(funded.slice(firstUnfunded).every((f) => !f)).toBe(true);
  });
});

describe('compareText (names and titles)', () => {
  it('orders numbers inside names naturally, ignoring case and accents', () => {
    const names = ['UC 10', 'uc 2', 'Zebra', 'Äpfel', 'apfel 3', 'UC 1'];
    expect([...names].sort(compareText)).toEqual(['Äpfel', 'apfel 3', 'UC 1', 'uc 2', 'UC 10', 'Zebra']);
    expect(compareText('Invoice 007', 'invoice 7')).toBe(0);
  });
});
