/** The deck's "AI spend" slide: the same figures as the export model (and so the board pack and the workbook); none without spend. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deckPptx } from '@renderer/export/deckPptx';
import { spendLines } from '@renderer/export/deckSpend';
import { blankSpendItemInput, type SpendItem } from '@shared/domain';
import { exportModelOf, fixedBundle } from '../export/fixtures';
import { noteText, slideParts, slideTitle } from '../export/deckParts';
import { runText } from '../export/xmlCheck';

const GENERATED = '2027-02-01T09:30:00.000Z';

async function titles(zip: JSZip): Promise<string[]> {
  return Promise.all(slideParts(zip).map(async (f) => slideTitle(await zip.file(f)!.async('string'))));
}

describe('the deck’s AI spend slide', () => {
  it('shows where every dollar goes, as the export model has it', async () => {
    const base = fixedBundle();
    const item = (id: string, patch: Partial<SpendItem>): SpendItem => ({ ...blankSpendItemInput(), name: id, ...patch, id, workspaceId: base.workspace.id, createdAt: GENERATED, updatedAt: GENERATED });
    const bundle = { ...base, spend: [item('Everyone’s seats', { seats: 5000, pricePerSeat: 200 }), item('Team seats', { seats: 10, pricePerSeat: 50, links: [{ useCaseId: base.useCases[0]!.id, share: 1 }] })] };
    const model = exportModelOf({ bundle, generatedAt: GENERATED });
    const lines = spendLines(model);
    const p = model.present;
    expect(lines[0]).toBe(`AI spend in ${p.calendarMonth(model.todayMonth)}: ${p.money(1_000_500)} a month. Spend counts for a use case only where it is linked to it.`);
    expect(lines[3]).toBe(`Not tied to a use case: ${p.money(1_000_000)} (${p.percent(1_000_000 / 1_000_500)})`);
    expect(lines[4]).toBe(`5,000 of 5,010 seats have no use case behind them: ${p.money(1_000_000)} a month.`);
    const zip = await JSZip.loadAsync(await deckPptx(model));
    const all = await titles(zip);
    const n = all.indexOf('AI spend') + 1;
    expect(n).toBeGreaterThan(0);
    const xml = await zip.file(slideParts(zip)[n - 1]!)!.async('string');
    expect(runText(xml)).toContain(lines[3]);
    expect(await noteText(zip, n)).toContain(lines[1]);
  });

  it('has no slide when no AI spend is recorded', async () => {
    const zip = await JSZip.loadAsync(await deckPptx(exportModelOf({ bundle: fixedBundle(), generatedAt: GENERATED })));
    expect(await titles(zip)).not.toContain('AI spend');
  });
});
