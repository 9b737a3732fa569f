import type { InventoryMapping, InventoryPreview, InventoryTable } from '@shared/inventory';
import { previewInventoryImport } from '@shared/inventory/preview';
import { readInventoryFile, withHeader, type InventoryRead } from '@shared/inventory/readInventory';
import type { InventoryImportContext } from '@shared/inventory/rowConvert';

export type { InventoryRead };

export type InventoryWorkRequest =
  | { type: 'read'; id: number; fileName: string; bytes: Uint8Array; sheet?: string }
  | { type: 'preview'; id: number; mapping: InventoryMapping; context: InventoryImportContext };

export type InventoryWorkReply =
  | { type: 'read'; id: number; read: InventoryRead }
  | { type: 'preview'; id: number; preview: InventoryPreview }
  | { type: 'failed'; id: number; message: string };

/**
 * The slow part of the inventory import (reading a workbook of thousands of rows, checking every row for the preview),
 * as messages: run in a worker of its own (inventoryImport.worker.ts), or on the page where workers are not available.
 * The file read last is kept, so a preview asks only for the mapping and what the workspace holds.
 */
export function inventoryWorkHandler(): (request: InventoryWorkRequest) => InventoryWorkReply {
  let table: InventoryTable | null = null;
  return (request) => {
    try {
      if (request.type === 'read') {
        const read = readInventoryFile(request.fileName, request.bytes, request.sheet === undefined ? undefined : { sheet: request.sheet });
        table = read.ok ? read.value : null;
        return { type: 'read', id: request.id, read };
      }
      if (!table) return { type: 'failed', id: request.id, message: 'Choose the file again: it is no longer open' };
      return { type: 'preview', id: request.id, preview: previewInventoryImport(withHeader(table, request.mapping.hasHeader), request.mapping, request.context) };
    } catch (error) {
      return { type: 'failed', id: request.id, message: error instanceof Error && error.message !== '' ? error.message : String(error) };
    }
  };
}
