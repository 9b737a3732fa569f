/**
 * Long work at 1,000 candidates in Chromium: opening the workspace file, the Excel workbook, the board pack. Each shows
 * a labelled progress line (axe-clean) while it runs; Cancel on an export saves no file and leaves the data as it was;
 * left to finish, the export saves a workbook that opens again, and the board pack lays out every page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWorkspaceFile } from '@shared/export/workspaceFile';
import { generatedWorkspace } from '../bench/app/generatedWorkspace';
import { axeViolations, startApp, type AppHarness } from './harness';
import { openWorkspaceFileFromExportPage, sawProgress, watchProgress } from './workspaceFileSteps';

let app: AppHarness;
const dir = mkdtempSync(join(tmpdir(), 'lastmile-long-'));
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('long work shows progress and can be cancelled', () => {
  it('imports 1,000 candidates, cancels an export without a file, then exports a workbook that opens and lays out the board pack', async () => {
    const bundle = generatedWorkspace(1000);
    const encoded = encodeWorkspaceFile(bundle, { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: 'e2e' });
    if (!encoded.ok) throw new Error(encoded.errors[0]?.message);
    const file = join(dir, 'large.lastmile');
    writeFileSync(file, encoded.data);

    const page = await openWorkspaceFileFromExportPage(app, file);
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`${bundle.problems.length} problems, 1000 use cases`).waitFor({ timeout: 60_000 });
    expect(await sawProgress(page)).toBe(true);
    await dialog.getByRole('button', { name: 'Import as a new workspace' }).click();
    await page.getByRole('heading', { name: 'Business problems' }).waitFor({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Export' }).click();
    await page.getByRole('heading', { name: 'Export and import' }).waitFor();

    // Cancel: the progress line goes, the page says so, and no file reaches the downloads.
    let downloads = 0;
    page.on('download', () => void (downloads += 1));
    await page.getByRole('button', { name: 'Export Excel workbook' }).click();
    const bar = page.getByRole('progressbar', { name: 'Preparing the Excel workbook' });
    await bar.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel preparing the Excel workbook' }).click();
    await page.getByText('Cancelled. No file was saved.').waitFor();
    await page.waitForTimeout(1500);
    expect(downloads).toBe(0);
    expect(await bar.count()).toBe(0);

    // Left to finish, the workbook is saved once and opens again with every candidate.
    const download = page.waitForEvent('download', { timeout: 110_000 });
    await page.getByRole('button', { name: 'Export Excel workbook' }).click();
    await bar.waitFor();
    const saved = join(dir, 'large.xlsx');
    await (await download).saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(saved)).buffer);
    expect(workbook.getWorksheet('Ranked')?.rowCount).toBeGreaterThan(1000);
    expect(downloads).toBe(1);

    // The board pack shows its progress while it is laid out, then every page, with Print.
    await watchProgress(page);
    await page.getByRole('link', { name: 'Open the board pack (PDF)' }).click();
    await page.locator('.board-pack[data-ready="true"]').waitFor({ timeout: 110_000 });
    expect(await sawProgress(page)).toBe(true);
    await page.getByRole('button', { name: 'Print / Save PDF' }).waitFor();
    expect(await page.locator('.bp-sheet').count()).toBeGreaterThan(10);
  }, 300_000);
});
