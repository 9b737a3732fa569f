import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startApp, type AppHarness } from './harness';

let app: AppHarness;
const dir = mkdtempSync(join(tmpdir(), 'lastmile-e2e-'));
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function openExportPage(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Business problems' }).waitFor();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Export' }).click();
  await page.getByRole('heading', { name: 'Export and import' }).waitFor();
}

async function downloadWorkspaceFile(page: Page, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace file' }).click();
  const file = join(dir, name);
  await (await download).saveAs(file);
  return file;
}

/**
 * The file's content without what legitimately differs between two exports: ids, the export time, and the change log
 * (each import adds its entry, "Imported 8 problems and 14 use cases").
 */
const comparable = (text: string) =>
  JSON.stringify({ ...(JSON.parse(text) as object), changeLog: undefined }, null, 2)
    .replace(/"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/g, '"ID"')
    .replace(/"exportedAt": "[^"]+"/, '');

describe('workspace file and board exports from the UI', () => {
  it('exports the workspace file, survives deleting the workspace, and imports back identical', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openExportPage(page);
    expect(await axeViolations(page)).toEqual([]);
    const file = await downloadWorkspaceFile(page, 'demo.lastmile');
    const original = readFileSync(file, 'utf8');
    const doc = JSON.parse(original);
    expect(doc.format).toBe('lastmile-workspace');
    expect(doc.problems.length).toBeGreaterThanOrEqual(6);

    await page.goto(`${app.url}#/workspaces`);
    await page.getByRole('button', { name: `Delete ${doc.workspace.name}` }).click();
    await page.getByRole('button', { name: 'Delete workspace' }).click();
    await page.getByText('No workspaces yet.').waitFor();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a workspace file…' }).click();
    await (await chooser).setFiles(file);
    const dialog = page.getByRole('dialog', { name: 'Open workspace file “demo.lastmile”' });
    await dialog.getByText(`${doc.problems.length} problems`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import as a new workspace' }).click();
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.reload();
    await openExportPage(page);
    const again = readFileSync(await downloadWorkspaceFile(page, 'again.lastmile'), 'utf8');
    expect(comparable(again)).toBe(comparable(original));
  });

  it('a broken file shows every fault with its path and leaves the data untouched', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openExportPage(page);
    const file = await downloadWorkspaceFile(page, 'ok.lastmile');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.useCases[1].pilot.cost = -75000;
    doc.problems[0].title = '';
    const broken = join(dir, 'broken.lastmile');
    writeFileSync(broken, JSON.stringify(doc));
    const truncated = join(dir, 'truncated.lastmile');
    writeFileSync(truncated, readFileSync(file, 'utf8').slice(0, 900));

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a workspace file…' }).click();
    await (await chooser).setFiles(broken);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('useCases[1].pilot.cost: Pilot cost must be a number of 0 or more').waitFor();
    await dialog.getByText('problems[0].title: Title is required').waitFor();
    expect(await dialog.getByRole('button', { name: 'Import as a new workspace' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a workspace file…' }).click();
    await (await chooser2).setFiles(truncated);
    await page.getByRole('dialog').getByText('This file cannot be imported; nothing was changed.').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    const after = readFileSync(await downloadWorkspaceFile(page, 'after.lastmile'), 'utf8');
    expect(comparable(after)).toBe(comparable(readFileSync(file, 'utf8')));
    await page.goto(`${app.url}#/workspaces`);
    await page.getByRole('heading', { name: 'Workspaces' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    expect(await page.locator('table tbody tr').count()).toBe(1);
  });

  it('imports problems from a CSV: a faulty row imports nothing, a clean file imports every row', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openExportPage(page);
    const bad = join(dir, 'workshop-bad.csv');
    writeFileSync(bad, 'Problem,Owner,Monthly cost\nLate supplier invoices,AP lead,"$4,200"\nDuplicate vendor records,Procurement,lots\n');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
    await (await chooser).setFiles(bad);
    await page.getByRole('button', { name: 'Import problems' }).click();
    await page.getByText(/Row 3, Monthly cost/).first().waitFor();
    await page.getByText('Nothing was imported. Correct the file or the mapping:').waitFor();

    const good = join(dir, 'workshop.csv');
    writeFileSync(good, 'Problem,Owner,Monthly cost\nLate supplier invoices,AP lead,"$4,200"\nDuplicate vendor records,Procurement,900\n');
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
    await (await chooser2).setFiles(good);
    await page.getByRole('button', { name: 'Import problems' }).click();
    await page.getByText('Imported 2 problems from workshop.csv.').waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Problems' }).click();
    await page.getByRole('link', { name: 'Late supplier invoices' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Duplicate vendor records' }).waitFor();
  });

  it('exports the deck, the workbook and the ranked CSV as downloads', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openExportPage(page);
    for (const [label, ext] of [
      ['Export PowerPoint deck', '.pptx'],
      ['Export Excel workbook', '.xlsx'],
      ['Export CSV of the ranked table', '.csv'],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: label }).click();
      const d = await download;
      expect(d.suggestedFilename().endsWith(ext)).toBe(true);
      const saved = join(dir, `board${ext}`);
      await d.saveAs(saved);
      const bytes = readFileSync(saved);
      if (ext === '.csv') expect(bytes.toString('utf8')).toContain('Use case,Problem,Function');
      else expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });

  it('backs up, restores a backup (after backing up the current state), and the restore can be undone', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openExportPage(page);
    const backups = page.getByRole('region', { name: 'Backups' });
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await backups.getByText('Backed up.').waitFor();
    await expect.poll(() => backups.getByRole('button', { name: /^Restore/ }).count()).toBe(1);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Problems' }).click();
    const input = page.getByLabel('Quick capture: type a business problem and press Enter');
    await input.fill('Added after the backup');
    await input.press('Enter');
    await page.getByRole('link', { name: 'Added after the backup' }).waitFor();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Export' }).click();
    await backups.getByRole('button', { name: /^Restore/ }).first().click();
    await backups.getByText(/^Restored “/).waitFor();
    await expect.poll(() => backups.getByRole('button', { name: /^Restore/ }).count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Problems' }).click();
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    expect(await page.getByRole('link', { name: 'Added after the backup' }).count()).toBe(0);
    await page.getByRole('button', { name: /^Undo: Replace workspace/ }).click();
    await page.getByRole('link', { name: 'Added after the backup' }).waitFor();
  });

  it('a deleted workspace comes back from its backup on the workspaces page', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openExportPage(page);
    const backups = page.getByRole('region', { name: 'Backups' });
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await backups.getByText('Backed up.').waitFor();
    const name = (await page.getByRole('combobox', { name: 'Workspace', exact: true }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)) ?? '';

    await page.goto(`${app.url}#/workspaces`);
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    await page.getByRole('button', { name: 'Delete workspace' }).click();
    await page.getByText('No workspaces yet.').waitFor();
    await page.reload(); // a new session: the undo history is gone, the backup is not
    const deleted = page.getByRole('region', { name: 'Backups of deleted workspaces' });
    await deleted.getByRole('button', { name: `Restore “${name}”` }).click();
    await deleted.getByText(/^Restored the deleted workspace/).waitFor();
    await page.locator('table tbody th').getByRole('button', { name, exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

