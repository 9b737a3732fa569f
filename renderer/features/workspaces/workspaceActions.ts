import { currentMonth } from '@renderer/features/living/today';
import { repositories } from '@renderer/db';
import { META_KEYS } from '@renderer/db/metaRepository';
import { perform } from '@renderer/state/actions';
import { navigate } from '@renderer/state/router';
import { useToasts } from '@renderer/state/toasts';
import { buildDemoWorkspace } from '@shared/demo';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '@shared/domain';

/** This month as 'YYYY-MM' is also the default planning start of a new workspace. */
export { currentMonth };

export function newWorkspaceSettings(name = 'New workspace'): WorkspaceSettings {
  return defaultWorkspaceSettings(name, currentMonth());
}

export async function rememberWorkspace(id: string): Promise<void> {
  await repositories().meta.set(META_KEYS.lastWorkspace, id);
}

/** The demo workspace with fresh ids, dated now, in mid-flight as of this month (its plan started some months ago). */
export function demoBundle() {
  return buildDemoWorkspace({ newId: () => crypto.randomUUID(), nowIso: new Date().toISOString(), todayMonth: currentMonth() });
}

/** Creates a demo workspace (a mid-market company with problems and candidates) on request; undoable like any edit. */
export async function createDemoWorkspace(): Promise<string | null> {
  const written = await repositories().workspaces.createDemo(demoBundle(), { firstStart: false });
  if (!written) return null;
  const result = await perform(Promise.resolve(written));
  if (!result.ok) {
    console.error('The demo workspace did not validate', result.errors);
    return null;
  }
  return result.value.id;
}

/**
 * One click from the demo to a workspace of one's own: creates an empty workspace with the default settings and
 * opens its settings, where it gets its name, organisation and currency.
 */
export async function startOwnWorkspace(): Promise<void> {
  const r = await perform(repositories().workspaces.create(newWorkspaceSettings('My workspace')));
  if (!r.ok) {
    useToasts.getState().show('The new workspace could not be created.', { tone: 'error' });
    return;
  }
  await rememberWorkspace(r.value.id);
  navigate({ page: 'settings', workspaceId: r.value.id });
  useToasts.getState().show('Your own workspace is ready: give it a name and currency here, then capture its business problems.');
}

let repaired = false;

/**
 * Once per start: finds and fixes references left dangling by older versions or an interrupted write (a use case whose
 * problem is gone, a forced choice of a deleted use case) and says what it fixed. Not an edit of the user's, so it is not
 * on the undo history.
 */
export async function repairOnOpen(): Promise<void> {
  if (repaired) return;
  repaired = true;
  const result = await repositories().repair();
  if (!result.ok) {
    useToasts.getState().show(`Checking the stored workspaces failed: ${result.errors[0]?.message ?? 'unknown error'}`, { tone: 'error', timeoutMs: 15_000 });
    return;
  }
  for (const fix of result.value.fixes) useToasts.getState().show(fix, { timeoutMs: 15_000 });
}
