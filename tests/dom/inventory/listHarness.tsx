/**
 * Shared by the inventory page's DOM tests: a workspace whose use cases carry known flags, the page rendered, and the
 * ways a user reaches its controls (by label and by button text).
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { repositories, type StoredUseCase } from '@renderer/db';
import { blankUseCaseInput, defaultWorkspaceSettings, quickProblemInput, type UseCaseInput } from '@shared/domain';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
export let container: HTMLDivElement;

export async function unmount(): Promise<void> {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
}

export const text = () => container.textContent ?? '';

export async function waitFor<T>(probe: () => T | null | undefined | false, what: string, tries = 1_000): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const found = probe();
    if (found) return found;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}\n${text().slice(0, 2000)}`);
}

export function button(name: string | RegExp): HTMLButtonElement {
  const matches = (t: string) => (typeof name === 'string' ? t === name : name.test(t));
  const b = [...container.querySelectorAll('button')].find((x) => matches(x.textContent ?? ''));
  if (!b) throw new Error(`No button “${String(name)}”`);
  return b;
}

export async function click(name: string | RegExp): Promise<void> {
  const b = button(name);
  await act(async () => b.click());
}

/** A control by its label element's text or its aria-label. */
export function control<T extends HTMLElement = HTMLInputElement>(label: string): T {
  const byLabel = [...container.querySelectorAll('label')].find((l) => l.textContent === label);
  const el = byLabel?.htmlFor ? document.getElementById(byLabel.htmlFor) : [...container.querySelectorAll('[aria-label]')].find((x) => x.getAttribute('aria-label') === label);
  if (!el) throw new Error(`No control “${label}”`);
  return el as T;
}

export async function check(label: string, on = true): Promise<void> {
  const box = control(label);
  if (box.checked !== on) await act(async () => box.click());
}

export async function type(label: string, value: string): Promise<void> {
  const el = control(label);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function select(label: string, optionText: string): Promise<void> {
  const el = control<HTMLSelectElement>(label);
  const option = [...el.options].find((o) => o.textContent === optionText);
  if (!option) throw new Error(`No option “${optionText}” in “${label}”: ${[...el.options].map((o) => o.textContent).join(' | ')}`);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(el, option.value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The names of the use cases the list shows, in order. */
export const listedNames = () => [...container.querySelectorAll('.inv-table tbody th a')].map((a) => a.textContent);

/**
 * A workspace with two problems (one stated and owned, one without statement or owner) and four use cases:
 * "Invoice reader" (own costs, no flag), "Claims triage" (AI first, no owner, no benefit, not estimated),
 * "Contract summariser" (as Claims triage, plus personal data without a regime), "Demand forecast" (not estimated).
 */
export async function seedInventory(): Promise<{ workspaceId: string; byName: (name: string) => Promise<StoredUseCase> }> {
  const repos = repositories();
  const ws = await repos.workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
  if (!ws.ok) throw new Error('workspace');
  const workspaceId = ws.value.id;
  const stated = await repos.problems.create(workspaceId, { ...quickProblemInput('Invoices keyed by hand'), statement: 'Clerks retype 4,000 invoices a month', owner: 'Dana Ruiz' });
  const unstated = await repos.problems.create(workspaceId, quickProblemInput('Claims'));
  if (!stated.ok || !unstated.ok) throw new Error('problems');
  const base = (problemId: string, name: string): UseCaseInput => ({ ...blankUseCaseInput(problemId, ws.value.defaults), name });
  const none = { source: 'none' as const, referenceClass: '' };
  const aiFirst = (owner = '') => ({ externalId: '', owner, vendor: '', personalData: null, problemStated: false, importedFrom: 'register.csv' });
  const inputs: UseCaseInput[] = [
    { ...base(stated.value.id, 'Invoice reader'), pilot: { cost: 50_000, months: 3 }, benefits: { hoursSavedPerMonth: 400, costAvoidedPerMonth: 0, newRevenuePerMonth: 0, rampUpMonths: 3 } },
    { ...base(unstated.value.id, 'Claims triage'), register: { ...aiFirst(), externalId: 'AI-0007' }, estimate: none },
    { ...base(unstated.value.id, 'Contract summariser'), register: { ...aiFirst(), personalData: true }, estimate: none },
    { ...base(stated.value.id, 'Demand forecast'), estimate: none, benefits: { hoursSavedPerMonth: 0, costAvoidedPerMonth: 8_000, newRevenuePerMonth: 0, rampUpMonths: 3 } },
  ];
  for (const input of inputs) {
    const r = await repos.useCases.create(workspaceId, input);
    if (!r.ok) throw new Error(`use case: ${r.errors[0]?.message}`);
  }
  const byName = async (name: string) => {
    const found = (await repos.useCases.list(workspaceId)).find((u) => u.name === name);
    if (!found) throw new Error(`No use case “${name}”`);
    return found;
  };
  return { workspaceId, byName };
}

/** Renders the inventory page and waits for its list. */
export async function renderPage(workspaceId: string): Promise<void> {
  const { InventoryPage } = await import('@renderer/features/inventory/InventoryPage');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<InventoryPage workspaceId={workspaceId} />));
  await waitFor(() => container.querySelector('.inv-table'), 'the inventory list');
}
