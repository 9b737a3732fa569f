import type { LastmileDatabase, TableName } from './database';
import { namedUseCaseIds } from './scenarioRepository';
import { sessionUseCaseIds } from './sessionRepository';
import { spendUseCaseIds } from './spendRepository';

interface Written {
  table: TableName;
  key: string;
  before: unknown;
  after: unknown;
}

type Rec = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const quoted = (names: string[]) => names.slice(0, 3).map((n) => `“${n}”`).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');

/** Forced use-case ids of a stored plan record (its plan may not validate; then whatever keys it has). */
export function forcedIds(planRecord: unknown): string[] {
  const forced = ((planRecord as { plan?: { forced?: unknown } } | null)?.plan ?? {}).forced;
  return forced !== null && typeof forced === 'object' ? Object.keys(forced) : [];
}

/**
 * The references a written side of a change set would leave dangling, each as a plain clause ("use cases were
 * added to the problem “X” since (“A”), and they would be left without their problem."). Runs inside the write
 * transaction after the writes, so it sees the records as they will be committed.
 */
export async function integrityFaults(db: LastmileDatabase, written: readonly Written[], side: 'before' | 'after'): Promise<string[]> {
  const other = side === 'after' ? 'before' : 'after';
  const faults: string[] = [];
  // A whole workspace written at once (an import) checks thousands of records against a few parents: look each up once.
  const workspaceFound = new Map<string, Promise<boolean>>();
  const workspaceExists = (id: string) => workspaceFound.get(id) ?? workspaceFound.set(id, db.workspaces.get(id).then((w) => w !== undefined)).get(id)!;
  const problemWorkspace = new Map<string, Promise<string | undefined>>();
  const workspaceOfProblem = (id: string) => problemWorkspace.get(id) ?? problemWorkspace.set(id, db.problems.get(id).then((p) => p?.workspaceId)).get(id)!;
  // The answers known without a read (what this set writes, what one bulk read found) are used as they are: thousands
  // of awaits inside a transaction cost more than the check itself (each goes through Dexie's transaction zone).
  const knownWorkspaces = new Map<string, boolean>();
  const knownProblems = new Map<string, string | undefined>();
  // Use-case ids named by the scenarios of a workspace, as they will be committed (read once per workspace).
  const scenarioNames = new Map<string, Promise<Set<string>>>();
  const namedByScenarios = (id: string) =>
    scenarioNames.get(id) ?? scenarioNames.set(id, db.scenarios.where('workspaceId').equals(id).toArray().then((all) => new Set(all.flatMap(namedUseCaseIds)))).get(id)!;
  const sessionNames = new Map<string, Promise<Set<string>>>();
  const namedBySessions = (id: string) =>
    sessionNames.get(id) ?? sessionNames.set(id, db.sessions.where('workspaceId').equals(id).toArray().then((all) => new Set(all.flatMap(sessionUseCaseIds)))).get(id)!;
  const spendNames = new Map<string, Promise<Set<string>>>();
  const namedBySpend = (id: string) =>
    spendNames.get(id) ?? spendNames.set(id, db.spendItems.where('workspaceId').equals(id).toArray().then((all) => new Set(all.flatMap(spendUseCaseIds)))).get(id)!;
  const forcedNames = new Map<string, Promise<Set<string>>>();
  const forcedByPlan = (id: string) => forcedNames.get(id) ?? forcedNames.set(id, db.plans.get(id).then((plan) => new Set(plan ? forcedIds(plan) : []))).get(id)!;
  // Use cases left under the problems this set deletes: one query for all of them (an undone import deletes thousands).
  const deletedProblems = written.filter((c) => c.table === 'problems' && !c[side]).map((c) => c.key);
  const leftUnder = new Map<string, string[]>();
  if (deletedProblems.length > 0) {
    for (const u of await db.useCases.where('problemId').anyOf(deletedProblems).toArray()) leftUnder.set(u.problemId, [...(leftUnder.get(u.problemId) ?? []), u.name]);
  }
  // What this set just wrote is what the database now holds (the last write of a key wins): no need to read it back.
  for (const c of written) {
    const value = c[side] as Rec | null;
    if (c.table === 'workspaces') {
      workspaceFound.set(c.key, Promise.resolve(!!value));
      knownWorkspaces.set(c.key, !!value);
    } else if (c.table === 'problems') {
      problemWorkspace.set(c.key, Promise.resolve(value ? str(value.workspaceId) : undefined));
      knownProblems.set(c.key, value ? str(value.workspaceId) : undefined);
    }
  }
  // The problems of the use cases written: those not written here are read in one request, not one each.
  const unread = [...new Set(written.flatMap((c) => (c.table === 'useCases' && c[side] ? [str((c[side] as Rec).problemId)] : [])))].filter((id) => !problemWorkspace.has(id));
  if (unread.length > 0) {
    const found = await db.problems.bulkGet(unread);
    unread.forEach((id, i) => {
      problemWorkspace.set(id, Promise.resolve(found[i]?.workspaceId));
      knownProblems.set(id, found[i]?.workspaceId);
    });
  }
  for (const c of written) {
    const value = c[side] as Rec | null;
    const gone = (c[other] ?? {}) as Rec;
    if (c.table === 'problems') {
      if (value) {
        const workspaceId = str(value.workspaceId);
        if (!(knownWorkspaces.get(workspaceId) ?? (await workspaceExists(workspaceId)))) faults.push(`the problem “${str(value.title)}” would belong to a workspace that no longer exists.`);
      } else {
        const left = leftUnder.get(c.key) ?? [];
        if (left.length > 0) faults.push(`use cases were added to the problem “${str(gone.title)}” since (${quoted(left)}), and they would be left without their problem.`);
      }
    } else if (c.table === 'useCases') {
      if (value) {
        const problemId = str(value.problemId);
        const parent = knownProblems.has(problemId) ? knownProblems.get(problemId) : await workspaceOfProblem(problemId);
        if (parent !== value.workspaceId) faults.push(`the use case “${str(value.name)}” would belong to a problem that no longer exists.`);
      } else {
        if ((await forcedByPlan(str(gone.workspaceId))).has(c.key)) faults.push(`the use case “${str(gone.name)}” is forced in or out in the portfolio plan, which would then name a missing candidate.`);
        if ((await namedByScenarios(str(gone.workspaceId))).has(c.key)) faults.push(`the use case “${str(gone.name)}” is changed or forced in a scenario, which would then name a missing candidate.`);
        if ((await namedBySessions(str(gone.workspaceId))).has(c.key)) faults.push(`the use case “${str(gone.name)}” is a candidate of a workshop session, which would then name a missing candidate.`);
        if ((await namedBySpend(str(gone.workspaceId))).has(c.key)) faults.push(`the use case “${str(gone.name)}” is linked to an AI spend item, which would then name a missing use case.`);
      }
    } else if (c.table === 'scenarios') {
      if (value) {
        const workspaceId = str(value.workspaceId);
        if (!(await workspaceExists(workspaceId))) faults.push(`the scenario “${str(value.name)}” would belong to a workspace that no longer exists.`);
        const ids = namedUseCaseIds(value);
        const found = ids.length > 0 ? await db.useCases.bulkGet(ids) : [];
        const missing = ids.filter((_, i) => !found[i] || found[i]!.workspaceId !== workspaceId);
        if (missing.length > 0) faults.push(`the scenario “${str(value.name)}” would name ${missing.length === 1 ? 'a use case that no longer exists' : `${missing.length} use cases that no longer exist`}.`);
      }
    } else if (c.table === 'sessions') {
      if (value) {
        const workspaceId = str(value.workspaceId);
        if (!(await workspaceExists(workspaceId))) faults.push(`the workshop session “${str(value.title)}” would belong to a workspace that no longer exists.`);
        const ids = sessionUseCaseIds(value);
        const found = ids.length > 0 ? await db.useCases.bulkGet(ids) : [];
        const missing = ids.filter((_, i) => !found[i] || found[i]!.workspaceId !== workspaceId);
        if (missing.length > 0) faults.push(`the workshop session “${str(value.title)}” would name ${missing.length === 1 ? 'a use case that no longer exists' : `${missing.length} use cases that no longer exist`}.`);
      }
    } else if (c.table === 'spendItems') {
      if (value) {
        const workspaceId = str(value.workspaceId);
        if (!(await workspaceExists(workspaceId))) faults.push(`the AI spend item “${str(value.name)}” would belong to a workspace that no longer exists.`);
        const ids = spendUseCaseIds(value);
        const found = ids.length > 0 ? await db.useCases.bulkGet(ids) : [];
        const missing = ids.filter((_, i) => !found[i] || found[i]!.workspaceId !== workspaceId);
        if (missing.length > 0) faults.push(`the AI spend item “${str(value.name)}” would be linked to ${missing.length === 1 ? 'a use case that no longer exists' : `${missing.length} use cases that no longer exist`}.`);
      }
    } else if (c.table === 'inventorySettings') {
      if (value && !(await workspaceExists(str(value.workspaceId)))) faults.push('the saved import mappings and reference classes would belong to a workspace that no longer exists.');
    } else if (c.table === 'plans') {
      if (value) {
        if (!(await workspaceExists(c.key))) faults.push('the portfolio plan would belong to a workspace that no longer exists.');
        const ids = forcedIds(value);
        const found = ids.length > 0 ? await db.useCases.bulkGet(ids) : [];
        const missing = ids.filter((_, i) => !found[i] || found[i]!.workspaceId !== c.key);
        if (missing.length > 0) faults.push(`the portfolio plan would force ${missing.length === 1 ? 'a candidate that no longer exists' : `${missing.length} candidates that no longer exist`}.`);
      }
    } else if (c.table === 'workspaces' && !value) {
      const [problems, useCases, plan, scenarios, sessions, spend, inventory] = await Promise.all([
        db.problems.where('workspaceId').equals(c.key).count(),
        db.useCases.where('workspaceId').equals(c.key).count(),
        db.plans.get(c.key),
        db.scenarios.where('workspaceId').equals(c.key).count(),
        db.sessions.where('workspaceId').equals(c.key).count(),
        db.spendItems.where('workspaceId').equals(c.key).count(),
        db.inventorySettings.where('workspaceId').equals(c.key).count(),
      ]);
      if (problems + useCases + scenarios + sessions + spend + inventory > 0 || plan) faults.push(`records were added to the workspace “${str(gone.name)}” since, and they would be left without their workspace.`);
    }
  }
  return faults;
}
