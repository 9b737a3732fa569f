import type { FrontierPoint, FundingResult } from '@shared/portfolio';
import { withBoardExtras } from '@shared/export/boardExtras';
import { buildExportModel } from '@shared/export/exportModel';
import { rankedTableCsv } from '@shared/export/rankedTableCsv';
import { encodeWorkspaceFileAsync, formatFileError, type WorkspaceBundle, type WorkspaceFileMeta } from '@shared/export/workspaceFile';

/**
 * The files Lastmile builds for the user (the board's deck, workbook and CSV, the workspace file and its backups), as
 * jobs a worker runs off the page (fileWork.ts), so the page stays responsive, shows how far a job is, and Cancel
 * stops it at once. A job only builds: the file is handed to the host to save after it is complete, never before.
 */
export type FileJob =
  | { kind: 'pptx' | 'xlsx' | 'csv'; bundle: WorkspaceBundle; funding: FundingResult; frontier: FrontierPoint[] | null; generatedAt: string; todayMonth: string; /** Scenarios chosen for the pack's options. */ scenarioIds?: string[] }
  | { kind: 'workspace-file'; bundle: WorkspaceBundle; meta: WorkspaceFileMeta; compress: 'auto' | 'always' };

export type FileJobResult = { ok: true; data: Uint8Array<ArrayBuffer> | string } | { ok: false; message: string };

/** How a job reports: `say` where it is (a sentence, and the share done or null while a step cannot say); `pause` between stages (a turn for the page, and the place a cancelled job stops); `signal` for the sliced steps of shared/export. */
export interface FileJobHooks {
  say: (sentence: string, fraction: number | null) => void;
  pause: () => Promise<void>;
  signal?: { readonly aborted: boolean };
}

/** A copy in a plain ArrayBuffer (what the host API's schema accepts). */
function toBytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return copy;
}

/** Runs one job; `step` hears each stage (the writers of PowerPoint and Excel pack their file in one step they cannot report on). */
export async function runFileJob(job: FileJob, hooks: FileJobHooks): Promise<FileJobResult> {
  const step = async (sentence: string, fraction: number | null) => {
    hooks.say(sentence, fraction);
    await hooks.pause();
  };
  if (job.kind === 'workspace-file') {
    await step('Writing every problem, use case and the plan into the file…', 0);
    const file = await encodeWorkspaceFileAsync(job.bundle, job.meta, {
      compress: job.compress,
      signal: hooks.signal,
      onProgress: (done) => hooks.say(done < 0.5 ? 'Checking that the file opens again…' : 'Compressing the file…', done),
    });
    if (!file.ok) return { ok: false, message: `the workspace could not be written as a file that opens again (${formatFileError(file.errors[0] ?? { path: '', message: 'unknown fault' })})` };
    return { ok: true, data: file.data };
  }
  await step('Working out every candidate’s figures…', 0.02);
  const plain = buildExportModel({ bundle: job.bundle, funding: job.funding, generatedAt: job.generatedAt, todayMonth: job.todayMonth });
  if (job.kind !== 'csv') await step('Simulating the funded set and funding the chosen scenarios…', 0.06);
  const model = job.kind === 'csv' ? plain : withBoardExtras(plain, job.bundle, job.scenarioIds);
  switch (job.kind) {
    case 'csv':
      await step('Writing the rows…', 0.5);
      return { ok: true, data: rankedTableCsv(model) };
    case 'pptx': {
      await step('Laying out the slides…', 0.1);
      const { deckPptx } = await import('@renderer/export/deckPptx');
      let last = 0;
      const bytes = await deckPptx(model, {
        frontier: job.frontier,
        onProgress: (done) => {
          if (done - last < 0.05 && done < 1) return;
          last = done;
          hooks.say(done < 1 ? 'Laying out the slides…' : 'Packing the slides into one file (this last step shows no percentage)…', done < 1 ? 0.1 + done * 0.4 : null);
        },
      });
      return { ok: true, data: toBytes(bytes) };
    }
    case 'xlsx': {
      await step('Filling in the sheets…', 0.1);
      const { workbookXlsx } = await import('@renderer/export/workbookXlsx');
      const bytes = await workbookXlsx(model, {
        onProgress: (done) => hooks.say(done < 1 ? 'Filling in the sheets…' : 'Packing the sheets into one file (this last step shows no percentage)…', done < 1 ? 0.1 + done * 0.3 : null),
      });
      return { ok: true, data: toBytes(bytes) };
    }
  }
}
