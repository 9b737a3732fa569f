/** "Fund against": the cost basis saved in the plan, and how the funded set changes against the other basis. */
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidateCases, fundingProblem, initialPortfolioPlan } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import { optimiseFunding, type FundingCandidate, type FundingConstraints, type PortfolioPlan } from '@shared/portfolio';
import { presenter } from '@shared/presentation';

vi.mock('@renderer/features/portfolio/fundingService', () => ({
  requestFunding: async (c: FundingCandidate[], k: FundingConstraints) => optimiseFunding(c, k),
}));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { CostBasisControl } = await import('@renderer/features/portfolio/CostBasisControl');

let root: Root | null = null;
let container: HTMLDivElement;
afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});
const text = () => container.textContent ?? '';

let n = 0;
const demo = buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
const rows = candidateCases(demo.workspace, demo.problems, demo.useCases, '2027-01');
const present = presenter(demo.workspace);

async function render(plan: PortfolioPlan, onSave = vi.fn(async () => [])) {
  const problem = fundingProblem(rows, plan);
  const funding = optimiseFunding(problem.candidates, problem.constraints);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<CostBasisControl plan={plan} rows={rows} funding={funding} present={present} onSave={onSave} />));
  for (let i = 0; i < 100 && text().includes('Working out'); i++) await act(async () => new Promise((r) => setTimeout(r, 10)));
  return { onSave, funding };
}

describe('Fund against: likely cost / P90 cost', () => {
  it('saves the choice in the plan', async () => {
    const plan = initialPortfolioPlan(demo.useCases);
    const { onSave } = await render(plan);
    const select = container.querySelector('select')!;
    await act(async () => {
      select.value = 'p90';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onSave).toHaveBeenCalledTimes(1);
    const change = (onSave.mock.calls[0] as unknown as [(p: PortfolioPlan) => PortfolioPlan, string])[0];
    expect(change(plan).costBasis).toBe('p90');
  });

  it('funding against the P90 cost says what it counts and which candidates the likely cost would fund instead', async () => {
    const plan = { ...initialPortfolioPlan(demo.useCases), costBasis: 'p90' as const };
    const { funding } = await render(plan);
    expect(text()).toMatch(/The funded set counts \$[\d,]+ at its P90 cost against the budget \(\$[\d,]+ at the likely cost\)/);
    const likely = fundingProblem(rows, { ...plan, costBasis: 'likely' });
    const other = new Set(optimiseFunding(likely.candidates, likely.constraints).selectedIds);
    const same = funding.selectedIds.length === other.size && funding.selectedIds.every((id) => other.has(id));
    expect(text()).toContain(same ? 'Against the likely cost the same candidates are funded.' : 'Against the likely cost:');
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('works out the P90 answer on request while funding against the likely cost', async () => {
    await render(initialPortfolioPlan(demo.useCases));
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === 'What changes against the P90 cost?')!;
    await act(async () => button.click());
    for (let i = 0; i < 100 && text().includes('Working out'); i++) await act(async () => new Promise((r) => setTimeout(r, 10)));
    expect(text()).toMatch(/Against the P90 cost/);
  });
});
