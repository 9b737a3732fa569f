import { repositories } from '@renderer/db';
import { silentProgress, untilCancelled, type ProgressContext } from '@renderer/components/ProgressTask';
import { currentMonth } from '@renderer/features/living/today';
import { frontierFor, fundingAnswerFor } from '@renderer/features/portfolio/fundingService';
import { planOf } from '@shared/export/exportModel';
import { packScenarioChoice } from '@renderer/features/boardPack/packChoice';
import { buildFile } from './fileWork';
import { safeFileName, saveExport } from './exportActions';

export type BoardExportKind = 'pptx' | 'xlsx' | 'csv';

const FILES: Record<BoardExportKind, { name: string; suffix: string; filter: { name: string; extensions: string[] } }> = {
  pptx: { name: 'PowerPoint deck', suffix: 'board deck', filter: { name: 'PowerPoint', extensions: ['pptx'] } },
  xlsx: { name: 'Excel workbook', suffix: 'portfolio', filter: { name: 'Excel workbook', extensions: ['xlsx'] } },
  csv: { name: 'CSV of the ranked table', suffix: 'ranked candidates', filter: { name: 'CSV', extensions: ['csv'] } },
};

/**
 * Builds one of the board's documents from the export model (same figures everywhere) with the portfolio page's funding
 * answer (the funding service's, never a second search), in a worker (fileWork.ts), and saves it through the host once
 * it is complete. `progress` shows how far it is; cancelled before the save, no file is written.
 */
export async function exportForBoard(kind: BoardExportKind, workspaceId: string, progress: ProgressContext = silentProgress()): Promise<string> {
  const file = FILES[kind];
  const name = file.name;
  await progress.report('Reading the workspace…', 0);
  const bundle = await repositories().bundles.read(workspaceId);
  if (!bundle) return 'This workspace no longer exists.';
  await progress.report('Working out which candidates are funded…', 0);
  const todayMonth = currentMonth();
  const planned = { ...bundle, plan: planOf(bundle), todayMonth, sessions: bundle.sessions };
  const [funding, frontier] = await untilCancelled(Promise.all([fundingAnswerFor(planned), kind === 'pptx' ? frontierFor(planned) : Promise.resolve(null)]), progress.signal);
  const built = await buildFile(
    { kind, bundle, funding, frontier, generatedAt: new Date().toISOString(), todayMonth, scenarioIds: packScenarioChoice(workspaceId) },
    { signal: progress.signal, onStep: (sentence, fraction) => progress.say(sentence, fraction) },
  );
  if (!built.ok) return `The ${name} could not be made: ${built.message}`;
  progress.finishing(`Handing the ${name} over to be saved…`);
  return saveExport(safeFileName(`${bundle.workspace.name} ${file.suffix}`, kind), [file.filter], built.data);
}
