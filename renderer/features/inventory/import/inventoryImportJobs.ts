import type { InventoryImportPlan, InventoryMapping, InventoryPreview, InventoryTable } from '@shared/inventory';
import { previewInventoryImport } from '@shared/inventory/preview';
import { readInventoryFile, withHeader, type InventoryRead } from '@shared/inventory/readInventory';
import type { InventoryImportContext } from '@shared/inventory/rowConvert';

export type { InventoryRead };

/**
 * The preview as the page shows it: counts, every fault and what blocks the import. The plan itself (thousands of use
 * cases) stays where it was made until Import asks for it by `key`, so the page never copies it for nothing.
 */
export interface CheckedRows extends Omit<InventoryPreview, 'plan'> {
  key: number;
  /** What the plan would write; null while something blocks it. */
  counts: { newUseCases: number; updates: number; newProblems: number } | null;
}

export type InventoryWorkRequest =
  | { type: 'read'; id: number; fileName: string; bytes: Uint8Array; sheet?: string }
  | { type: 'preview'; id: number; mapping: InventoryMapping; context: InventoryImportContext }
  | { type: 'plan'; id: number; key: number };

export type InventoryWorkReply =
  | { type: 'read'; id: number; read: InventoryRead }
  | { type: 'preview'; id: number; checked: CheckedRows }
  | { type: 'plan'; id: number; plan: InventoryImportPlan | null }
  | { type: 'failed'; id: number; message: string };

/**
 * The slow part of the inventory import (reading a workbook of thousands of rows, checking every row for the preview),
 * as messages: run in a worker of its own (inventoryImport.worker.ts), or on the page where workers are not available.
 * The file read last and the plan of the last preview are kept, so a preview asks only for the mapping and what the
 * workspace holds, and Import for the plan of the preview it was pressed on (null when a later preview replaced it).
 */
export function inventoryWorkHandler(): (request: InventoryWorkRequest) => InventoryWorkReply {
  let table: InventoryTable | null = null;
  let last: { key: number; plan: InventoryImportPlan | null } | null = null;
  return (request) => {
    try {
      if (request.type === 'read') {
        const read = readInventoryFile(request.fileName, request.bytes, request.sheet === undefined ? undefined : { sheet: request.sheet });
        table = read.ok ? read.value : null;
        last = null;
        return { type: 'read', id: request.id, read };
      }
      if (request.type === 'plan') return { type: 'plan', id: request.id, plan: last?.key === request.key ? last.plan : null };
      if (!table) return { type: 'failed', id: request.id, message: 'Choose the file again: it is no longer open' };
      const { plan, ...rest } = previewInventoryImport(withHeader(table, request.mapping.hasHeader), request.mapping, request.context);
      last = { key: request.id, plan };
      const counts = plan && { newUseCases: plan.newUseCases.length, updates: plan.updates.length, newProblems: plan.newProblems.length };
      return { type: 'preview', id: request.id, checked: { ...rest, key: request.id, counts } };
    } catch (error) {
      return { type: 'failed', id: request.id, message: error instanceof Error && error.message !== '' ? error.message : String(error) };
    }
  };
}
