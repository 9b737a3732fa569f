import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { QuickCapture } from '@renderer/features/problems/QuickCapture';
import { useHistory } from '@renderer/state/history';
import { defaultWorkspaceSettings, quickProblemInput } from '@shared/domain';
import { control, text, waitFor } from '../useCases/editorHarness';

const FIELD = 'Quick capture: type a business problem and press Enter';
const EXISTING = 'Order-status calls swamp the service desk';

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
async function mount(node: React.ReactNode): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(node));
}
beforeEach(() => useHistory.setState({ past: [], future: [] }));
afterEach(async () => {
  fullDisk(false);
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

async function type(label: string, value: string): Promise<void> {
  const el = control(label, container);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
/** Mounted, with the workspace's problems read (the near-duplicate check compares with them). */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 100));
  });
}

async function workspaceWithProblem(): Promise<string> {
  const repos = repositories();
  const ws = await repos.workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
  if (!ws.ok) throw new Error('workspace');
  const p = await repos.problems.create(ws.value.id, quickProblemInput(EXISTING));
  if (!p.ok) throw new Error('problem');
  return ws.value.id;
}

const field = () => control(FIELD, container) as HTMLInputElement;
const rowInputs = () => [...container.querySelectorAll<HTMLInputElement>('input[id^="quick-capture-line-"]')];
const labelOf = (el: HTMLInputElement) => container.querySelector(`label[for="${el.id}"]`)?.textContent;
const describedBy = (el: HTMLInputElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
const status = () => container.querySelector('[role="status"]')?.textContent ?? '';
const titles = async (workspaceId: string) => (await repositories().problems.list(workspaceId)).map((p) => p.title).sort();

/** A paste as the browser sends it: a ClipboardEvent whose clipboardData holds the text. */
async function paste(el: HTMLInputElement, pasted: string): Promise<Event> {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: (kind: string) => (kind === 'text/plain' ? pasted : '') } });
  await act(async () => {
    el.focus();
    el.dispatchEvent(event);
  });
  return event;
}
async function key(el: HTMLElement, name: string): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });
}
async function enter(el: HTMLInputElement): Promise<void> {
  await act(async () => el.form?.requestSubmit());
}

const LIST = '- Month-end close takes nine days\r\n• Too many order-status calls to the service desk\r\n\r\n3. Field reps re-key orders into the ERP\r\n4) Supplier onboarding stalls in legal\r\n';

