import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { UseCasePage } from '@renderer/features/useCases/UseCasePage';
import { perform } from '@renderer/state/actions';
import { useHistory } from '@renderer/state/history';
import { blankUseCaseInput, defaultWorkspaceSettings, quickProblemInput, type UseCase } from '@shared/domain';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLDivElement;

async function waitFor<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = probe();
    if (found) return found;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}`);
}

function input(label: string): HTMLInputElement {
  const el = [...container.querySelectorAll('label')].find((l) => l.textContent === label);
  const control = el ? document.getElementById(el.htmlFor) : null;
  if (!(control instanceof HTMLInputElement)) throw new Error(`No input labelled “${label}”`);
  return control;
}

async function type(label: string, value: string): Promise<void> {
  const el = input(label);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function button(name: string): HTMLButtonElement {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`No button “${name}”`);
  return b;
}

const text = () => container.textContent ?? '';

async function seed(): Promise<UseCase> {
  const repos = repositories();
  const ws = await repos.workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
  if (!ws.ok) throw new Error('workspace');
  const p = await repos.problems.create(ws.value.id, { ...quickProblemInput('Invoices keyed by hand'), monthlyHours: 1000 });
  if (!p.ok) throw new Error('problem');
  const uc = await repos.useCases.create(ws.value.id, { ...blankUseCaseInput(p.value.id, ws.value.defaults), name: 'Invoice reader' });
  if (!uc.ok) throw new Error('use case');
  return uc.value;
}

async function render(uc: UseCase): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<UseCasePage workspaceId={uc.workspaceId} useCaseId={uc.id} />));
  await waitFor(() => text().includes('All changes saved'), 'the editor');
}

beforeEach(() => {
  useHistory.setState({ past: [], future: [] });
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('the use-case editor', () => {
  it('saves with Ctrl+S only when valid, and the stored record is what was typed', async () => {
    const uc = await seed();
    await render(uc);
    await type('Pilot cost', '-5');
    expect(text()).toContain('Unsaved changes');
    expect(text()).toContain('Pilot cost must be a number of 0 or more');
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }));
    });
    await waitFor(() => text().includes('Nothing was saved'), 'the refusal');
    expect((await repositories().useCases.get(uc.id))?.pilot.cost).toBe(0);

    await type('Pilot cost', '75,000');
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }));
    });
    await waitFor(() => text().includes('All changes saved'), 'the save');
    expect((await repositories().useCases.get(uc.id))?.pilot.cost).toBe(75_000);
    expect(useHistory.getState().past.at(-1)?.label).toBe('Edit use case “Invoice reader”');
  });

  it('discard brings back the saved values', async () => {
    const uc = await seed();
    await render(uc);
    await type('Hours saved per month', '250');
    expect(text()).toContain('Unsaved changes');
    await act(async () => button('Discard changes').click());
    expect(input('Hours saved per month').value).toBe('0');
    expect(text()).toContain('All changes saved');
  });

  it('follows an undo when there are no unsaved edits, and asks when there are', async () => {
    const uc = await seed();
    await render(uc);
    await type('Pilot cost', '40000');
    await act(async () => button('Save changes').click());
    await waitFor(() => text().includes('All changes saved'), 'the save');

    await act(async () => {
      await useHistory.getState().undo();
    });
    await waitFor(() => input('Pilot cost').value === '0', 'the form to follow the undo');
    expect(text()).toContain('All changes saved');

    await type('Support & maintenance per month', '900');
    const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...stored } = uc;
    await act(async () => {
      await perform(repositories().useCases.update(uc.id, { ...stored, description: 'Edited elsewhere' }));
    });
    await waitFor(() => text().includes('changed outside this form'), 'the conflict notice');
    expect(input('Support & maintenance per month').value).toBe('900');
    await act(async () => button('Load the saved version').click());
    expect(input('Support & maintenance per month').value).toBe('0');
    expect(text()).not.toContain('changed outside this form');
  });

  it('follows a redo after save → undo, so a later save cannot write the undone value back', async () => {
    const uc = await seed();
    await render(uc);
    await type('Pilot cost', '40000');
    await act(async () => button('Save changes').click());
    await waitFor(() => text().includes('All changes saved'), 'the save');
    await act(async () => {
      await useHistory.getState().undo();
    });
    await waitFor(() => input('Pilot cost').value === '0', 'the form to follow the undo');
    await act(async () => {
      await useHistory.getState().redo();
    });
    await waitFor(() => input('Pilot cost').value === '40000', 'the form to follow the redo');
    expect(text()).toContain('All changes saved');
    expect((await repositories().useCases.get(uc.id))?.pilot.cost).toBe(40000);
  });
});

