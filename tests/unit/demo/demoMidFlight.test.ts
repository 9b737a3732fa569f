import { describe, expect, it } from 'vitest';
import { analyseCandidates, fundingProblem } from '@shared/analysis';
import { initialPortfolioPlan } from '@shared/analysis';
import { buildDemoWorkspace, DEMO_MONTHS_UNDER_WAY, DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME } from '@shared/demo';
import { lastChangeTo, stageChangeProblem, useCaseSchema, validate, workspaceSchema, type Lifecycle } from '@shared/domain';
import { calendarToPlanMonth, useCaseSchedule } from '@shared/finance';
import { optimiseFunding } from '@shared/portfolio';

const TODAY = '2027-03';
function build() {
  let n = 0;
  return buildDemoWorkspace({ newId: () => `demo-${++n}`, nowIso: '2027-03-04T09:00:00.000Z', todayMonth: TODAY });
}

describe('the demo in mid-flight', () => {
  const demo = build();
  const rows = analyseCandidates(demo.workspace, demo.problems, demo.useCases, initialPortfolioPlan(demo.useCases), TODAY);
  const byStage = (s: string) => rows.filter((r) => r.metrics.living.stage === s);

  it('started its plan some months before today, validates, and is pure', () => {
    expect(calendarToPlanMonth(demo.workspace.planningStartMonth, TODAY)).toBe(DEMO_MONTHS_UNDER_WAY + 1);
    expect(validate(workspaceSchema, demo.workspace).ok).toBe(true);
    for (const u of demo.useCases) expect(validate(useCaseSchema, u)).toEqual({ ok: true, value: u });
    expect(build()).toEqual(demo);
  });

  it('has a finished pilot waiting for its last-mile decision, re-assessed with its evidence', () => {
    const [waiting] = byStage('pilot-succeeded');
    expect(waiting).toBeDefined();
    expect(lastChangeTo(waiting!.useCase.lifecycle, 'pilot-succeeded')?.evidence).toEqual(waiting!.useCase.readiness);
    expect(waiting!.metrics.living.probabilitySource).toBe('pilot-evidence');
    expect(waiting!.metrics.probability).not.toBeNull();
    // Its last mile starts today, so nothing of it is sunk.
    expect(useCaseSchedule(waiting!.useCase, demo.workspace).lastMile.slice(0, DEMO_MONTHS_UNDER_WAY).every((v) => v === 0)).toBe(true);
  });

  it('has a last mile running more than 10% over plan, one in production and one stopped; the rest are ideas', () => {
    const [running] = byStage('last-mile');
    expect(running?.useCase.name).toBe(DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME);
    const plan = useCaseSchedule(running!.useCase, demo.workspace);
    let planned = 0;
    let actual = 0;
    for (const a of running!.useCase.actuals) {
      const m = calendarToPlanMonth(demo.workspace.planningStartMonth, a.month);
      planned += plan.lastMile[m - 1]!;
      actual += a.lastMile;
    }
    expect(planned).toBeGreaterThan(0);
    expect(actual / planned - 1).toBeGreaterThan(0.1);
    expect(running!.metrics.living.committed).toBeGreaterThan(0);
    expect(byStage('production')).toHaveLength(1);
    expect(byStage('stopped')).toHaveLength(1);
    expect(byStage('idea')).toHaveLength(rows.length - 4);
    // No idea's plan starts before today, so no idea has anything sunk.
    for (const r of byStage('idea')) expect(r.metrics.living.sunk.total).toBe(0);
    for (const r of rows.filter((x) => x.metrics.living.stage !== 'idea')) expect(r.metrics.living.sunk.total).toBeGreaterThan(0);
  });

  it('records every stage change in an allowed order, dated before today, with actuals only before today', () => {
    for (const u of demo.useCases) {
      const life: Lifecycle = { history: [], decisions: [] };
      for (const change of u.lifecycle.history) {
        expect(stageChangeProblem(life, change)).toBeNull();
        expect(change.month < TODAY).toBe(true);
        life.history.push(change);
      }
      expect(u.actuals.every((a) => a.month < TODAY)).toBe(true);
    }
  });

  it('funds what is committed and in production, at no cost to the budget, and never the stopped one', () => {
    const plan = initialPortfolioPlan(demo.useCases);
    const problem = fundingProblem(rows, plan);
    const funded = new Set(optimiseFunding(problem.candidates, problem.constraints).selectedIds);
    for (const r of [...byStage('last-mile'), ...byStage('production')]) {
      expect(funded.has(r.useCase.id)).toBe(true);
      expect(r.metrics.living.fundingCost).toBe(0);
    }
    for (const r of byStage('stopped')) expect(funded.has(r.useCase.id)).toBe(false);
  });
});
