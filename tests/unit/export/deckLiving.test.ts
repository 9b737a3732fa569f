/** The deck of a plan under way: the figures that look forward say from when, what the budget counts, and the whole life beside them. */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { deckPptx } from '@renderer/export/deckPptx';
import { buildDemoWorkspace } from '@shared/demo';
import { defaultPortfolioPlan } from '@shared/portfolio/plan';
import { exportModelOf } from './fixtures';
import { runText } from './xmlCheck';
import { noteText, slideParts, slideTitle } from './deckParts';

const TODAY = '2027-10';

describe('PowerPoint deck of a plan under way', () => {
  it('labels forward figures from today, says what is left to fund, committed and sunk, and gives the method its forward-looking paragraph', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `k-${++n}`, nowIso: '2027-10-01T00:00:00.000Z', todayMonth: TODAY });
    const model = exportModelOf({ bundle: { ...demo, plan: defaultPortfolioPlan(1_500_000) }, generatedAt: '2027-10-02T00:00:00.000Z', todayMonth: TODAY });
    const zip = await JSZip.loadAsync(await deckPptx(model));
    const parts = slideParts(zip);
    const texts = await Promise.all(parts.map(async (f) => runText(await zip.file(f)!.async('string'))));
    const titles = await Promise.all(parts.map(async (f) => slideTitle(await zip.file(f)!.async('string'))));
    const p = model.present;
    const s = model.fundedSummary;
    const decision = texts[titles.indexOf('The decision asked of the board')]!;
    expect(decision).toContain('To fund (not yet spent or committed)');
    expect(decision).toContain(p.money(s.totalInvestment));
    expect(decision).toContain('Expected NPV from Oct 2027');
    expect(decision).toContain(`committed, not yet spent ${p.money(s.committedInvestment)}`);
    expect(decision).toContain(`spent to date (sunk) ${p.money(s.sunkCost)}`);
    const method = texts[titles.indexOf('Assumptions & method')]!;
    expect(method).toContain('Figures from today');
    expect(await noteText(zip, 1)).toContain('figures marked “from Oct 2027”');
    const running = model.rows.find((r) => r.metrics.living.stage === 'last-mile')!;
    const sheet = texts[titles.findIndex((t) => t.endsWith(running.useCase.name))]!;
    expect(sheet).toContain('Last mile in progress');
    expect(sheet).toContain('NPV / IRR / payback / ROI, whole life');
    expect(sheet).toContain(p.money(running.metrics.living.sunk.total));
  });
});
