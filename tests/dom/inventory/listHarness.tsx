/**
 * Shared by the inventory page's DOM tests: a workspace whose use cases carry known flags, the page rendered, and the
 * ways a user reaches its controls (by label and by button text).
 */
import 'fake-indexeddb/auto';
import { repositories, type StoredUseCase } from '@renderer/db';
import { blankUseCaseInput, defaultWorkspaceSettings, quickProblemInput, type UseCaseInput } from '@shared/domain';
import { button, check, click, container, control, render, select, text, type, unmount, waitFor } from './domHarness';

export { button, check, click, container, control, select, text, type, unmount, waitFor };

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
  await render(<InventoryPage workspaceId={workspaceId} />);
  await waitFor(() => container.querySelector('.inv-table'), 'the inventory list');
}
