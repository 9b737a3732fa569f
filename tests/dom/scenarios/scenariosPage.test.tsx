/**
 * The Scenarios page: create two scenarios, give them overrides, compare them with the base plan side by side (the
 * funded sets with the differences marked, the totals, the charts with their tables), delete one and undo; axe finds
 * nothing. In jsdom there are no workers: the funding service is the same search run on the page.
 */
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { efficientFrontier, optimiseFunding, type FundingCandidate, type FundingConstraints } from '@shared/portfolio';

vi.mock('@renderer/features/portfolio/fundingService', () => ({
  FRONTIER_POINTS: 8,
  requestFunding: async (c: FundingCandidate[], k: FundingConstraints) => optimiseFunding(c, k),
  requestFrontier: async (c: FundingCandidate[], k: FundingConstraints, points: number) => efficientFrontier(c, k, points),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { repositories } = await import('@renderer/db');
const { ScenariosPage } = await import('@renderer/features/scenarios/ScenariosPage');
const { useHistory } = await import('@renderer/state/history');
const { buildDemoWorkspace } = await import('@shared/demo');
const { currentMonth } = await import('@renderer/features/living/today');

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
  for (let i = 0; i < 500; i++) {
    if (probe()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}\n${text().slice(0, 2000)}`);
}
function control(label: string): HTMLInputElement | HTMLSelectElement {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent === label);
  const el = l ? document.getElementById(l.htmlFor) : null;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) throw new Error(`No control “${label}”`);
  return el;
}
async function type(label: string, value: string, commit = false): Promise<void> {
  const el = control(label) as HTMLInputElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (commit) {
    await act(async () => {
      el.focus();
      el.blur();
    });
  }
}
async function click(name: string): Promise<void> {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent === name || x.getAttribute('aria-label') === name);
  if (!b) throw new Error(`No button “${name}”`);
  await act(async () => b.click());
}
const funded = () => [...container.querySelectorAll('.scenario-funded tbody tr')];
const headers = () => [...container.querySelectorAll('.scenario-totals thead th')].map((th) => th.textContent);

async function render() {
  const demo = buildDemoWorkspace({ newId: () => crypto.randomUUID(), nowIso: new Date().toISOString(), planningStartMonth: currentMonth() });
  const written = await repositories().bundles.write({ ...demo, scenarios: [] }, 'Test');
  if (!written.ok) throw new Error('demo');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<ScenariosPage workspaceId={written.value.id} />));
  await waitFor(() => text().includes('Scenarios of this workspace'), 'the page');
  return written.value.id;
}

describe('Scenarios page', () => {
  it('creates two scenarios, edits them, compares them with the base plan, and deletes one with undo', { timeout: 60_000 }, async () => {
    const workspaceId = await render();
    await type('New scenario', 'Budget cut by 20%');
    await click('Create scenario');
    await waitFor(() => text().includes('Edit “Budget cut by 20%”'), 'the first scenario');
    await type('Budget (total investment)', '100000', true);
    await waitFor(() => text().includes('Budget $100,000'), 'the budget saved');
    await type('New scenario', 'Token price +50%');
    await click('Create scenario');
    await waitFor(() => text().includes('Edit “Token price +50%”'), 'the second scenario');
    await type('Token price multiplier', '1.5', true);
    await waitFor(() => text().includes('Token price ×1.5'), 'the factor saved');

    // Base plan, then the two scenarios, side by side.
    await waitFor(() => headers().length === 4 && funded().length > 0, 'the comparison');
    expect(headers()).toEqual(['Figure', 'Base plan', 'Budget cut by 20%', 'Token price +50%']);
    const stored = await repositories().scenarios.list(workspaceId);
    expect(stored.map((s) => [s.name, s.plan.budget, s.assumptions.tokenPriceFactor])).toEqual([
      ['Budget cut by 20%', 100_000, null],
      ['Token price +50%', null, 1.5],
    ]);
    // A budget cut to $100,000 funds less: some candidates are funded in only some scenarios, and say so.
    const differs = funded().filter((r) => r.textContent?.includes('Differs'));
    expect(differs.length).toBeGreaterThan(0);
    for (const row of differs) expect(row.textContent).toMatch(/Not funded/);
    expect(text()).toContain('As the budget counts it');
    await waitFor(() => container.querySelectorAll('.lm-scenario-lines').length === 2, 'both charts');
    expect(text()).toContain('Cumulative cash of each funded set');
    expect(text()).toContain('Efficient frontier of each scenario');

    let result: axe.AxeResults | undefined;
    await act(async () => {
      result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    });
    expect(result!.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await click('Delete Budget cut by 20%');
    await waitFor(() => !text().includes('Budget $100,000'), 'the delete');
    expect((await repositories().scenarios.list(workspaceId)).map((s) => s.name)).toEqual(['Token price +50%']);
    await act(async () => useHistory.getState().undo());
    await waitFor(() => text().includes('Budget $100,000'), 'the undo');
    expect((await repositories().scenarios.list(workspaceId)).map((s) => s.name)).toEqual(['Budget cut by 20%', 'Token price +50%']);
  });
});
