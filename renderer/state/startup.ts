import { DATABASE_NAME, repositories, type StoredWorkspace, type WriteResult } from '@renderer/db';
import { isString, META_KEYS } from '@renderer/db/metaRepository';
import { showWhileWriting, storedRecords } from '@renderer/db/pendingWorkspace';
import { demoBundle } from '@renderer/features/workspaces/workspaceActions';
import { afterNextPaint } from './idle';
import { navigate, parseHash, replaceRoute } from './router';
import { useToasts } from './toasts';

/** Longest wait for the browser's list of databases before a start goes the usual way. */
const LIST_WAIT_MS = 300;

/**
 * Whether this profile has never stored anything: no database of ours exists yet. Asked of the browser's list of
 * databases, which answers without opening (or creating) one; unknown counts as "not fresh".
 */
async function freshProfile(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), LIST_WAIT_MS));
  try {
    const databases = await Promise.race([indexedDB.databases(), timeout]);
    return databases !== null && !databases.some((d) => d.name === DATABASE_NAME);
  } catch {
    return false;
  }
}

let firstScreenRendered!: () => void;
const firstScreen = new Promise<void>((resolve) => (firstScreenRendered = resolve));

/** Called by the app once its first screen is committed (work waiting for that screen's paint can then start). */
export function firstScreenShown(): void {
  firstScreenRendered();
  // From now on this profile is not new: the first screen prepared at build time (the demo's problem list) is no
  // longer shown before the app draws its own (renderer/public/first-screen.js reads the same key).
  try {
    localStorage.setItem(STARTED_KEY, '1');
  } catch {
    // Storage refused (private mode, full): the prepared first screen may show again, then the app draws its own.
  }
}

/** Set once this profile has shown a first screen (read by renderer/public/first-screen.js, which cannot import it). */
export const STARTED_KEY = 'lastmile.started';

/**
 * Before the first render: a fresh profile opened at the start address gets the demo on screen from memory, so the
 * first screen drawn is the demo's problem list. The same records are written once that screen is painted (see
 * firstScreenShown). When the write is refused or fails, the demo leaves the screen and a message says so; when
 * another tab of the same profile wrote its demo first, this tab moves to that one. Answers whether it did so.
 */
export async function showDemoOnFreshProfile(): Promise<boolean> {
  if (parseHash(window.location.hash).page !== 'home' || !(await freshProfile())) return false;
  const repos = repositories();
  const bundle = demoBundle();
  const write = firstScreen
    .then(afterNextPaint)
    .then(() => repos.workspaces.createDemo(bundle, { firstStart: true }))
    // Shown from memory until the stored workspace can be read back.
    .then(async (r) => {
      if (r?.ok) await repos.workspaces.get(r.value.id);
      return r;
    });
  showWhileWriting(storedRecords(bundle, true), write);
  replaceRoute({ page: 'problems', workspaceId: bundle.workspace.id });
  void settled(write).then(async (demo) => {
    if (demo?.ok) return;
    if (demo) useToasts.getState().show(`The demo workspace could not be saved: ${demo.errors[0]?.message ?? 'unknown error'}`, { tone: 'error', timeoutMs: 15_000 });
    await openExistingWorkspace();
  });
  return true;
}

/**
 * Start-up at the start address: the first start creates the demo workspace so a newcomer sees a real portfolio
 * (exactly once per profile, however many tabs or effects run it at the same moment); later starts reopen the
 * workspace used last (or the first one).
 */
export async function openStartupWorkspace(): Promise<void> {
  const demo = await settled(repositories().workspaces.createDemo(demoBundle(), { firstStart: true }));
  // Not recorded for undo: the newcomer did not make this edit, so Undo must not take the demo away.
  if (demo?.ok) return navigate({ page: 'problems', workspaceId: demo.value.id });
  await openExistingWorkspace();
}

/** The demo's write as an answer (a throw becomes a failure), logged when it failed. */
async function settled(write: Promise<WriteResult<StoredWorkspace> | null>): Promise<WriteResult<StoredWorkspace> | null> {
  let demo: WriteResult<StoredWorkspace> | null;
  try {
    demo = await write;
  } catch (e) {
    demo = { ok: false, errors: [{ path: '', message: e instanceof Error ? e.message : String(e) }] };
  }
  if (demo && !demo.ok) console.error('The demo workspace was not saved', demo.errors);
  return demo;
}

/** Opens the workspace used last (or the first one), or the workspaces page when there is none. */
async function openExistingWorkspace(): Promise<void> {
  const repos = repositories();
  const workspaces = await repos.workspaces.list();
  if (workspaces.length === 0) return navigate({ page: 'workspaces' });
  const last = await repos.meta.get(META_KEYS.lastWorkspace, isString);
  const target = workspaces.find((w) => w.id === last) ?? workspaces[0];
  if (target) navigate({ page: 'problems', workspaceId: target.id });
}
