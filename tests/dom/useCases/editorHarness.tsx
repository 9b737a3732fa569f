import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { repositories } from '@renderer/db';
import { UseCasePage } from '@renderer/features/useCases/UseCasePage';
import { blankUseCaseInput, defaultWorkspaceSettings, quickProblemInput, type UseCase, type UseCaseInput } from '@shared/domain';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has no modal dialogs: open and close them as attributes, with the close event a browser sends.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  if (!this.hasAttribute('open')) return;
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

let root: Root | null = null;
let container: HTMLDivElement;

export async function waitFor<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = probe();
    if (found) return found;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export const text = (within: ParentNode = container) => within.textContent ?? '';

/** The control a label names (exact text). */
export function control(label: string, within: ParentNode = container): HTMLInputElement | HTMLTextAreaElement {
  const el = [...within.querySelectorAll('label')].find((l) => l.textContent === label);
  const found = el ? document.getElementById(el.htmlFor) : null;
  if (!(found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement)) throw new Error(`No control labelled “${label}”`);
  return found;
}

export function input(label: string): HTMLInputElement {
  const found = control(label);
  if (!(found instanceof HTMLInputElement)) throw new Error(`“${label}” is not an input`);
  return found;
}

export async function type(label: string, value: string): Promise<void> {
  const el = control(label);
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The radio group (fieldset) whose legend matches. */
export function group(legend: string | RegExp): HTMLFieldSetElement {
  const matches = (t: string) => (typeof legend === 'string' ? t === legend : legend.test(t));
  const found = [...container.querySelectorAll('fieldset')].find((f) => matches(f.querySelector('legend')?.textContent ?? ''));
  if (!found) throw new Error(`No group “${String(legend)}”`);
  return found;
}

/** The radio button labelled `label` (exact, or a pattern) in the group `legend`. */
export function radio(legend: string | RegExp, label: string | RegExp): HTMLInputElement {
  const matches = (t: string) => (typeof label === 'string' ? t === label : label.test(t));
  const found = [...group(legend).querySelectorAll('label')].find((l) => matches(l.textContent ?? ''))?.querySelector('input');
  if (!found) throw new Error(`No choice “${String(label)}” in “${String(legend)}”`);
  return found;
}

export async function choose(legend: string | RegExp, label: string | RegExp): Promise<void> {
  const r = radio(legend, label);
  await act(async () => r.click());
}

export function button(name: string, within: ParentNode = container): HTMLButtonElement {
  const b = [...within.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`No button “${name}”`);
  return b;
}

export async function click(name: string, within: ParentNode = container): Promise<void> {
  const b = button(name, within);
  await act(async () => b.click());
}

export async function pressSave(): Promise<void> {
  await act(async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }));
  });
}

/** A workspace with one problem and one candidate under it (blank, or with `patch` applied). */
export async function seed(patch: Partial<UseCaseInput> = {}): Promise<UseCase> {
  const repos = repositories();
  const ws = await repos.workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
  if (!ws.ok) throw new Error('workspace');
  const p = await repos.problems.create(ws.value.id, { ...quickProblemInput('Invoices keyed by hand'), monthlyHours: 1000 });
  if (!p.ok) throw new Error('problem');
  const uc = await repos.useCases.create(ws.value.id, { ...blankUseCaseInput(p.value.id, ws.value.defaults), name: 'Invoice reader', ...patch });
  if (!uc.ok) throw new Error('use case');
  return uc.value;
}

export async function render(uc: UseCase): Promise<HTMLDivElement> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<UseCasePage workspaceId={uc.workspaceId} useCaseId={uc.id} />));
  await waitFor(() => text().includes('All changes saved'), 'the editor');
  return container;
}

export async function unmount(): Promise<void> {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
}

/** The open modal dialog. */
export function openDialog(): HTMLDialogElement {
  const d = document.querySelector<HTMLDialogElement>('dialog[open]');
  if (!d) throw new Error('No dialog is open');
  return d;
}
