/**
 * The inventory import as a person uses it: the suggested mapping shown with a sample value beside each field, a
 * fault listed by row and column, Import refused until a choice resolves it, "Skip the faulty rows" enabling it, the
 * summary with the flags after import, a saved mapping applied again, and Cancel writing nothing.
 */
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { defaultWorkspaceSettings } from '@shared/domain';
import type { InventoryImportResult } from '@shared/inventory';
import { button, check, chooseFile, click, container, control, mount, select, tableRows, text, type, unmount, waitFor } from './importHarness';

afterEach(unmount);

const LONG = `Enterprise-wide ${'very '.repeat(50)}long assistant`;
const CSV = [
  'Use Case ID,Use Case Name,Problem Solved,Development Stage,Point of Contact,Vendor',
  'UC-1,Invoice reader,Invoices keyed by hand,Pilot,Ana Ruiz,Acme AI',
  'UC-2,Chat helper,,In production,,OpenAI',
  'UC-3,,Claims backlog,Idea,Ben Ode,',
  `UC-4,${LONG},Slow answers to citizens,Hibernating,Cy Tan,`,
].join('\n');

async function workspace(): Promise<string> {
  const ws = await repositories().workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
  if (!ws.ok) throw new Error('workspace');
  return ws.value.id;
}

const importButton = () => button('Import');
const previewReady = () => container.querySelector('[data-testid="inventory-import-rows"]') !== null && !container.querySelector('[aria-busy="true"]');

describe('the inventory import', () => {
  it('suggests the mapping, lists a fault by row and column, imports once the faulty rows are skipped, and sums up the flags', async () => {
    const id = await workspace();
    let imported: InventoryImportResult | null = null;
    await mount(id, (r) => (imported = r));
    await chooseFile('agency register.csv', CSV);
    await waitFor(() => text().includes('agency register.csv: 4 rows, 6 columns.'), 'the file read');

    // The suggested column is chosen for each field, with the first value of that column beside it.
    expect(control('Use case name').selectedOptions[0]?.textContent).toBe('Use Case Name');
    expect(control('Owner').selectedOptions[0]?.textContent).toBe('Point of Contact');
    expect(control('Register id').selectedOptions[0]?.textContent).toBe('Use Case ID');
    expect(control('Pilot cost').value).toBe('');
    const sample = (label: string) => document.getElementById(control(label).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(sample('Use case name')).toBe('Invoice reader');
    expect(sample('Stage')).toBe('Pilot');
    expect(sample('Pilot cost')).toBe('Not imported');

    // The stages: the words registers use are recognised; one that is not is marked.
    const stages = tableRows('What the stages in the file mean');
    expect(stages.map((r) => r[0])).toEqual(['Pilot', 'In production', 'Idea', 'HibernatingNot recognised']);
    expect(control('Pilot').selectedOptions[0]?.textContent).toBe('Pilot in progress');
    expect(control('In production').selectedOptions[0]?.textContent).toBe('In production');

    // The preview names each fault by row and column; Import says why it cannot run.
    await waitFor(previewReady, 'the preview');
    const faults = tableRows('Faults in the file');
    expect(faults.some(([row, column]) => row === '4' && column === 'B (Use Case Name)')).toBe(true);
    expect(faults.some(([row, column, why]) => row === '5' && column === 'B (Use Case Name)' && /200/.test(why ?? ''))).toBe(true);
    expect(importButton().disabled).toBe(true);
    const reason = document.getElementById(importButton().getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(reason).toMatch(/^Import is not possible yet: 2 rows have faults.*skip the faulty rows\. 1 fault is over-long text: shortening it/);

    // Shortening keeps row 5 (the full name goes to the description); skipping leaves out row 4.
    await check('Shorten over-long text (the full text is kept in the description)');
    await waitFor(() => previewReady() && !tableRows('Faults in the file').some(([row]) => row === '5'), 'row 5 shortened');
    expect(importButton().disabled).toBe(true);
    await check('Skip the faulty rows');
    await waitFor(() => previewReady() && !importButton().disabled, 'Import enabled');
    expect(container.querySelector('[data-testid="inventory-import-new"]')?.textContent).toBe('3');
    expect(container.querySelector('[data-testid="inventory-import-faulty"]')?.textContent).toBe('1');
    expect(text()).toContain('Download the skipped rows (CSV)');

    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);

    await click('Import');
    await waitFor(() => text().includes('Imported from agency register.csv'), 'the summary');
    expect(text()).toContain('3 use cases created');
    expect(text()).toContain('1 faulty row skipped');
    await waitFor(() => !text().includes('Reading the imported use cases'), 'the flags');
    const flags = [...container.querySelectorAll('[aria-label="Flags of the imported use cases"] li')].map((li) => li.textContent);
    expect(flags).toContain('1 AI first — no problem stated');
    expect(flags).toContain('3 Not estimated');
    expect(imported).not.toBeNull();
    const stored = await repositories().useCases.list(id);
    expect(stored).toHaveLength(3);
    const long = stored.find((u) => u.register.externalId === 'UC-4');
    expect(long?.name.length).toBeLessThanOrEqual(200);
    expect(long?.description).toContain(LONG);

    const after = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(after.violations.map((v) => v.id)).toEqual([]);
  });

  it('saves the mapping under a name and applies it again', async () => {
    const id = await workspace();
    await mount(id);
    await chooseFile('register.csv', CSV);
    await waitFor(() => text().includes('register.csv: 4 rows'), 'the file read');
    await select('Owner', 'Vendor');
    await type('Save this mapping as…', 'Agency register');
    await click('Save mapping');
    await waitFor(() => text().includes('The mapping “Agency register” was saved for this workspace.'), 'the mapping saved');
    const settings = await repositories().inventory.settings(id);
    expect(settings?.presets.map((p) => [p.name, p.columns.owner])).toEqual([['Agency register', 'Vendor']]);

    await select('Owner', 'Point of Contact');
    await click('Apply the saved mapping');
    expect(control('Owner').selectedOptions[0]?.textContent).toBe('Vendor');
    await waitFor(previewReady, 'the preview');
  });

  it('cancels the import: nothing is written, and it says so', async () => {
    const id = await workspace();
    await mount(id);
    await chooseFile('register.csv', CSV);
    await waitFor(() => text().includes('register.csv: 4 rows'), 'the file read');
    await waitFor(previewReady, 'the preview');
    await check('Skip the faulty rows');
    await check('Shorten over-long text (the full text is kept in the description)');
    await waitFor(() => previewReady() && !importButton().disabled, 'Import enabled');
    await click('Import');
    // The progress bar, named by what is under way, with Cancel beside it.
    const bar = container.querySelector('progress');
    expect(bar && document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Importing the inventory');
    await click('Cancel importing the inventory');
    await waitFor(() => text().includes('Import cancelled. Nothing was imported'), 'the cancel');
    expect(await repositories().useCases.list(id)).toEqual([]);
    expect(await repositories().problems.list(id)).toEqual([]);
  });
});
