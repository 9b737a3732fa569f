import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';
import { BLANK_NAME_INDEX, inventoryCsv, inventoryRows, sheetRow } from './support/inventoryCsv';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** "All use cases: 1,234" → 1234 (the inventory page's filter buttons). */
async function filterCount(page: Page, label: string): Promise<number> {
  const shown = (await page.getByRole('group', { name: 'Filter by flag' }).getByRole('button', { name: new RegExp(`^${label}: `) }).textContent()) ?? '';
  return Number(shown.slice(shown.lastIndexOf(':') + 1).replace(/[,\s]/g, ''));
}

/** axe on the import wizard alone. */
async function wizardViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('.inventory-import').analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** Runs `check` with the system set to `theme`, then back to light. */
async function inTheme(page: Page, theme: 'light' | 'dark', check: () => Promise<void>): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  await check();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
}

describe('importing a client’s AI inventory', () => {
  it('imports a 500-row register like a person: mapping, stages, faults and choices, import, the flags (axe clean in both themes); a reload keeps the use cases', { timeout: 240_000 }, async () => {
    const rows = inventoryRows(500);
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Inventory' }).click();
    await page.getByRole('heading', { name: 'Inventory', level: 1 }).waitFor();
    expect(page.url()).toMatch(/#\/w\/[^/]+\/inventory$/);
    await page.getByRole('group', { name: 'Filter by flag' }).waitFor();
    const before = { all: await filterCount(page, 'All use cases'), aiFirst: await filterCount(page, 'AI first — no problem stated') };

    await page.getByLabel('The inventory file').setInputFiles({ name: 'agency inventory.csv', mimeType: 'text/csv', buffer: Buffer.from(inventoryCsv(rows)) });
    await page.getByText('agency inventory.csv: 500 rows, 8 columns.').waitFor({ timeout: 30_000 });

    // The suggested mapping, each with the column's first value beside it.
    const columns = page.getByRole('table', { name: 'Which column holds which field' });
    for (const [field, column] of [
      ['Use case name', 'Use Case Name'],
      ['Description', 'Summary'],
      ['Problem it solves', 'Problem Solved'],
      ['Owner', 'Bureau'],
      ['Stage', 'Development Stage'],
      ['Personal data', 'Involves PII'],
      ['Register id', 'Use Case ID'],
    ] as const)
      expect(await columns.getByLabel(field, { exact: true }).locator('option:checked').textContent()).toBe(column);
    await columns.getByRole('row', { name: /^Use case name/ }).getByText(rows[0]!.name).waitFor();

    // The register's stage words: recognised ones suggested, "On hold" marked until chosen.
    const stages = page.getByRole('table', { name: 'What the stages in the file mean' });
    expect(await stages.getByLabel('Operation and Maintenance').locator('option:checked').textContent()).toBe('In production');
    expect(await stages.getByLabel('Retired').locator('option:checked').textContent()).toBe('Stopped');
    await stages.getByRole('row', { name: /On hold/ }).getByText('Not recognised').waitFor();
    // The wizard with its marked stage and its faults, in the dark theme too (the system's setting).
    await page.getByRole('table', { name: 'Faults in the file' }).waitFor({ timeout: 30_000 });
    await inTheme(page, 'dark', async () => expect(await axeViolations(page)).toEqual([]));
    await stages.getByLabel('On hold').selectOption({ label: 'Stopped' });
    await expect.poll(() => stages.getByText('Not recognised').count()).toBe(0);

    // The preview names the faults by row and column; Import is refused with the reason until a choice resolves them.
    const faults = page.getByRole('table', { name: 'Faults in the file' });
    await faults.waitFor({ timeout: 30_000 });
    await faults.getByRole('row', { name: new RegExp(`^${sheetRow(BLANK_NAME_INDEX)} B \\(Use Case Name\\)`) }).waitFor();
    await faults.getByRole('row', { name: new RegExp(`^${sheetRow(7)} B \\(Use Case Name\\)`) }).waitFor();
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    await expect.poll(() => importButton.isDisabled()).toBe(true);
    await page.getByText(/^Import is not possible yet: /).waitFor();

    await page.getByLabel('Shorten over-long text (the full text is kept in the description)').check();
    await expect.poll(() => faults.getByRole('row', { name: new RegExp(`^${sheetRow(7)} `) }).count()).toBe(0);
    await page.getByLabel(/^Skip the faulty rows/).check();
    await expect.poll(() => importButton.isEnabled(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId('inventory-import-new').textContent()).toBe('499');
    expect(await page.getByTestId('inventory-import-faulty').textContent()).toBe('1');

    // The skipped row, downloadable to fix: as it was in the file, with what to fix.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the skipped rows (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('agency inventory rows to fix.csv');
    const skipped = await readFile((await download.path())!, 'utf8');
    expect(skipped).toContain('What to fix');
    expect(skipped).toContain(rows[BLANK_NAME_INDEX]!.id);
    expect(await axeViolations(page)).toEqual([]);

    await importButton.click();
    const summary = page.getByTestId('inventory-import-summary');
    await summary.waitFor({ timeout: 60_000 });
    await summary.getByText('499 use cases created').waitFor();
    await summary.getByText('1 faulty row skipped').waitFor();
    const aiFirst = rows.filter((r, i) => r.problem === '' && i !== BLANK_NAME_INDEX).length;
    const flags = summary.getByRole('list', { name: 'Flags of the imported use cases' });
    await flags.getByText(`${aiFirst} AI first — no problem stated`).waitFor({ timeout: 30_000 });
    await flags.getByText('499 Not estimated').waitFor();
    await flags.getByText(/^\d+ Personal data, no compliance regime$/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Dark: the summary itself (the whole page, with the imported list, was checked in light just above; axe takes long on it).
    await inTheme(page, 'dark', async () => expect(await wizardViolations(page)).toEqual([]));
    await expect.poll(() => filterCount(page, 'All use cases'), { timeout: 30_000 }).toBe(before.all + 499);

    await page.reload();
    await page.getByRole('heading', { name: 'Inventory', level: 1 }).waitFor();
    await page.getByRole('group', { name: 'Filter by flag' }).waitFor({ timeout: 30_000 });
    expect(await filterCount(page, 'All use cases')).toBe(before.all + 499);
    expect(await filterCount(page, 'AI first — no problem stated')).toBe(before.aiFirst + aiFirst);
    expect(errorsOf(page)).toEqual([]);
  });

  it('reads and previews 5,000 rows off the page (no long freeze while it works) and imports them with the progress bar', { timeout: 240_000 }, async () => {
    const rows = inventoryRows(5_000).map((r, i) => (i === BLANK_NAME_INDEX ? { ...r, name: `Recovered ${i}` } : r));
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Inventory' }).click();
    await page.getByLabel('The inventory file').waitFor();
    // The page's longest task while the file is read and checked (a worker does the work; the page only draws).
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const started = Date.now();
    await page.getByLabel('The inventory file').setInputFiles({ name: 'large inventory.csv', mimeType: 'text/csv', buffer: Buffer.from(inventoryCsv(rows)) });
    await page.getByText('large inventory.csv: 5,000 rows, 8 columns.').waitFor({ timeout: 60_000 });
    await page.getByRole('table', { name: 'Faults in the file' }).waitFor({ timeout: 60_000 });
    const previewed = Date.now() - started;
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    console.info(`5,000 rows: read and previewed in ${previewed} ms; the page's longest task meanwhile ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(1_000);

    await page.getByLabel('Shorten over-long text (the full text is kept in the description)').check();
    await page.getByRole('table', { name: 'Faults in the file' }).waitFor({ state: 'detached', timeout: 60_000 });
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    await expect.poll(() => importButton.isEnabled(), { timeout: 60_000 }).toBe(true);
    const t = Date.now();
    await importButton.click();
    await page.getByRole('progressbar', { name: 'Importing the inventory' }).waitFor();
    await page.getByTestId('inventory-import-summary').getByText('5,000 use cases created').waitFor({ timeout: 60_000 });
    console.info(`5,000 rows: imported ${Date.now() - t} ms after the click`);
    expect(errorsOf(page)).toEqual([]);
  });
});

