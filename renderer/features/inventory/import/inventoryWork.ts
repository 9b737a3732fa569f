import { nextTurn } from '@renderer/components/ProgressTask';
import type { InventoryImportPlan, InventoryMapping } from '@shared/inventory';
import type { InventoryImportContext } from '@shared/inventory/rowConvert';
import { inventoryWorkHandler, type CheckedRows, type InventoryRead, type InventoryWorkReply, type InventoryWorkRequest } from './inventoryImportJobs';

/** The import's reading and checking, answered in order; `close` ends it (a worker is terminated at once). */
export interface InventoryWork {
  read: (fileName: string, bytes: Uint8Array, sheet?: string) => Promise<InventoryRead>;
  preview: (mapping: InventoryMapping, context: InventoryImportContext) => Promise<CheckedRows>;
  /** The plan of the preview `key` (null when a later preview replaced it). */
  plan: (key: number) => Promise<InventoryImportPlan | null>;
  close: () => void;
}

type Pending = { resolve: (reply: InventoryWorkReply) => void; reject: (error: Error) => void };

/**
 * Reading and previewing thousands of rows in a worker of its own, so the page keeps drawing and answering (the same
 * worker keeps the file between previews). Where workers are not available (tests in jsdom), the same work runs on the
 * page after a pause, so "Reading…" can show first.
 */
export function startInventoryWork(): InventoryWork {
  let next = 1;
  const send = typeof Worker === 'undefined' ? inPage() : inWorker();
  const ask = async (request: InventoryWorkRequest): Promise<InventoryWorkReply> => {
    const reply = await send.post(request);
    if (reply.type === 'failed') throw new Error(reply.message);
    return reply;
  };
  return {
    read: async (fileName, bytes, sheet) => {
      const reply = await ask({ type: 'read', id: next++, fileName, bytes, ...(sheet === undefined ? {} : { sheet }) });
      if (reply.type !== 'read') throw new Error('The file could not be read');
      return reply.read;
    },
    preview: async (mapping, context) => {
      const reply = await ask({ type: 'preview', id: next++, mapping, context });
      if (reply.type !== 'preview') throw new Error('The rows could not be checked');
      return reply.checked;
    },
    plan: async (key) => {
      const reply = await ask({ type: 'plan', id: next++, key });
      if (reply.type !== 'plan') throw new Error('The rows could not be checked');
      return reply.plan;
    },
    close: send.close,
  };
}

function inWorker(): { post: (request: InventoryWorkRequest) => Promise<InventoryWorkReply>; close: () => void } {
  const worker = new Worker(new URL('./inventoryImport.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<InventoryWorkReply>) => {
    const p = pending.get(event.data.id);
    pending.delete(event.data.id);
    p?.resolve(event.data);
  };
  worker.onerror = (e) => failAll(e.message || 'The file could not be read');
  return {
    post: (request) =>
      new Promise<InventoryWorkReply>((resolve, reject) => {
        pending.set(request.id, { resolve, reject });
        worker.postMessage(request);
      }),
    close: () => {
      worker.terminate();
      failAll('Closed');
    },
  };
}

function inPage(): { post: (request: InventoryWorkRequest) => Promise<InventoryWorkReply>; close: () => void } {
  const handle = inventoryWorkHandler();
  return {
    post: async (request) => {
      await nextTurn();
      return handle(request);
    },
    close: () => undefined,
  };
}
