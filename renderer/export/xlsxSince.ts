/**
 * The workbook's "Since last board" sheet: one row per change since the newest board snapshot frozen before the export
 * (the same changes the board pack and the app list), figures as plain numbers, text neutralised like every cell.
 */
import type { Workbook } from 'exceljs';
import { sinceParts } from '@shared/analysis/sinceParts';
import type { Move, SinceSnapshot } from '@shared/analysis/sinceSnapshot';
import { STAGE_LABELS } from '@shared/domain';
import type { ExportModel } from '@shared/export/exportModel';
import { sinceLastBoardOf } from '@shared/export/sinceExport';
import { printSetup, writeTable, type SheetColumn, type SheetValue, type WorkbookFormats } from './xlsxCells';

export const SINCE_SHEET = 'Since last board';

interface SinceRow {
  change: string;
  candidate: string;
  before: SheetValue;
  after: SheetValue;
  detail: string;
}

/** Every change as a row: moves with their figures before and after, the rest with the wording of the pack. */
export function sinceRows(since: SinceSnapshot, detailOf: (title: string, index: number) => string): SinceRow[] {
  const rows: SinceRow[] = [];
  const moves = (change: string, list: readonly Move[]) => list.forEach((m, i) => rows.push({ change, candidate: m.name, before: m.from, after: m.to, detail: detailOf(change, i) }));
  moves('Portfolio totals', Object.values(since.totals).filter((t) => Math.abs(t.to - t.from) >= 0.5));
  since.newCandidates.forEach((c, i) => rows.push({ change: 'New candidates', candidate: c.name, before: null, after: c.fundingCost, detail: detailOf('New candidates', i) }));
  since.droppedCandidates.forEach((c, i) => rows.push({ change: 'Dropped candidates', candidate: c.name, before: c.fundingCost, after: null, detail: detailOf('Dropped candidates', i) }));
  since.stageChanges.forEach((s, i) => rows.push({ change: 'Stage changes', candidate: s.name, before: STAGE_LABELS[s.from], after: STAGE_LABELS[s.to], detail: detailOf('Stage changes', i) }));
  since.decisions.forEach((d, i) => rows.push({ change: 'Decisions since', candidate: d.kind === 'gate' ? d.useCaseName : '', before: null, after: null, detail: detailOf('Decisions since', i) }));
  moves('Investment moves', since.investmentMoves);
  moves('Run cost moves', since.runCostMoves);
  moves('Benefit moves', since.benefitMoves);
  since.fundingChanges.forEach((f, i) => rows.push({ change: 'Funding changes', candidate: f.name, before: f.nowFunded ? 'Not funded' : 'Funded', after: f.nowFunded ? 'Funded' : 'Not funded', detail: detailOf('Funding changes', i) }));
  since.rankChanges.forEach((r, i) => rows.push({ change: 'Rank changes', candidate: r.name, before: `Rank ${r.from}`, after: `Rank ${r.to}`, detail: detailOf('Rank changes', i) }));
  return rows;
}

/** Adds the sheet when the workspace has a snapshot frozen before this export; nothing otherwise. */
export function addSinceSheet(workbook: Workbook, model: ExportModel, formats: WorkbookFormats): void {
  const since = sinceLastBoardOf(model);
  if (!since) return;
  const parts = new Map(sinceParts(since, model.present).map((p) => [p.title, p.items]));
  const rows = sinceRows(since, (title, i) => parts.get(title)?.[i] ?? '');
  const sheet = workbook.addWorksheet(SINCE_SHEET);
  sheet.getCell('A1').value = `Since ${since.snapshot.name} (frozen ${since.snapshot.at.slice(0, 10)})`;
  sheet.getCell('A1').font = { bold: true };
  const columns: SheetColumn<SinceRow>[] = [
    { header: 'Change', kind: 'text', width: 20, value: (r) => r.change },
    { header: 'Candidate', kind: 'text', width: 36, value: (r) => r.candidate },
    { header: 'Before', kind: 'money', width: 16, value: (r) => r.before },
    { header: 'After', kind: 'money', width: 16, value: (r) => r.after },
    { header: 'What changed', kind: 'text', width: 70, wrap: true, value: (r) => r.detail },
  ];
  writeTable(sheet, rows, columns, formats, 3);
  printSetup(sheet, { format: model.present.format, titleRows: '3:3', footer: model.workspace.name });
}
