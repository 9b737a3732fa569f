import { repositories } from '@renderer/db';
import type { FrontierPoint } from '@shared/portfolio';
import { frontierFor, fundingAnswerFor } from '@renderer/features/portfolio/fundingService';
import { buildExportModel, planOf, type ExportModel } from '@shared/export/exportModel';
import { rankedTableCsv } from '@shared/export/rankedTableCsv';
import { safeFileName, saveExport } from './exportActions';

export type BoardExportKind = 'pptx' | 'xlsx' | 'csv';

/** The export model with the portfolio page's funding answer (the funding service's, never a second search). */
async function model(workspaceId: string, withFrontier: boolean): Promise<{ model: ExportModel; frontier: FrontierPoint[] | null } | null> {
  const bundle = await repositories().bundles.read(workspaceId);
  if (!bundle) return null;
  const planned = { ...bundle, plan: planOf(bundle) };
  const [funding, frontier] = await Promise.all([fundingAnswerFor(planned), withFrontier ? frontierFor(planned) : Promise.resolve(null)]);
  return { model: buildExportModel({ bundle, funding, generatedAt: new Date().toISOString() }), frontier };
}

/** Builds one of the board's documents (the PowerPoint and Excel writers load on first use, keeping start-up light) from the export model (same figures everywhere) and saves it through the host. */
export async function exportForBoard(kind: BoardExportKind, workspaceId: string): Promise<string> {
  const made = await model(workspaceId, kind === 'pptx');
  if (!made) return 'This workspace no longer exists.';
  const { model: m, frontier } = made;
  const name = m.workspace.name;
  switch (kind) {
    case 'pptx':
      return saveExport(safeFileName(`${name} board deck`, 'pptx'), [{ name: 'PowerPoint', extensions: ['pptx'] }], toBytes(await (await import('@renderer/export/deckPptx')).deckPptx(m, frontier ? { frontier } : {})));
    case 'xlsx':
      return saveExport(safeFileName(`${name} portfolio`, 'xlsx'), [{ name: 'Excel workbook', extensions: ['xlsx'] }], toBytes(await (await import('@renderer/export/workbookXlsx')).workbookXlsx(m)));
    case 'csv':
      return saveExport(safeFileName(`${name} ranked candidates`, 'csv'), [{ name: 'CSV', extensions: ['csv'] }], rankedTableCsv(m));
  }
}

/** A copy in a plain ArrayBuffer (what the host API's schema accepts). */
function toBytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return copy;
}
