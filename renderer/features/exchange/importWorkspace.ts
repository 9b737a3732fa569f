import type { Repositories } from '@renderer/db';
import type { ChangeSet } from '@renderer/db';
import { parseWorkspaceFile, type WorkspaceBundle } from '@shared/export/workspaceFile';
import { remapIds } from '@shared/export/remapIds';
import type { FieldError, Workspace } from '@shared/domain';

export type ImportMode = { kind: 'new' } | { kind: 'replace'; workspaceId: string };

export type ImportOutcome =
  | { ok: true; workspace: Workspace; change: ChangeSet; migratedFrom?: number; counts: { problems: number; useCases: number }; bundle: WorkspaceBundle }
  | { ok: false; errors: FieldError[] };

function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (imported${i === 2 ? '' : ` ${i}`})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Imports a `.lastmile` file (its text, or its bytes as stored, plain or compressed): everything is validated first (every fault with its path), then written
 * in one transaction — all or nothing. As a new workspace every id is fresh (so a file can be imported twice);
 * replacing keeps the replaced workspace's id, so links to it stay valid, and is undoable.
 */
export async function importWorkspaceText(repos: Repositories, data: string | Uint8Array, mode: ImportMode, newId: () => string): Promise<ImportOutcome> {
  const parsed = parseWorkspaceFile(data);
  if (!parsed.ok) return parsed;
  const r = await importWorkspaceBundle(repos, parsed.bundle, mode, newId);
  return r.ok && parsed.migratedFrom !== undefined ? { ...r, migratedFrom: parsed.migratedFrom } : r;
}

/** Writes an already validated bundle (see importWorkspaceText). */
export async function importWorkspaceBundle(repos: Repositories, parsedBundle: WorkspaceBundle, mode: ImportMode, newId: () => string): Promise<ImportOutcome> {
  const fresh = remapIds(parsedBundle, (kind) => (kind === 'workspace' && mode.kind === 'replace' ? mode.workspaceId : newId()));
  let bundle: WorkspaceBundle = fresh;
  if (mode.kind === 'new') {
    const names = new Set((await repos.workspaces.list()).map((w) => w.name));
    bundle = { ...fresh, workspace: { ...fresh.workspace, name: uniqueName(fresh.workspace.name, names) } };
  } else if (!(await repos.workspaces.get(mode.workspaceId))) {
    return { ok: false, errors: [{ path: '', message: 'The workspace to replace no longer exists' }] };
  }
  const label = mode.kind === 'new' ? `Import workspace “${bundle.workspace.name}”` : `Replace workspace with “${bundle.workspace.name}”`;
  const written = await repos.bundles.write(bundle, label, mode.kind === 'replace' ? mode.workspaceId : undefined);
  if (!written.ok) return written;
  return {
    ok: true,
    workspace: written.value,
    change: written.change,
    counts: { problems: bundle.problems.length, useCases: bundle.useCases.length },
    // What was written (fresh ids): the funding answer is worked out from it ahead of the portfolio page.
    bundle,
  };
}
