import { describe, expect, it } from 'vitest';
import { writeSide, type StoredUseCase } from '@renderer/db';
import { blankUseCaseInput, currentStage, READINESS_DIMENSIONS, type Readiness } from '@shared/domain';
import { freshRepositories, problemInput, seededWorkspace } from './testDb';

/** Stages and last-mile gate decisions (renderer/db/lifecycleRepository.ts): checked, undoable, refused in plain words. */

const TODAY = '2027-06';
const scored = (score: number): Readiness => Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score, note: '' }])) as Readiness;
const move = (stage: Parameters<ReturnType<typeof freshRepositories>['lifecycle']['changeStage']>[1]['stage'], month: string, evidence: Readiness | null = null) => ({
  stage,
  month,
  by: 'Dana Ruiz, COO',
  note: '',
  evidence,
});

async function setUp() {
  const repos = freshRepositories();
  const ws = await seededWorkspace(repos); // planning starts 2027-01
  const p = await repos.problems.create(ws.id, problemInput('Invoices take days'));
  if (!p.ok) throw new Error('setup');
  const base = blankUseCaseInput(p.value.id, { pilotMonths: 3, lastMileMonths: 4, rampUpMonths: 0 });
  const uc = await repos.useCases.create(ws.id, {
    ...base,
    name: 'Invoice triage',
    pilot: { cost: 30_000, months: 3 },
    lastMile: { costs: { ...base.lastMile.costs, integration: 60_000, changeManagement: 20_000 }, months: 4 },
    benefits: { ...base.benefits, costAvoidedPerMonth: 15_000 },
    readiness: scored(3),
  });
  if (!uc.ok) throw new Error('setup');
  return { repos, ws, uc: uc.value };
}

/** Idea → pilot (January) → pilot finished successfully (April), with the re-assessment. */
async function finishedPilot(evidence: Readiness | null = { ...scored(4), data: { score: 2, note: 'Two ERPs, no shared supplier id' } }) {
  const s = await setUp();
  const started = await s.repos.lifecycle.changeStage(s.uc.id, move('pilot', '2027-01'), s.uc.revision, TODAY);
  if (!started.ok) throw new Error(started.errors[0]?.message);
  const done = await s.repos.lifecycle.changeStage(s.uc.id, move('pilot-succeeded', '2027-04', evidence), started.value.revision, TODAY);
  if (!done.ok) throw new Error(done.errors[0]?.message);
  return { ...s, finished: done.value };
}

const get = async (repos: ReturnType<typeof freshRepositories>, id: string) => (await repos.useCases.get(id)) as StoredUseCase;

