import { MAX_SCENARIOS, scenarioInputSchema, scenarioSchema, validate, type ScenarioInput } from '@shared/domain';
import { applyChangeSet, newId, nowIso, runWrite, type RecordChange } from './changes';
import type { LastmileDatabase, StoredScenario } from './database';
import { conflict, notFound, type WriteFailure, type WriteResult } from './repositoryResult';

/**
 * Named scenarios layered on a workspace (docs/scenarios.md): overrides only, never a copy. Every write is
 * schema-checked, checked against the revision it started from inside the write transaction, undoable and logged.
 * A scenario names only use cases of its own workspace; deleting a use case drops it from every scenario in the same
 * write (withoutScenarioReferences).
 */

/** The use cases a scenario names: its own overrides and its forced choices. */
export function scenarioUseCaseIds(scenario: Pick<ScenarioInput, 'useCases' | 'plan'>): string[] {
  return [...new Set([...Object.keys(scenario.useCases ?? {}), ...Object.keys(scenario.plan?.forced ?? {})])];
}

/** A scenario record of the database (it may not validate any more): the use-case ids it names. */
export function namedUseCaseIds(record: unknown): string[] {
  const r = (record ?? {}) as { useCases?: unknown; plan?: { forced?: unknown } };
  const keys = (v: unknown) => (v !== null && typeof v === 'object' ? Object.keys(v) : []);
  return [...new Set([...keys(r.useCases), ...keys(r.plan?.forced)])];
}

/** Scenarios in the order they were made (then by name). */
const byCreation = (a: StoredScenario, b: StoredScenario) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

/**
 * The scenario changes that drop `useCaseIds` from every scenario of a workspace (their overrides and forced choices),
 * for a delete to carry in its own change set: no scenario names a missing use case, and undo restores both.
 */
export async function withoutScenarioReferences(db: LastmileDatabase, workspaceId: string, useCaseIds: readonly string[]): Promise<RecordChange[]> {
  const drop = new Set(useCaseIds);
  const scenarios = await db.scenarios.where('workspaceId').equals(workspaceId).toArray();
  const changes: RecordChange[] = [];
  const now = nowIso();
  for (const s of scenarios) {
    if (!namedUseCaseIds(s).some((id) => drop.has(id))) continue;
    const keep = <T>(m: Record<string, T>) => Object.fromEntries(Object.entries(m).filter(([id]) => !drop.has(id)));
    changes.push({ table: 'scenarios', key: s.id, before: s, after: { ...s, useCases: keep(s.useCases), plan: { ...s.plan, forced: keep(s.plan.forced) }, updatedAt: now } });
  }
  return changes;
}

/** Every scenario of a workspace as deleted, for the workspace's delete to carry (an undo brings them back). */
export async function scenarioDeletes(db: LastmileDatabase, workspaceId: string): Promise<RecordChange[]> {
  const scenarios = await db.scenarios.where('workspaceId').equals(workspaceId).toArray();
  return scenarios.map((s) => ({ table: 'scenarios', key: s.id, before: s, after: null }));
}

function missingUseCases(count: number): WriteFailure<never> {
  const what = count === 1 ? 'a use case that no longer exists' : `${count} use cases that no longer exist`;
  return { ok: false, reason: 'invalid', errors: [{ path: 'useCases', message: `The scenario names ${what} (deleted in another window?); nothing was saved.` }] };
}

export function scenarioRepository(db: LastmileDatabase) {
  /** Refuses a scenario naming use cases that are not in its workspace. */
  async function referencesMissing(workspaceId: string, input: ScenarioInput): Promise<WriteFailure<never> | null> {
    const ids = scenarioUseCaseIds(input);
    if (ids.length === 0) return null;
    const found = await db.useCases.bulkGet(ids);
    const missing = found.filter((u) => !u || u.workspaceId !== workspaceId).length;
    return missing > 0 ? missingUseCases(missing) : null;
  }

  return {
    async list(workspaceId: string): Promise<StoredScenario[]> {
      const all = await db.scenarios.where('workspaceId').equals(workspaceId).toArray();
      return [...all].sort(byCreation);
    },

    get(id: string): Promise<StoredScenario | undefined> {
      return db.scenarios.get(id);
    },

    async create(workspaceId: string, input: ScenarioInput): Promise<WriteResult<StoredScenario>> {
      const inputChecked = validate(scenarioInputSchema, input);
      if (!inputChecked.ok) return { ...inputChecked, reason: 'invalid' };
      return runWrite(db, async () => {
        if (!(await db.workspaces.get(workspaceId))) return notFound('This workspace');
        if ((await db.scenarios.where('workspaceId').equals(workspaceId).count()) >= MAX_SCENARIOS) {
          return { ok: false, reason: 'invalid', errors: [{ path: '', message: `A workspace can hold at most ${MAX_SCENARIOS} scenarios; delete one first` }] };
        }
        const missing = await referencesMissing(workspaceId, inputChecked.value);
        if (missing) return missing;
        const now = nowIso();
        const checked = validate(scenarioSchema, { ...inputChecked.value, id: newId(), workspaceId, createdAt: now, updatedAt: now });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const change = await applyChangeSet(db, { label: `Add scenario “${checked.value.name}”`, changes: [{ table: 'scenarios', key: checked.value.id, before: null, after: checked.value }] });
        return { ok: true, value: change.changes[0]!.after as StoredScenario, change };
      });
    },

    /** Saves an edit made on revision `expectedRevision` (the one the page loaded); a later stored revision is a conflict. */
    async update(id: string, input: ScenarioInput, expectedRevision: number, label?: string): Promise<WriteResult<StoredScenario>> {
      const inputChecked = validate(scenarioInputSchema, input);
      if (!inputChecked.ok) return { ...inputChecked, reason: 'invalid' };
      return runWrite(db, async () => {
        const before = await db.scenarios.get(id);
        if (!before) return notFound('This scenario');
        if (before.revision !== expectedRevision) return conflict('This scenario', before);
        const missing = await referencesMissing(before.workspaceId, inputChecked.value);
        if (missing) return missing;
        const checked = validate(scenarioSchema, { ...inputChecked.value, id, workspaceId: before.workspaceId, createdAt: before.createdAt, updatedAt: nowIso() });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const change = await applyChangeSet(db, { label: label ?? `Edit scenario “${checked.value.name}”`, changes: [{ table: 'scenarios', key: id, before, after: checked.value }] });
        return { ok: true, value: change.changes[0]!.after as StoredScenario, change };
      });
    },

    /** Deletes a scenario (loaded at `expectedRevision`); one undoable edit. */
    async remove(id: string, expectedRevision: number): Promise<WriteResult<StoredScenario>> {
      return runWrite(db, async () => {
        const before = await db.scenarios.get(id);
        if (!before) return notFound('This scenario');
        if (before.revision !== expectedRevision) return conflict('This scenario', before);
        const change = await applyChangeSet(db, { label: `Delete scenario “${before.name}”`, changes: [{ table: 'scenarios', key: id, before, after: null }] });
        return { ok: true, value: before, change };
      });
    },
  };
}

export type ScenarioRepository = ReturnType<typeof scenarioRepository>;
