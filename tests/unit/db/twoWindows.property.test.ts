import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeSide, type ChangeSet } from '@renderer/db';
import { importWorkspaceText } from '@renderer/features/exchange/importWorkspace';
import { blankUseCaseInput } from '@shared/domain';
import { parseWorkspaceFile, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { inputOf, problemInput, seededWorkspace, twoWindows } from './testDb';

const KINDS = ['addProblem', 'addUseCase', 'editUseCase', 'editProblem', 'deleteUseCase', 'deleteProblem', 'move', 'force', 'undo', 'redo', 'import'] as const;
type Kind = (typeof KINDS)[number];
interface Op {
  window: 0 | 1;
  kind: Kind;
  pick: number;
  /** Edit on the revision this window saw last (possibly stale) instead of the stored one. */
  stale: boolean;
}

const opArb: fc.Arbitrary<Op> = fc.record({
  window: fc.constantFrom<0 | 1>(0, 1),
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat({ max: 1000 }),
  stale: fc.boolean(),
});

const meta = { exportedAt: '2027-02-01T00:00:00.000Z', appVersion: '0.1.0' };
const durations = { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 };
let ids = 0;

/** One window: its repositories, its own undo history, and the revision of each record as it last saw it. */
interface Win {
  repos: ReturnType<typeof twoWindows>[0];
  past: ChangeSet[];
  future: ChangeSet[];
  seen: Map<string, number>;
}

async function run(win: Win, op: Op): Promise<void> {
  const { repos } = win;
  const workspaces = await repos.workspaces.list();
  const ws = workspaces[op.pick % workspaces.length];
  if (!ws) return;
  const problems = await repos.problems.list(ws.id);
  const useCases = await repos.useCases.list(ws.id);
  const problem = problems[op.pick % Math.max(1, problems.length)];
  const useCase = useCases[op.pick % Math.max(1, useCases.length)];
  const revisionOf = (r: { id: string; revision: number }) => (op.stale ? (win.seen.get(r.id) ?? r.revision) : r.revision);
  const done = (r: { ok: boolean; change?: ChangeSet }) => {
    if (r.ok && r.change) {
      win.past.push(r.change);
      win.future = [];
    }
  };
  for (const r of [...problems, ...useCases]) if (!win.seen.has(r.id) || !op.stale) win.seen.set(r.id, r.revision);
  switch (op.kind) {
    case 'addProblem':
      return done(await repos.problems.create(ws.id, problemInput(`Problem ${op.pick}`)));
    case 'addUseCase':
      if (problem) done(await repos.useCases.create(ws.id, { ...blankUseCaseInput(problem.id, durations), name: `Candidate ${op.pick}` }));
      return;
    case 'editUseCase':
      if (useCase) done(await repos.useCases.update(useCase.id, { ...inputOf(useCase), description: `Edit ${op.pick}` }, revisionOf(useCase)));
      return;
    case 'editProblem':
      if (problem) done(await repos.problems.update(problem.id, { ...inputOf(problem), owner: `Owner ${op.pick}` }, revisionOf(problem)));
      return;
    case 'deleteUseCase':
      if (useCase) done(await repos.useCases.remove(useCase.id, revisionOf(useCase)));
      return;
    case 'deleteProblem':
      if (problem) done(await repos.problems.remove(problem.id, { mode: 'delete' }, revisionOf(problem)));
      return;
    case 'move': {
      const target = problems[(op.pick >> 3) % Math.max(1, problems.length)];
      if (useCase && target) done(await repos.useCases.move(useCase.id, target.id, revisionOf(useCase)));
      return;
    }
    case 'force':
      if (useCase) {
        const r = await repos.plans.save(ws.id, (p) => ({ ...p, forced: { ...p.forced, [useCase.id]: { mode: op.pick % 2 ? 'in' : 'out', reason: '' } } }));
        done(r);
      }
      return;
    case 'undo': {
      const last = win.past.at(-1);
      if (!last) return;
      const r = await writeSide(repos.db, last, 'before');
      if (r.ok) {
        win.past.pop();
        win.future.push(r.value);
      }
      return;
    }
    case 'redo': {
      const next = win.future.at(-1);
      if (!next) return;
      const r = await writeSide(repos.db, next, 'after');
      if (r.ok) {
        win.future.pop();
        win.past.push(r.value);
      }
      return;
    }
    case 'import': {
      const bundle = await repos.bundles.read(ws.id);
      if (!bundle) return;
      const r = await importWorkspaceText(repos, serializeWorkspaceFile(bundle, meta), { kind: 'new' }, () => `imported-${ids++}`);
      if (r.ok) done({ ok: true, change: r.change });
      return;
    }
  }
}

describe('two windows editing one profile', () => {
  it('after any sequence of creates, stale edits, deletes, moves, forced choices, undo, redo and imports, every workspace exports to a file that opens and equals it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30 }), async (ops) => {
        const [a, b] = twoWindows();
        const ws = await seededWorkspace(a);
        const p = await a.problems.create(ws.id, problemInput('Claims backlog'));
        if (!p.ok) throw new Error('setup');
        await a.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, durations), name: 'Triage bot' });
        const windows: Win[] = [a, b].map((repos) => ({ repos, past: [], future: [], seen: new Map() }));
        for (const op of ops) await run(windows[op.window]!, op);
        for (const w of await a.workspaces.list()) {
          const bundle = await a.bundles.read(w.id);
          if (!bundle) throw new Error('listed workspace cannot be read');
          const parsed = parseWorkspaceFile(serializeWorkspaceFile(bundle, meta));
          if (!parsed.ok) throw new Error(`export refused: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
          expect(parsed.bundle).toEqual(bundle);
        }
        // Nothing dangles anywhere in the database (no record of a missing workspace either).
        expect(await a.repair()).toMatchObject({ ok: true, value: { fixes: [] } });
        a.db.close();
        b.db.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