describe('stage changes', () => {
  it('records a dated change with who made it, as one undoable edit with a plain label', async () => {
    const { repos, uc } = await setUp();
    const r = await repos.lifecycle.changeStage(uc.id, { ...move('pilot', '2027-02'), note: '  Kick-off with finance  ' }, uc.revision, TODAY);
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.change.label).toBe('Move “Invoice triage” to “Pilot in progress”');
    expect(r.value.revision).toBe(uc.revision + 1);
    expect(r.value.lifecycle.history).toEqual([{ stage: 'pilot', month: '2027-02', at: expect.any(String), by: 'Dana Ruiz, COO', note: 'Kick-off with finance', evidence: null }]);
    const undone = await writeSide(repos.db, r.change, 'before');
    expect(undone.ok).toBe(true);
    const back = await get(repos, uc.id);
    expect(back.lifecycle).toEqual(uc.lifecycle);
    expect(currentStage(back.lifecycle)).toBe('idea');
  });

  it('refuses a stale revision in plain words and writes nothing', async () => {
    const { repos, uc } = await setUp();
    const first = await repos.lifecycle.changeStage(uc.id, move('pilot', '2027-02'), uc.revision, TODAY);
    expect(first.ok).toBe(true);
    const stale = await repos.lifecycle.changeStage(uc.id, move('stopped', '2027-03'), uc.revision, TODAY);
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.reason).toBe('conflict');
    expect(stale.errors[0]?.message).toBe('“Invoice triage” was changed in another window since you opened it; nothing was recorded. Check it again and record once more.');
    expect(currentStage((await get(repos, uc.id)).lifecycle)).toBe('pilot');
  });

  it('refuses moves the stages do not allow, changes dated before the last one or in the future', async () => {
    const { repos, uc } = await setUp();
    const skip = await repos.lifecycle.changeStage(uc.id, move('production', '2027-02'), uc.revision, TODAY);
    expect(!skip.ok && skip.errors[0]?.message).toBe('A use case that is “Idea” cannot move to “In production”.');
    const future = await repos.lifecycle.changeStage(uc.id, move('pilot', '2027-07'), uc.revision, TODAY);
    expect(!future.ok && future.errors[0]?.message).toBe('A stage change cannot be in the future: choose this month or an earlier one.');
    const started = await repos.lifecycle.changeStage(uc.id, move('pilot', '2027-03'), uc.revision, TODAY);
    if (!started.ok) throw new Error('start');
    const early = await repos.lifecycle.changeStage(uc.id, move('pilot-failed', '2027-02'), started.value.revision, TODAY);
    expect(!early.ok && early.errors[0]?.message).toBe('The change cannot be dated before the previous one (2027-03).');
    const evidenceElsewhere = await repos.lifecycle.changeStage(uc.id, move('pilot-failed', '2027-04', scored(2)), started.value.revision, TODAY);
    expect(!evidenceElsewhere.ok && evidenceElsewhere.errors[0]?.path).toBe('evidence');
    expect((await get(repos, uc.id)).revision).toBe(started.value.revision);
  });

  it('finishing a pilot as succeeded keeps the re-assessment as evidence and sets the readiness to it', async () => {
    const { uc, finished } = await finishedPilot();
    const change = finished.lifecycle.history.at(-1)!;
    expect(change.stage).toBe('pilot-succeeded');
    expect(change.evidence?.data).toEqual({ score: 2, note: 'Two ERPs, no shared supplier id' });
    expect(finished.readiness).toEqual(change.evidence);
    expect(uc.readiness).toEqual(scored(3));
  });

  it('a re-assessment must score all five dimensions', async () => {
    const { repos, uc } = await setUp();
    const started = await repos.lifecycle.changeStage(uc.id, move('pilot', '2027-01'), uc.revision, TODAY);
    if (!started.ok) throw new Error('start');
    const partial: Readiness = { ...scored(4), cost: { score: null, note: '' } };
    const r = await repos.lifecycle.changeStage(uc.id, move('pilot-succeeded', '2027-04', partial), started.value.revision, TODAY);
    expect(!r.ok && r.errors[0]?.message).toBe('Re-assess all five readiness dimensions with what the pilot showed (Costs under control has no score).');
  });

  it('a finished, successful pilot moves on only through the last-mile decision', async () => {
    const { repos, finished } = await finishedPilot();
    const r = await repos.lifecycle.changeStage(finished.id, move('last-mile', '2027-05'), finished.revision, TODAY);
    expect(!r.ok && r.errors[0]?.message).toMatch(/through the last-mile decision/);
  });

  it('re-assessing later fills in the evidence of a pilot finished without one; undo takes it back', async () => {
    const { repos, finished } = await finishedPilot(null);
    expect(finished.lifecycle.history.at(-1)?.evidence).toBeNull();
    const r = await repos.lifecycle.reassess(finished.id, scored(5), finished.revision);
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.value.lifecycle.history.at(-1)?.evidence).toEqual(scored(5));
    expect(r.value.readiness).toEqual(scored(5));
    expect((await writeSide(repos.db, r.change, 'before')).ok).toBe(true);
    const back = await get(repos, finished.id);
    expect(back.lifecycle.history.at(-1)?.evidence).toBeNull();
    expect(back.readiness).toEqual(finished.readiness);
  });
});

