import { nextTurn, throwIfCancelled, WorkCancelled } from '@renderer/components/ProgressTask';
import type { FileJob, FileJobResult } from './fileJobs';

export type FileWorkReply = { type: 'progress'; sentence: string; fraction: number | null } | { type: 'done'; result: FileJobResult } | { type: 'failed'; message: string };

/**
 * Builds a file in a worker of its own: the page keeps drawing and answering while a large deck or workbook is made,
 * and Cancel ends the worker on the spot (nothing was handed out, so nothing is written). Where workers are not
 * available (tests in jsdom), the same job runs on the page, pausing between its stages.
 */
export function buildFile(job: FileJob, options: { signal: AbortSignal; onStep: (sentence: string, fraction: number | null) => void }): Promise<FileJobResult> {
  const { signal, onStep } = options;
  if (signal.aborted) return Promise.reject(new WorkCancelled());
  if (typeof Worker === 'undefined') return inPage(job, signal, onStep);
  return new Promise<FileJobResult>((resolve, reject) => {
    const worker = new Worker(new URL('./fileWork.worker.ts', import.meta.url), { type: 'module' });
    const end = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(new WorkCancelled());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<FileWorkReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onStep(reply.sentence, reply.fraction);
      end();
      if (reply.type === 'done') resolve(reply.result);
      else resolve({ ok: false, message: reply.message });
    };
    worker.onerror = (e) => {
      end();
      resolve({ ok: false, message: e.message || 'the file could not be built' });
    };
    worker.postMessage(job);
  });
}

async function inPage(job: FileJob, signal: AbortSignal, onStep: (sentence: string, fraction: number | null) => void): Promise<FileJobResult> {
  const { runFileJob } = await import('./fileJobs');
  const pause = async () => {
    await nextTurn();
    throwIfCancelled(signal);
  };
  const result = await runFileJob(job, { say: onStep, pause, signal });
  throwIfCancelled(signal);
  return result;
}
