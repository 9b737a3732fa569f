import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DATABASE_NAME, repositories, useDemoWorkspaceIds, useProblems, useWorkspace, useWorkspaces } from '@renderer/db';
import { demoBundle } from '@renderer/features/workspaces/workspaceActions';
import { parseHash, routeWorkspaceId, useRoute } from '@renderer/state/router';
import { firstScreenShown, showDemoOnFreshProfile } from '@renderer/state/startup';
import { useToasts } from '@renderer/state/toasts';
import { DEMO_WORKSPACE_NAME } from '@shared/demo';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Every state the view rendered, in order: page | workspace | problems | in the list | labelled demo. */
let seen: string[] = [];

function Shown() {
  const route = useRoute();
  const id = routeWorkspaceId(route);
  const workspace = useWorkspace(id);
  const problems = useProblems(id);
  const listed = useWorkspaces();
  const demoIds = useDemoWorkspaceIds();
  const state = [
    route.page,
    workspace === undefined ? 'loading' : workspace === null ? 'missing' : workspace.name,
    problems === undefined ? 'loading' : String(problems.length),
    listed?.some((w) => w.id === id) ? 'listed' : 'not listed',
    id && demoIds?.has(id) ? 'demo' : 'not demo',
  ].join(' | ');
  if (seen.at(-1) !== state) seen.push(state);
  return <p>{state}</p>;
}

let root: Root;
let host: HTMLElement;
beforeEach(async () => {
  // A fresh profile: no database of ours, the start address.
  repositories().db.close({ disableAutoOpen: false });
  await Dexie.delete(DATABASE_NAME);
  seen = [];
  window.history.replaceState(null, '', '#/');
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function settle(until: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (until()) return;
    await act(async () => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`Timed out waiting for ${what}; seen: ${seen.join(' / ')}`);
}

/** Holds the demo's write until `release` is called; `restore` puts the real write back. */
function holdDemoWrite() {
  const workspaces = repositories().workspaces;
  const write = workspaces.createDemo;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  workspaces.createDemo = async (...args) => {
    await gate;
    return write(...args);
  };
  return { release, restore: () => (workspaces.createDemo = write), write };
}

const demoShown = /^problems \| .+ \| [1-9]\d* \| listed \| demo$/;

describe('first start: the demo is shown from memory while it is written', () => {
  it('is the first screen, before it is stored, and stays on screen without a gap once it is', async () => {
    const held = holdDemoWrite();
    expect(await showDemoOnFreshProfile()).toBe(true);
    await act(async () => root.render(<Shown />));
    firstScreenShown();
    expect(seen[0]).toMatch(demoShown);
    expect(seen[0]).toContain(DEMO_WORKSPACE_NAME);
    expect(await act(() => repositories().workspaces.list())).toEqual([]);

    held.release();
    const stored = await act(async () => {
      for (let i = 0; i < 100 && (await repositories().workspaces.list()).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      return repositories().workspaces.list();
    });
    held.restore();
    expect(stored.map((w) => w.name)).toEqual([DEMO_WORKSPACE_NAME]);
    expect(routeWorkspaceId(parseHash(window.location.hash))).toBe(stored[0]!.id);
    const problems = await act(() => repositories().problems.list(stored[0]!.id));
    await settle(() => seen.at(-1) === `problems | ${DEMO_WORKSPACE_NAME} | ${problems.length} | listed | demo`, 'the stored demo');
    // From the first screen on, the demo never went back to loading, missing or unlisted.
    expect(new Set(seen)).toEqual(new Set([`problems | ${DEMO_WORKSPACE_NAME} | ${problems.length} | listed | demo`]));
    expect(useToasts.getState().toasts.filter((t) => t.tone === 'error')).toEqual([]);
  });

  it('a write that fails takes the demo off the screen and says so', async () => {
    const workspaces = repositories().workspaces;
    const write = workspaces.createDemo;
    workspaces.createDemo = async () => ({ ok: false, reason: 'storage-full', errors: [{ path: '', message: 'The disk is full.' }] });
    try {
      expect(await showDemoOnFreshProfile()).toBe(true);
      await act(async () => root.render(<Shown />));
      firstScreenShown();
      expect(seen[0]).toMatch(demoShown);
      await settle(() => /^workspaces \| /.test(seen.at(-1) ?? ''), 'the workspaces page');
    } finally {
      workspaces.createDemo = write;
    }
    expect(useToasts.getState().toasts.map((t) => [t.tone, t.message])).toContainEqual(['error', 'The demo workspace could not be saved: The disk is full.']);
  });

  it('moves to the demo another tab wrote first', async () => {
    const held = holdDemoWrite();
    expect(await showDemoOnFreshProfile()).toBe(true);
    await act(async () => root.render(<Shown />));
    firstScreenShown();
    const mine = routeWorkspaceId(parseHash(window.location.hash));
    const other = await act(() => held.write(demoBundle(), { firstStart: true }));
    if (!other?.ok) throw new Error('the other tab wrote no demo');
    held.release();
    await settle(() => routeWorkspaceId(parseHash(window.location.hash)) === other.value.id && demoShown.test(seen.at(-1) ?? ''), 'the other demo');
    held.restore();
    expect(mine).not.toBe(other.value.id);
    expect((await act(() => repositories().workspaces.list())).map((w) => w.id)).toEqual([other.value.id]);
  });

  it('a profile that already has our database starts the usual way', async () => {
    await act(() => repositories().meta.set('lastWorkspaceId', 'x'));
    expect(await showDemoOnFreshProfile()).toBe(false);
    expect(parseHash(window.location.hash).page).toBe('home');
  });
});
