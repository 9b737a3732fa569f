import { useCaseInputSchema, useCaseSchema, validate, type UseCase, type UseCaseInput } from '@shared/domain';
import { applyChangeSet, newId, nowIso } from './changes';
import type { LastmileDatabase } from './database';
import { notFound, type WriteResult } from './repositoryResult';

function problemMissing() {
  return { ok: false as const, errors: [{ path: 'problemId', message: 'A use case must belong to an existing problem of this workspace' }] };
}

/** Use cases: each belongs to exactly one problem of its workspace; every write is schema-checked. */
export function useCaseRepository(db: LastmileDatabase) {
  async function problemInWorkspace(problemId: string, workspaceId: string): Promise<boolean> {
    const problem = await db.problems.get(problemId);
    return problem !== undefined && problem.workspaceId === workspaceId;
  }

  return {
    list(workspaceId: string): Promise<UseCase[]> {
      return db.useCases.where('workspaceId').equals(workspaceId).toArray();
    },

    get(id: string): Promise<UseCase | undefined> {
      return db.useCases.get(id);
    },

    async create(workspaceId: string, input: UseCaseInput): Promise<WriteResult<UseCase>> {
      const inputChecked = validate(useCaseInputSchema, input);
      if (!inputChecked.ok) return inputChecked;
      if (!(await problemInWorkspace(inputChecked.value.problemId, workspaceId))) return problemMissing();
      const now = nowIso();
      const checked = validate(useCaseSchema, { ...inputChecked.value, id: newId(), workspaceId, createdAt: now, updatedAt: now });
      if (!checked.ok) return checked;
      const change = await applyChangeSet(db, {
        label: `Add use case “${checked.value.name}”`,
        changes: [{ table: 'useCases', key: checked.value.id, before: null, after: checked.value }],
      });
      return { ok: true, value: checked.value, change };
    },

    /** Saves an edit (also a move to another problem of the same workspace when problemId changes). */
    async update(id: string, input: UseCaseInput, label?: string): Promise<WriteResult<UseCase>> {
      const inputChecked = validate(useCaseInputSchema, input);
      if (!inputChecked.ok) return inputChecked;
      const before = await db.useCases.get(id);
      if (!before) return notFound('This use case');
      if (!(await problemInWorkspace(inputChecked.value.problemId, before.workspaceId))) return problemMissing();
      const checked = validate(useCaseSchema, {
        ...inputChecked.value,
        id,
        workspaceId: before.workspaceId,
        createdAt: before.createdAt,
        updatedAt: nowIso(),
      });
      if (!checked.ok) return checked;
      const change = await applyChangeSet(db, {
        label: label ?? `Edit use case “${checked.value.name}”`,
        changes: [{ table: 'useCases', key: id, before, after: checked.value }],
      });
      return { ok: true, value: checked.value, change };
    },

    async move(id: string, toProblemId: string): Promise<WriteResult<UseCase>> {
      const before = await db.useCases.get(id);
      if (!before) return notFound('This use case');
      const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...input } = before;
      return this.update(id, { ...input, problemId: toProblemId }, `Move use case “${before.name}”`);
    },

    async remove(id: string): Promise<WriteResult<UseCase>> {
      const before = await db.useCases.get(id);
      if (!before) return notFound('This use case');
      const change = await applyChangeSet(db, {
        label: `Delete use case “${before.name}”`,
        changes: [{ table: 'useCases', key: id, before, after: null }],
      });
      return { ok: true, value: before, change };
    },
  };
}

export type UseCaseRepository = ReturnType<typeof useCaseRepository>;
