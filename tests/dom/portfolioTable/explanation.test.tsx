import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SCORE_CRITERION_LABELS, scoreRawLabel } from '@shared/portfolio';
import { bodyRows, click, focus, installBrowserStandIns, press, renderTable, type Rendered } from './renderTable';

beforeAll(installBrowserStandIns);

let view: Rendered;
afterEach(async () => {
  await view.unmount();
  localStorage.clear();
});

const toggleOf = (row: Element) => row.querySelector<HTMLButtonElement>('.pt-explain-toggle') as HTMLButtonElement;
const explanations = (c: ParentNode) => [...c.querySelectorAll<HTMLTableRowElement>('tr.pt-explain-row')];

describe('PortfolioTable score explanation', () => {
  it('lists criterion, raw value, points, weight and contribution; the contributions add up to the score shown', async () => {
    view = await renderTable(8);
    for (const [i, row] of bodyRows(view.container).slice(0, 4).entries()) {
      await click(toggleOf(row));
      const panel = explanations(view.container)[i] as HTMLTableRowElement;
      const candidate = view.props.rows.find((r) => r.useCase.id === row.dataset.rowId);
      if (!candidate) throw new Error('row without candidate');

      const lines = [...panel.querySelectorAll('.pt-explanation__table > tbody > tr')];
      // The room vote is a row only while it has a weight (docs/workshop.md); these weights give it none.
      expect(lines.map((l) => l.querySelector('th')?.firstChild?.textContent)).toEqual(Object.entries(SCORE_CRITERION_LABELS).filter(([c]) => c !== 'roomVote').map(([, label]) => label));
      expect(lines.map((l) => l.querySelectorAll('td')[0]?.textContent)).toEqual(candidate.score.parts.map((p) => scoreRawLabel(p.figure)));
      expect([...panel.querySelectorAll('.pt-explanation__table > thead th')].map((th) => th.textContent)).toEqual(['Criterion', 'Raw value', 'Points (0–100)', 'Weight', 'Contribution']);

      // Independent check: contribution = weight × points ÷ Σ weights, and the displayed contributions sum to the total.
      const weights = candidate.score.parts.map((p) => p.weight);
      const sumW = weights.reduce((a, b) => a + b, 0);
      const contributions = lines.map((l) => Number(l.querySelector('.pt-explanation__contribution')?.textContent));
      candidate.score.parts.forEach((p, k) => expect(contributions[k]).toBeCloseTo((p.weight * p.points) / sumW, 2));
      const shownTotal = Number(panel.querySelector('.pt-explanation__total')?.textContent);
      expect(Math.abs(contributions.reduce((a, b) => a + b, 0) - shownTotal)).toBeLessThanOrEqual(0.005 * lines.length + 1e-9);
      expect(shownTotal).toBeCloseTo(candidate.score.total, 2);
      expect(Number(toggleOf(row).textContent?.match(/[\d.]+/)?.[0])).toBeCloseTo(candidate.score.total, 1);
    }
  });

  it('announces the expanded state and counts explanation rows in aria-rowcount / aria-rowindex', async () => {
    view = await renderTable(6);
    const table = view.container.querySelector('table.pt-table') as HTMLTableElement;
    expect(table.getAttribute('aria-rowcount')).toBe('7');
    const [first, second] = bodyRows(view.container) as [HTMLTableRowElement, HTMLTableRowElement];
    expect(second.getAttribute('aria-rowindex')).toBe('3');

    await click(toggleOf(first));
    expect(toggleOf(first).getAttribute('aria-expanded')).toBe('true');
    const panel = explanations(view.container)[0] as HTMLTableRowElement;
    expect(document.getElementById(toggleOf(first).getAttribute('aria-controls') ?? '')).toBe(panel.querySelector('.pt-explanation'));
    expect(panel.getAttribute('aria-rowindex')).toBe('3');
    expect(bodyRows(view.container)[1]?.getAttribute('aria-rowindex')).toBe('4');
    expect(table.getAttribute('aria-rowcount')).toBe('8');

    await click(toggleOf(first));
    expect(toggleOf(first).getAttribute('aria-expanded')).toBe('false');
    expect(explanations(view.container)).toHaveLength(0);
  });

  it('toggles from the keyboard with Space and with E on a focused row', async () => {
    view = await renderTable(4);
    const row = bodyRows(view.container)[1] as HTMLTableRowElement;
    await focus(row);
    await press(row, ' ');
    expect(explanations(view.container)).toHaveLength(1);
    await press(row, 'e');
    expect(explanations(view.container)).toHaveLength(0);
    await press(row, 'E');
    expect(explanations(view.container)).toHaveLength(1);
    expect(view.onOpen).not.toHaveBeenCalled();
  });

  it('says why a candidate is funded or not, with the reason of a forced choice', async () => {
    view = await renderTable(8);
    const forcedOutId = Object.entries(view.props.forced).find(([, c]) => c.mode === 'out')?.[0] as string;
    const row = bodyRows(view.container).find((r) => r.dataset.rowId === forcedOutId) as HTMLTableRowElement;
    expect(row.querySelector('.pt-cell--funded .pt-status')?.textContent).toBe('Not funded: Forced out: Vendor contract under review');
    await click(toggleOf(row));
    expect(explanations(view.container)[0]?.querySelector('.pt-explanation__funding')?.textContent).toBe(
      'Not funded: Forced out: Vendor contract under review. The team forced it out: Vendor contract under review',
    );

    const forcedInId = Object.entries(view.props.forced).find(([, c]) => c.mode === 'in')?.[0] as string;
    const inRow = bodyRows(view.container).find((r) => r.dataset.rowId === forcedInId) as HTMLTableRowElement;
    expect(view.props.fundedIds.has(forcedInId)).toBe(true);
    expect(inRow.querySelector('.pt-cell--funded .pt-status')?.textContent).toBe('FundedForced in');
    await click(toggleOf(inRow));
    const panels = explanations(view.container).map((p) => p.querySelector('.pt-explanation__funding')?.textContent);
    expect(panels).toContain('Funded (forced in: Regulator asked for it).');
  });

  it('names a parked problem as the reason (a funding rule), not the team, and keeps the force control on Auto', async () => {
    view = await renderTable(12);
    const parked = view.props.rows.find((r) => r.problem?.status === 'parked' && !view.props.forced[r.useCase.id]);
    if (!parked) throw new Error('the fixture has no candidate of a parked problem');
    const row = bodyRows(view.container).find((r) => r.dataset.rowId === parked.useCase.id) as HTMLTableRowElement;
    expect(row.querySelector('.pt-cell--funded .pt-status')?.textContent).toBe('Not funded: Its problem is parked');
    expect(row.querySelector('.pt-force')?.textContent).toMatch(/^Auto/);
  });

  it('shows the trade-off beside a higher scorer that lost to lower-ranked funded candidates, and opens it in full', async () => {
    view = await renderTable(12);
    const rows = bodyRows(view.container);
    const lastFunded = Math.max(...rows.map((r, i) => (view.props.fundedIds.has(r.dataset.rowId ?? '') ? i : -1)));
    const losers = rows.slice(0, lastFunded).filter((r) => view.props.notes.get(r.dataset.rowId ?? '')?.tradeOff);
    expect(losers.length).toBeGreaterThan(0);
    for (const row of losers) {
      const note = view.props.notes.get(row.dataset.rowId ?? '');
      expect(row.querySelector('.pt-status')?.textContent).toBe(`Not funded: ${note?.status}`);
      expect(row.querySelector('.pt-trade-off')?.textContent).toBe(`Why it lost: ${note?.tradeOff}`);
    }
    const row = losers[0] as HTMLTableRowElement;
    const line = row.querySelector('.pt-trade-off') as HTMLButtonElement;
    expect(line.getAttribute('aria-expanded')).toBe('false');
    await click(line);
    expect(line.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(line.getAttribute('aria-controls') ?? '');
    expect(panel?.querySelector('.pt-explanation__trade-off')?.textContent).toBe(view.props.notes.get(row.dataset.rowId ?? '')?.tradeOff);
  });

  it('claims no reason while there is no funding result (e.g. while it is being computed)', async () => {
    view = await renderTable(5, { fundedIds: new Set(), notes: new Map() });
    const cells = bodyRows(view.container).map((r) => r.querySelector('.pt-cell--funded')?.textContent);
    const forcedIds = new Set(Object.keys(view.props.forced));
    bodyRows(view.container).forEach((r, i) => {
      const marker = view.props.forced[r.dataset.rowId ?? '']?.mode;
      expect(cells[i]).toBe(`Not funded${marker === 'in' ? 'Forced in' : marker === 'out' ? 'Forced out' : ''}`);
    });
    expect(forcedIds.size).toBeGreaterThan(0);
  });
});
