import { newLifecycle } from '@shared/domain/lifecycle';
import { blankUseCaseInput, defaultWorkspaceSettings, quickProblemInput, type Problem, type UseCase, type Workspace } from '@shared/domain';
import { serializeWorkspaceFile, type WorkspaceBundle } from '@shared/export/workspaceFile';
import { defaultPortfolioPlan } from '@shared/portfolio';

const T = '2027-01-04T09:00:00.000Z';

/**
 * A generated workspace of `count` candidates built for ties: candidates come in a few identical shapes (same costs,
 * benefits and readiness, so exactly the same expected NPV), two per problem, so several funded sets are equally good
 * and only a deterministic tie-break gives every screen and export the same one.
 */
export function tiedWorkspace(count: number, name = 'Tied portfolio'): WorkspaceBundle {
  const workspace: Workspace = { ...defaultWorkspaceSettings(name, '2027-01'), organisation: 'Generated', id: 'ws-tied', createdAt: T, updatedAt: T };
  const problems: Problem[] = Array.from({ length: Math.ceil(count / 2) }, (_, i) => ({
    ...quickProblemInput(`Problem ${String(i + 1).padStart(3, '0')}`),
    strategicImportance: 1 + (i % 5),
    status: 'validated',
    id: `p-${String(i).padStart(3, '0')}`,
    workspaceId: workspace.id,
    createdAt: T,
    updatedAt: T,
  }));
  const shapes = [
    { pilot: 50_000, lastMile: 150_000, saved: 12_000 },
    { pilot: 80_000, lastMile: 240_000, saved: 20_000 },
    { pilot: 50_000, lastMile: 150_000, saved: 12_000 },
  ];
  const useCases: UseCase[] = Array.from({ length: count }, (_, i) => {
    const shape = shapes[i % shapes.length] as (typeof shapes)[number];
    const base = blankUseCaseInput(`p-${String(Math.floor(i / 2)).padStart(3, '0')}`, { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 3 });
    return {
      ...base,
      name: `Candidate ${String(i + 1).padStart(3, '0')}`,
      classification: { ...base.classification, kind: i % 4 === 0 ? 'value-creation' : 'automation' },
      pilot: { cost: shape.pilot, months: 4 },
      lastMile: { ...base.lastMile, costs: { ...base.lastMile.costs, integration: shape.lastMile } },
      benefits: { ...base.benefits, costAvoidedPerMonth: shape.saved },
      readiness: Object.fromEntries(Object.keys(base.readiness).map((d) => [d, { score: 4, note: '' }])) as UseCase['readiness'],
      startMonth: 1 + (i % 3) * 6,
      id: `uc-${String(i).padStart(3, '0')}`,
      workspaceId: workspace.id,
      lifecycle: newLifecycle(),
      actuals: [],
      createdAt: T,
      updatedAt: T,
    };
  });
  const total = useCases.reduce((s, u) => s + u.pilot.cost + u.lastMile.costs.integration, 0);
  return { workspace, problems, useCases, plan: { ...defaultPortfolioPlan(Math.round(total * 0.2)), yearCaps: [Math.round(total * 0.12), null, null] } };
}

export function tiedWorkspaceFile(count: number): string {
  return serializeWorkspaceFile(tiedWorkspace(count), { exportedAt: T, appVersion: '0.1.0' });
}
