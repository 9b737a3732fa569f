/**
 * One funding answer everywhere: the funded set the portfolio page shows is the one in the board pack (PDF), the
 * PowerPoint deck, the Excel workbook and the CSV, on the demo workspace and on a generated 200-candidate workspace
 * built for ties (several funded sets equally good), where only the one computation per plan state keeps them equal.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { tiedWorkspaceFile } from './tiedWorkspace';

let app: AppHarness;
const dir = mkdtempSync(join(tmpdir(), 'lastmile-one-answer-'));
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();

async function pageFundedSet(page: Page): Promise<string[]> {
  await section(page, 'Portfolio');
  const list = page.getByRole('list', { name: 'What we fund' });
  await list.waitFor({ timeout: 30_000 });
  // A large funded set names its first few; the rest on request.
  const more = page.getByRole('button', { name: /^Show all .* funded candidates$/ });
  if ((await more.count()) > 0) await more.click();
  return (await list.getByRole('listitem').allTextContents()).map((t) => t.trim());
}

async function download(page: Page, button: string, file: string): Promise<Buffer> {
  const event = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: button }).click();
  const path = join(dir, file);
  await (await event).saveAs(path);
  return readFileSync(path);
}

function csvFundedSet(bytes: Buffer): string[] {
  const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  return rows.filter((r) => (r.Funded ?? '').startsWith('Funded')).map((r) => r['Use case'] as string);
}

async function workbookFundedSet(bytes: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Ranked');
  if (!sheet) throw new Error('The workbook has no Ranked sheet');
  let nameCol = 0;
  let fundingCol = 0;
  let headerRow = 0;
  sheet.eachRow((row, r) => {
    if (headerRow) return;
    row.eachCell((cell, c) => {
      if (cell.text === 'Use case') nameCol = c;
      if (cell.text === 'Funding') fundingCol = c;
    });
    if (nameCol && fundingCol) headerRow = r;
  });
  const out: string[] = [];
  sheet.eachRow((row, r) => {
    if (r > headerRow && row.getCell(fundingCol).text.startsWith('Funded')) out.push(row.getCell(nameCol).text);
  });
  return out;
}

/** Rows of the deck's "Ranked candidates" tables: the use-case cell and the funding cell. */
async function deckFundedSet(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  const text = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  for (const name of Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))) {
    const xml = await zip.file(name)!.async('string');
    if (!text(xml).startsWith('Ranked candidates')) continue;
    for (const tr of xml.match(/<a:tr\b[\s\S]*?<\/a:tr>/g) ?? []) {
      const cells = (tr.match(/<a:tc\b[\s\S]*?<\/a:tc>/g) ?? []).map(text);
      const header = cells.indexOf('Use case');
      if (header >= 0) continue;
      if ((cells[8] ?? '').startsWith('Funded')) out.push(cells[1] as string);
    }
  }
  return out;
}

async function boardPackFundedSet(page: Page, workspaceHash: string): Promise<string[]> {
  await page.goto(`${app.url}${workspaceHash}/board-pack`);
  await page.locator('.board-pack[data-ready="true"]').waitFor({ timeout: 60_000 });
  return (await page.locator('.bp-usecase .bp-sheet__title').allTextContents()).map((t) => t.trim());
}

async function expectOneAnswer(page: Page): Promise<number> {
  const onPage = await pageFundedSet(page);
  expect(onPage.length).toBeGreaterThan(0);
  const sorted = [...onPage].sort();
  const hash = (await page.evaluate(() => window.location.hash)).replace(/\/portfolio$/, '');
  await section(page, 'Export');
  await page.getByRole('heading', { name: 'Export and import' }).waitFor();
  expect(csvFundedSet(await download(page, 'Export CSV of the ranked table', 'ranked.csv')).sort()).toEqual(sorted);
  expect((await workbookFundedSet(await download(page, 'Export Excel workbook', 'portfolio.xlsx'))).sort()).toEqual(sorted);
  expect((await deckFundedSet(await download(page, 'Export PowerPoint deck', 'deck.pptx'))).sort()).toEqual(sorted);
  expect((await boardPackFundedSet(page, hash)).sort()).toEqual(sorted);
  return onPage.length;
}

describe('one funding answer on every screen and export', () => {
  it('the demo: the page, the board pack, the deck, the workbook and the CSV fund the same set', async () => {
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    expect(await expectOneAnswer(page)).toBeGreaterThan(1);
  });

  it('a generated 200-candidate workspace with ties: the same set everywhere', async () => {
    const file = join(dir, 'tied.lastmile');
    writeFileSync(file, tiedWorkspaceFile(200));
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.goto(`${app.url}#/workspaces`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a workspace file…' }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('dialog').getByRole('button', { name: 'Import as a new workspace' }).click();
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    expect(await expectOneAnswer(page)).toBeGreaterThan(10);
  });
});
