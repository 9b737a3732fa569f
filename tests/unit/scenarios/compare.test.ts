import { describe, expect, it } from 'vitest';
import { initialPortfolioPlan } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import { blankScenarioInput, type Scenario, type ScenarioInput, type Workspace } from '@shared/domain';
import { computeFunding } from '@shared/export/exportModel';
import { newSession, revealVotes, roomScoresOf } from '@shared/workshop';
import { answerScenario, compareScenarios, prepareScenario, BASE_KEY, type ScenarioBase } from '@shared/scenarios';

let n = 0;
const demo = (): ScenarioBase<Workspace> => {
  const d = buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
  return { ...d, plan: initialPortfolioPlan(d.useCases), todayMonth: '2027-01', roomScores: null };
};
const scenario = (id: string, name: string, change: (s: ScenarioInput) => void): Scenario => {
  const input = blankScenarioInput(name);
  change(input);
  return { ...input, id, workspaceId: 'w', createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' };
};

describe('comparing scenarios', () => {
  it('funds the base plan exactly as the portfolio page and the exports do', () => {
    const base = demo();
    const answer = answerScenario(prepareScenario(base, null));
    expect(answer.prepared.key).toBe(BASE_KEY);
    expect([...answer.funding.selectedIds].sort()).toEqual([...computeFunding({ workspace: base.workspace, problems: [...base.problems], useCases: [...base.useCases], plan: base.plan }, base.todayMonth).selectedIds].sort());
  });

  it("with the room's vote weighed, funds the base plan and a scenario as the exports do (the latest revealed session's room scores)", () => {
    const d = demo();
    const ranked = [...d.useCases].sort((a, b) => a.name.localeCompare(b.name));
    // The room loves the candidates the plan likes least: with the vote weighing heavily, the score (and the set) changes.
    const opened = newSession({ title: 'Board offsite', date: '2027-01-20', participants: [{ id: 'ana', name: 'Ana', via: 'room' }], candidateIds: ranked.map((u) => u.id) }, () => `s-${n++}`);
    const criteria = opened.rules.criteria.map((c) => c.id);
    const votes = ranked.flatMap((u, i) => criteria.map((criterionId) => ({ participantId: 'ana', useCaseId: u.id, criterionId, value: i % 2 === 0 ? 5 : 1 })));
    const session = revealVotes({ ...opened, votes }, '2027-01-20T11:00:00.000Z');
    const stored = { ...session, id: 'session', workspaceId: d.workspace.id, createdAt: '2027-01-20T10:00:00.000Z', updatedAt: '2027-01-20T11:00:00.000Z' };
    const plan = { ...d.plan, objective: 'score' as const, weights: { ...d.plan.weights, roomVote: 400 } };
    const base = { ...d, plan, roomScores: roomScoresOf([stored]).scores };
    const bundle = { workspace: d.workspace, problems: [...d.problems], useCases: [...d.useCases], plan, sessions: [stored] };
    const funded = (b: typeof base) => [...answerScenario(prepareScenario(b, null)).funding.selectedIds].sort();
    expect(funded(base)).toEqual([...computeFunding(bundle, d.todayMonth).selectedIds].sort());
    // Without the room's scores the same plan funds another set: the scores are what make the two agree.
    expect(funded({ ...base, roomScores: null })).not.toEqual(funded(base));
  });

  it('marks the candidates funded in every scenario and those funded in only some, with totals per scenario', () => {
    const base = demo();
    const cut = scenario('cut', 'Budget cut by 20%', (s) => (s.plan.budget = base.plan.budget * 0.8));
    const tokens = scenario('tokens', 'Token price +50%', (s) => (s.assumptions.tokenPriceFactor = 1.5));
    const answers = [null, cut, tokens].map((s) => answerScenario(prepareScenario(base, s), 12));
    const cmp = compareScenarios(answers);
    expect(cmp.columns.map((c) => c.name)).toEqual(['Base plan', 'Budget cut by 20%', 'Token price +50%']);
    cmp.columns.forEach((col, i) => {
      const funding = answers[i]!.funding;
      expect(col.fundedCount).toBe(funding.selectedIds.length);
      expect(col.countedInvestment).toBeCloseTo(funding.totalInvestment, 6);
      expect(col.investment).toBeCloseTo(funding.totalInvestment, 6);
      expect(col.investment).toBeLessThanOrEqual(col.budget + 1e-6);
      expect(col.spendByYear.reduce((s, v) => s + v, 0)).toBeCloseTo(col.investment, 4);
      expect(col.cumulativeCash).toHaveLength(base.workspace.horizonMonths);
      expect(col.frontier).toHaveLength(12);
    });
    expect(cmp.columns[1]!.budget).toBeCloseTo(base.plan.budget * 0.8, 6);
    expect(cmp.columns[1]!.investment).toBeLessThanOrEqual(cmp.columns[0]!.budget * 0.8 + 1e-6);
    // Dearer tokens never raise the expected NPV of the same choice.
    expect(cmp.columns[2]!.expectedNpv).toBeLessThanOrEqual(cmp.columns[0]!.expectedNpv + 1e-6);
    for (const c of cmp.candidates) {
      expect(c.funded).toEqual(answers.map((a) => a.funding.selectedIds.includes(c.id)));
      expect(c.inAll).toBe(c.funded.every(Boolean));
    }
    const all = new Set(answers.flatMap((a) => a.funding.selectedIds));
    expect(cmp.candidates).toHaveLength(all.size);
    expect(cmp.inAllCount + cmp.differenceCount).toBe(all.size);
    // The ones in every scenario come first.
    const firstDifference = cmp.candidates.findIndex((c) => !c.inAll);
    if (firstDifference >= 0) expect(cmp.candidates.slice(firstDifference).every((c) => !c.inAll)).toBe(true);
  });

  it('reuses the base business cases when a scenario changes only the plan', () => {
    const base = demo();
    const basePrepared = prepareScenario(base, null);
    const cut = prepareScenario(base, scenario('cut', 'Cut', (s) => (s.plan.budget = 100_000)), basePrepared.cases);
    expect(cut.cases).toBe(basePrepared.cases);
    const tokens = prepareScenario(base, scenario('t', 'Tokens', (s) => (s.assumptions.tokenPriceFactor = 2)), basePrepared.cases);
    expect(tokens.cases).not.toBe(basePrepared.cases);
  });

  it('shows a P90 scenario counting more against the same budget than it shows at the likely cost', () => {
    const base = demo();
    const p90 = answerScenario(prepareScenario(base, scenario('p', 'Budget that holds 9 times in 10', (s) => (s.plan.costBasis = 'p90'))));
    const cmp = compareScenarios([answerScenario(prepareScenario(base, null)), p90]);
    const col = cmp.columns[1]!;
    expect(col.costBasis).toBe('p90');
    if (col.fundedCount > 0) expect(col.countedInvestment).toBeGreaterThan(col.investment);
    expect(col.countedInvestment).toBeLessThanOrEqual(base.plan.budget + 1e-6);
  });
});
