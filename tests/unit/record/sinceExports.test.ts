import { describe, expect, it } from 'vitest';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { deckPptx } from '@renderer/export/deckPptx';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { SINCE_SHEET } from '@renderer/export/xlsxSince';
import type { BoardSnapshot } from '@shared/domain';
import { currentPortfolio } from '@shared/export/sinceExport';
import { exportModelOf, fixedBundle } from '../export/fixtures';

/** The fixed workspace frozen at a board in January, then its document-processing pilot costs $15,000 more. */
function modelSinceBoard() {
  const bundle = fixedBundle();
  const before = exportModelOf({ bundle, generatedAt: '2027-01-15T09:00:00.000Z' });
  const current = currentPortfolio(before);
  const snapshot: BoardSnapshot = { id: 's-1', workspaceId: bundle.workspace.id, name: 'Board, January 2027', at: '2027-01-15T10:00:00.000Z', month: '2027-01', ...current };
  const changed = { ...bundle, useCases: bundle.useCases.map((u) => (u.id === 'uc-docs' ? { ...u, pilot: { ...u.pilot, cost: u.pilot.cost + 15_000 } } : u)) };
  return exportModelOf({ bundle: { ...changed, record: { decisions: [], changeLog: [], snapshots: [snapshot] } }, generatedAt: '2027-02-01T09:00:00.000Z' });
}

describe('since last board in the workbook and the deck', () => {
  it('the workbook has a "Since last board" sheet: one row per change, figures as plain numbers', async () => {
    const model = modelSinceBoard();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookXlsx(model)).slice().buffer);
    const sheet = workbook.getWorksheet(SINCE_SHEET)!;
    expect(sheet.getCell('A1').value).toBe('Since Board, January 2027 (frozen 2027-01-15)');
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n >= 3) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows[0]).toEqual(['Change', 'Candidate', 'Before', 'After', 'What changed']);
    const investment = rows.filter((r) => r[0] === 'Investment moves');
    expect(investment).toEqual([['Investment moves', 'Invoice document processing', 355_000, 370_000, 'Invoice document processing: $355,000 → $370,000']]);
    expect(rows.slice(1).every((r) => ['Portfolio totals', 'Investment moves', 'Funding changes', 'Rank changes'].includes(String(r[0])))).toBe(true);
  });

  it('the deck has a "Since last board" slide after the decision; none without a snapshot', async () => {
    const slideTexts = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
      return Promise.all(names.map((n) => zip.file(n)!.async('string')));
    };
    const slides = await slideTexts(await deckPptx(modelSinceBoard()));
    expect(slides[2]).toContain('Since last board: Board, January 2027');
    expect(slides[2]).toContain('Investment moves: Invoice document processing: $355,000 → $370,000');
    const without = await slideTexts(await deckPptx(exportModelOf({ bundle: fixedBundle(), generatedAt: '2027-02-01T09:00:00.000Z' })));
    expect(without.some((s) => s.includes('Since last board'))).toBe(false);
  });
});
