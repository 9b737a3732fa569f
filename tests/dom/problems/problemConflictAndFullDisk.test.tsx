import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { ProblemPage } from '@renderer/features/problems/ProblemPage';
import { QuickCapture } from '@renderer/features/problems/QuickCapture';
import { useHistory } from '@renderer/state/history';
import { defaultWorkspaceSettings, quickProblemInput } from '@shared/domain';
import { button, control as controlIn, text, waitFor } from '../useCases/editorHarness';

const control = (label: string) => controlIn(label, document.body);
async function type(label: string, value: string): Promise<void> {
  const el = control(label);
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
/** The choice `label` in the conflict field whose legend starts with `legend`. */
function radio(legend: RegExp, label: RegExp): HTMLInputElement {
  const set = [...document.body.querySelectorAll('fieldset')].find((f) => legend.test(f.querySelector('legend')?.textContent ?? ''));
  const found = [...(set?.querySelectorAll('label') ?? [])].find((l) => label.test(l.textContent ?? ''))?.querySelector('input');
  if (!found) throw new Error(`No choice ${String(label)} in ${String(legend)}`);
  return found;
}
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 100));
  });
}

const originalPut = IDBObjectStore.prototype.put;
const originalAdd = IDBObjectStore.prototype.add;
function fullDisk(on: boolean): void {
  const refuse = function refuse(): never {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  IDBObjectStore.prototype.put = on ? refuse : originalPut;
  IDBObjectStore.prototype.add = on ? refuse : originalAdd;
}

let root: Root | null = null;
let container: HTMLDivElement;
async function mount(node: React.ReactNode): Promise<HTMLDivElement> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(node));
  return container;
}

beforeEach(() => useHistory.setState({ past: [], future: [] }));
afterEach(async () => {
  fullDisk(false);
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

async function seedProblem() {
  const repos = repositories();
  const ws = await repos.workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
  if (!ws.ok) throw new Error('workspace');
  const p = await repos.problems.create(ws.value.id, { ...quickProblemInput('Invoices keyed by hand'), owner: 'CFO' });
  if (!p.ok) throw new Error('problem');
  return p.value;
}

async function enter(el: HTMLInputElement): Promise<void> {
  await act(async () => el.form?.requestSubmit());
}

describe('the problem form when another window saves the same problem', () => {
  it('compares field by field, keeps my statement, takes their title, and saves both', async () => {
    const problem = await seedProblem();
    await mount(<ProblemPage workspaceId={problem.workspaceId} problemId={problem.id} />);
    await waitFor(() => text(container).includes('Edit problem'), 'the problem page');
    await act(async () => button('Edit problem', container).click());
    await type('Problem statement', 'Forty people re-key every invoice');
    const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision, ...input } = (await repositories().problems.get(problem.id))!;
    await act(async () => {
      await repositories().problems.update(problem.id, { ...input, title: 'Supplier invoices keyed by hand' }, revision);
    });
    await waitFor(() => text(container).includes('This problem was changed in another window'), 'the conflict view');
    expect(button('Save problem', container).disabled).toBe(true);
    expect(radio(/^Title/, /Take theirs/).checked).toBe(true);
    expect(radio(/^Problem statement/, /Keep mine/).checked).toBe(true);
    await act(async () => button('Apply and save (1 of yours kept)', container).click());
    await settle();
    const stored = await repositories().problems.get(problem.id);
    expect(stored?.title).toBe('Supplier invoices keyed by hand');
    expect(stored?.statement).toBe('Forty people re-key every invoice');
  });

  it('on a full disk says so, keeps the typed values, and saves on the next try', async () => {
    const problem = await seedProblem();
    await mount(<ProblemPage workspaceId={problem.workspaceId} problemId={problem.id} />);
    await waitFor(() => text(container).includes('Edit problem'), 'the problem page');
    await act(async () => button('Edit problem', container).click());
    await type('Business owner', 'Head of AP');
    fullDisk(true);
    await act(async () => button('Save problem', container).click());
    await waitFor(() => text(container).includes('The disk is full'), 'the full-disk message');
    expect(control('Business owner').value).toBe('Head of AP');
    fullDisk(false);
    await act(async () => button('Save problem', container).click());
    await waitFor(() => !text(container).includes('The disk is full'), 'the retried save');
    await settle();
    expect((await repositories().problems.get(problem.id))?.owner).toBe('Head of AP');
  });
});

describe('quick capture on a full disk', () => {
  it('keeps the title, says why, and Enter tries again', async () => {
    const problem = await seedProblem();
    await mount(<QuickCapture workspaceId={problem.workspaceId} />);
    const field = control('Quick capture: type a business problem and press Enter') as HTMLInputElement;
    await type('Quick capture: type a business problem and press Enter', 'Month-end close takes nine days');
    fullDisk(true);
    await enter(field);
    await waitFor(() => text(container).includes('The disk is full'), 'the full-disk message');
    expect(field.value).toBe('Month-end close takes nine days');
    expect(text(container)).toContain('Press Enter to try again');
    fullDisk(false);
    await enter(field);
    await waitFor(() => text(container).includes('1 captured this session'), 'the retried capture');
    expect(field.value).toBe('');
    const titles = (await repositories().problems.list(problem.workspaceId)).map((p) => p.title);
    expect(titles).toContain('Month-end close takes nine days');
  });
});
