import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES } from '@shared/domain';
import { freshRepositories } from '../db/testDb';
import { contents, newRowsPlan, TODAY, updateOf, workspaceWithProblem } from './storeFixtures';

/**
 * Whatever the plan holds (new rows spread over new and existing problems, updates of rows imported before, any stages)
 * and whatever goes wrong in it (a faulty row anywhere, an update gone stale, a cancel at any point of the write), the
 * import writes all of it or nothing, and a refusal names a row.
 */
describe('inventory import: all or nothing, for any plan', () => {
  it('writes every planned record, or none with the fault named', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          rows: fc.integer({ min: 1, max: 40 }),
          problems: fc.integer({ min: 1, max: 6 }),
          onExisting: fc.boolean(),
          stages: fc.array(fc.constantFrom(...STAGES), { minLength: 40, maxLength: 40 }),
          updates: fc.integer({ min: 0, max: 3 }),
          fault: fc.option(fc.record({ kind: fc.constantFrom('bad-row' as const, 'stale' as const, 'cancel' as const), at: fc.nat() }), { nil: null }),
        }),
        async ({ rows, problems, onExisting, stages, updates, fault }) => {
          const repos = freshRepositories();
          const { ws, problem } = await workspaceWithProblem(repos);
          const seeded = await repos.inventory.importPlan(ws.id, newRowsPlan(3, { problems: 1, fileName: 'first.csv' }), { todayMonth: TODAY, by: 'Dana' });
          if (!seeded.ok) throw new Error('seed');
          const earlier = (await repos.useCases.list(ws.id)).filter((u) => u.register.importedFrom === 'first.csv');
          const plan = newRowsPlan(rows, onExisting ? { existingProblemId: problem.id } : { problems });
          plan.newUseCases.forEach((u, i) => (u.stage = stages[i]!));
          plan.updates = earlier.slice(0, updates).map((u, i) => updateOf(u, 100 + i, { name: `Updated ${i}` }, stages[i]!));
          const controller = new AbortController();
          if (fault?.kind === 'bad-row') {
            const u = plan.newUseCases[fault.at % rows]!;
            u.input = { ...u.input, name: ' '.repeat(3) };
          } else if (fault?.kind === 'stale' && plan.updates.length > 0) {
            plan.updates[fault.at % plan.updates.length]!.expectedRevision -= 1;
          }
          const before = await contents(repos, ws.id);
          const total = plan.newProblems.length + plan.newUseCases.length + plan.updates.length;
          const r = await repos.inventory.importPlan(ws.id, plan, {
            todayMonth: TODAY,
            by: 'Dana',
            signal: controller.signal,
            onProgress: (done) => {
              if (fault?.kind === 'cancel' && done >= (fault.at % (total + 1))) controller.abort();
            },
          });
          const after = await contents(repos, ws.id);
          const faulty = fault !== null && !(fault.kind === 'stale' && plan.updates.length === 0);
          if (!faulty) {
            if (!r.ok) throw new Error(JSON.stringify(r.errors));
            expect(r.value).toMatchObject({ useCasesCreated: rows, useCasesUpdated: plan.updates.length });
            expect(after.useCases).toHaveLength(before.useCases.length + rows);
            expect(after.problems).toHaveLength(before.problems.length + plan.newProblems.length);
            return;
          }
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.reason).toBe({ 'bad-row': 'invalid', stale: 'conflict', cancel: 'cancelled' }[fault.kind]);
          if (fault.kind !== 'cancel') expect(r.errors[0]!.message).toMatch(/^Row \d+: /);
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 30 },
    );
  });
});
