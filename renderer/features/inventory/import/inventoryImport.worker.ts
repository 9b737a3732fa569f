/// <reference lib="webworker" />
import { inventoryWorkHandler, type InventoryWorkReply, type InventoryWorkRequest } from './inventoryImportJobs';

/** Reads the inventory file and checks its rows for the preview, off the page (see inventoryImportJobs.ts). */
const handle = inventoryWorkHandler();
self.onmessage = (event: MessageEvent<InventoryWorkRequest>) => {
  const reply: InventoryWorkReply = handle(event.data);
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
