import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { InventoryImport } from '@renderer/features/inventory/import/InventoryImport';
import type { InventoryImportResult } from '@shared/inventory';

/** Mounting the inventory import and acting on it as a person would (by the words on the screen), for the DOM tests. */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
export let container: HTMLDivElement;

export async function unmount(): Promise<void> {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
}

export async function mount(workspaceId: string, onImported?: (r: InventoryImportResult) => void): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<InventoryImport workspaceId={workspaceId} {...(onImported ? { onImported } : {})} />));
  await waitFor(() => text().includes('The inventory file'), 'the file choice');
}

export const text = () => container.textContent ?? '';

export async function waitFor(probe: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1_000; i++) {
    if (probe()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}\n${text()}`);
}

/** The control a <label> names (by its text, exactly or at its start). */
export function control<T extends HTMLElement = HTMLSelectElement>(label: string): T {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent?.trim() === label) ?? [...container.querySelectorAll('label')].find((x) => x.textContent?.trim().startsWith(label));
  const el = l?.htmlFor ? document.getElementById(l.htmlFor) : l?.querySelector('input, select');
  if (!el) throw new Error(`No control “${label}”\n${text()}`);
  return el as T;
}

export function button(name: string): HTMLButtonElement {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent?.trim() === name);
  if (!b) throw new Error(`No button “${name}”\n${text()}`);
  return b;
}

export async function click(name: string): Promise<void> {
  const b = button(name);
  await act(async () => b.click());
}

export async function check(label: string, on = true): Promise<void> {
  const el = control<HTMLInputElement>(label);
  if (el.checked !== on) await act(async () => el.click());
}

export async function select(label: string, optionText: string): Promise<void> {
  const el = control(label);
  const option = [...(el as HTMLSelectElement).options].find((o) => o.textContent === optionText);
  if (!option) throw new Error(`No option “${optionText}” in “${label}”`);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(el, option.value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function type(label: string, value: string): Promise<void> {
  const el = control<HTMLInputElement>(label);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
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
