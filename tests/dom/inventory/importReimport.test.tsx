/**
 * Importing the next export of the same register: the rows imported before (same register id) are shown as updates
 * in the preview and updated, not duplicated; a new row is created.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { defaultWorkspaceSettings } from '@shared/domain';
import { button, chooseFile, click, container, mount, text, unmount, waitFor } from './importHarness';

afterEach(unmount);

const register = (rows: string[]) => ['ID,Title,Problem,Stage,Owner', ...rows].join('\n');
const count = (id: string) => container.querySelector(`[data-testid="inventory-import-${id}"]`)?.textContent;

describe('importing the same register again', () => {
  it('updates the use cases it imported before, by register id, instead of duplicating them', async () => {
    const ws = await repositories().workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
    if (!ws.ok) throw new Error('workspace');
    await mount(ws.value.id);
    await chooseFile('register.csv', register(['R1,Invoice reader,Invoices keyed by hand,Pilot,Ana', 'R2,Claims triage,Claims wait weeks,Idea,Ben']));
    await waitFor(() => count('new') === '2' && !button('Import').disabled, 'the first preview');
    await click('Import');
    await waitFor(() => text().includes('2 use cases created'), 'the first import');

    await click('Import another file');
    await chooseFile('register.csv', register(['R1,Invoice reader,Invoices keyed by hand,In production,Ana Ruiz', 'R2,Claims triage,Claims wait weeks,Idea,Ben', 'R3,Contract review,Contracts read line by line,Idea,Cy']));
    await waitFor(() => count('updates') === '2' && count('new') === '1' && !button('Import').disabled, 'the second preview');
    await click('Import');
    await waitFor(() => text().includes('1 use case created'), 'the second import');
    expect(text()).toContain('2 use cases updated');

    const stored = await repositories().useCases.list(ws.value.id);
    expect(stored.map((u) => u.register.externalId).sort()).toEqual(['R1', 'R2', 'R3']);
    expect(stored.find((u) => u.register.externalId === 'R1')?.register.owner).toBe('Ana Ruiz');
  });
});
