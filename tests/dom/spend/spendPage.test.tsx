/**
 * The AI spend page on the demo workspace: every dollar accounted for (funded + not funded + not tied = total), the
 * published 5,000-seat example shown with its source, an item recorded with a link (validation naming what is wrong
 * first), deleted with undo, and no accessibility violations axe can find. (The funding answer is the same search, run
 * here: jsdom has no workers.)
 */
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repositories } from '@renderer/db';
import { demoBundle } from '@renderer/features/workspaces/workspaceActions';
import { useHistory } from '@renderer/state/history';
import type * as FundingServiceModule from '@renderer/features/portfolio/fundingService';
import { parseNumberText } from '@shared/presentation';

vi.mock('@renderer/features/portfolio/fundingService', async (original) => {
  const real = await original<FundingService>();
  const { optimiseFunding } = await import('@shared/portfolio');
  return {
    ...real,
    fundingAnswerFor: async (bundle: Parameters<typeof real.fundingAnswerFor>[0]) => {
      const { candidates, constraints } = real.workspaceFundingProblem(bundle.workspace, bundle.problems, bundle.useCases, bundle.plan, bundle.todayMonth, bundle.sessions);
      return optimiseFunding(candidates, constraints, { clock: () => performance.now(), timeLimitMs: 2_000 });
    },
  };
});
type FundingService = typeof FundingServiceModule;

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLDivElement;
afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

const text = () => container.textContent ?? '';
async function waitFor(probe: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1_000; i++) {
    if (probe()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}\n${text()}`);
}
async function click(name: string): Promise<void> {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`No button “${name}”`);
  await act(async () => b.click());
}
function control(label: string): HTMLInputElement | HTMLSelectElement {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent?.startsWith(label));
  const el = l?.htmlFor ? document.getElementById(l.htmlFor) : l?.querySelector('select, input');
  if (!el) throw new Error(`No control “${label}”`);
  return el as HTMLInputElement | HTMLSelectElement;
}
async function type(label: string, value: string): Promise<void> {
  const el = control(label) as HTMLInputElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function choose(label: string, index: number): Promise<string> {
  const el = control(label) as HTMLSelectElement;
  const option = el.options[index]!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(el, option.value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return option.textContent ?? '';
}
/** A money cell read back with the app's own number reading, in cents. */
const cents = (testId: string) => {
  const cell = container.querySelector(`[data-testid="${testId}"]`);
  const shown = (cell?.tagName === 'TR' ? cell.children[1]!.textContent : cell?.textContent) ?? '';
  const r = parseNumberText(shown, 'money');
  if (!r.ok) throw new Error(`Not money: ${shown}`);
  return Math.round(r.value * 100);
};
const accounted = () => ({ total: cents('spend-total'), funded: cents('spend-funded'), unfunded: cents('spend-unfunded'), none: cents('spend-none') });

describe('the AI spend page', () => {
  it('accounts for every dollar of the demo, records a linked seat licence, and deletes it with undo', { timeout: 60_000 }, async () => {
    const written = await repositories().workspaces.createDemo(demoBundle(), { firstStart: false });
    if (!written?.ok) throw new Error('demo');
    const { SpendPage } = await import('@renderer/features/spend/SpendPage');
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root?.render(<SpendPage workspaceId={written.value.id} />));
    await waitFor(() => container.querySelector('[data-testid="spend-total"]') !== null, 'the totals');

    // The demo: $1,000,000 of seats + $1,200 of AP seats + $12,000 of API + $4,000 of platform.
    const before = accounted();
    expect(before.total).toBe(101_720_000);
    expect(before.funded + before.unfunded + before.none).toBe(before.total);
    expect(before.none).toBeGreaterThanOrEqual(100_000_000);
    expect(container.querySelector('[data-testid="spend-seats"]')!.textContent).toMatch(/^5,000 of 5,040 seats have no use case behind them: \$1,000,000 a month\.$/);
    expect(text()).toContain('5,000 seats at $200 a month is $1,000,000 a month with no use case behind it (Caxy');
    expect(text()).toContain('$47,000 to $12,700 a month by caching');

    // Save refuses a nameless item and says so beside the field.
    await click('Record AI spend');
    await click('Save');
    expect(text()).toContain('Name is required');
    await type('Name', 'Analyst seats');
    await type('Seats', '10');
    await type('Price per seat per month', '50');
    const linkedTo = await choose('Link a use case', 1);
    expect(text()).toContain(`Share for “${linkedTo}”`);
    await type(`Share for “${linkedTo}”`, '120');
    await click('Save');
    expect(text()).toContain('Share of the item must be between 0% and 100%');
    await type(`Share for “${linkedTo}”`, '100');
    await click('Save');
    await waitFor(() => accounted().total === before.total + 50_000, 'the new total');
    const after = accounted();
    expect(after.funded + after.unfunded).toBe(before.funded + before.unfunded + 50_000);
    expect(after.none).toBe(before.none);
    expect(after.funded + after.unfunded + after.none).toBe(after.total);

    // Editing starts from the item as saved: 20 seats instead of 10.
    await click('Edit “Analyst seats”');
    expect((control('Name') as HTMLInputElement).value).toBe('Analyst seats');
    await type('Seats', '20');
    await click('Save');
    await waitFor(() => accounted().total === before.total + 100_000, 'the edited total');
    const edited = accounted();
    expect(edited.funded + edited.unfunded + edited.none).toBe(edited.total);

    // A steep token price rise names the use cases whose NPV turns negative.
    await type('Token price rise', '2000');
    expect(text()).toContain('The rise must be between 0% and 1,900%');
    await type('Token price rise', '1000');
    await waitFor(() => container.querySelector('[data-testid="spend-rise-table"]') !== null, 'the use cases turning negative');
    expect(container.querySelectorAll('[data-testid="spend-rise-table"] tbody tr').length).toBeGreaterThan(0);

    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);

    await click('Delete “Analyst seats”');
    await waitFor(() => accounted().total === before.total, 'the item deleted');
    expect(await repositories().spendItems.list(written.value.id)).toHaveLength(4);
    await act(async () => {
      await useHistory.getState().undo();
    });
    await waitFor(() => accounted().total === before.total + 100_000, 'the item back');
    expect((await repositories().spendItems.list(written.value.id)).map((s) => s.name)).toContain('Analyst seats');
  });
});
