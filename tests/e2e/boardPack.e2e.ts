import { describe, expect, it } from 'vitest';
import { buildExportModel } from '@shared/export/exportModel';
import { exportOptions } from '@shared/export/exportOptions';
import { breakEvenSentence } from '@shared/uncertainty/sensitivityText';
import { riskRangeText } from '@renderer/features/boardPack/riskText';
import { NOT_ASSESSED } from '@shared/presentation';
import { axeViolations } from './harness';
import { currentMonth } from '@renderer/features/living/today';
import { pageInk, pdfPageCount, pdfPagesLayout, pdfPagesText, readStoredScenarios, readStoredWorkspace } from './boardPackPdf';
import { pdfDir, setUpBoardPack, openBoardPack, waitForPack, printPdf, flatText, expectedRisk, expectedFigures, portfolioFundedNames, usd, monthLabel, pageWith, unhyphenated, pageHeaded } from './boardPackHarness';

setUpBoardPack();

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
      const ink = pageInk(file, n, pdfDir());
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

});
