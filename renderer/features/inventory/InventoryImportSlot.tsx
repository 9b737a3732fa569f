import { lazy, Suspense } from 'react';

// The import wizard (renderer/features/inventory/import) is fetched when the page opens, apart from the list.
const InventoryImport = lazy(() => import('./import/InventoryImport').then((m) => ({ default: m.InventoryImport })));

/** Where the inventory import sits on the page; `onImported` runs after an import was written. */
export function InventoryImportSlot({ workspaceId, onImported }: { workspaceId: string; onImported: () => void }) {
  return (
    <Suspense fallback={<p>Loading the import…</p>}>
      <InventoryImport workspaceId={workspaceId} onImported={onImported} />
    </Suspense>
  );
}
