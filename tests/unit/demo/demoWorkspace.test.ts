import { describe, expect, it } from 'vitest';
import { PROBLEM_STATUSES, problemSchema, useCaseSchema, validate, workspaceSchema } from '@shared/domain';
import { buildDemoWorkspace, DEMO_WORKSPACE_NAME } from '@shared/demo';
import { suggestClassification } from '@shared/domain';
import { useCaseMetrics, useCaseWarnings } from '@shared/finance';

function build() {
  let n = 0;
  return buildDemoWorkspace({ newId: () => `demo-${++n}`, nowIso: '2027-01-04T09:00:00.000Z', planningStartMonth: '2027-01' });
}

describe('demo workspace records', () => {
  const demo = build();

  it('validates every record against the shared schemas', () => {
    expect(validate(workspaceSchema, demo.workspace)).toEqual({ ok: true, value: demo.workspace });
    for (const p of demo.problems) expect(validate(problemSchema, p)).toEqual({ ok: true, value: p });
    for (const u of demo.useCases) expect(validate(useCaseSchema, u)).toEqual({ ok: true, value: u });
  });

  it('is named DEMO_WORKSPACE_NAME, plans from the given month and stamps the given time', () => {
    expect(demo.workspace.name).toBe(DEMO_WORKSPACE_NAME);
    expect(demo.workspace.planningStartMonth).toBe('2027-01');
    expect(demo.workspace.organisation).toContain('Kestrel Ridge');
    expect([demo.workspace, ...demo.problems, ...demo.useCases].every((r) => r.createdAt === '2027-01-04T09:00:00.000Z' && r.updatedAt === r.createdAt)).toBe(true);
  });

  it('uses the ids it is given, each once, and links every record', () => {
    const ids = [demo.workspace.id, ...demo.problems.map((p) => p.id), ...demo.useCases.map((u) => u.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('demo-'))).toBe(true);
    const problemIds = new Set(demo.problems.map((p) => p.id));
    expect(demo.useCases.every((u) => problemIds.has(u.problemId) && u.workspaceId === demo.workspace.id)).toBe(true);
    expect(demo.problems.every((p) => p.workspaceId === demo.workspace.id)).toBe(true);
  });

  it('is pure: the same inputs give the same workspace', () => {
    expect(build()).toEqual(demo);
  });
});

describe('demo portfolio is believable', () => {
  const demo = build();
  const metrics = demo.useCases.map((u) => ({ u, m: useCaseMetrics(u, demo.workspace) }));

  it('has about 8 problems across functions, owners, evidence and every status', () => {
    expect(demo.problems).toHaveLength(8);
    expect(new Set(demo.problems.map((p) => p.function)).size).toBeGreaterThanOrEqual(6);
    expect(demo.problems.every((p) => p.owner !== '' && p.evidence !== '' && p.statement !== '' && (p.peopleAffected ?? 0) > 0)).toBe(true);
    expect(new Set(demo.problems.map((p) => p.status))).toEqual(new Set(PROBLEM_STATUSES));
  });

  it('has 12–16 candidates, and problems with two competing candidates', () => {
    expect(demo.useCases.length).toBeGreaterThanOrEqual(12);
    expect(demo.useCases.length).toBeLessThanOrEqual(16);
    const perProblem = demo.problems.map((p) => demo.useCases.filter((u) => u.problemId === p.id).length);
    expect(perProblem.every((n) => n >= 1)).toBe(true);
    expect(perProblem.filter((n) => n === 2).length).toBeGreaterThanOrEqual(3);
  });

  it('mixes automation and value creation (at least 3 of each), each with a rationale the rubric agrees with', () => {
    const kinds = demo.useCases.map((u) => u.classification.kind);
    expect(kinds.filter((k) => k === 'value-creation').length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === 'automation').length).toBeGreaterThanOrEqual(3);
    for (const u of demo.useCases) {
      expect(u.classification.rationale).not.toBe('');
      expect(suggestClassification(u.classification.rubric)?.kind).toBe(u.classification.kind);
    }
  });

  it('has at least one candidate that pays back within the horizon and at least one with a negative expected NPV', () => {
    expect(metrics.some(({ m }) => m.paybackMonth !== null && m.paybackMonth > 0)).toBe(true);
    expect(metrics.some(({ m }) => m.expectedNpv !== null && m.expectedNpv < 0)).toBe(true);
  });

  it('has candidates weak on readiness, exactly one with a blocker', () => {
    expect(metrics.filter(({ m }) => m.blockers.length > 0)).toHaveLength(1);
    expect(metrics.filter(({ m }) => m.probability !== null && m.probability < 0.4).length).toBeGreaterThanOrEqual(2);
  });

  it('shows compliance regimes, caching, and seats', () => {
    expect(demo.useCases.filter((u) => u.complianceRegimes.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(demo.useCases.some((u) => u.runCost.modelApi.cacheHitShare > 0 && u.runCost.modelApi.requestsPerMonth > 0)).toBe(true);
    expect(demo.useCases.filter((u) => u.runCost.seats.count > 0)).toHaveLength(1);
  });

  it('keeps every last mile above the pilot, typically 3–4×, with one thin estimate a reviewer would question', () => {
    const ratios = metrics.map(({ m }) => m.lastMileRatio ?? 0);
    expect(ratios.every((r) => r > 1)).toBe(true);
    expect(ratios.filter((r) => r >= 2.8 && r <= 4).length).toBeGreaterThanOrEqual(10);
    const thin = demo.useCases.filter((u) => useCaseWarnings(u, demo.workspace).some((w) => w.code === 'last-mile-under-2x-pilot'));
    expect(thin).toHaveLength(1);
  });

  it('never claims automation savings above the problem’s own cost and never forgets run cost or security cost', () => {
    for (const u of demo.useCases) {
      const problem = demo.problems.find((p) => p.id === u.problemId);
      const codes = useCaseWarnings(u, demo.workspace, problem).map((w) => w.code);
      expect(codes).not.toContain('savings-above-problem-cost');
      expect(codes).not.toContain('no-run-cost');
      expect(codes).not.toContain('compliance-without-security-cost');
      expect(codes).not.toContain('go-live-beyond-horizon');
    }
  });
});
