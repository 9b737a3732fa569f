import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createRepositories, LastmileDatabase } from '@renderer/db';
import { defaultWorkspaceSettings, quickProblemInput, type ProblemInput } from '@shared/domain';

let n = 0;
/** A fresh, empty database per test (fake-indexeddb). */
export function freshRepositories() {
  return createRepositories(new LastmileDatabase(`test-${Date.now()}-${n++}`, { indexedDB, IDBKeyRange }));
}

export function problemInput(title: string, patch: Partial<ProblemInput> = {}): ProblemInput {
  return { ...quickProblemInput(title), ...patch };
}

export async function seededWorkspace(repos: ReturnType<typeof freshRepositories>) {
  const ws = await repos.workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
  if (!ws.ok) throw new Error('workspace did not validate');
  return ws.value;
}

/** Two windows on one profile: two repository instances (two connections) over the same fake database. */
export function twoWindows() {
  const name = `test-two-${Date.now()}-${n++}`;
  const open = () => createRepositories(new LastmileDatabase(name, { indexedDB, IDBKeyRange }));
  return [open(), open()] as const;
}

/** The use-case or problem input of a stored record (what a form edits). */
export function inputOf<T extends { id: string; workspaceId: string; createdAt: string; updatedAt: string; revision: number }>(record: T) {
  const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision: _r, ...input } = record;
  return input;
}
