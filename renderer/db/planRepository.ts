import { defaultPortfolioPlan, portfolioPlanSchema, type PortfolioPlan } from '@shared/portfolio';
import { validate } from '@shared/domain';
import { applyChangeSet, nowIso, runWrite, type RecordChange } from './changes';
import type { LastmileDatabase, PlanRecord } from './database';
import { forcedIds } from './integrity';
import { notFound, type WriteResult } from './repositoryResult';

/** A change to the plan: a whole new plan, or a function applied to the latest stored plan inside the write. */
export type PlanChange = PortfolioPlan | ((latest: PortfolioPlan) => PortfolioPlan);

/**
 * The plan change that drops `useCaseIds` from a workspace's forced choices (null when none is forced), for a
 * delete to carry in its own change set: the plan never forces a missing use case, and undo restores both.
 */
export async function withoutForced(db: LastmileDatabase, workspaceId: string, useCaseIds: readonly string[]): Promise<RecordChange | null> {
  const before = await db.plans.get(workspaceId);
  if (!before) return null;
  const drop = new Set(useCaseIds);
  if (!forcedIds(before).some((id) => drop.has(id))) return null;
  const plan = before.plan as { forced: Record<string, unknown> };
  const forced = Object.fromEntries(Object.entries(plan.forced).filter(([id]) => !drop.has(id)));
  return { table: 'plans', key: workspaceId, before, after: { ...before, plan: { ...plan, forced }, updatedAt: nowIso() } };
}

/** Portfolio plans (budget, caps, weights, forced choices), one per workspace. */
export function planRepository(db: LastmileDatabase) {
  return {
    get(workspaceId: string): Promise<PlanRecord | undefined> {
      return db.plans.get(workspaceId);
    },

    /**
     * Saves a plan change; undoable. A function change is applied to the plan stored at the moment of the write
     * (inside the transaction), so two windows' changes (a budget here, a forced choice there) both survive.
     * `fallback` is the plan changed when none is stored yet (or the stored one no longer validates). Forced
     * choices for use cases that no longer exist are dropped. The value is the plan as stored.
     */
    async save(workspaceId: string, change: PlanChange, options: { label?: string; fallback?: PortfolioPlan } = {}): Promise<WriteResult<PortfolioPlan>> {
      return runWrite(db, async () => {
        if (!(await db.workspaces.get(workspaceId))) return notFound('This workspace');
        const before = (await db.plans.get(workspaceId)) ?? null;
        const stored = before ? validate(portfolioPlanSchema, before.plan) : null;
        const base = stored?.ok ? stored.value : (options.fallback ?? defaultPortfolioPlan());
        const checked = validate(portfolioPlanSchema, typeof change === 'function' ? change(base) : change);
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const ids = Object.keys(checked.value.forced);
        const found = ids.length > 0 ? await db.useCases.bulkGet(ids) : [];
        const forced = Object.fromEntries(Object.entries(checked.value.forced).filter((_, i) => found[i]?.workspaceId === workspaceId));
        const plan: PortfolioPlan = { ...checked.value, forced };
        const after = { workspaceId, plan, updatedAt: nowIso() };
        const written = await applyChangeSet(db, { label: options.label ?? 'Change portfolio plan', changes: [{ table: 'plans', key: workspaceId, before, after }] });
        return { ok: true, value: plan, change: written };
      });
    },
  };
}
