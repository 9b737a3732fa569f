import {
  problemInputSchema,
  problemSchema,
  validate,
  type Problem,
  type ProblemInput,
  type ProblemStatus,
} from '@shared/domain';
import { applyChangeSet, newId, nowIso, runWrite, type RecordChange } from './changes';
import type { LastmileDatabase, StoredProblem } from './database';
import { withoutForced } from './planRepository';
import { withoutScenarioReferences } from './scenarioRepository';
import { withoutSessionReferences } from './sessionRepository';
import { withoutSpendReferences } from './spendRepository';
import { conflict, notFound, type WriteResult } from './repositoryResult';

/** What happens to a problem's use cases when the problem is deleted. */
export type UseCaseDisposal = { mode: 'delete' } | { mode: 'move'; toProblemId: string };

/** Problems: every write is validated by the shared schema, so no code path stores an invalid problem. */
export function problemRepository(db: LastmileDatabase) {
  /** Reads the problem inside the write transaction and refuses when it is not the revision the form loaded. */
  async function current(id: string, expectedRevision: number): Promise<StoredProblem | WriteResult<StoredProblem>> {
    const before = await db.problems.get(id);
    if (!before) return notFound('This problem');
    if (before.revision !== expectedRevision) return conflict('This problem', before);
    return before;
  }
  const isResult = (r: StoredProblem | WriteResult<StoredProblem>): r is WriteResult<StoredProblem> => 'ok' in r;

  return {
    list(workspaceId: string): Promise<StoredProblem[]> {
      return db.problems.where('workspaceId').equals(workspaceId).toArray();
    },

    get(id: string): Promise<StoredProblem | undefined> {
      return db.problems.get(id);
    },

    async create(workspaceId: string, input: ProblemInput): Promise<WriteResult<StoredProblem>> {
      const inputChecked = validate(problemInputSchema, input);
      if (!inputChecked.ok) return { ...inputChecked, reason: 'invalid' };
      return runWrite(db, async () => {
        if (!(await db.workspaces.get(workspaceId))) return notFound('This workspace');
        const now = nowIso();
        const checked = validate(problemSchema, { ...inputChecked.value, id: newId(), workspaceId, createdAt: now, updatedAt: now });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const change = await applyChangeSet(db, {
          label: `Add problem “${checked.value.title}”`,
          changes: [{ table: 'problems', key: checked.value.id, before: null, after: checked.value }],
        });
        return { ok: true, value: change.changes[0]!.after as StoredProblem, change };
      });
    },

    /** Adds many problems in one transaction (a CSV import): every one valid, or none is stored. */
    async createMany(workspaceId: string, inputs: readonly ProblemInput[], label: string): Promise<WriteResult<StoredProblem[]>> {
      const now = nowIso();
      const problems: Problem[] = [];
      for (const [i, input] of inputs.entries()) {
        const checked = validate(problemSchema, { ...input, id: newId(), workspaceId, createdAt: now, updatedAt: now });
        if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors.map((e) => ({ path: `[${i}].${e.path}`, message: e.message })) };
        problems.push(checked.value);
      }
      return runWrite(db, async () => {
        if (!(await db.workspaces.get(workspaceId))) return notFound('This workspace');
        const change = await applyChangeSet(db, { label, changes: problems.map((p) => ({ table: 'problems', key: p.id, before: null, after: p })) });
        return { ok: true, value: change.changes.map((c) => c.after as StoredProblem), change };
      });
    },

    /** Saves an edit made on revision `expectedRevision` (the one the form loaded); a later stored revision is a conflict. */
    async update(id: string, input: ProblemInput, expectedRevision: number): Promise<WriteResult<StoredProblem>> {
      const inputChecked = validate(problemInputSchema, input);
      if (!inputChecked.ok) return { ...inputChecked, reason: 'invalid' };
      return runWrite(db, async () => {
        const before = await current(id, expectedRevision);
        if (isResult(before)) return before;
        const checked = validate(problemSchema, { ...inputChecked.value, id, workspaceId: before.workspaceId, createdAt: before.createdAt, updatedAt: nowIso() });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const change = await applyChangeSet(db, {
          label: `Edit problem “${checked.value.title}”`,
          changes: [{ table: 'problems', key: id, before, after: checked.value }],
        });
        return { ok: true, value: change.changes[0]!.after as StoredProblem, change };
      });
    },

    async setStatus(id: string, status: ProblemStatus, expectedRevision: number): Promise<WriteResult<StoredProblem>> {
      const before = await db.problems.get(id);
      if (!before) return notFound('This problem');
      const { id: _id, workspaceId: _w, createdAt: _c, updatedAt: _u, revision: _r, ...input } = before;
      return this.update(id, { ...input, status }, expectedRevision);
    },

    /**
     * Deletes a problem (loaded at `expectedRevision`); its use cases are deleted too, and dropped from the plan's
     * forced choices, or moved to another problem of the same workspace. One transaction, one undoable edit.
     */
    async remove(id: string, disposal: UseCaseDisposal, expectedRevision: number): Promise<WriteResult<StoredProblem>> {
      return runWrite(db, async () => {
        const before = await db.problems.get(id);
        if (!before) return notFound('This problem');
        if (before.revision !== expectedRevision) return conflict('This problem', before);
        const useCases = await db.useCases.where('problemId').equals(id).toArray();
        const changes: RecordChange[] = [];
        if (disposal.mode === 'move' && useCases.length > 0) {
          const target = await db.problems.get(disposal.toProblemId);
          if (!target || target.workspaceId !== before.workspaceId || target.id === id) {
            return { ok: false, reason: 'invalid', errors: [{ path: 'toProblemId', message: 'Choose another problem of this workspace to move the use cases to' }] };
          }
          const now = nowIso();
          for (const u of useCases) changes.push({ table: 'useCases', key: u.id, before: u, after: { ...u, problemId: target.id, updatedAt: now } });
        } else {
          for (const u of useCases) changes.push({ table: 'useCases', key: u.id, before: u, after: null });
          const plan = await withoutForced(db, before.workspaceId, useCases.map((u) => u.id));
          if (plan) changes.push(plan);
          changes.push(...(await withoutScenarioReferences(db, before.workspaceId, useCases.map((u) => u.id))));
          changes.push(...(await withoutSessionReferences(db, before.workspaceId, useCases.map((u) => u.id))));
          changes.push(...(await withoutSpendReferences(db, before.workspaceId, useCases.map((u) => u.id))));
        }
        changes.push({ table: 'problems', key: id, before, after: null });
        const change = await applyChangeSet(db, { label: `Delete problem “${before.title}”`, changes });
        return { ok: true, value: before, change };
      });
    },
  };
}

export type ProblemRepository = ReturnType<typeof problemRepository>;
