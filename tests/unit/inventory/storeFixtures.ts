import { blankUseCaseInput, emptyRegister, quickProblemInput, type Stage, type UseCaseInput } from '@shared/domain';
import type { InventoryImportPlan, ProblemRef } from '@shared/inventory/contract';
import type { StoredUseCase } from '@renderer/db';
import type { freshRepositories } from '../db/testDb';
import { seededWorkspace } from '../db/testDb';

/** Plans as the import pipeline hands them to the store (shared/inventory builds them from a file; here they are made directly). */

export type Repos = ReturnType<typeof freshRepositories>;
export const DEFAULTS = { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 };
export const TODAY = '2027-03';

/** A use case as a register row gives it: a name, its register id and owner, not estimated yet. */
export function rowInput(name: string, externalId: string, fileName = 'inventory.xlsx'): UseCaseInput {
  return {
    ...blankUseCaseInput('', DEFAULTS),
    name,
    register: { ...emptyRegister(), externalId, owner: 'Dana Ruiz', importedFrom: fileName },
    estimate: { source: 'none', referenceClass: '' },
  };
}

/**
 * `useCases` new rows (spreadsheet rows from 2) spread over `problems` new problems (or onto `existingProblemId`),
 * every third one in a pilot, the others ideas.
 */
export function newRowsPlan(useCases: number, options: { problems?: number; existingProblemId?: string; fileName?: string } = {}): InventoryImportPlan {
  const fileName = options.fileName ?? 'inventory.xlsx';
  const problems = options.existingProblemId ? 0 : Math.max(1, options.problems ?? 1);
  const ref = (i: number): ProblemRef => (options.existingProblemId ? { kind: 'existing', id: options.existingProblemId } : { kind: 'new', key: `p${i % problems}` });
  return {
    fileName,
    newProblems: Array.from({ length: problems }, (_, i) => ({ key: `p${i}`, input: quickProblemInput(`Problem ${i + 1} of the register`) })),
    newUseCases: Array.from({ length: useCases }, (_, i) => ({
      row: i + 2,
      problem: ref(i),
      input: rowInput(`Use case ${i + 1}`, `AI-${i + 1}`, fileName),
      stage: (i % 3 === 0 ? 'pilot' : 'idea') as Stage,
    })),
    updates: [],
    skippedRows: [],
    shortenedRows: [],
  };
}

/** The update of a stored use case a re-import plans: its input with `patch`, at the revision the preview read. */
export function updateOf(u: StoredUseCase, row: number, patch: Partial<UseCaseInput>, stage: Stage | null, expectedRevision = u.revision): InventoryImportPlan['updates'][number] {
  const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision: _r, lifecycle: _l, actuals: _a, ...input } = u;
  return { row, useCaseId: u.id, expectedRevision, input: { ...input, ...patch }, stage };
}

export async function workspaceWithProblem(repos: Repos) {
  const ws = await seededWorkspace(repos);
  const p = await repos.problems.create(ws.id, quickProblemInput('Claims backlog'));
  if (!p.ok) throw new Error('problem');
  return { ws, problem: p.value };
}

/** Everything the workspace holds that an import could have written. */
export async function contents(repos: Repos, workspaceId: string) {
  const [problems, useCases, log] = await Promise.all([
    repos.db.problems.where('workspaceId').equals(workspaceId).toArray(),
    repos.db.useCases.where('workspaceId').equals(workspaceId).toArray(),
    repos.db.changeLog.where('workspaceId').equals(workspaceId).toArray(),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { problems: byId(problems), useCases: byId(useCases), log: byId(log) };
}
