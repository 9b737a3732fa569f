import { describe, expect, it } from 'vitest';
import { candidateCases } from '@shared/analysis';
import { irr, trackedMetrics, useCaseMetrics, useCaseSchedule } from '@shared/finance';
import { buildDemoWorkspace } from '@shared/demo';
import { generatedWorkspace } from '../../bench/app/generatedWorkspace';
import { handExample, HAND_SETTINGS } from './builders';

/**
 * The IRR is worked out when first read (shared/finance/metrics.ts, withIrr): every reader, copy and export must see
 * exactly the figure an eager irr() of the same flows gives, forward and whole-life, before and during the plan.
 */
describe('the IRR worked out when first read', () => {
  it('is the eager IRR of the plan for a single business case, and stays the same when read again', () => {
    const uc = { ...handExample(), startMonth: 1 };
    const m = useCaseMetrics(uc, HAND_SETTINGS);
    const eager = irr(useCaseSchedule(uc, HAND_SETTINGS).net);
    expect(eager).not.toBeNull();
    expect(m.irr).toBe(eager);
    expect(m.irr).toBe(eager);
  });

  it('is carried as a plain value by spreads, JSON and structured clones (what exports and workers receive)', () => {
    const m = useCaseMetrics({ ...handExample(), startMonth: 1 }, HAND_SETTINGS);
    const copy = { ...m };
    expect(Object.getOwnPropertyDescriptor(copy, 'irr')?.value).toBe(m.irr);
    expect(JSON.parse(JSON.stringify(m)).irr).toBe(m.irr);
    expect(structuredClone(m).irr).toBe(m.irr);
    expect(Object.keys(m)).toContain('irr');
  });

  it('forward and whole-life IRRs equal the eager IRRs of their flows for every generated candidate, before and during the plan', () => {
    const { workspace, problems, useCases } = generatedWorkspace(300);
    for (const todayMonth of ['2026-11', '2027-01', '2027-09', '2029-02']) {
      const cases = candidateCases(workspace, problems, useCases, todayMonth);
      for (const c of cases) {
        const today = c.metrics.living.today;
        const plan = trackedMetrics(c.useCase, workspace, today).schedule.net;
        const forward = today <= 1 ? plan : plan.slice(today - 1);
        expect(c.metrics.irr).toBe(irr(forward));
        expect(c.metrics.living.wholeLife.irr).toBe(irr(plan));
      }
    }
  });

  it('works the flows out again when first read: the same IRRs for use cases with actuals, stages and ended work', () => {
    // The tracked figures keep how to work the net flows out, not the flows (docs/performance.md, session 14).
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `irr-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
    const { workspace, problems, useCases } = demo;
    for (const todayMonth of ['2026-11', '2027-09', '2028-06', '2031-01']) {
      for (const c of candidateCases(workspace, problems, useCases, todayMonth)) {
        const today = c.metrics.living.today;
        const plan = trackedMetrics(c.useCase, workspace, today).schedule.net;
        expect(c.metrics.living.wholeLife.irr).toBe(irr(plan));
        expect(c.metrics.irr).toBe(irr(today <= 1 ? plan : plan.slice(today - 1)));
      }
    }
  });
});
