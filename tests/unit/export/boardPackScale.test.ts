import { describe, expect, it } from 'vitest';
import { buildExportModel, computeFunding } from '@shared/export/exportModel';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { buildBoardPack } from '@renderer/features/boardPack/boardPackModel';
import { fixedBundle } from './fixtures';

/**
 * A workspace of 7,000 problems, each with one use case (the fixed cases repeated, figures varied): the
 * funding answer, the export model every exporter reads and the board pack's model all build. At this
 * size the funding search used to end in "Maximum call stack size exceeded", which blanked the board pack
 * and failed every export.
 */

const SIZE = 7_000;
const GENERATED_AT = '2027-01-05T10:00:00.000Z';

function bigBundle(): WorkspaceBundle {
  const base = fixedBundle();
  const problems = [];
  const useCases = [];
  for (let i = 0; i < SIZE; i++) {
    const template = base.useCases[i % base.useCases.length]!;
    const problemTemplate = base.problems[i % base.problems.length]!;
    const problemId = `p-${i}`;
    problems.push({ ...problemTemplate, id: problemId, title: `${problemTemplate.title} #${i}` });
    useCases.push({
      ...structuredClone(template),
      id: `uc-${i}`,
      problemId,
      name: `${template.name} #${i}`,
      startMonth: 1 + (i % 12),
      pilot: { ...template.pilot, cost: template.pilot.cost + (i % 17) * 1000 },
    });
  }
  // A budget for about a third of them, so the choice is a real one.
  // 1,000 trials (the policy's default is 10,000): the pack's simulation of 7,000 use cases stays a few seconds here.
  const workspace = { ...base.workspace, uncertainty: { ...base.workspace.uncertainty, trials: 1_000 } };
  return { workspace, problems, useCases, plan: { ...base.plan!, forced: {}, budget: (SIZE / 3) * 400_000 } };
}

describe('a 7,000-problem workspace', () => {
  it('gets a funding answer within the limits, and its export model and board pack build', () => {
    const bundle = bigBundle();
    const clock = () => performance.now();
    const funding = computeFunding(bundle, bundle.workspace.planningStartMonth, { maxNodes: 2_000, clock, timeLimitMs: 3_000 });
    expect(['optimal', 'best-found']).toContain(funding.status);
    expect(funding.selectedIds.length).toBeGreaterThan(100);

    const model = buildExportModel({ bundle, funding, generatedAt: GENERATED_AT, todayMonth: bundle.workspace.planningStartMonth });
    expect(model.rows).toHaveLength(SIZE);
    expect(model.rows.filter((r) => r.funded)).toHaveLength(funding.selectedIds.length);

    const pack = buildBoardPack({ ...bundle, plan: bundle.plan! }, funding, GENERATED_AT, bundle.workspace.planningStartMonth);
    expect(pack.funded).toHaveLength(funding.selectedIds.length);
    expect(pack.warnings.size).toBe(SIZE);
    // the blocked template case (organisation scored 1) appears among the risks, blockers first
    expect(pack.risks.length).toBeGreaterThan(0);
    expect(pack.risks[0]!.severity).toBe('blocker');
    // The funded set is simulated: every use case has its percentiles, the set its P10 ≤ P50 ≤ P90.
    expect(pack.risk.cases.size).toBe(SIZE);
    expect(pack.risk.funded.count).toBe(funding.selectedIds.length);
    expect(pack.risk.funded.p10).toBeLessThanOrEqual(pack.risk.funded.p50);
    expect(pack.risk.funded.p50).toBeLessThanOrEqual(pack.risk.funded.p90);
    expect(funding.totalInvestment).toBeLessThanOrEqual(bundle.plan!.budget);
  });
});