describe('pasting a list into quick capture', () => {
  it('offers one problem per line, flags the near-duplicate, goes by keyboard, and adds them in one undo step', async () => {
    const workspaceId = await workspaceWithProblem();
    await mount(<QuickCapture workspaceId={workspaceId} />);
    await settle();

    const event = await paste(field(), LIST);
    expect(event.defaultPrevented).toBe(true);
    expect(field().value).toBe('');
    await waitFor(() => rowInputs().length === 4, 'four lines under review');
    expect(rowInputs().map((el) => el.value)).toEqual([
      'Month-end close takes nine days',
      'Too many order-status calls to the service desk',
      'Field reps re-key orders into the ERP',
      'Supplier onboarding stalls in legal',
    ]);
    expect(rowInputs().map(labelOf)).toEqual(['Problem 1 of 4', 'Problem 2 of 4', 'Problem 3 of 4', 'Problem 4 of 4']);
    await waitFor(() => describedBy(rowInputs()[1]!).includes(`Looks like “${EXISTING}”`), 'the near-duplicate flag');
    expect(rowInputs().filter((el) => describedBy(el).includes('Looks like')).length).toBe(1);
    expect(status()).toContain('4 problems from the pasted list, 1 may repeat a problem');
    expect(text(container)).toContain('Add 4 problems');

    // Down from the field into the list, Down again, then Delete removes the line arrived on (its text selected).
    await key(field(), 'ArrowDown');
    expect(document.activeElement).toBe(rowInputs()[0]);
    await key(rowInputs()[0]!, 'ArrowDown');
    await key(rowInputs()[1]!, 'ArrowDown');
    const third = rowInputs()[2]!;
    expect(document.activeElement).toBe(third);
    expect([third.selectionStart, third.selectionEnd]).toEqual([0, third.value.length]);
    await key(third, 'Delete');
    expect(rowInputs().map((el) => el.value)).not.toContain('Field reps re-key orders into the ERP');
    expect(document.activeElement).toBe(rowInputs()[2]);
    expect(status()).toContain('Removed “Field reps re-key orders into the ERP”. 3 problems left.');

    // Delete with the caret inside the text deletes characters (the browser's), not the line.
    const last = rowInputs()[2]!;
    last.setSelectionRange(3, 3);
    await key(last, 'Delete');
    expect(rowInputs()).toHaveLength(3);

    // A line can be edited; Enter adds every line, the flagged one too, in one transaction.
    await type('Problem 1 of 3', 'Month-end close takes nine working days');
    await enter(rowInputs()[0]!);
    await waitFor(() => rowInputs().length === 0, 'the review closed');
    expect(await titles(workspaceId)).toEqual(
      [EXISTING, 'Month-end close takes nine working days', 'Too many order-status calls to the service desk', 'Supplier onboarding stalls in legal'].sort(),
    );
    expect(status()).toContain('Added 3 problems from the pasted list');
    expect(document.activeElement).toBe(field());
    expect(useHistory.getState().past).toHaveLength(1);
    expect(useHistory.getState().past[0]!.label).toBe('Add 3 problems from a pasted list');

    await act(async () => {
      await useHistory.getState().undo();
    });
    expect(await titles(workspaceId)).toEqual([EXISTING]);
  });

  it('Esc puts the list away and adds nothing', async () => {
    const workspaceId = await workspaceWithProblem();
    await mount(<QuickCapture workspaceId={workspaceId} />);
    await settle();
    await paste(field(), 'Quotes take a week\nBoard packs take a week');
    await waitFor(() => rowInputs().length === 2, 'two lines');
    await key(field(), 'ArrowDown');
    await key(rowInputs()[0]!, 'Escape');
    expect(rowInputs()).toHaveLength(0);
    expect(document.activeElement).toBe(field());
    expect(status()).toContain('nothing was added');
    expect(await titles(workspaceId)).toEqual([EXISTING]);
  });

  it('a line longer than a title is offered shortened and keeps its full text as the statement; a title edited too long is refused, naming the row', async () => {
    const workspaceId = await workspaceWithProblem();
    await mount(<QuickCapture workspaceId={workspaceId} />);
    await settle();
    const long = `Returns ${'are approved by email and re-keyed into three systems '.repeat(5)}by hand`;
    await paste(field(), `Spare parts\tService\t12\n${long}\tOps\t3\n`);
    await waitFor(() => rowInputs().length === 2, 'two rows from the spreadsheet');
    expect(rowInputs()[0]!.value).toBe('Spare parts');
    const shortened = rowInputs()[1]!.value;
    expect(shortened.length).toBeLessThanOrEqual(200);
    expect(describedBy(rowInputs()[1]!)).toContain('the full line becomes the problem statement');

    await type('Problem 1 of 2', 'x'.repeat(201));
    await enter(field());
    await waitFor(() => container.querySelector('[role="alert"]'), 'the refusal');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Nothing was added: problem 1 — Title must be at most 200 characters');
    expect(rowInputs()[0]!.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(rowInputs()[0]);
    expect(await titles(workspaceId)).toEqual([EXISTING]);

    await type('Problem 1 of 2', 'Spare parts are ordered twice');
    expect(rowInputs()[0]!.getAttribute('aria-invalid')).toBeNull();
    await enter(field());
    await waitFor(() => rowInputs().length === 0, 'added');
    const stored = (await repositories().problems.list(workspaceId)).find((p) => p.title === shortened);
    expect(stored?.statement).toBe(long);
  });

  it('a single typed title that nearly repeats a problem is pointed out before Enter, and Enter still adds it', async () => {
    const workspaceId = await workspaceWithProblem();
    await mount(<QuickCapture workspaceId={workspaceId} />);
    await settle();
    await type(FIELD, 'The service desk is swamped by order status calls');
    await waitFor(() => describedBy(field()).includes(`Same as “${EXISTING}”, already in this workspace. Enter adds it anyway.`), 'the hint');
    await type(FIELD, 'Board packs take a week to assemble');
    expect(describedBy(field())).not.toContain('already in this workspace');
    await type(FIELD, 'Order-status calls flood the service desk');
    await waitFor(() => describedBy(field()).includes(`Looks like “${EXISTING}”`), 'the near-duplicate hint');
    await enter(field());
    await waitFor(() => status().includes('1 captured this session'), 'captured');
    expect(await titles(workspaceId)).toEqual([EXISTING, 'Order-status calls flood the service desk'].sort());
  });

  it('a single pasted title is pasted by the browser as it is', async () => {
    const workspaceId = await workspaceWithProblem();
    await mount(<QuickCapture workspaceId={workspaceId} />);
    await settle();
    const event = await paste(field(), 'Quotes take a week');
    expect(event.defaultPrevented).toBe(false);
    expect(rowInputs()).toHaveLength(0);
  });

  it('lines pasted into a line of the list join the list after it', async () => {
    const workspaceId = await workspaceWithProblem();
    await mount(<QuickCapture workspaceId={workspaceId} />);
    await settle();
    await paste(field(), 'Quotes take a week\nBoard packs take a week to assemble');
    await waitFor(() => rowInputs().length === 2, 'two lines');
    const event = await paste(rowInputs()[0]!, '1. Spare parts are ordered twice\n2. Spare parts are ordered twice');
    expect(event.defaultPrevented).toBe(true);
    await waitFor(() => rowInputs().length === 4, 'four lines');
    expect(rowInputs().map((el) => el.value)).toEqual([
      'Quotes take a week',
      'Spare parts are ordered twice',
      'Spare parts are ordered twice',
      'Board packs take a week to assemble',
    ]);
    expect(describedBy(rowInputs()[2]!)).toContain('Same as problem 2 of this list, “Spare parts are ordered twice”');
  });

  it('on a full disk adds nothing, keeps the list, and Enter tries again', async () => {
    const workspaceId = await workspaceWithProblem();
    await mount(<QuickCapture workspaceId={workspaceId} />);
    await settle();
    await paste(field(), 'Quotes take a week\nBoard packs take a week to assemble');
    await waitFor(() => rowInputs().length === 2, 'two lines');
    fullDisk(true);
    await enter(rowInputs()[1]!);
    await waitFor(() => container.querySelector('[role="alert"]'), 'the full-disk message');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('The disk is full');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Press Enter to try again.');
    expect(rowInputs()).toHaveLength(2);
    fullDisk(false);
    await enter(rowInputs()[1]!);
    await waitFor(() => rowInputs().length === 0, 'added on the second try');
    expect(await titles(workspaceId)).toEqual([EXISTING, 'Board packs take a week to assemble', 'Quotes take a week'].sort());
  });
});
