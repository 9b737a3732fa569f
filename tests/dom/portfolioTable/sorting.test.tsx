import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { objectiveRanks } from '@shared/analysis';
import { unassessedReadiness } from '@shared/domain';
import { COLUMN_STORAGE_KEY } from '@renderer/features/portfolio/table/columnPreferences';
import { compareText } from '@renderer/features/portfolio/table/tableModel';
import { bodyRows, choose, click, headerButton, installBrowserStandIns, renderTable, rowIds, type Rendered } from './renderTable';
import type { SyntheticPortfolio } from '../../bench/fixtures/portfolioTable/syntheticPortfolio';

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
    const expected = [...view.props.rows].sort((a, b) => (b.metrics.expectedNpv ?? 0) - (a.metrics.expectedNpv ?? 0)).map((r) => r.useCase.id);
    await click(headerButton(view.container, 'Expected NPV'));
    expect(rowIds(view.container)).toEqual(expected);
    expect(sortOf(view.container, 'Expected NPV')).toBe('descending');
    expect(sortOf(view.container, 'Rank')).toBeNull();

    await click(headerButton(view.container, 'Expected NPV'));
    expect(rowIds(view.container)).toEqual([...expected].reverse());
    expect(sortOf(view.container, 'Expected NPV')).toBe('ascending');
  });

  it('sorts names alphabetically and keeps "not defined" IRRs last in both directions', async () => {
    localStorage.setItem(COLUMN_STORAGE_KEY, JSON.stringify({ irr: true }));
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
    await click(headerButton(view.container, 'Funded?'));
    const funded = bodyRows(view.container).map((r) => view.props.fundedIds.has(r.dataset.rowId ?? ''));
    const firstUnfunded = funded.indexOf(false);
    expect(funded.filter(Boolean).length).toBe(view.props.fundedIds.size);
    expect(funded.slice(firstUnfunded).every((f) => !f)).toBe(true);
  });

  it('follows a new funding answer: the rows say it in rank order, and the order follows it when sorted by the outcome', async () => {
    view = await renderTable(12);
    const byRank = rowIds(view.container);
    const newlyFunded = new Set(byRank.filter((id) => !view.props.fundedIds.has(id)).slice(0, 2));
    const funded = (c: ParentNode) => bodyRows(c).filter((r) => r.classList.contains('pt-row--funded')).map((r) => r.dataset.rowId);
    const saysFunded = (c: ParentNode) => bodyRows(c).filter((r) => r.querySelector('.pt-badge--funded')).map((r) => r.dataset.rowId);
    await view.rerender({ fundedIds: newlyFunded, notes: new Map() });
    expect(rowIds(view.container)).toEqual(byRank);
    expect(funded(view.container)).toEqual(byRank.filter((id) => newlyFunded.has(id)));
    expect(saysFunded(view.container)).toEqual(byRank.filter((id) => newlyFunded.has(id)));

    await click(headerButton(view.container, 'Funded?'));
    expect(rowIds(view.container).slice(0, 2).sort()).toEqual([...newlyFunded].sort());
    const next = new Set(byRank.filter((id) => !newlyFunded.has(id)).slice(-3));
    await view.rerender({ fundedIds: next });
    expect(rowIds(view.container).slice(0, 3).sort()).toEqual([...next].sort());
    expect(saysFunded(view.container).sort()).toEqual([...next].sort());
  });
});

/** Two candidates (of problems not parked) with readiness not assessed and one not classified yet, as a new candidate starts. */
const notAssessedYet = (p: SyntheticPortfolio) => {
  const parked = new Set(p.problems.filter((x) => x.status === 'parked').map((x) => x.id));
  for (const uc of p.useCases.slice(3).filter((u) => !parked.has(u.problemId)).slice(0, 2)) uc.readiness = unassessedReadiness();
  const third = p.useCases[5];
  if (third) third.classification = { ...third.classification, kind: null };
};

