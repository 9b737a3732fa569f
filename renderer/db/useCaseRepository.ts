import { useCaseInputSchema, useCaseSchema, validate, type UseCaseInput } from '@shared/domain';
import { applyChangeSet, newId, nowIso, runWrite } from './changes';
import type { LastmileDatabase, StoredUseCase } from './database';
import { withoutForced } from './planRepository';
import { withoutScenarioReferences } from './scenarioRepository';
import { withoutSessionReferences } from './sessionRepository';
import { withoutSpendReferences } from './spendRepository';
import { conflict, notFound, type WriteFailure, type WriteResult } from './repositoryResult';

function problemMissing(): WriteFailure<never> {
  return { ok: false, reason: 'missing', errors: [{ path: 'problemId', message: 'A use case must belong to an existing problem of this workspace' }] };
}

/** Use cases: each belongs to exactly one problem of its workspace; every write is schema-checked. */
export function useCaseRepository(db: LastmileDatabase) {
  async function problemInWorkspace(problemId: string, workspaceId: string): Promise<boolean> {
    const problem = await db.problems.get(problemId);
    return problem !== undefined && problem.workspaceId === workspaceId;
  }

  return {
    list(workspaceId: string): Promise<StoredUseCase[]> {
      return db.useCases.where('workspaceId').equals(workspaceId).toArray();
    },

    get(id: string): Promise<StoredUseCase | undefined> {
      return db.useCases.get(id);
    },

    async create(workspaceId: string, input: UseCaseInput): Promise<WriteResult<StoredUseCase>> {
      const inputChecked = validate(useCaseInputSchema, input);
      if (!inputChecked.ok) return { ...inputChecked, reason: 'invalid' };
      return runWrite(db, async () => {
        if (!(await problemInWorkspace(inputChecked.value.problemId, workspaceId))) return problemMissing();
        const now = nowIso();
        const checked = validate(useCaseSchema, { ...inputChecked.value, id: newId(), workspaceId, createdAt: now, updatedAt: now });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const change = await applyChangeSet(db, {
          label: `Add use case “${checked.value.name}”`,
          changes: [{ table: 'useCases', key: checked.value.id, before: null, after: checked.value }],
        });
        return { ok: true, value: change.changes[0]!.after as StoredUseCase, change };
      });
    },

    /**
     * Saves an edit made on revision `expectedRevision` (the one the form loaded; a later stored revision is a
     * conflict); also a move to another problem of the same workspace when problemId changes.
     */
    async update(id: string, input: UseCaseInput, expectedRevision: number, label?: string): Promise<WriteResult<StoredUseCase>> {
      const inputChecked = validate(useCaseInputSchema, input);
      if (!inputChecked.ok) return { ...inputChecked, reason: 'invalid' };
      return runWrite(db, async () => {
        const before = await db.useCases.get(id);
        if (!before) return notFound('This use case');
        if (before.revision !== expectedRevision) return conflict('This use case', before);
        if (!(await problemInWorkspace(inputChecked.value.problemId, before.workspaceId))) return problemMissing();
        // The edit form never carries the use case's life (stages, gate decisions) or its actuals: they stay as stored.
        const checked = validate(useCaseSchema, {
          ...inputChecked.value,
          lifecycle: before.lifecycle,
          actuals: before.actuals,
          id,
          workspaceId: before.workspaceId,
          createdAt: before.createdAt,
          updatedAt: nowIso(),
        });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const change = await applyChangeSet(db, {
          label: label ?? `Edit use case “${checked.value.name}”`,
          changes: [{ table: 'useCases', key: id, before, after: checked.value }],
        });
        return { ok: true, value: change.changes[0]!.after as StoredUseCase, change };
      });
    },

    async move(id: string, toProblemId: string, expectedRevision: number): Promise<WriteResult<StoredUseCase>> {
      const before = await db.useCases.get(id);
      if (!before) return notFound('This use case');
      const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision: _r, lifecycle: _l, actuals: _a, ...input } = before;
      return this.update(id, { ...input, problemId: toProblemId }, expectedRevision, `Move use case “${before.name}”`);
    },

    /** Deletes a use case (loaded at `expectedRevision`), its forced choice in the plan and its place in every scenario and workshop session and its links from AI spend items, in one undoable edit. */
    async remove(id: string, expectedRevision: number): Promise<WriteResult<StoredUseCase>> {
      return runWrite(db, async () => {
        const before = await db.useCases.get(id);
        if (!before) return notFound('This use case');
        if (before.revision !== expectedRevision) return conflict('This use case', before);
        const plan = await withoutForced(db, before.workspaceId, [id]);
        const scenarios = await withoutScenarioReferences(db, before.workspaceId, [id]);
        const sessions = await withoutSessionReferences(db, before.workspaceId, [id]);
        const spend = await withoutSpendReferences(db, before.workspaceId, [id]);
        const change = await applyChangeSet(db, {
          label: `Delete use case “${before.name}”`,
          changes: [{ table: 'useCases', key: id, before, after: null }, ...(plan ? [plan] : []), ...scenarios, ...sessions, ...spend],
        });
        return { ok: true, value: before, change };
      });
    },
  };
}

export type UseCaseRepository = ReturnType<typeof useCaseRepository>;
