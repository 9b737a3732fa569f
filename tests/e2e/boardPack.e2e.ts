import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseCandidates, fundingProblem, summariseFunded } from '@shared/analysis';
import { optimiseFunding } from '@shared/portfolio';
import { axeViolations, startApp, type AppHarness } from './harness';
import { currentWorkspaceId, multiplyUseCases, pageInk, patchStored, pdfPageCount, pdfPagesLayout, pdfPagesText, readStoredWorkspace, type StoredWorkspace } from './boardPackPdf';

/** Set BOARD_PACK_PDF_DIR to keep the printed PDFs (and page images) for a look; otherwise a temporary folder is used and removed. */
const keepDir = process.env.BOARD_PACK_PDF_DIR;
let app: AppHarness;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = keepDir ? (mkdirSync(keepDir, { recursive: true }), keepDir) : mkdtempSync(join(tmpdir(), 'lastmile-board-pack-'));
});
afterAll(async () => {
  await app?.close();
  if (dir && !keepDir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the demo workspace (created on first start), then its board pack the way a user does: Export, then the pack. */
async function openBoardPack(): Promise<{ page: Page; workspaceId: string }> {
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

async function waitForPack(page: Page): Promise<void> {
  await page.locator('.board-pack[data-ready="true"]').waitFor();
  await page.locator('.board-pack svg.lm-chart__svg').first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Prints the page the way the desktop app does (webContents.printToPDF with the page's CSS page size). */
async function printPdf(page: Page, name: string): Promise<string> {
  const file = join(dir, name);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return file;
}

/** The figures the app shows, recomputed here from the stored data with the shared analysis (the test's own reference). */
function expectedFigures(data: StoredWorkspace) {
  const rows = analyseCandidates(data.workspace, data.problems, data.useCases, data.plan);
  const { candidates, constraints } = fundingProblem(rows, data.plan);
  const funding = optimiseFunding(candidates, constraints);
  const summary = summariseFunded(rows, funding, data.workspace.horizonMonths);
  const funded = rows.filter((r) => funding.selectedIds.includes(r.useCase.id));
  return { rows, funding, summary, funded };
}

const usd = (currency: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
const monthLabel = (start: string, planMonth: number): string => {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + planMonth - 1, 1)).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
};
/** Index of the first page after the cover (whose contents list names every part) containing `text`, ignoring case (headings print in capitals). */
const pageWith = (pages: string[], text: string): number => pages.findIndex((p, i) => i > 0 && p.toLowerCase().includes(text.toLowerCase()));
/** Index of the page headed `title`: a part's page starts with its eyebrow line ("3 · PORTFOLIO CHARTS"), then its heading. */
const pageHeaded = (pages: string[], title: string): number => pages.findIndex((p) => /^\d · /.test(p) && p.slice(0, 100).includes(title));

describe('board pack (PDF)', () => {
  it('prints cover, summary with the app’s figures, ranked table, charts, one page per funded use case, method; numbered pages; not blank', async () => {
    const { page, workspaceId } = await openBoardPack();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const data = await readStoredWorkspace(page, workspaceId);
    const { summary, funded, rows } = expectedFigures(data);
    expect(funded.length).toBeGreaterThan(1);
    const money = usd(data.workspace.currency);

    const file = await printPdf(page, 'demo.pdf');
    const count = pdfPageCount(file);
    const pages = pdfPagesText(file);
    expect(pages).toHaveLength(count);

    // Cover: workspace, organisation, date, currency; no page number on it.
    const cover = pages[0] ?? '';
    expect(cover).toContain(data.workspace.name);
    expect(cover).toContain(data.workspace.organisation);
    const today = new Date();
    expect(cover).toContain(today.toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric' }));
    expect(cover).toContain(`${data.workspace.currency} (US Dollar)`);
    expect(cover).not.toMatch(/Page \d+ of/);

    // Executive summary on page 2, with exactly the figures the shared analysis gives for the stored data.
    const exec = pages[1] ?? '';
    expect(exec).toContain('Executive summary');
    expect(exec).toContain(`${summary.fundedCount} of ${rows.length}`);
    expect(exec).toContain(money.format(summary.totalInvestment));
    expect(exec).toContain(`Pilots ${money.format(summary.pilotInvestment)}`);
    expect(exec).toContain(`Last mile ${money.format(summary.lastMileInvestment)}`);
    expect(exec).toContain(money.format(summary.expectedNpv));
    const payback = summary.cash.paybackMonth;
    expect(payback).not.toBeNull();
    expect(exec).toContain(monthLabel(data.workspace.planningStartMonth, payback ?? 0));
    expect(exec).toContain(`plan month ${payback},`);
    expect(exec).toContain(`${(summary.valueCreationShare * 100).toFixed(0)}%`);
    expect(exec.toLowerCase()).toContain('top blockers and risks');
    const blocked = rows.find((r) => r.metrics.blockers.length > 0);
    if (blocked) expect(exec).toContain(blocked.useCase.name);
    for (const r of funded) expect(exec).toContain(r.useCase.name);

    // Parts in order, each on its own page.
    const ranked = pageHeaded(pages, 'Ranked candidates');
    const matrix = pageHeaded(pages, 'Value vs feasibility');
    const timeline = pageHeaded(pages, 'Cumulative cash of the funded set');
    const iceberg = pageHeaded(pages, 'Pilot vs last mile');
    const roadmap = pageHeaded(pages, 'Roadmap');
    const method = pageHeaded(pages, 'Assumptions & method');
    const rules = pageHeaded(pages, 'Plan rules and score');
    expect([ranked, matrix, timeline, iceberg, roadmap]).toEqual([2, 3, 4, 5, 6]);
    for (const r of rows) expect(pages[ranked]).toContain(money.format(r.metrics.expectedNpv));

    // One page per funded use case, in rank order, headed by its name.
    funded.forEach((r, i) => {
      const at = pageWith(pages, `Funded use case ${i + 1} of ${funded.length}`);
      expect(at).toBe(7 + i);
      expect(pages[at]).toContain(r.useCase.name);
      expect(pages[at]).toContain(money.format(r.metrics.expectedNpv));
      expect(pages[at]).toContain('Integration engineering');
    });

    // Assumptions & method, then the plan's rules, last, each on one page.
    expect([method, rules]).toEqual([7 + funded.length, 8 + funded.length]);
    expect(count).toBe(9 + funded.length);
    const methodText = pages[method] ?? '';
    for (const phrase of ['end of its month', 'NPV(rate', 'not defined', 'Payback', 'Expected NPV = NPV of the pilot + p', 'Readiness → probability']) {
      expect(methodText.toLowerCase()).toContain(phrase.toLowerCase());
    }
    expect(methodText).toContain(`${(data.workspace.discountRate * 100).toFixed(1)}%`);
    for (const p of data.workspace.readinessMapping.anchors) expect(methodText).toContain(`${(p * 100).toFixed(0)}%`);
    expect(methodText).toContain(`at most ${(data.workspace.readinessMapping.blockerCap * 100).toFixed(0)}%`);

    // Page numbers and the footer on every page but the cover.
    for (let i = 1; i < count; i++) {
      expect(pages[i]).toContain(`Page ${i + 1} of ${count}`);
      expect(pages[i]).toContain(`${data.workspace.name} · Board pack`);
    }

    // Not blank: cover, summary, a chart page and a use-case page carry ink.
    for (const n of [1, 2, matrix + 1, 8]) {
      const ink = pageInk(file, n, dir);
      expect(ink.deviation, `page ${n}`).toBeGreaterThan(15);
      expect(ink.inked, `page ${n}`).toBeGreaterThan(0.02);
    }
  });

  it('lays every chart inside its page and passes axe on screen; the print button hands the page to the browser’s print dialog', async () => {
    const { page } = await openBoardPack();
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('.board-pack .bp-sheet')].flatMap((sheet) => {
        const box = sheet.getBoundingClientRect();
        return [...sheet.querySelectorAll('svg.lm-chart__svg')]
          .map((svg) => svg.getBoundingClientRect())
          .filter((r) => r.right > box.right + 0.5 || r.left < box.left - 0.5 || r.width < 10)
          .map((r) => `${sheet.querySelector('h2')?.textContent}: ${r.left}-${r.right} outside ${box.left}-${box.right}`);
      }),
    );
    expect(overflow).toEqual([]);
    expect(await page.locator('.bp-toolbar').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.evaluate(() => {
      const w = window as unknown as { printedTitle?: string };
      window.print = () => {
        w.printedTitle = document.title;
      };
    });
    const titleBefore = await page.title();
    await page.getByRole('button', { name: 'Print / Save PDF' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printedTitle?: string }).printedTitle)).toMatch(/board pack \d{4}-\d{2}-\d{2}$/);
    expect(await page.title()).toBe(titleBefore);
  });

  it('prints user text as text (markup, quotes, backslashes); repeats the ranked table’s header and never splits a row, with 56 candidates', async () => {
    const { page, workspaceId } = await openBoardPack();
    const name = 'Kestrel <b>"Board"</b> \\ review & <script>x()</script>';
    await patchStored(page, 'workspaces', workspaceId, { name });
    await multiplyUseCases(page, workspaceId, 3);
    await page.reload();
    await waitForPack(page);
    const data = await readStoredWorkspace(page, workspaceId);
    expect(data.workspace.name).toBe(name);
    expect(data.useCases.length).toBe(56);
    const { rows } = expectedFigures(data);
    expect(await page.locator('.board-pack b, .board-pack script').count()).toBe(0);

    const file = await printPdf(page, 'many.pdf');
    const pages = pdfPagesText(file);
    expect(pages[0]).toContain(name);
    for (let i = 1; i < pages.length; i++) expect(pages[i]).toContain(`${name} · Board pack`);
    const first = pageHeaded(pages, 'Ranked candidates');
    const last = pageHeaded(pages, 'Value vs feasibility');
    const tablePages = pdfPagesLayout(file).slice(first, last);
    expect(tablePages.length).toBeGreaterThan(2);
    const ranks: number[] = [];
    for (const [i, p] of tablePages.entries()) {
      const lines = p.split('\n').filter((l) => l.trim() !== '');
      // The header repeats at the top of the table on every page…
      const header = lines.findIndex((l) => /Rank\s+Use case\s+Problem\s+Type\s+Pilot\s+Last mile\s+Expected NPV\s+IRR\s+Payback\s+Readiness\s+P\(prod\.\)\s+Score\s+Funded/.test(l));
      expect(header, `table page ${i + 1}`).toBeGreaterThanOrEqual(0);
      // …and right below it a row starts (rank first): the last row of the page before was not cut in two.
      expect(lines[header + 1], `table page ${i + 1}`).toMatch(/^\s*\d+ \S.*\$/);
      for (const l of lines.slice(header + 1)) {
        const rank = /^\s*(\d+) \S.*\$/.exec(l)?.[1];
        if (rank) ranks.push(Number(rank));
      }
    }
    expect(ranks).toEqual(rows.map((r) => r.rank));
  });
});
