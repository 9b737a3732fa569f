import { repositories } from '@renderer/db';
import { isString } from '@renderer/db/metaRepository';
import { perform } from '@renderer/state/actions';
import { navigate } from '@renderer/state/router';
import { buildDemoWorkspace } from '@shared/demo';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '@shared/domain';

const LAST_WORKSPACE = 'lastWorkspaceId';
const DEMO_CREATED = 'demoCreatedAt';

/** This month as 'YYYY-MM' (the default planning start of a new workspace). */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

export function newWorkspaceSettings(name = 'New workspace'): WorkspaceSettings {
  return defaultWorkspaceSettings(name, currentMonth());
}

export async function rememberWorkspace(id: string): Promise<void> {
  await repositories().meta.set(LAST_WORKSPACE, id);
}

/** Creates the demo workspace (a mid-market company with problems and candidates) and opens it. */
export async function createDemoWorkspace(): Promise<string | null> {
  const bundle = buildDemoWorkspace({ newId: () => crypto.randomUUID(), nowIso: new Date().toISOString(), planningStartMonth: currentMonth() });
  const result = await perform(repositories().bundles.write(bundle, `Create demo workspace “${bundle.workspace.name}”`));
  if (!result.ok) {
    console.error('The demo workspace did not validate', result.errors);
    return null;
  }
  await repositories().meta.set(DEMO_CREATED, new Date().toISOString());
  return bundle.workspace.id;
}

/**
 * Start-up: the first start creates the demo workspace so a newcomer sees a real portfolio; later starts
 * reopen the workspace used last (or the first one).
 */
export async function openStartupWorkspace(): Promise<void> {
  const repos = repositories();
  const workspaces = await repos.workspaces.list();
  if (workspaces.length === 0) {
    const demoCreated = await repos.meta.get(DEMO_CREATED, isString);
    if (!demoCreated) {
      const id = await createDemoWorkspace();
      if (id) {
        navigate({ page: 'problems', workspaceId: id });
        return;
      }
    }
    navigate({ page: 'workspaces' });
    return;
  }
  const last = await repos.meta.get(LAST_WORKSPACE, isString);
  const target = workspaces.find((w) => w.id === last) ?? workspaces[0];
  if (target) navigate({ page: 'problems', workspaceId: target.id });
}