describe('PortfolioTable with candidates not assessed or not classified', () => {
  it('says "readiness not assessed" instead of a chance, an average or an expected NPV, and why it is not funded', async () => {
    view = await renderTable(10, {}, notAssessedYet);
    const open = view.props.rows.filter((r) => r.metrics.probability === null);
    expect(open).toHaveLength(2);
    for (const r of open) {
      const row = bodyRows(view.container).find((el) => el.dataset.rowId === r.useCase.id) as HTMLTableRowElement;
      expect(row.querySelector('.pt-cell--readiness')?.textContent).toBe('readiness not assessed');
      expect(row.querySelector('.pt-cell--expectedNpv')?.textContent).toBe('readiness not assessed');
      expect(row.querySelector('.pt-cell--funded .pt-status')?.textContent).toBe('Not funded: Readiness not assessed');
    }
  });

  it('sorts candidates without a figure last, whichever way the column is sorted', async () => {
    view = await renderTable(10, {}, notAssessedYet);
    const open = new Set(view.props.rows.filter((r) => r.metrics.probability === null).map((r) => r.useCase.id));
    for (const header of ['Expected NPV', 'Expected NPV', 'Readiness', 'Readiness']) {
      await click(headerButton(view.container, header));
      expect(new Set(rowIds(view.container).slice(-2)), header).toEqual(open);
    }
  });

  it('flags a candidate not classified yet, and filters on it', async () => {
    view = await renderTable(10, {}, notAssessedYet);
    const unclassified = view.props.rows.filter((r) => r.useCase.classification.kind === null).map((r) => r.useCase.id);
    expect(unclassified).toHaveLength(1);
    const row = bodyRows(view.container).find((el) => el.dataset.rowId === unclassified[0]) as HTMLTableRowElement;
    expect(row.querySelector('.pt-cell--classification .pt-badge--unclassified')?.textContent).toBe('Not classified');
    await choose(view.container, 'Classification', 'unclassified');
    expect(rowIds(view.container)).toEqual(unclassified);
  });
});

const rankBySelect = (c: ParentNode) => [...c.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Rank by'))?.querySelector('select') as HTMLSelectElement;

describe('PortfolioTable rank by', () => {
  it('ranks by expected NPV (what funding maximises) as well as by score', async () => {
    view = await renderTable(12, {}, notAssessedYet);
    const select = rankBySelect(view.container);
    expect([...select.options].map((o) => o.textContent)).toEqual(['Score', 'Expected NPV (what funding maximises)']);
    await choose(view.container, 'Rank by', 'expectedNpv');
    const ranks = objectiveRanks(view.props.rows, { objective: 'expectedNpv' });
    const expected = [...view.props.rows].sort((a, b) => (ranks.get(a.useCase.id) ?? 0) - (ranks.get(b.useCase.id) ?? 0)).map((r) => r.useCase.id);
    expect(rowIds(view.container)).toEqual(expected);
    expect(bodyRows(view.container).map((r) => r.querySelector('.pt-cell--rank')?.textContent)).toEqual(expected.map((_, i) => String(i + 1)));
    // Not assessed: funding counts only the pilot (always spent), so they rank at the bottom by expected NPV.
    const open = view.props.rows.filter((r) => r.metrics.probability === null).map((r) => r.useCase.id);
    expect(open.every((id) => expected.indexOf(id) >= expected.length - 4)).toBe(true);

    await choose(view.container, 'Rank by', 'score');
    expect(rowIds(view.container)).toEqual(view.props.rows.map((r) => r.useCase.id));
  });

  it('names the score as what funding maximises when the plan maximises the score', async () => {
    view = await renderTable(4, { objective: 'score' });
    const select = rankBySelect(view.container);
    expect([...select.options].map((o) => o.textContent)).toEqual(['Score (what funding maximises)', 'Expected NPV']);
  });
});

describe('compareText (names and titles)', () => {
  it('orders numbers inside names naturally, ignoring case and accents', () => {
    const names = ['UC 10', 'uc 2', 'Zebra', 'Äpfel', 'apfel 3', 'UC 1'];
    expect([...names].sort(compareText)).toEqual(['Äpfel', 'apfel 3', 'UC 1', 'uc 2', 'UC 10', 'Zebra']);
    expect(compareText('Invoice 007', 'invoice 7')).toBe(0);
  });
});
