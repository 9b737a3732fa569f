/**
 * Generated workspaces for the workbook's recalculation tests: 50–100 varied use cases from a seed, plus the edge
 * cases payback turns on: a start after the horizon, all-zero figures, exact break-even (cumulative cash exactly 0),
 * break-even within floating-point dust, a miss by $1, nothing at risk, readiness not assessed (one forced in) and
 * not classified.
 */
import { LAST_MILE_CATEGORIES, type UseCase } from '@shared/domain';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { fixedBundle, fixedWorkspace } from './fixtures';

/** A small seeded generator (mulberry32): the same seed gives the same workspace. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const zeroCosts = (): UseCase['lastMile']['costs'] => Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, 0])) as UseCase['lastMile']['costs'];
const noRun = (): UseCase['runCost'] => ({ modelApi: { requestsPerMonth: 0, tokensPerRequest: 0, pricePer1kTokens: 0, cacheHitShare: 0 }, seats: { count: 0, pricePerMonth: 0 }, infrastructurePerMonth: 0, supportPerMonth: 0 });

/** Edge cases, each a change to a template use case. */
export const EDGE_CASES: Record<string, (uc: UseCase, horizon: number) => void> = {
  'starts after the horizon': (uc, h) => {
    uc.startMonth = Math.min(120, h + 3);
  },
  'all zero': (uc) => {
    uc.pilot = { cost: 0, months: 3 };
    uc.lastMile = { months: 2, costs: zeroCosts() };
    uc.runCost = noRun();
    uc.benefits = { hoursSavedPerMonth: 0, costAvoidedPerMonth: 0, newRevenuePerMonth: 0, rampUpMonths: 0 };
  },
  // -2,000 a month for 3 months, then +2,000 a month: the cumulative is exactly 0 in month 6.
  'exact break-even': (uc) => {
    uc.startMonth = 1;
    uc.pilot = { cost: 6_000, months: 3 };
    uc.lastMile = { months: 0, costs: zeroCosts() };
    uc.runCost = noRun();
    uc.benefits = { hoursSavedPerMonth: 0, costAvoidedPerMonth: 2_000, newRevenuePerMonth: 0, rampUpMonths: 0 };
  },
  // $25,000 over 6 months, earned back in one month: 0 within floating-point dust, not a month later.
  'break-even within dust': (uc) => {
    uc.startMonth = 2;
    uc.pilot = { cost: 25_000, months: 6 };
    uc.lastMile = { months: 0, costs: zeroCosts() };
    uc.runCost = noRun();
    uc.benefits = { hoursSavedPerMonth: 0, costAvoidedPerMonth: 25_000, newRevenuePerMonth: 0, rampUpMonths: 0 };
  },
  // $1 short of break-even in month 6: pays back in month 7.
  'misses by a dollar': (uc) => {
    uc.startMonth = 1;
    uc.pilot = { cost: 6_001, months: 3 };
    uc.lastMile = { months: 0, costs: zeroCosts() };
    uc.runCost = noRun();
    uc.benefits = { hoursSavedPerMonth: 0, costAvoidedPerMonth: 2_000, newRevenuePerMonth: 0, rampUpMonths: 0 };
  },
  'nothing at risk': (uc) => {
    uc.pilot = { cost: 0, months: 1 };
    uc.lastMile = { months: 0, costs: zeroCosts() };
    uc.runCost = noRun();
    uc.benefits = { hoursSavedPerMonth: 10, costAvoidedPerMonth: 500, newRevenuePerMonth: 0, rampUpMonths: 2 };
  },
  'readiness not assessed': (uc) => {
    uc.readiness = { ...uc.readiness, security: { score: null, note: '' } };
  },
  'not classified': (uc) => {
    uc.classification = { ...uc.classification, kind: null };
  },
};

/** `count` use cases (varied from the fixture's templates by the seed) with every edge case among them. */
export function generatedBundle(count: number, seed: number, horizonMonths = 36): WorkspaceBundle {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const base = fixedBundle();
  const workspace = { ...fixedWorkspace(), horizonMonths, discountRate: pick([0, 0.08, 0.1, 0.12]) };
  const problems = [];
  const useCases: UseCase[] = [];
  const edges = Object.entries(EDGE_CASES);
  for (let i = 0; i < count; i++) {
    const template = base.useCases[i % base.useCases.length] as UseCase;
    const problemTemplate = base.problems[i % base.problems.length]!;
    const problemId = `p-${Math.floor(i / 2)}`;
    if (i % 2 === 0) problems.push({ ...problemTemplate, id: problemId, title: `${problemTemplate.title} #${i / 2}` });
    const uc: UseCase = {
      ...structuredClone(template),
      id: `uc-${String(i).padStart(3, '0')}`,
      problemId,
      name: `${template.name} #${i}`,
      startMonth: 1 + Math.floor(rnd() * Math.min(24, horizonMonths)),
      pilot: { cost: Math.round(rnd() * 200) * 1000 + pick([0, 333.33, 0.5]), months: 1 + Math.floor(rnd() * 7) },
    };
    uc.lastMile = { months: Math.floor(rnd() * 10), costs: { ...uc.lastMile.costs, integration: Math.round(rnd() * 300_000) } };
    uc.benefits = { ...uc.benefits, costAvoidedPerMonth: Math.round(rnd() * 40_000), rampUpMonths: Math.floor(rnd() * 8) };
    const edge = i < edges.length ? edges[i] : undefined;
    if (edge) {
      edge[1](uc, horizonMonths);
      uc.name = `${edge[0]} #${i}`;
    }
    useCases.push(uc);
  }
  const notAssessed = useCases.find((u) => u.name.startsWith('readiness not assessed'))!;
  const plan = { ...base.plan!, budget: count * 60_000, forced: { [notAssessed.id]: { mode: 'in' as const, reason: 'Board priority' } } };
  return { workspace, problems, useCases, plan };
}
