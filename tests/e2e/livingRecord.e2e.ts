import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentMonth } from '@renderer/features/living/today';
import { formatCalendarMonthLong } from '@shared/presentation';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';

let app: AppHarness;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = mkdtempSync(join(tmpdir(), 'lastmile-record-'));
});
afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const PROBLEM = 'Order-status calls swamp the service desk';
const CHANGED = 'Proactive delay alerts to customers';
const ADDED = 'Carrier claims assistant';
const SNAPSHOT = `Board, ${formatCalendarMonthLong(currentMonth())}`;

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name });
const openSection = (page: Page, name: string) => section(page, name).click();

/** The parts "Since last board" shows (headings with their counts), and the items of one part. */
const partTitles = (page: Page) => page.locator('.since-part__title').allTextContents();
const partItems = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(`^${title} \\(`) }).getByRole('listitem').allTextContents();

async function sinceLastBoard(page: Page): Promise<void> {
  await openSection(page, 'Record');
  await page.getByRole('heading', { level: 1, name: 'Record' }).waitFor();
  await page.getByRole('tab', { name: 'Since last board' }).click();
  await page.locator('.since-part').first().waitFor();
}

/** Exactly the two changes made since the snapshot, whatever else the funding answer re-ranked. */
async function expectTheChanges(page: Page): Promise<void> {
  expect(await page.getByLabel('Compare with').locator('option').allTextContents()).toEqual([expect.stringContaining(SNAPSHOT)]);
  expect(await partItems(page, 'New candidates')).toEqual([expect.stringMatching(new RegExp(`^${ADDED} \\(${PROBLEM}\\): Idea, `))]);
  const moves = await partItems(page, 'Investment moves');
  expect(moves).toHaveLength(1);
  const [, from, to] = /^Proactive delay alerts to customers: \$([\d,]+) → \$([\d,]+)$/.exec(moves[0]!) ?? [];
  expect(Number(to!.replace(/,/g, '')) - Number(from!.replace(/,/g, ''))).toBe(15_000);
  const titles = (await partTitles(page)).map((t) => t.replace(/ \(\d+\)$/, ''));
  for (const t of titles) expect(['Portfolio totals', 'New candidates', 'Investment moves', 'Funding changes', 'Rank changes']).toContain(t);
}

describe('the record: board snapshots, since last board, the change log', () => {
  it('freezes a board snapshot, changes a cost and adds a candidate, and "since last board" lists exactly those; kept after a reload and in the workspace file', async () => {
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();

    // Your name, set once on the Record page.
    await openSection(page, 'Record');
    await page.getByText(/No board snapshot yet/).waitFor();
    await page.getByLabel('Your name').fill('Dana Whitfield');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Changes are now recorded as made by Dana Whitfield.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Freeze the board snapshot from the board pack, named from the month.
    await openSection(page, 'Export');
    await page.getByRole('link', { name: 'Open the board pack (PDF)' }).click();
    await page.locator('.board-pack[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Freeze board snapshot' }).click();
    expect(await page.getByLabel('Snapshot name').inputValue()).toBe(SNAPSHOT);
    await page.getByRole('button', { name: 'Freeze', exact: true }).click();
    await page.getByText(`Board snapshot “${SNAPSHOT}” frozen`, { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A cost changes: the pilot of an existing candidate, $15,000 more.
    await openSection(page, 'Problems');
    await page.getByRole('link', { name: PROBLEM }).click();
    await page.getByRole('heading', { level: 1, name: PROBLEM }).waitFor();
    await page.getByRole('link', { name: CHANGED }).first().click();
    await page.getByRole('heading', { level: 1, name: new RegExp(CHANGED) }).waitFor();
    const pilot = page.getByLabel('Pilot cost');
    const before = Number((await pilot.inputValue()).replace(/[^\d.]/g, ''));
    await pilot.fill(String(before + 15_000));
    await page.keyboard.press('Control+s');
    await page.getByText('All changes saved').waitFor();

    // A new candidate.
    await openSection(page, 'Problems');
    await page.getByRole('link', { name: PROBLEM }).click();
    await page.getByRole('button', { name: 'Add candidate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a candidate' });
    await dialog.getByLabel('Candidate name').fill(ADDED);
    await dialog.getByRole('button', { name: 'Add and open' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(ADDED) }).waitFor();

    await sinceLastBoard(page);
    await expectTheChanges(page);
    expect(await axeViolations(page)).toEqual([]);

    // The change log says who changed the pilot cost, before and after; filtered by the record.
    await page.getByRole('tab', { name: 'Change log' }).click();
    await page.getByText(/^Changes 1–\d+ of \d+, newest first$/).waitFor();
    const filters = page.getByRole('form', { name: 'Filter the change log' });
    await filters.getByLabel('Record').selectOption({ label: CHANGED });
    await filters.getByLabel('Field').selectOption('Pilot cost');
    const row = page.locator('.change-log__table tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.first().locator('td, th').allTextContents();
    expect(cells.slice(1)).toEqual(['Dana Whitfield', `Edit use case “${CHANGED}”`, `Use case: ${CHANGED}`, 'Pilot cost', `$${before.toLocaleString('en-US')}`, `$${(before + 15_000).toLocaleString('en-US')}`]);
    expect(await axeViolations(page)).toEqual([]);

    // The board pack prepared now has a "Since last board" page with the same changes.
    await openSection(page, 'Export');
    await page.getByRole('link', { name: 'Open the board pack (PDF)' }).click();
    await page.locator('.board-pack[data-ready="true"]').waitFor();
    const sheet = page.getByRole('region', { name: `Since last board: ${SNAPSHOT}` });
    expect(await sheet.getByRole('region', { name: /^New candidates \(/ }).getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(new RegExp(`^${ADDED} `))]);
    expect(await sheet.getByRole('region', { name: /^Investment moves \(/ }).getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Proactive delay alerts to customers: /)]);
    await openSection(page, 'Record');

    // Kept after a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Record' }).waitFor();
    await page.locator('.since-part').first().waitFor();
    await expectTheChanges(page);

    // The workspace file carries the record: imported as a new workspace, "since last board" says the same.
    await openSection(page, 'Export');
    await page.getByRole('heading', { name: 'Export and import' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export workspace file' }).click();
    const file = join(dir, 'record.lastmile');
    await (await download).saveAs(file);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { snapshots: { name: string }[]; changeLog: { field: string; by: string }[] };
    expect(doc.snapshots.map((s) => s.name)).toEqual([SNAPSHOT]);
    expect(doc.changeLog.filter((c) => c.field === 'Pilot cost').map((c) => c.by)).toEqual(['Dana Whitfield']);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a workspace file…' }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('dialog', { name: 'Open workspace file “record.lastmile”' }).getByRole('button', { name: 'Import as a new workspace' }).click();
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await sinceLastBoard(page);
    await expectTheChanges(page);
    expect(errorsOf(page)).toEqual([]);
  });
});
