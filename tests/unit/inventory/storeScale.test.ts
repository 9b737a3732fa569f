import { describe, expect, it } from 'vitest';
import { writeSide } from '@renderer/db';
import { freshRepositories } from '../db/testDb';
import { newRowsPlan, TODAY, workspaceWithProblem } from './storeFixtures';

/** CPU milliseconds of `job` (this process: fake-indexeddb runs in it, so the database's work is counted too). */
async function cpu<T>(job: () => Promise<T>): Promise<{ value: T; ms: number; wallMs: number }> {
  const start = process.cpuUsage();
  const wall = performance.now();
  const value = await job();
  const used = process.cpuUsage(start);
  return { value, ms: Math.round((used.user + used.system) / 1000), wallMs: Math.round(performance.now() - wall) };
}

describe('inventory import at scale', () => {
  it('5,000 new use cases under 1,700 new problems: one transaction with progress, one undo step, one redo', { timeout: 300_000 }, async () => {
    const repos = freshRepositories();
    const { ws } = await workspaceWithProblem(repos);
    const plan = newRowsPlan(5000, { problems: 1700 });
    for (const [i, u] of plan.newUseCases.entries()) {
      u.input = { ...u.input, description: `What the register says about use case ${i + 1}: `.padEnd(400, 'text '), register: { ...u.input.register, vendor: 'Vendor', personalData: i % 2 === 0 } };
    }
    let reports = 0;
    const imported = await cpu(() => repos.inventory.importPlan(ws.id, plan, { todayMonth: TODAY, by: 'Dana Ruiz', onProgress: () => reports++ }));
    const r = imported.value;
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
    expect(r.value).toMatchObject({ problemsCreated: 1700, useCasesCreated: 5000 });
    expect(reports).toBeGreaterThanOrEqual(14);
    expect(await repos.db.useCases.where('workspaceId').equals(ws.id).count()).toBe(5000);
    const undone = await cpu(() => writeSide(repos.db, r.change, 'before'));
    if (!undone.value.ok) throw new Error(JSON.stringify(undone.value.errors));
    expect(await repos.db.useCases.where('workspaceId').equals(ws.id).count()).toBe(0);
    const redone = await cpu(() => writeSide(repos.db, undone.value.ok ? undone.value.value : r.change, 'after'));
    expect(redone.value.ok).toBe(true);
    expect(await repos.db.useCases.where('workspaceId').equals(ws.id).count()).toBe(5000);
    console.info(`inventory import of 5,000 use cases + 1,700 problems (fake-indexeddb, CPU): import ${imported.ms} ms, undo ${undone.ms} ms, redo ${redone.ms} ms (wall: ${imported.wallMs}, ${undone.wallMs}, ${redone.wallMs} ms)`);
  });
});
