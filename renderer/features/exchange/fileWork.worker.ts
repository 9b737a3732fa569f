/// <reference lib="webworker" />
import { runFileJob, type FileJob } from './fileJobs';
import type { FileWorkReply } from './fileWork';

/** Builds one file per message (see fileJobs.ts) and posts its progress, then the file (bytes are transferred, not copied). */
self.onmessage = (event: MessageEvent<FileJob>) => {
  const post = (reply: FileWorkReply, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);
  runFileJob(event.data, { say: (sentence, fraction) => post({ type: 'progress', sentence, fraction }), pause: () => Promise.resolve() }).then(
    (result) => post({ type: 'done', result }, result.ok && typeof result.data !== 'string' ? [result.data.buffer] : []),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
