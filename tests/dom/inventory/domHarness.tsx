/**
 * The Inventory page's DOM tests act as a person would: by the words on the screen. One harness for the import's and
 * the list's tests (importHarness.tsx, listHarness.tsx build on it): rendering, waiting, and reaching controls by
 * their label, their aria-label or their button text.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
export let container: HTMLDivElement;

export async function render(node: ReactElement): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(node));
}

export async function unmount(): Promise<void> {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
}

export const text = () => container.textContent ?? '';

export async function waitFor<T>(probe: () => T | null | undefined | false, what: string, tries = 1_000): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const found = probe();
    if (found) return found;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}\n${text().slice(0, 2000)}`);
}

export function button(name: string | RegExp): HTMLButtonElement {
  const matches = (t: string) => (typeof name === 'string' ? t.trim() === name : name.test(t));
  const b = [...container.querySelectorAll('button')].find((x) => matches(x.textContent ?? ''));
  if (!b) throw new Error(`No button “${String(name)}”\n${text().slice(0, 2000)}`);
  return b;
}

export async function click(name: string | RegExp): Promise<void> {
  const b = button(name);
  await act(async () => b.click());
}

/** A control by its label's text (exactly, else at its start) or its aria-label. */
export function control<T extends HTMLElement = HTMLInputElement & HTMLSelectElement>(label: string): T {
  const labels = [...container.querySelectorAll('label')];
  const byLabel = labels.find((l) => l.textContent?.trim() === label);
  const ariaLabelled = [...container.querySelectorAll('[aria-label]')].find((x) => x.getAttribute('aria-label') === label);
  const byStart = labels.find((l) => l.textContent?.trim().startsWith(label));
  const of = (l: HTMLLabelElement | undefined) => (l ? (l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input, select, textarea')) : null);
  const el = of(byLabel) ?? ariaLabelled ?? of(byStart);
  if (!el) throw new Error(`No control “${label}”\n${text().slice(0, 2000)}`);
  return el as T;
}

export async function check(label: string, on = true): Promise<void> {
  const box = control(label);
  if ((box as HTMLInputElement).checked !== on) await act(async () => box.click());
}

export async function type(label: string, value: string): Promise<void> {
  const el = control(label);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function select(label: string, optionText: string): Promise<void> {
  const el = control<HTMLSelectElement>(label);
  const option = [...el.options].find((o) => o.textContent === optionText);
  if (!option) throw new Error(`No option “${optionText}” in “${label}”: ${[...el.options].map((o) => o.textContent).join(' | ')}`);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(el, option.value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
