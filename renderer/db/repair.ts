import { problemSchema, quickProblemInput, validate } from '@shared/domain';
import { applyChangeSet, newId, nowIso, runWrite, type RecordChange } from './changes';
import type { LastmileDatabase, StoredProblem } from './database';
import { forcedIds } from './integrity';
import type { WriteResult } from './repositoryResult';

/** The problem that takes in use cases whose own problem is missing. */
export const RECOVERED_PROBLEM_TITLE = 'Recovered candidates';

/** What a repair fixed, as plain sentences the UI can show (empty when nothing was wrong). */
export interface RepairReport {
  fixes: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Finds and fixes dangling references left by older versions or interrupted edits, in one transaction: use cases
 * whose problem is missing move to a "Recovered candidates" problem (created when needed), forced choices for
 * missing use cases are dropped, and (without `workspaceId`, i.e. over the whole database) records of a workspace
 * that no longer exists are removed. The change is returned too; it is not meant for the undo history.
 */
export async function repairReferences(db: LastmileDatabase, workspaceId?: string): Promise<WriteResult<RepairReport>> {
  // The common case, nothing to fix, is found in a read-only pass, so a start never locks the tables for writing (the
  // pages' own reads would wait for it); the write pass below reads again inside its transaction.
  if (!(await anythingDangling(db, workspaceId))) return { ok: true, value: { fixes: [] }, change: { label: 'Repair references', changes: [] } };
  return runWrite(db, async () => {
    const changes: RecordChange[] = [];
    const fixes: string[] = [];
    const workspaces = workspaceId ? [await db.workspaces.get(workspaceId)].filter((w) => w !== undefined) : await db.workspaces.toArray();
    if (!workspaceId) {
      const known = new Set(workspaces.map((w) => w.id));
      const problems = await db.problems.filter((p) => !known.has(p.workspaceId)).toArray();
      const useCases = await db.useCases.filter((u) => !known.has(u.workspaceId)).toArray();
      const plans = await db.plans.filter((p) => !known.has(p.workspaceId)).toArray();
      for (const u of useCases) changes.push({ table: 'useCases', key: u.id, before: u, after: null });
      for (const p of problems) changes.push({ table: 'problems', key: p.id, before: p, after: null });
      for (const p of plans) changes.push({ table: 'plans', key: p.workspaceId, before: p, after: null });
      const count = problems.length + useCases.length + plans.length;
      if (count > 0) fixes.push(`Removed ${plural(count, 'record', 'records')} left behind by a workspace that no longer exists.`);
    }
    for (const workspace of workspaces) {
      const problems = await db.problems.where('workspaceId').equals(workspace.id).toArray();
      const useCases = await db.useCases.where('workspaceId').equals(workspace.id).toArray();
      const problemIds = new Set(problems.map((p) => p.id));
      const orphans = useCases.filter((u) => !problemIds.has(u.problemId));
      if (orphans.length > 0) {
        const now = nowIso();
        let home: StoredProblem | undefined = problems.find((p) => p.title === RECOVERED_PROBLEM_TITLE);
        if (!home) {
          const created = validate(problemSchema, { ...quickProblemInput(RECOVERED_PROBLEM_TITLE), id: newId(), workspaceId: workspace.id, createdAt: now, updatedAt: now });
          if (!created.ok) return { ...created, reason: 'invalid' };
          changes.push({ table: 'problems', key: created.value.id, before: null, after: created.value });
          home = { ...created.value, revision: 0 };
        }
        for (const u of orphans) changes.push({ table: 'useCases', key: u.id, before: u, after: { ...u, problemId: home.id, updatedAt: now } });
        fixes.push(`Moved ${plural(orphans.length, 'use case', 'use cases')} whose problem was missing to “${RECOVERED_PROBLEM_TITLE}” in “${workspace.name}”.`);
      }
      const plan = await db.plans.get(workspace.id);
      const useCaseIds = new Set(useCases.map((u) => u.id));
      const dangling = forcedIds(plan).filter((id) => !useCaseIds.has(id));
      if (plan && dangling.length > 0) {
        const { forced, ...rest } = plan.plan as { forced: Record<string, unknown> };
        const kept = Object.fromEntries(Object.entries(forced).filter(([id]) => useCaseIds.has(id)));
        changes.push({ table: 'plans', key: workspace.id, before: plan, after: { ...plan, plan: { ...rest, forced: kept }, updatedAt: nowIso() } });
        fixes.push(`Removed ${plural(dangling.length, 'forced choice', 'forced choices')} for use cases that no longer exist from the plan of “${workspace.name}”.`);
      }
    }
    const change = changes.length > 0 ? await applyChangeSet(db, { label: 'Repair references', changes }) : { label: 'Repair references', changes: [] };
    return { ok: true, value: { fixes }, change };
  });
}

/**
 * Whether repairReferences would find anything, in one read-only transaction and without reading a record twice: the
 * workspaces a record names are read from the indexes' distinct keys, and each use case is read once (in bulk) to
 * check its problem and the plan's forced choices.
 */
async function anythingDangling(db: LastmileDatabase, workspaceId?: string): Promise<boolean> {
  return db.transaction('r', [db.workspaces, db.problems, db.useCases, db.plans], async () => {
    const workspaceIds = workspaceId ? ((await db.workspaces.get(workspaceId)) ? [workspaceId] : []) : ((await db.workspaces.toCollection().primaryKeys()) as string[]);
    if (!workspaceId) {
      const known = new Set(workspaceIds);
      const [problemOwners, useCaseOwners, planOwners] = await Promise.all([
        db.problems.orderBy('workspaceId').uniqueKeys(),
        db.useCases.orderBy('workspaceId').uniqueKeys(),
        db.plans.toCollection().primaryKeys(),
      ]);
      if ([...problemOwners, ...useCaseOwners, ...planOwners].some((id) => !known.has(id as string))) return true;
    }
    for (const id of workspaceIds) {
      const [problemIds, useCases, plan] = await Promise.all([
        db.problems.where('workspaceId').equals(id).primaryKeys(),
        db.useCases.where('workspaceId').equals(id).toArray(),
        db.plans.get(id),
      ]);
      const problems = new Set<string>(problemIds);
      if (useCases.some((u) => !problems.has(u.problemId))) return true;
      const useCaseIds = new Set(useCases.map((u) => u.id));
      if (forcedIds(plan).some((f) => !useCaseIds.has(f))) return true;
    }
    return false;
  });
}
