import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseCandidates, boardDecision, fundingNotes, fundingProblem, moneyByYear, summariseFunded } from '@shared/analysis';
import { runSteps } from '@shared/export/compression';
import { buildExportModel } from '@shared/export/exportModel';
import { exportOptions } from '@shared/export/exportOptions';
import { riskSteps } from '@shared/export/exportRisk';
import { optimiseFunding } from '@shared/portfolio';
import { breakEvenSentence } from '@shared/uncertainty/sensitivityText';
import { riskRangeText } from '@renderer/features/boardPack/riskText';
import { NOT_ASSESSED, presenter } from '@shared/presentation';
import { axeViolations, startApp, type AppHarness } from './harness';
import { currentMonth } from '@renderer/features/living/today';
import { currentWorkspaceId, multiplyUseCases, pageInk, patchStored, pdfPageCount, pdfPagesLayout, pdfPagesText, readStoredScenarios, readStoredWorkspace, type StoredWorkspace } from './boardPackPdf';

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

/** The PDF's text has plain spaces where Intl writes no-break ones. */
const flatText = (text: string) => text.replace(/\s+/g, ' ');

/** The funded set simulated here over the stored data, as of this month, with the workspace's seed and trials. */
function expectedRisk(data: StoredWorkspace, fundedIds: ReadonlySet<string>) {
  return runSteps(riskSteps({ workspace: data.workspace, useCases: data.useCases, fundedIds, todayMonth: currentMonth() }));
}

/** The figures the app shows, recomputed here from the stored data with the shared analysis (the test's own reference). */
function expectedFigures(data: StoredWorkspace) {
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
async function portfolioFundedNames(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }).click();
  await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
  await page.getByText(/^Optimal: /).waitFor();
  // The ranked table is drawn just after the answer is painted: wait for its funded rows.
  await page.locator('.pt-row--funded th[scope="row"] .pt-name').first().waitFor();
  return page.locator('.pt-row--funded th[scope="row"] .pt-name').allTextContents();
}

const usd = (currency: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
const monthLabel = (start: string, planMonth: number): string => {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + planMonth - 1, 1)).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
};
/** Index of the first page after the cover (whose contents list names every part) containing `text`, ignoring case (headings print in capitals). */
const pageWith = (pages: string[], text: string): number => pages.findIndex((p, i) => i > 0 && p.toLowerCase().includes(text.toLowerCase()));
/** Index of the page headed `title`: a part's page starts with its eyebrow line ("3 · PORTFOLIO CHARTS"), then its heading. */
/**
 * The PDF's text layer drops a hyphen where a line breaks at it ("trade-" + "account" reads "tradeaccount"), so names
 * and notes in narrow table cells are compared without their hyphens.
 */
const unhyphenated = (text: string): string => text.replace(/-/g, '');

const pageHeaded = (pages: string[], title: string): number => pages.findIndex((p) => /^\d · /.test(p) && p.slice(0, 100).includes(title));

