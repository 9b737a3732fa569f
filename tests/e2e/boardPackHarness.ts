/**
 * Shared by the board pack's e2e tests (boardPack.e2e.ts, boardPackEdges.e2e.ts): the app started once per file, the
 * pack opened the way a user does, printed to PDF, and the figures the pack must show recomputed from the stored data.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { analyseCandidates, boardDecision, fundingNotes, fundingProblem, moneyByYear, summariseFunded } from '@shared/analysis';
import { runSteps } from '@shared/export/compression';
import { riskSteps } from '@shared/export/exportRisk';
import { optimiseFunding } from '@shared/portfolio';
import { presenter } from '@shared/presentation';
import { startApp, type AppHarness } from './harness';
import { currentMonth } from '@renderer/features/living/today';
import { currentWorkspaceId, type StoredWorkspace } from './boardPackPdf';

/** Set BOARD_PACK_PDF_DIR to keep the printed PDFs (and page images) for a look; otherwise a temporary folder is used and removed. */
const keepDir = process.env.BOARD_PACK_PDF_DIR;
let app: AppHarness;
let dir: string;

/** Starts the app before the file's tests and closes it after (call once at the top of a test file). */
export function setUpBoardPack(): void {
  beforeAll(async () => {
    app = await startApp();
    dir = keepDir ? (mkdirSync(keepDir, { recursive: true }), keepDir) : mkdtempSync(join(tmpdir(), 'lastmile-board-pack-'));
  });
  afterAll(async () => {
    await app?.close();
    if (dir && !keepDir) rmSync(dir, { recursive: true, force: true });
  });
}

/** Opens the demo workspace (created on first start), then its board pack the way a user does: Export, then the pack. */
export async function openBoardPack(): Promise<{ page: Page; workspaceId: string }> {
  const ctx = await app.newContext();
  const page = await app.open(ctx);
  await page.getByRole('heading', { name: 'Business problems' }).waitFor();
  const workspaceId = await currentWorkspaceId(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Export' }).click();
  await page.getByRole('link', { name: 'Open the board pack (PDF)' }).click();
  await waitForPack(page);
  expect(await currentWorkspaceId(page)).toBe(workspaceId);
  expect(await page.evaluate(() => window.location.hash)).toMatch(/\/board-pack$/);
  return { page, workspaceId };
}

export async function waitForPack(page: Page): Promise<void> {
  await page.locator('.board-pack[data-ready="true"]').waitFor();
  await page.locator('.board-pack svg.lm-chart__svg').first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The folder the PDFs are printed to (and their page images drawn in). */
export const pdfDir = (): string => dir;

/** Prints the page the way the desktop app does (webContents.printToPDF with the page's CSS page size). */
export async function printPdf(page: Page, name: string): Promise<string> {
  const file = join(dir, name);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return file;
}

/** The PDF's text has plain spaces where Intl writes no-break ones. */
export const flatText = (text: string) => text.replace(/\s+/g, ' ');

/** The funded set simulated here over the stored data, as of this month, with the workspace's seed and trials. */
export function expectedRisk(data: StoredWorkspace, fundedIds: ReadonlySet<string>) {
  return runSteps(riskSteps({ workspace: data.workspace, useCases: data.useCases, fundedIds, todayMonth: currentMonth() }));
}

/** The figures the app shows, recomputed here from the stored data with the shared analysis (the test's own reference). */
export function expectedFigures(data: StoredWorkspace) {
  // As of this month, as the app computes them (the demo is in mid-flight: its plan started months ago).
  const rows = analyseCandidates(data.workspace, data.problems, data.useCases, data.plan, currentMonth());
  const { candidates, constraints } = fundingProblem(rows, data.plan);
  const funding = optimiseFunding(candidates, constraints);
  const summary = summariseFunded(rows, funding, data.workspace.horizonMonths);
  const funded = rows.filter((r) => funding.selectedIds.includes(r.useCase.id));
  const present = presenter(data.workspace);
  const years = moneyByYear(rows, new Set(funding.selectedIds), data.plan, data.workspace);
  const notes = fundingNotes(rows, funding, data.plan, present);
  const decision = boardDecision(summary, years, data.plan, present);
  return { rows, funding, summary, funded, present, years, notes, decision };
}

/** Names of the funded candidates as the portfolio page shows them (its rows marked funded). */
export async function portfolioFundedNames(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }).click();
  await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
  await page.getByText(/^Optimal: /).waitFor();
  // The ranked table is drawn just after the answer is painted: wait for its funded rows.
  await page.locator('.pt-row--funded th[scope="row"] .pt-name').first().waitFor();
  return page.locator('.pt-row--funded th[scope="row"] .pt-name').allTextContents();
}

export const usd = (currency: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
export const monthLabel = (start: string, planMonth: number): string => {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + planMonth - 1, 1)).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
};
/** Index of the first page after the cover (whose contents list names every part) containing `text`, ignoring case (headings print in capitals). */
export const pageWith = (pages: string[], text: string): number => pages.findIndex((p, i) => i > 0 && p.toLowerCase().includes(text.toLowerCase()));
/** Index of the page headed `title`: a part's page starts with its eyebrow line ("3 · PORTFOLIO CHARTS"), then its heading. */
/**
 * The PDF's text layer drops a hyphen where a line breaks at it ("trade-" + "account" reads "tradeaccount"), so names
 * and notes in narrow table cells are compared without their hyphens.
 */
export const unhyphenated = (text: string): string => text.replace(/-/g, '');

export const pageHeaded = (pages: string[], title: string): number => pages.findIndex((p) => /^\d · /.test(p) && p.slice(0, 100).includes(title));
