import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bodyRows, click, focus, installBrowserStandIns, press, renderTable, type Rendered } from './renderTable';

beforeAll(installBrowserStandIns);

let view: Rendered;
afterEach(async () => {
  await view.unmount();
  localStorage.clear();
});

const tabStops = (c: ParentNode) => [...c.querySelectorAll<HTMLElement>('tbody [tabindex="0"]')];

describe('PortfolioTable keyboard model', () => {
  it('has one Tab stop among the rows (the first row at the start)', async () => {
    view = await renderTable(8);
    const stops = tabStops(view.container);
    expect(stops).toEqual([bodyRows(view.container)[0]]);
    expect(bodyRows(view.container).slice(1).every((r) => r.tabIndex === -1)).toBe(true);
  });

  it('moves focus between rows with the arrow keys, Home and End; the Tab stop follows', async () => {
    view = await renderTable(8);
    const rows = bodyRows(view.container);
    await focus(rows[0] as HTMLElement);
    await press(document.activeElement as Element, 'ArrowDown');
    await press(document.activeElement as Element, 'ArrowDown');
    expect(document.activeElement).toBe(bodyRows(view.container)[2]);
    await press(document.activeElement as Element, 'ArrowUp');
    expect(document.activeElement).toBe(bodyRows(view.container)[1]);
    await press(document.activeElement as Element, 'ArrowUp');
    await press(document.activeElement as Element, 'ArrowUp');
    expect(document.activeElement).toBe(bodyRows(view.container)[0]);
    await press(document.activeElement as Element, 'End');
    expect(document.activeElement).toBe(bodyRows(view.container)[7]);
    await press(document.activeElement as Element, 'Home');
    expect(document.activeElement).toBe(bodyRows(view.container)[0]);

    await press(document.activeElement as Element, 'ArrowDown');
    // The focused row's own buttons join the Tab order; other rows' buttons stay out of it.
    const active = bodyRows(view.container)[1] as HTMLTableRowElement;
    expect(tabStops(view.container).filter((el) => el.tagName === 'TR')).toEqual([active]);
    expect(tabStops(view.container).every((el) => active.contains(el))).toBe(true);
    // Name, score (explanation), force; and the trade-off line where a higher scorer lost.
    expect(active.querySelectorAll('button[tabindex="0"]').length).toBe(active.querySelector('.pt-trade-off') ? 4 : 3);
  });

  it('opens the focused row with Enter, and a row or its name with a click', async () => {
    view = await renderTable(6);
    const rows = bodyRows(view.container);
    await focus(rows[2] as HTMLElement);
    await press(rows[2] as HTMLElement, 'Enter');
    expect(view.onOpen).toHaveBeenLastCalledWith(rows[2]?.dataset.rowId);

    await click(rows[3]?.querySelector('.pt-cell--investment') as HTMLElement);
    expect(view.onOpen).toHaveBeenLastCalledWith(rows[3]?.dataset.rowId);
    await click(rows[4]?.querySelector('.pt-name') as HTMLElement);
    expect(view.onOpen).toHaveBeenLastCalledWith(rows[4]?.dataset.rowId);
    expect(view.onOpen).toHaveBeenCalledTimes(3);

    // The row's other controls do their own job, not "open".
    await click(rows[1]?.querySelector('.pt-explain-toggle') as HTMLElement);
    expect(view.onOpen).toHaveBeenCalledTimes(3);
  });

  it('leaves Enter and Space to a focused button inside the row', async () => {
    view = await renderTable(4);
    const row = bodyRows(view.container)[0] as HTMLTableRowElement;
    const toggle = row.querySelector('.pt-explain-toggle') as HTMLButtonElement;
    await focus(toggle);
    await press(toggle, 'Enter');
    await press(toggle, ' ');
    expect(view.onOpen).not.toHaveBeenCalled();
    expect(view.container.querySelectorAll('tr.pt-explain-row')).toHaveLength(0);
  });

  it('sorts from the keyboard: column headers are buttons', async () => {
    view = await renderTable(4);
    const headers = [...view.container.querySelectorAll('thead th')];
    expect(headers.every((th) => th.querySelector('button.pt-sort'))).toBe(true);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  });
});
