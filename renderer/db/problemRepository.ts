import {
  problemInputSchema,
  problemSchema,
  validate,
  type Problem,
  type ProblemInput,
  type ProblemStatus,
} from '@shared/domain';
import { applyChangeSet, newId, nowIso, type RecordChange } from './changes';
import type { LastmileDatabase } from './database';
import { notFound, type WriteResult } from './repositoryResult';

/** What happens to a problem's use cases when the problem is deleted. */
export type UseCaseDisposal = { mode: 'delete' } | { mode: 'move'; toProblemId: string };

/** Problems: every write is validated by the shared schema, so no code path stores an invalid problem. */
export function problemRepository(db: LastmileDatabase) {
  return {
    list(workspaceId: string): Promise<Problem[]> {
      return db.problems.where('workspaceId').equals(workspaceId).toArray();
    },

    get(id: string): Promise<Problem | undefined> {
      return db.problems.get(id);
    },

    async create(workspaceId: string, input: ProblemInput): Promise<WriteResult<Problem>> {
      const inputChecked = validate(problemInputSchema, input);
      if (!inputChecked.ok) return inputChecked;
      if (!(await db.workspaces.get(workspaceId))) return notFound('This workspace');
      const now = nowIso();
      const checked = validate(problemSchema, { ...inputChecked.value, id: newId(), workspaceId, createdAt: now, updatedAt: now });
      if (!checked.ok) return checked;
      const change = await applyChangeSet(db, {
        label: `Add problem “${checked.value.title}”`,
        changes: [{ table: 'problems', key: checked.value.id, before: null, after: checked.value }],
      });
      return { ok: true, value: checked.value, change };
    },

    /** Adds many problems in one transaction (a CSV import): every one valid, or none is stored. */
    async createMany(workspaceId: string, inputs: readonly ProblemInput[], label: string): Promise<WriteResult<Problem[]>> {
      if (!(await db.workspaces.get(workspaceId))) return notFound('This workspace');
      const now = nowIso();
      const problems: Problem[] = [];
      for (const [i, input] of inputs.entries()) {
        const checked = validate(problemSchema, { ...input, id: newId(), workspaceId, createdAt: now, updatedAt: now });
        if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => ({ path: `[${i}].${e.path}`, message: e.message })) };
        problems.push(checked.value);
      }
      const change = await applyChangeSet(db, { label, changes: problems.map((p) => ({ table: 'problems', key: p.id, before: null, after: p })) });
      return { ok: true, value: problems, change };
    },

    async update(id: string, input: ProblemInput): Promise<WriteResult<Problem>> {
      const inputChecked = validate(problemInputSchema, input);
      if (!inputChecked.ok) return inputChecked;
      const before = await db.problems.get(id);
      if (!before) return notFound('This problem');
      const checked = validate(problemSchema, {
        ...inputChecked.value,
        id,
        workspaceId: before.workspaceId,
        createdAt: before.createdAt,
        updatedAt: nowIso(),
      });
      if (!checked.ok) return checked;
      const change = await applyChangeSet(db, {
        label: `Edit problem “${checked.value.title}”`,
        changes: [{ table: 'problems', key: id, before, after: checked.value }],
      });
      return { ok: true, value: checked.value, change };
    },

    async setStatus(id: string, status: ProblemStatus): Promise<WriteResult<Problem>> {
      const before = await db.problems.get(id);
      if (!before) return notFound('This problem');
      const { id: _id, workspaceId: _w, createdAt: _c, updatedAt: _u, ...input } = before;
      return this.update(id, { ...input, status });
    },

    /** Deletes a problem; its use cases are deleted too or moved to another problem of the same workspace. */
    async remove(id: string, disposal: UseCaseDisposal = { mode: 'delete' }): Promise<WriteResult<Problem>> {
      const before = await db.problems.get(id);
      if (!before) return notFound('This problem');
      const useCases = await db.useCases.where('problemId').equals(id).toArray();
      const changes: RecordChange[] = [];
      if (disposal.mode === 'move' && useCases.length > 0) {
        const target = await db.problems.get(disposal.toProblemId);
        if (!target || target.workspaceId !== before.workspaceId || target.id === id) {
          return { ok: false, errors: [{ path: 'toProblemId', message: 'Choose another problem of this workspace to move the use cases to' }] };
        }
        const now = nowIso();
        for (const u of useCases) changes.push({ table: 'useCases', key: u.id, before: u, after: { ...u, problemId: target.id, updatedAt: now } });
      } else {
        for (const u of useCases) changes.push({ table: 'useCases', key: u.id, before: u, after: null });
      }
      changes.push({ table: 'problems', key: id, before, after: null });
      const change = await applyChangeSet(db, { label: `Delete problem “${before.title}”`, changes });
      return { ok: true, value: before, change };
    },
  };
}

export type ProblemRepository = ReturnType<typeof problemRepository>;
