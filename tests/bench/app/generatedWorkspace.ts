import { newLifecycle } from '@shared/domain/lifecycle';
import {
  blankUseCaseInput,
  defaultWorkspaceSettings,
  LAST_MILE_CATEGORIES,
  quickProblemInput,
  READINESS_DIMENSIONS,
  type Problem,
  type UseCase,
  type Workspace,
} from '@shared/domain';
import { serializeWorkspaceFile, type WorkspaceBundle } from '@shared/export/workspaceFile';
import { defaultPortfolioPlan } from '@shared/portfolio';
import { seededRandom } from '../../unit/portfolio/randomPortfolio';

const T = '2027-01-04T09:00:00.000Z';
const FUNCTIONS = ['Finance', 'Operations', 'Sales', 'Customer service', 'HR', 'Legal', 'Supply chain', 'IT'];
const pad = (i: number) => String(i).padStart(5, '0');

/**
 * A generated workspace of `count` candidates for the whole-app benchmark, built like a real portfolio rather than
 * for ties: about 2.5 candidates per problem, costs, benefits, durations and start months spread widely (seeded, so
 * every run sees the same data), 40% value creation, 55% automation, 5% not classified, 8% with one readiness
 * dimension not assessed. The plan funds about a fifth of the total investment with a first-year cap and a
 * value-creation minimum of 25%, so every funding rule is in play.
 */
export function generatedWorkspace(count: number, seed = 11): WorkspaceBundle {
  const rnd = seededRandom(seed + count);
  const between = (lo: number, hi: number) => lo + rnd() * (hi - lo);
  const whole = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const workspace: Workspace = {
    ...defaultWorkspaceSettings(`Generated portfolio of ${count.toLocaleString('en-US')}`, '2027-01'),
    organisation: 'Generated',
    id: `ws-bench-${count}`,
    createdAt: T,
    updatedAt: T,
  };
  const problemCount = Math.ceil(count / 2.5);
  const problems: Problem[] = Array.from({ length: problemCount }, (_, i) => ({
    ...quickProblemInput(`Problem ${pad(i + 1)}: slow ${FUNCTIONS[i % FUNCTIONS.length]?.toLowerCase()} hand-offs`),
    statement: 'Work waits between teams and is keyed in twice.',
    owner: `Owner ${(i % 40) + 1}`,
    function: FUNCTIONS[i % FUNCTIONS.length] as string,
    monthlyHours: whole(40, 2_000),
    monthlyCost: rnd() < 0.3 ? null : whole(1_000, 60_000),
    strategicImportance: whole(1, 5),
    status: 'validated',
    id: `p-${pad(i)}`,
    workspaceId: workspace.id,
    createdAt: T,
    updatedAt: T,
  }));
  const useCases: UseCase[] = Array.from({ length: count }, (_, i) => {
    const problemId = `p-${pad(Math.floor((i * problemCount) / count))}`;
    const base = blankUseCaseInput(problemId, { pilotMonths: 3, lastMileMonths: 6, rampUpMonths: 3 });
    const draw = rnd();
    const kind = draw < 0.4 ? 'value-creation' : draw < 0.95 ? 'automation' : null;
    const pilot = whole(20, 300) * 1_000;
    const lastMileTotal = pilot * between(1, 4);
    const shares = LAST_MILE_CATEGORIES.map(() => rnd());
    const shareSum = shares.reduce((s, x) => s + x, 0);
    const costs = Object.fromEntries(LAST_MILE_CATEGORIES.map((c, k) => [c, Math.round((lastMileTotal * (shares[k] as number)) / shareSum)])) as UseCase['lastMile']['costs'];
    const unassessed = rnd() < 0.08 ? READINESS_DIMENSIONS[whole(0, READINESS_DIMENSIONS.length - 1)] : null;
    return {
      ...base,
      name: `Candidate ${pad(i + 1)}`,
      description: 'Drafts the routine part of the work and routes the rest to a person.',
      classification: { ...base.classification, kind, rationale: kind ? 'Generated for the benchmark.' : '' },
      pilot: { cost: pilot, months: whole(2, 6) },
      lastMile: { costs, months: whole(3, 12) },
      runCost: { ...base.runCost, infrastructurePerMonth: whole(200, 5_000), supportPerMonth: whole(0, 3_000) },
      benefits: {
        hoursSavedPerMonth: whole(0, 400),
        costAvoidedPerMonth: Math.round(((pilot + lastMileTotal) * between(0.01, 0.07)) / 1_000) * 1_000,
        newRevenuePerMonth: kind === 'value-creation' ? Math.round(((pilot + lastMileTotal) * between(0, 0.04)) / 1_000) * 1_000 : 0,
        rampUpMonths: whole(1, 6),
      },
      readiness: Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score: d === unassessed ? null : whole(2, 5), note: '' }])) as UseCase['readiness'],
      startMonth: whole(1, 12),
      id: `uc-${pad(i)}`,
      workspaceId: workspace.id,
      lifecycle: newLifecycle(),
      actuals: [],
      createdAt: T,
      updatedAt: T,
    };
  });
  const total = useCases.reduce((s, u) => s + u.pilot.cost + Object.values(u.lastMile.costs).reduce((a, b) => a + b, 0), 0);
  const plan = { ...defaultPortfolioPlan(Math.round(total * 0.2)), yearCaps: [Math.round(total * 0.12), null, null], minValueCreationShare: 0.25 };
  return { workspace, problems, useCases, plan };
}

/** The generated workspace as a .lastmile file's text, as the app exports it. */
export function generatedWorkspaceFile(count: number): string {
  return serializeWorkspaceFile(generatedWorkspace(count), { exportedAt: T, appVersion: '0.1.0' });
}
