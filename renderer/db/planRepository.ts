import type { LastmileDatabase, PlanRecord } from './database';
import { applyChangeSet, nowIso } from './changes';

/** Portfolio plans (budget, caps, weights, forced choices), one per workspace. */
export function planRepository(db: LastmileDatabase) {
  return {
    get(workspaceId: string): Promise<PlanRecord | undefined> {
      return db.plans.get(workspaceId);
    },
    /** Saves a plan the caller has validated with the shared plan schema; undoable. */
    async save(workspaceId: string, plan: unknown, label = 'Change portfolio plan') {
      const before = (await db.plans.get(workspaceId)) ?? null;
      const after: PlanRecord = { workspaceId, plan, updatedAt: nowIso() };
      return applyChangeSet(db, { label, changes: [{ table: 'plans', key: workspaceId, before, after }] });
    },
  };
}
