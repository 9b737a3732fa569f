import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { WorkshopPage } from '@renderer/features/workshop/WorkshopPage';
import { useHistory } from '@renderer/state/history';
import { sessionDay } from '@renderer/features/workshop/sessionDay';
import { defaultWorkspaceSettings } from '@shared/domain';
import { DEFAULT_NUMBER_FORMAT } from '@shared/presentation';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLDivElement;
afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

const text = () => container.textContent ?? '';
async function waitFor(probe: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (probe()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}\n${text()}`);
}
async function type(label: string, value: string): Promise<void> {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent === label);
  const el = l ? document.getElementById(l.htmlFor) : null;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error(`No field “${label}”`);
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function click(name: string): Promise<void> {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent === name || x.getAttribute('aria-label') === name);
  if (!b) throw new Error(`No button “${name}”\n${text()}`);
  await act(async () => b.click());
}

describe('starting and keeping sessions', () => {
  it('starts a session with its participants (repeats dropped) and planned minutes, lists it once left, and deletes it undoably', async () => {
    const ws = await repositories().workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
    if (!ws.ok) throw new Error('workspace');
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root?.render(<WorkshopPage workspaceId={ws.value.id} />));
    await waitFor(() => text().includes('Start a session'), 'the form');

    await type('Session title', 'Board offsite');
    await type('Participants, one name per line', 'Ana\n\n  Ben \nana\n');
    expect(text()).toContain('2 participants: Ana, Ben');
    await type('Vote', '0');
    await click('Start the session');
    expect(text()).toContain('Plan each step in whole minutes, 1 or more.');
    await type('Vote', '25');
    await click('Start the session');
    await waitFor(() => text().includes('Start: Capture problems'), 'the session');
    const [stored] = await repositories().sessions.list(ws.value.id);
    expect(stored?.participants.map((p) => [p.name, p.via])).toEqual([['Ana', 'room'], ['Ben', 'room']]);
    expect(stored?.agenda.map((s) => [s.title, s.minutes, s.startedAt])).toEqual([
      ['Capture problems', 20, null],
      ['Pick candidates', 10, null],
      ['Vote', 25, null],
      ['Fund', 15, null],
    ]);

    await click('All sessions');
    await waitFor(() => text().includes('A session is under way'), 'the list');
    expect(text()).toContain('Continue “Board offsite”');
    expect(text()).not.toContain('Start a session');
    // The day as the board pack's session record writes it, not "YYYY-MM-DD".
    const day = sessionDay(stored!.date, DEFAULT_NUMBER_FORMAT);
    expect(day).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(text()).toContain(`${day} · 2 participants · 0 decisions · under way`);
    await click(`Delete the session “Board offsite” of ${day}`);
    await waitFor(() => text().includes('Start a session'), 'the deletion');
    expect(await repositories().sessions.list(ws.value.id)).toEqual([]);
    await act(async () => useHistory.getState().undo());
    await waitFor(() => text().includes('Continue “Board offsite”'), 'the undo');
    expect((await repositories().sessions.list(ws.value.id)).map((s) => s.title)).toEqual(['Board offsite']);
  });
});
