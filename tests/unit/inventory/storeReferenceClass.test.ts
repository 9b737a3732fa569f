import { describe, expect, it } from 'vitest';
import { writeSide } from '@renderer/db';
import { totalLastMileCost, type ReferenceClass } from '@shared/domain';
import { freshRepositories } from '../db/testDb';
import { newRowsPlan, TODAY, workspaceWithProblem } from './storeFixtures';

const documents: ReferenceClass = {
  id: 'class-doc-m',
  name: 'Document processing — medium',
  pattern: 'Document processing',
  size: 'medium',
  pilotCost: 80_000,
  lastMileMultiplier: 3,
  pilotMonths: 4,
  lastMileMonths: 9,
  runCostPerMonth: 2_000,
};

async function imported(count: number) {
  const repos = freshRepositories();
  const { ws } = await workspaceWithProblem(repos);
  const r = await repos.inventory.importPlan(ws.id, newRowsPlan(count, { problems: 2 }), { todayMonth: TODAY, by: 'Dana Ruiz' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const useCases = (await repos.useCases.list(ws.id)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  return { repos, ws, useCases };
}

describe('reference-class estimates applied to many use cases in one step', () => {
  it('gives every chosen use case the class’s costs, marked as a reference-class estimate; one undoable step, logged', async () => {
    const { repos, ws, useCases } = await imported(5);
    const chosen = useCases.slice(0, 3);
    const r = await repos.inventory.applyReferenceClass(ws.id, chosen.map((u) => u.id), documents, Object.fromEntries(chosen.map((u) => [u.id, u.revision])));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value).toEqual({ updated: 3 });
    expect(r.change.label).toBe('Apply the reference class “Document processing — medium” to 3 use cases');
    const after = await Promise.all(useCases.map((u) => repos.useCases.get(u.id)));
    for (const u of after.slice(0, 3)) {
      expect(u!.estimate).toEqual({ source: 'reference-class', referenceClass: 'Document processing — medium' });
      expect(u!.pilot).toEqual({ cost: 80_000, months: 4 });
      expect(totalLastMileCost(u!.lastMile.costs)).toBeCloseTo(240_000, 2);
      expect(u!.runCost.infrastructurePerMonth + u!.runCost.supportPerMonth).toBeCloseTo(2_000, 2);
      expect(u!.revision).toBe(2);
      // Its life as imported is kept.
      expect(u!.lifecycle).toEqual(useCases.find((x) => x.id === u!.id)!.lifecycle);
    }
    expect(after.slice(3).map((u) => u!.estimate.source)).toEqual(['none', 'none']);
    const log = await repos.db.changeLog.where('workspaceId').equals(ws.id).toArray();
    expect(log.filter((e) => e.action === r.change.label).length).toBeGreaterThanOrEqual(3);
    expect((await writeSide(repos.db, r.change, 'before')).ok).toBe(true);
    expect((await repos.useCases.get(chosen[0]!.id))!.estimate.source).toBe('none');
  });

  it('one use case changed since it was chosen refuses the whole step; nothing changes', async () => {
    const { repos, ws, useCases } = await imported(4);
    const [a, b] = useCases as [(typeof useCases)[0], (typeof useCases)[0]];
    const moved = await repos.lifecycle.changeStage(b.id, { stage: 'stopped', month: TODAY, by: 'Sam', note: '' }, b.revision, TODAY);
    expect(moved.ok).toBe(true);
    const r = await repos.inventory.applyReferenceClass(ws.id, [a.id, b.id], documents, { [a.id]: a.revision, [b.id]: b.revision });
    expect(r.ok === false && [r.reason, r.errors[0]!.message]).toEqual(['conflict', `“${b.name}” was changed in another window since you chose it; nothing was changed. Choose again.`]);
    expect((await repos.useCases.get(a.id))!).toEqual(a);
  });

  it('refuses an invalid class, an empty choice and a use case of another workspace', async () => {
    const { repos, ws, useCases } = await imported(2);
    const u = useCases[0]!;
    const bad = await repos.inventory.applyReferenceClass(ws.id, [u.id], { ...documents, pilotMonths: 0 }, { [u.id]: u.revision });
    expect(bad.ok === false && bad.errors[0]!.path).toBe('pilotMonths');
    const none = await repos.inventory.applyReferenceClass(ws.id, [], documents, {});
    expect(none.ok === false && none.reason).toBe('invalid');
    const elsewhere = await repos.inventory.applyReferenceClass('another-workspace', [u.id], documents, { [u.id]: u.revision });
    expect(elsewhere.ok === false && elsewhere.reason).toBe('missing');
    expect((await repos.useCases.get(u.id))!.revision).toBe(u.revision);
  });
});
