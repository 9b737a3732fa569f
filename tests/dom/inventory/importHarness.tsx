import { act } from 'react';
import { InventoryImport } from '@renderer/features/inventory/import/InventoryImport';
import type { InventoryImportResult } from '@shared/inventory';
import { button, check, click, container, control, render, select, text, type, unmount, waitFor } from './domHarness';

export { button, check, click, container, control, select, text, type, unmount, waitFor };

/** Mounts the inventory import (the file choice shown), for the import's DOM tests. */
export async function mount(workspaceId: string, onImported?: (r: InventoryImportResult) => void): Promise<void> {
  await render(<InventoryImport workspaceId={workspaceId} {...(onImported ? { onImported } : {})} />);
  await waitFor(() => text().includes('The inventory file'), 'the file choice');
}

/** Chooses a file in the labelled file input, as the browser hands it over. */
export async function chooseFile(name: string, content: string | Uint8Array<ArrayBuffer>): Promise<void> {
  const input = control<HTMLInputElement>('The inventory file');
  const file = new File([content], name, { type: typeof content === 'string' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  await act(async () => {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The rows of a table found by its caption, as the text of each cell. */
export function tableRows(caption: string): string[][] {
  const table = [...container.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent === caption);
  if (!table) throw new Error(`No table “${caption}”\n${text()}`);
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? ''));
}
