import { describe, expect, it } from 'vitest';
import { NOT_ASSESSED } from '@shared/presentation';
import { axeViolations } from './harness';
import { multiplyUseCases, patchStored, pdfPagesLayout, pdfPagesText, readStoredWorkspace } from './boardPackPdf';
import { setUpBoardPack, openBoardPack, waitForPack, printPdf, expectedFigures, pageWith, unhyphenated, pageHeaded } from './boardPackHarness';

setUpBoardPack();

describe('board pack (PDF): what is not known, the charts on the page, user text and long tables', () => {
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
