import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { GatePage } from '@renderer/features/living/gate/GatePage';
import { currentMonth } from '@renderer/features/living/today';
import { blankUseCaseInput, currentStage, defaultWorkspaceSettings, quickProblemInput, READINESS_DIMENSIONS, READINESS_LABELS, type Readiness } from '@shared/domain';
import { planMonthToCalendar } from '@shared/finance';

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
  for (let i = 0; i < 300; i++) {
    if (probe()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}\n${text()}`);
}
function control(label: string): HTMLInputElement | HTMLTextAreaElement {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent === label);
  const el = l ? document.getElementById(l.htmlFor) : null;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error(`No control “${label}”`);
  return el;
}
async function type(label: string, value: string): Promise<void> {
  const el = control(label);
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function choose(legend: string, label: RegExp): Promise<void> {
  const group = [...container.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === legend);
  const input = [...(group?.querySelectorAll('label') ?? [])].find((l) => label.test(l.textContent ?? ''))?.querySelector('input');
  if (!input) throw new Error(`No choice ${String(label)} in “${legend}”`);
  await act(async () => input.click());
}
async function click(name: string): Promise<void> {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`No button “${name}”`);
  await act(async () => b.click());
}

/**
 * Plan from six months ago; a pilot planned and run in plan months 4–6, finished successfully last month without its
 * readiness re-assessment; its $120,000 last mile is planned from this month (plan month 7) on.
 */
async function finishedWithoutEvidence() {
  const repos = repositories();
  const start = planMonthToCalendar(currentMonth(), -5);
  const ws = await repos.workspaces.create(defaultWorkspaceSettings('Acme', start));
  if (!ws.ok) throw new Error('workspace');
  const p = await repos.problems.create(ws.value.id, quickProblemInput('Invoices keyed by hand'));
  if (!p.ok) throw new Error('problem');
  const base = blankUseCaseInput(p.value.id, { pilotMonths: 3, lastMileMonths: 6, rampUpMonths: 0 });
  const readiness = Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score: 3, note: '' }])) as Readiness;
  const uc = await repos.useCases.create(ws.value.id, {
    ...base,
    name: 'Invoice reader',
    pilot: { cost: 60_000, months: 3 },
    lastMile: { costs: { ...base.lastMile.costs, integration: 120_000 }, months: 6 },
    benefits: { ...base.benefits, costAvoidedPerMonth: 30_000 },
    readiness,
    startMonth: 4,
  });
  if (!uc.ok) throw new Error('use case');
  const today = currentMonth();
  const step = { by: 'CFO', note: '', evidence: null };
  const started = await repos.lifecycle.changeStage(uc.value.id, { ...step, stage: 'pilot', month: planMonthToCalendar(start, 4) }, uc.value.revision, today);
  if (!started.ok) throw new Error(started.errors[0]?.message);
  const done = await repos.lifecycle.changeStage(uc.value.id, { ...step, stage: 'pilot-succeeded', month: planMonthToCalendar(start, 6) }, started.value.revision, today);
  if (!done.ok) throw new Error(done.errors[0]?.message);
  return done.value;
}

describe('the last-mile decision page', () => {
  it('asks for the readiness re-assessment first, then takes the decision with its rationale', async () => {
    const uc = await finishedWithoutEvidence();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root?.render(<GatePage workspaceId={uc.workspaceId} useCaseId={uc.id} />));
    await waitFor(() => text().includes('Fund the last mile of “Invoice reader”?'), 'the gate');
    expect(text()).toContain('Re-assess readiness first');
    expect(text()).toContain('Not known yet');
    expect(text()).toContain('Last mile in all$120,000');
    expect(text()).toContain('6 months of last-mile work from today');
    expect(text()).toContain('Already spent (sunk): $60,000.');
    expect(text()).not.toContain('before today');

    await click('Record the re-assessment');
    await waitFor(() => text().includes('Score every dimension with what the pilot showed (5 of 5 not scored yet)'), 'the refusal');
    for (const d of READINESS_DIMENSIONS) await choose(`${READINESS_LABELS[d]} after the pilot`, d === 'cost' ? /^2 / : /^4 /);
    await type('What the pilot showed about Costs under control', 'Token use was twice the estimate');
    await click('Record the re-assessment');
    await waitFor(() => !text().includes('Re-assess readiness first'), 'the re-assessment');
    expect(text()).toContain('From the readiness re-assessed with what the pilot showed');
    expect(text()).toContain('Costs under control scored 2: Token use was twice the estimate');
    expect(text()).not.toContain('Not known yet');

    await click('Record the decision');
    expect(text()).toContain('Choose fund the last mile, extend the pilot or stop');
    expect(text()).toContain('Give the rationale: why this decision, on these figures');
    await choose('Fund the last mile?', /^Stop$/);
    await type('Rationale', 'The run cost wipes out the saving until token prices fall.');
    await type('Decided by', 'Investment committee');
    await click('Record the decision');
    await waitFor(() => text().includes('Last-mile decisions on “Invoice reader”'), 'the decision');
    expect(text()).toContain('Decided by Investment committee');
    const stored = await repositories().useCases.get(uc.id);
    expect(stored && currentStage(stored.lifecycle)).toBe('stopped');
    expect(stored?.lifecycle.decisions[0]?.figures.remainingLastMileCost).toBeCloseTo(120_000, 6);
    expect(stored?.lifecycle.decisions[0]?.figures.openRisks).toEqual(['Costs under control scored 2: Token use was twice the estimate']);
    expect(document.activeElement?.id).toBe('gate-title');
  });
});