describe('board pack (PDF)', () => {
  it('prints cover, summary with the decision and the app’s figures, ranked table with funding reasons, charts, spend by plan year, one page per funded use case, method; numbered pages; not blank', async () => {
    const { page, workspaceId } = await openBoardPack();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const data = await readStoredWorkspace(page, workspaceId);
    const { summary, funded, rows, notes, years, decision, present } = expectedFigures(data);
    expect(funded.length).toBeGreaterThan(1);
    const money = usd(data.workspace.currency);
    const packFunded = await page.locator('.bp-ranked tbody.bp-row--funded th[scope="row"]').allTextContents();

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

    // Executive summary on page 2: the decision asked of the board first, then exactly the figures the shared analysis gives for the stored data.
    const exec = pages[1] ?? '';
    expect(exec).toContain('Executive summary');
    expect(exec).toContain(`Decision asked of the board. ${decision}`);
    expect(exec.indexOf(decision)).toBeLessThan(exec.indexOf('Pilots '));
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
    expect(exec).toContain(`automation ${(summary.automationShare * 100).toFixed(0)}%, not classified 0%`);
    expect(exec.toLowerCase()).toContain('top blockers and risks');
    const blocked = rows.find((r) => r.metrics.blockers.length > 0);
    if (blocked) expect(exec).toContain(blocked.useCase.name);
    for (const r of funded) expect(exec).toContain(r.useCase.name);

    // Parts in order, each starting on its own page.
    const ranked = pageHeaded(pages, 'Ranked candidates');
    const matrix = pageHeaded(pages, 'Value vs feasibility');
    const timeline = pageHeaded(pages, 'Cumulative cash of the funded set');
    const iceberg = pageHeaded(pages, 'Pilot vs last mile');
    const roadmap = pageHeaded(pages, 'Roadmap');
    const spend = pageHeaded(pages, 'Spend by plan year');
    const risk = pageHeaded(pages, 'Risk: how sure are the figures?');
    const method = pageHeaded(pages, 'Assumptions & method');
    const rules = pageHeaded(pages, 'Plan rules and score');
    expect(ranked).toBe(2);
    expect(matrix).toBeGreaterThan(ranked);
    expect([timeline, iceberg, roadmap, spend, risk]).toEqual([matrix + 1, matrix + 2, matrix + 3, matrix + 4, matrix + 5]);

    // Rank and fund tell one story: beside every candidate, funded or not funded with its reason; under a higher scorer that lost, why.
    const rankedText = pages.slice(ranked, matrix).join(' ');
    expect(rankedText).toContain('Rank by expected NPV');
    let reasons = 0;
    for (const r of rows) {
      const note = notes.get(r.useCase.id);
      expect(note).toBeDefined();
      expect(rankedText).toContain(r.metrics.expectedNpv === null ? NOT_ASSESSED : money.format(r.metrics.expectedNpv));
      expect(unhyphenated(rankedText)).toContain(unhyphenated(note?.funded ? (note.status ?? '') : `Not funded: ${note?.status}`));
      if (note?.tradeOff) expect(unhyphenated(rankedText)).toContain(unhyphenated(note.tradeOff));
      if (!note?.funded) reasons++;
    }
    expect(reasons).toBe(rows.length - funded.length);
    expect([...notes.values()].some((n) => n.tradeOff !== null)).toBe(true);

    // Spend by plan year: each plan year's line with its investment, the totals line, and the run cost once live.
    const spendLines = (pdfPagesLayout(file)[spend] ?? '').split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    for (const y of years.years) {
      const line = spendLines.find((l) => l.startsWith(present.planYear(y.year)));
      expect(line, present.planYear(y.year)).toContain(` ${money.format(y.pilot)} ${money.format(y.lastMile)} ${money.format(y.investment)} `);
    }
    const totals = years.totals;
    expect(spendLines).toContain(`Total ${[totals.pilot, totals.lastMile, totals.investment, totals.run, totals.benefit, totals.net].map((v) => money.format(v)).join(' ')}`);
    expect(totals.investment).toBeCloseTo(summary.totalInvestment, 6);
    expect(pages[spend]).toContain(`${money.format(years.annualRunCost)} a year to run`);

    // The risk page, on one page: the funded set simulated with the workspace's seed and trials gives exactly the figures of
    // an independent run of the shared engine over the stored data (the same seed gives the same answer), P10 ≤ P50 ≤ P90.
    const riskFigures = expectedRisk(data, new Set(funded.map((r) => r.useCase.id)));
    const f = riskFigures.funded;
    expect(f.p10).toBeLessThanOrEqual(f.p50);
    expect(f.p50).toBeLessThanOrEqual(f.p90);
    const riskText = pages[risk] ?? '';
    expect(riskText).toContain(flatText(riskRangeText(f, present)));
    expect(riskText).toContain(`Seed ${data.workspace.uncertainty.seed}`);
    expect(riskText).toContain('the same seed gives the same answer');
    expect(riskText).toContain(`${(f.probPositive * 100).toFixed(0)}%`);
    for (const b of riskFigures.breakEvens) expect(flatText(riskText)).toContain(flatText(breakEvenSentence(b, present, riskFigures.today, true)).slice(0, 40));
    // Each plan year: the plan's investment, then P50 and P90 of the trials.
    const riskLayout = flatText(pdfPagesLayout(file)[risk] ?? '');
    f.spendP90ByYear.forEach((v, i) => expect(riskLayout).toContain(`${present.planYear(i + 1)} ${[years.years[i]!.investment, f.spendP50ByYear[i]!, v].map((x) => money.format(x)).join(' ')}`));

    // One page per funded use case, in rank order, headed by its name, with its simulated P10 / P50 / P90.
    funded.forEach((r, i) => {
      const at = pageWith(pages, `Funded use case ${i + 1} of ${funded.length}`);
      expect(at).toBe(risk + 1 + i);
      const o = riskFigures.cases.get(r.useCase.id)!;
      if (!o.notAssessed) expect(pages[at]).toContain(flatText(riskRangeText(o, present)));
      expect(pages[at]).toContain(r.useCase.name);
      expect(pages[at]).toContain(money.format(r.metrics.expectedNpv ?? 0));
      expect(pages[at]).toContain('Integration engineering');
    });

    // Assumptions & method, then the plan's rules with every candidate left out and why, last, each on one page.
    // The AI spend page (docs/spend.md: the demo carries the 5,000-seat example) comes after the funded use cases.
    const spendPage = pageHeaded(pages, 'AI spend');
    expect(spendPage).toBe(risk + 1 + funded.length);
    expect([method, rules]).toEqual([risk + 2 + funded.length, risk + 3 + funded.length]);
    expect(count).toBe(rules + 1);
    for (const r of rows.filter((x) => !notes.get(x.useCase.id)?.funded)) expect(pages[rules]).toContain(notes.get(r.useCase.id)?.detail ?? '?');
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
    for (const n of [1, 2, matrix + 1, risk + 2]) {
      const ink = pageInk(file, n, dir);
      expect(ink.deviation, `page ${n}`).toBeGreaterThan(15);
      expect(ink.inked, `page ${n}`).toBeGreaterThan(0.02);
    }

    // The pack funds what the portfolio page funds: the same names, from the same funding answer.
    const fundedNames = funded.map((r) => r.useCase.name).sort();
    expect([...packFunded].sort()).toEqual(fundedNames);
    expect((await portfolioFundedNames(page)).sort()).toEqual(fundedNames);
  });

  it('puts the two scenarios chosen on the pack page side by side on its options page (one page, after the risk page), and remembers the choice', async () => {
    const { page, workspaceId } = await openBoardPack();
    // The demo's two scenarios (a budget cut, dearer tokens), chosen the way a user does.
    const scenarios = await readStoredScenarios(page, workspaceId);
    expect(scenarios.length).toBeGreaterThanOrEqual(2);
    const chosen = scenarios.slice(0, 2);
    const picker = page.getByRole('group', { name: /Options page: scenarios beside the plan/ });
    for (const s of chosen) await picker.getByRole('checkbox', { name: s.name }).check();
    await page.locator('.bp-options').waitFor();
    await waitForPack(page);
    expect(await axeViolations(page)).toEqual([]);
    const data = await readStoredWorkspace(page, workspaceId);
    const { funding, present } = expectedFigures(data);
    const model = buildExportModel({ bundle: data, funding, generatedAt: new Date().toISOString(), todayMonth: currentMonth() });
    const options = exportOptions(model, data, chosen)!;
    const columns = options.comparison.columns;
    expect(columns.map((c) => c.name)).toEqual(['Base plan', ...chosen.map((s) => s.name)]);

    const file = await printPdf(page, 'options.pdf');
    const pages = pdfPagesText(file);
    expect(pages[0]).toContain('Options');
    const risk = pageHeaded(pages, 'Risk: how sure are the figures?');
    const at = pageHeaded(pages, 'Options: scenarios side by side');
    expect(at).toBe(risk + 1);
    // It fits its page: the next page is the first funded use case's.
    expect(pageWith(pages, `Funded use case 1 of ${model.fundedSummary.fundedCount}`)).toBe(at + 1);
    const lines = (pdfPagesLayout(file)[at] ?? '').split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    const line = (label: string) => lines.find((l) => l.startsWith(`${label} `)) ?? '';
    expect(line('Budget')).toContain(columns.map((c) => flatText(present.money(c.budget))).join(' '));
    expect(line('Expected NPV')).toContain(columns.map((c) => flatText(present.money(c.expectedNpv))).join(' '));
    expect(line('Funded candidates')).toContain(columns.map((c) => String(c.fundedCount)).join(' '));
    for (const c of options.comparison.candidates.filter((x) => !x.inAll).slice(0, 5)) expect(unhyphenated(pages[at] ?? '')).toContain(unhyphenated(c.name));

    // The choice is kept for this workspace: after a reload both are still chosen and the page is still there.
    await page.reload();
    await waitForPack(page);
    await page.locator('.bp-options').waitFor();
    for (const s of chosen) expect(await picker.getByRole('checkbox', { name: s.name }).isChecked()).toBe(true);
  });

  it('prints what is not known as not known, in the workspace’s number format: readiness not assessed, not classified, problem figures not given', async () => {
    const { page, workspaceId } = await openBoardPack();
    const before = await readStoredWorkspace(page, workspaceId);
    // Ideas: the demo is in mid-flight, and work in production or under way stays funded whatever its readiness.
    const [first, second] = expectedFigures(before).funded.filter((r) => r.metrics.living.stage === 'idea');
    if (!first || !second) throw new Error('The demo funds fewer than two ideas');
    const open = first.useCase;
    const unclassified = second.useCase;
    await patchStored(page, 'workspaces', workspaceId, { numberFormat: 'de-DE' });
    await patchStored(page, 'useCases', open.id, { readiness: { ...open.readiness, data: { ...open.readiness.data, score: null } } });
    await patchStored(page, 'useCases', unclassified.id, {
      classification: { kind: null, rubric: { existingTask: null, timeOrCostSaving: null, newRevenueOrCapability: null, changesDecisionOrExperience: null }, rationale: '' },
    });
    await patchStored(page, 'problems', unclassified.problemId, { peopleAffected: null, monthlyHours: null, monthlyCost: null });
    await page.reload();
    await waitForPack(page);
    const data = await readStoredWorkspace(page, workspaceId);
    const { rows, summary, funded, notes, present, decision } = expectedFigures(data);
    expect(summary.notAssessedCount).toBe(1);
    expect(summary.unclassifiedCount).toBe(1);
    expect(funded.map((r) => r.useCase.id)).not.toContain(open.id);
    expect(funded.map((r) => r.useCase.id)).toContain(unclassified.id);

    const file = await printPdf(page, 'unknowns.pdf');
    const pages = pdfPagesText(file);
    const exec = pages[1] ?? '';
    expect(pageHeaded(pages, 'Ranked candidates'), 'the executive summary fits its page').toBe(2);
    // German separators, the currency after the amount ("1.830.000 $"); the PDF's text has plain spaces where Intl writes no-break ones.
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    expect(flat(present.money(summary.totalInvestment))).toMatch(/^\d{1,3}(\.\d{3})+ \$$/);
    expect(exec).toContain(flat(decision));
    expect(exec).toContain(flat(present.money(summary.expectedNpv)));
    expect(exec).toContain('1 candidate with readiness not fully assessed');
    expect(exec).toContain('1 candidate not classified');
    expect(exec).toContain(flat(`not classified ${present.percent(summary.unclassifiedShare, 0)}`));
    expect(summary.unclassifiedShare).toBeGreaterThan(0);

    const rankedText = pages.slice(pageHeaded(pages, 'Ranked candidates'), pageHeaded(pages, 'Value vs feasibility')).join(' ');
    const openRow = rows.find((r) => r.useCase.id === open.id);
    expect(openRow?.metrics.expectedNpv).toBeNull();
    // Expected NPV, readiness and P(prod.) of the candidate not assessed, never a number; and why it is not funded.
    expect(unhyphenated(rankedText)).toContain(unhyphenated(open.name));
    expect(rankedText).toContain(flat(`${NOT_ASSESSED} ${present.irr(openRow?.metrics.irr ?? null)}`));
    expect(unhyphenated(rankedText)).toContain(unhyphenated(`Not funded: ${notes.get(open.id)?.status}`));
    expect(notes.get(open.id)?.status).toBe('Readiness not assessed');
    expect(rankedText).toContain('Not classified');

    const at = pageWith(pages, `Funded use case ${funded.findIndex((r) => r.useCase.id === unclassified.id) + 1} of ${funded.length}`);
    const sheet = pages[at] ?? '';
    expect(sheet).toContain(unclassified.name);
    expect(sheet).toContain('Not classified. The classification rubric is not answered yet');
    expect(sheet).toContain('people affected not given · monthly cost not given');
    expect(sheet).not.toMatch(/\b0 people affected/);
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
      // (The two-line headers "Rank by expected NPV" and "Expected NPV" end on this line with "NPV".)
      const header = lines.findIndex((l) => /Rank\s+NPV\s+Use case\s+Problem\s+Type\s+Pilot\s+Last mile\s+NPV\s+IRR\s+Payback\s+Readiness\s+P\(prod\.\)\s+Score\s+Funding/.test(l));
      expect(header, `table page ${i + 1}`).toBeGreaterThanOrEqual(0);
      // …and right below it a candidate starts (rank and rank by expected NPV first): the candidate before, with its trade-off line, was not cut in two.
      expect(lines[header + 1], `table page ${i + 1}`).toMatch(/^\s*\d+\s+\d+ \S.*\$/);
      for (const l of lines.slice(header + 1)) {
        const rank = /^\s*(\d+)\s+\d+ \S.*\$/.exec(l)?.[1];
        if (rank) ranks.push(Number(rank));
      }
    }
    expect(ranks).toEqual(rows.map((r) => r.rank));
  });
});
