import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { currentMonth } from '@renderer/features/living/today';
import { TrackedFigures } from '@renderer/features/useCases/TrackedFigures';
import { buildDemoWorkspace, DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME } from '@shared/demo';
import { trackedMetrics, todayPlanMonth } from '@shared/finance';
import { presenter } from '@shared/presentation';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLDivElement;
afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

function demo(opts: { todayMonth: string } | { planningStartMonth: string }) {
  let n = 0;
  return buildDemoWorkspace({ newId: () => `t-${++n}`, nowIso: '2027-01-01T00:00:00.000Z', ...opts });
}

async function show(d: ReturnType<typeof demo>, name: string): Promise<string> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const useCase = d.useCases.find((u) => u.name === name)!;
  await act(async () => root!.render(<TrackedFigures useCase={useCase} workspace={d.workspace} present={presenter(d.workspace)} />));
  return container.textContent ?? '';
}

describe('the use case as it stands today (summary panel)', () => {
  it('once the plan has started: forward figures from today, to fund beside the plan total, whole-life, sunk and committed, labelled', async () => {
    const d = demo({ todayMonth: currentMonth() });
    const p = presenter(d.workspace);
    const text = await show(d, DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME);
    const uc = d.useCases.find((u) => u.name === DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME)!;
    const today = todayPlanMonth(d.workspace.planningStartMonth, currentMonth(), d.workspace.horizonMonths);
    const { metrics } = trackedMetrics(uc, d.workspace, today);
    const from = `from ${p.planMonth(today)}`;
    expect(text).toContain('As it stands today');
    expect(text).toContain('Last mile in progress');
    expect(text).toContain(`NPV ${from}${p.money(metrics.npv)}`);
    expect(text).toContain(`Expected NPV ${from}${p.money(metrics.expectedNpv!)}`);
    expect(text).toContain(`NPV, whole life${p.money(metrics.living.wholeLife.npv)}`);
    expect(text).toContain(`Spent to date (sunk)${p.money(metrics.living.sunk.total)}`);
    expect(text).toContain(`Committed, not yet spent${p.money(metrics.living.committed)}`);
    expect(text).toContain(`of ${p.money(metrics.totalInvestment)} in the plan`);
    expect(container.querySelectorAll('h3')).toHaveLength(2);
  });

  it('says a finished pilot waits for its readiness to be re-assessed when it was not', async () => {
    const d = demo({ todayMonth: currentMonth() });
    const waiting = d.useCases.find((u) => u.lifecycle.history.at(-1)?.stage === 'pilot-succeeded')!;
    waiting.lifecycle = { ...waiting.lifecycle, history: waiting.lifecycle.history.map((c) => ({ ...c, evidence: null })) };
    expect(await show(d, waiting.name)).toContain('readiness to re-assess with the pilot’s evidence');
  });

  it('shows nothing before the plan starts', async () => {
    const d = demo({ planningStartMonth: currentMonth() });
    expect(await show(d, DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME)).toBe('');
  });
});
