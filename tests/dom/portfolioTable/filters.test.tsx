import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_STORAGE_KEY } from '@renderer/features/portfolio/table/columnPreferences';
import { bodyRows, choose, click, installBrowserStandIns, renderTable, rowIds, type Rendered } from './renderTable';

beforeAll(installBrowserStandIns);

let view: Rendered;
afterEach(async () => {
  await view.unmount();
  localStorage.clear();
});

const countText = (c: ParentNode) => c.querySelector('.pt-count')?.textContent ?? '';
const headers = (c: ParentNode) => [...c.querySelectorAll('thead th')].map((th) => th.textContent?.replace(/[▲▼↕]/g, '').trim());
const checkbox = (c: ParentNode, label: string) => {
  const input = [...c.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)?.querySelector('input');
  if (!input) throw new Error(`No checkbox "${label}"`);
  return input;
};

describe('PortfolioTable filters', () => {
  it('filters by classification and says how many of all candidates show', async () => {
    view = await renderTable(14);
    const expected = view.props.rows.filter((r) => r.useCase.classification.kind === 'value-creation').map((r) => r.useCase.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(14);
    await choose(view.container, 'Classification', 'value-creation');
    expect(new Set(rowIds(view.container))).toEqual(new Set(expected));
    expect(bodyRows(view.container).every((r) => r.querySelector('.badge--value-creation'))).toBe(true);
    expect(countText(view.container)).toBe(`Showing ${expected.length} of 14 candidates`);
  });

  it('filters by problem status and by function, together', async () => {
    view = await renderTable(14);
    const validated = view.props.rows.filter((r) => r.problem?.status === 'validated');
    await choose(view.container, 'Problem status', 'validated');
    expect(new Set(rowIds(view.container))).toEqual(new Set(validated.map((r) => r.useCase.id)));

    const fn = validated[0]?.problem?.function as string;
    const functionOptions = [...view.container.querySelectorAll('label')]
      .find((l) => l.textContent?.startsWith('Function'))
      ?.querySelectorAll('option');
    expect([...(functionOptions ?? [])].map((o) => o.value)).toContain(fn);
    await choose(view.container, 'Function', fn);
    const both = validated.filter((r) => r.problem?.function === fn).map((r) => r.useCase.id);
    expect(new Set(rowIds(view.container))).toEqual(new Set(both));
  });

  it('shows only candidates with a blocker, then everything again when filters are cleared', async () => {
    view = await renderTable(24);
    const blocked = view.props.rows.filter((r) => r.metrics.blockers.length > 0).map((r) => r.useCase.id);
    expect(blocked.length).toBeGreaterThan(0);
    await click(checkbox(view.container, 'Blockers only'));
    expect(new Set(rowIds(view.container))).toEqual(new Set(blocked));
    expect(bodyRows(view.container).every((r) => r.querySelector('.badge--blocker'))).toBe(true);

    const clear = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Clear filters');
    await click(clear as HTMLButtonElement);
    expect(countText(view.container)).toBe('24 candidates');
    expect(rowIds(view.container).slice(0, 10)).toEqual(view.props.rows.slice(0, 10).map((r) => r.useCase.id));
  });

  it('says so when no candidate matches', async () => {
    view = await renderTable(10);
    await view.rerender({ rows: view.props.rows.filter((r) => r.useCase.classification.kind === 'automation') });
    await choose(view.container, 'Classification', 'unclassified');
    expect(bodyRows(view.container)).toHaveLength(0);
    await choose(view.container, 'Classification', 'value-creation');
    expect(bodyRows(view.container)).toHaveLength(0);
    expect(view.container.querySelector('.pt-empty')?.textContent).toBe('No candidates match these filters.');
  });
});

describe('PortfolioTable column chooser', () => {
  it('starts with the columns that fit a laptop screen: the funding outcome beside rank, name and the key figures', async () => {
    view = await renderTable(5);
    expect(headers(view.container)).toEqual(['Rank', 'Candidate', 'Classification', 'Stage', 'Total investment', 'Expected NPV', 'Readiness', 'Score', 'Funded?', 'Funding choice']);
  });

  it('hides and shows columns, remembers the choice, and never offers to hide rank or candidate', async () => {
    view = await renderTable(5);
    await click(checkbox(view.container, 'NPV'));
    expect(headers(view.container)).toContain('NPV');
    expect(headers(view.container)).not.toContain('Function');
    const offered = [...view.container.querySelectorAll('.pt-columns__list label')].map((l) => l.textContent?.trim());
    expect(offered).not.toContain('Rank');
    expect(offered).not.toContain('Candidate');

    await click(checkbox(view.container, 'NPV'));
    await click(checkbox(view.container, 'Function'));
    expect(headers(view.container)).not.toContain('NPV');
    expect(headers(view.container)).toContain('Function');
    expect(bodyRows(view.container)[0]?.querySelector('.pt-cell--npv')).toBeNull();
    expect(JSON.parse(localStorage.getItem(COLUMN_STORAGE_KEY) ?? '{}')).toMatchObject({ npv: false, function: true });

    await view.unmount();
    view = await renderTable(5);
    expect(headers(view.container)).not.toContain('NPV');
    expect(headers(view.container)).toContain('Function');
  });

  it('ignores a remembered choice it cannot read', async () => {
    localStorage.setItem(COLUMN_STORAGE_KEY, '{not json');
    view = await renderTable(3);
    expect(headers(view.container)).not.toContain('NPV');
    expect(headers(view.container)).toContain('Expected NPV');
    expect(headers(view.container)).not.toContain('Function');
  });
});