describe('last-mile gate decisions', () => {
  const decision = { month: '2027-05', by: 'Board investment committee', rationale: 'The pilot cut handling time by 40%; integration is the main cost left.' };

  it('fund the last mile: the stage moves on and the decision keeps the figures at the time', async () => {
    const { repos, finished } = await finishedPilot();
    const r = await repos.lifecycle.decideGate(finished.id, { ...decision, choice: 'fund-last-mile' }, finished.revision, TODAY);
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.change.label).toBe('Last-mile decision on “Invoice triage”: fund the last mile');
    expect(currentStage(r.value.lifecycle)).toBe('last-mile');
    expect(r.value.lifecycle.history.at(-1)).toMatchObject({ stage: 'last-mile', month: '2027-05', by: 'Board investment committee', note: 'Last-mile decision: fund the last mile' });
    const [kept] = r.value.lifecycle.decisions;
    expect(kept).toMatchObject({ choice: 'fund-last-mile', month: '2027-05', rationale: decision.rationale, extensionMonths: null });
    // Plan: pilot Jan–Mar, last mile Apr–Jul at $20K a month; in June two months ($40K) are left.
    expect(kept!.figures.remainingLastMileCost).toBeCloseTo(40_000, 6);
    expect(kept!.figures.remainingLastMileMonths).toBe(2);
    expect(kept!.figures.sunkCost).toBeCloseTo(30_000 + 40_000, 6);
    expect(kept!.figures.monthlyBenefitAtFull).toBe(15_000);
    expect(kept!.figures.probability).not.toBeNull();
    expect(kept!.figures.openRisks).toEqual(['Data ready scored 2: Two ERPs, no shared supplier id']);
  });

  it('extend the pilot: back to a running pilot, longer and dearer; undo restores all of it', async () => {
    const { repos, finished } = await finishedPilot();
    const r = await repos.lifecycle.decideGate(
      finished.id,
      { ...decision, choice: 'extend-pilot', extensionMonths: 2, extraPilotCost: 12_000 },
      finished.revision,
      TODAY,
    );
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(currentStage(r.value.lifecycle)).toBe('pilot');
    expect(r.value.pilot).toEqual({ cost: 42_000, months: 5 });
    expect(r.value.lifecycle.decisions[0]?.extensionMonths).toBe(2);
    expect(r.value.lifecycle.history.at(-1)?.note).toBe('Last-mile decision: extend the pilot by 2 months, $12,000 more');
    expect((await writeSide(repos.db, r.change, 'before')).ok).toBe(true);
    const back = await get(repos, finished.id);
    expect(back.pilot).toEqual({ cost: 30_000, months: 3 });
    expect(back.lifecycle).toEqual(finished.lifecycle);
  });

  it('stop: the use case is stopped', async () => {
    const { repos, finished } = await finishedPilot();
    const r = await repos.lifecycle.decideGate(finished.id, { ...decision, choice: 'stop' }, finished.revision, TODAY);
    expect(r.ok && currentStage(r.value.lifecycle)).toBe('stopped');
  });

  it('refuses a stale revision, a missing rationale or extension, and a use case not waiting for a decision', async () => {
    const { repos, finished } = await finishedPilot();
    const stale = await repos.lifecycle.decideGate(finished.id, { ...decision, choice: 'stop' }, finished.revision - 1, TODAY);
    expect(!stale.ok && stale.reason).toBe('conflict');
    const blank = await repos.lifecycle.decideGate(finished.id, { ...decision, rationale: '   ', choice: 'stop' }, finished.revision, TODAY);
    expect(!blank.ok && blank.errors[0]?.path).toBe('rationale');
    const noMonths = await repos.lifecycle.decideGate(finished.id, { ...decision, choice: 'extend-pilot' }, finished.revision, TODAY);
    expect(!noMonths.ok && noMonths.errors[0]?.message).toBe('Say how many more months the pilot runs.');
    const future = await repos.lifecycle.decideGate(finished.id, { ...decision, month: '2027-08', choice: 'stop' }, finished.revision, TODAY);
    expect(!future.ok && future.errors[0]?.message).toBe('The decision cannot be in the future: choose this month or an earlier one.');
    const early = await repos.lifecycle.decideGate(finished.id, { ...decision, month: '2027-03', choice: 'stop' }, finished.revision, TODAY);
    expect(!early.ok && early.errors[0]?.message).toBe('The change cannot be dated before the previous one (2027-04).');
    expect(await get(repos, finished.id)).toEqual(finished);
    const { repos: other, uc } = await setUp();
    const idea = await other.lifecycle.decideGate(uc.id, { ...decision, choice: 'fund-last-mile' }, uc.revision, TODAY);
    expect(!idea.ok && idea.errors[0]?.message).toBe('Only a pilot that finished successfully waits for a last-mile decision; “Invoice triage” is “Idea”.');
  });
});
