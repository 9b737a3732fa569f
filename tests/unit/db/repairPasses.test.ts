import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { blankUseCaseInput } from '@shared/domain';
import { defaultPortfolioPlan } from '@shared/portfolio';
import { freshRepositories, problemInput, seededWorkspace } from './testDb';

/**
 * Repair first looks in a read-only pass and opens its write pass only when something is dangling: each kind of
 * dangling reference on its own must still be found and fixed, and a clean database is left as it is.
 */
async function setup() {
  const repos = freshRepositories();
  const ws = await seededWorkspace(repos);
  const problem = await repos.problems.create(ws.id, problemInput('Slow invoices'));
  if (!problem.ok) throw new Error('setup');
  const useCase = await repos.useCases.create(ws.id, { ...blankUseCaseInput(problem.value.id, { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 }), name: 'Invoice reader' });
  if (!useCase.ok) throw new Error('setup');
  return { repos, ws, problem: problem.value, useCase: useCase.value };
}

type Setup = Awaited<ReturnType<typeof setup>>;

const damage: [string, (s: Setup) => Promise<unknown>, string][] = [
  ['a problem of a deleted workspace', ({ repos, problem }) => repos.db.problems.put({ ...problem, id: 'stray', workspaceId: 'gone' }), 'Removed 1 record left behind by a workspace that no longer exists.'],
  ['a use case of a deleted workspace', ({ repos, useCase }) => repos.db.useCases.put({ ...useCase, id: 'stray', workspaceId: 'gone' }), 'Removed 1 record left behind by a workspace that no longer exists.'],
  [
    'a plan of a deleted workspace',
    ({ repos, ws }) => repos.db.plans.put({ workspaceId: 'gone', plan: defaultPortfolioPlan(1), updatedAt: ws.updatedAt, revision: 1 }),
    'Removed 1 record left behind by a workspace that no longer exists.',
  ],
  [
    'a use case whose problem is missing',
    ({ repos, useCase }) => repos.db.useCases.put({ ...useCase, id: 'orphan', problemId: 'missing-problem' }),
    'Moved 1 use case whose problem was missing to “Recovered candidates” in “Acme”.',
  ],
  [
    'a forced choice of a missing use case',
    ({ repos, ws }) => repos.db.plans.put({ workspaceId: ws.id, plan: { ...defaultPortfolioPlan(1), forced: { 'no-such-use-case': { mode: 'in', reason: '' } } }, updatedAt: ws.updatedAt, revision: 1 }),
    'Removed 1 forced choice for use cases that no longer exist from the plan of “Acme”.',
  ],
];

describe('repair: a read-only look first, the write pass only when needed', () => {
  it('leaves a clean database as it is', async () => {
    const { repos, ws } = await setup();
    expect(await repos.repair()).toEqual({ ok: true, value: { fixes: [] }, change: { label: 'Repair references', changes: [] } });
    expect(await repos.repair(ws.id)).toEqual({ ok: true, value: { fixes: [] }, change: { label: 'Repair references', changes: [] } });
  });

  it.each(damage)('finds and fixes %s on its own', async (_kind, harm, fix) => {
    const s = await setup();
    await harm(s);
    expect(await s.repos.repair()).toMatchObject({ ok: true, value: { fixes: [fix] } });
    expect(await s.repos.repair()).toMatchObject({ ok: true, value: { fixes: [] } });
  });

  it('a repair of one workspace finds what is dangling inside it', async () => {
    const s = await setup();
    await s.repos.db.useCases.put({ ...s.useCase, id: 'orphan', problemId: 'missing-problem' });
    expect(await s.repos.repair(s.ws.id)).toMatchObject({ ok: true, value: { fixes: ['Moved 1 use case whose problem was missing to “Recovered candidates” in “Acme”.'] } });
  });
});
