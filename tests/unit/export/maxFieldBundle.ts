import { newLifecycle } from '@shared/domain/lifecycle';
/**
 * The largest workspace a user can make, for the big-file round trip: every text at its maximum length (in
 * varied, seeded words with accents, quotes, backslashes and line breaks, so JSON escaping and multi-byte UTF-8
 * are exercised), every number at its maximum, every id 100 characters, every compliance regime, a plan with
 * ten yearly caps and a forced choice (with a 500-character reason) for every tenth use case.
 */
import { COMPLIANCE_REGIMES, LAST_MILE_CATEGORIES, MONEY_MAX, READINESS_DIMENSIONS, type Problem, type UseCase, type Workspace } from '@shared/domain';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { defaultPortfolioPlan, MAX_PLAN_YEARS, type PortfolioPlan } from '@shared/portfolio/plan';
import { fixedWorkspace } from './fixtures';
import { seededRandom } from '../portfolio/randomPortfolio';

const WORDS = [
  'invoice', 'backlog', 'clerks', 're-key', 'claims', 'triage', 'routing', 'Müller', 'café', 'naïve', 'über', 'Zürich', 'résumé',
  '€1,200', '£300', 'R&D', '"smart"', 'C:\\share\\data', '<fast>', 'señor', 'Ærø', 'œuvre', '—', '→', 'Δ', '日本', 'ok.', '(2027)',
];

/** A pool of seeded text; fields are slices of it at varying offsets (fast, and not all alike). */
function textPool(seed: number, length: number): string {
  const rnd = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const word = WORDS[Math.floor(rnd() * WORDS.length)]!;
    const r = rnd();
    const sep = r < 0.02 ? '\n' : r < 0.03 ? '\t' : ' ';
    parts.push(word, sep);
    size += word.length + 1;
  }
  return parts.join('');
}

/** Text of exactly `n` UTF-16 units that survives trimming (no white space at either end). */
function textOf(pool: string, offset: number, n: number): string {
  const start = offset % (pool.length - n - 1);
  return `x${pool.slice(start + 1, start + n - 1)}x`;
}

const id100 = (prefix: string, i: number) => `${prefix}-${String(i).padStart(8, '0')}-`.padEnd(100, 'z');

export function maxFieldBundle(problemCount: number, useCaseCount: number, seed = 7): WorkspaceBundle {
  const pool = textPool(seed, 2_000_000);
  let cursor = 0;
  const text = (n: number) => textOf(pool, (cursor += 7919), n);
  const base = fixedWorkspace();
  const wsId = id100('ws', 0);
  const T = '2027-01-05T10:00:00.000Z';
  const workspace: Workspace = {
    ...base,
    id: wsId,
    name: text(120),
    organisation: text(160),
    horizonMonths: 120,
    discountRate: 1,
    labourRate: MONEY_MAX,
    defaults: { ...base.defaults, lastMileMultiplier: 50, pilotMonths: 60, lastMileMonths: 60, rampUpMonths: 60, complianceCostPerRegime: MONEY_MAX },
  };
  const problems: Problem[] = [];
  for (let i = 0; i < problemCount; i++) {
    problems.push({
      id: id100('p', i),
      workspaceId: wsId,
      createdAt: T,
      updatedAt: T,
      title: text(200),
      statement: text(4000),
      owner: text(120),
      function: text(80),
      peopleAffected: 10_000_000,
      monthlyHours: 10_000_000,
      monthlyCost: MONEY_MAX,
      evidence: text(4000),
      strategicImportance: 5,
      status: 'validated',
    });
  }
  const costs = Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, MONEY_MAX])) as UseCase['lastMile']['costs'];
  const useCases: UseCase[] = [];
  for (let i = 0; i < useCaseCount; i++) {
    useCases.push({
      id: id100('uc', i),
      workspaceId: wsId,
      lifecycle: newLifecycle(),
      actuals: [],
      createdAt: T,
      updatedAt: T,
      problemId: id100('p', i % problemCount),
      name: text(200),
      description: text(4000),
      aiPattern: 'Agentic workflow',
      classification: {
        kind: 'value-creation',
        rubric: { existingTask: false, timeOrCostSaving: false, newRevenueOrCapability: true, changesDecisionOrExperience: true },
        rationale: text(2000),
      },
      pilot: { cost: MONEY_MAX, months: 60 },
      lastMile: { costs: { ...costs }, months: 60 },
      complianceRegimes: [...COMPLIANCE_REGIMES],
      runCost: {
        modelApi: { requestsPerMonth: 1e12, tokensPerRequest: 10_000_000, pricePer1kTokens: MONEY_MAX, cacheHitShare: 1 },
        seats: { count: 10_000_000, pricePerMonth: MONEY_MAX },
        infrastructurePerMonth: MONEY_MAX,
        supportPerMonth: MONEY_MAX,
      },
      benefits: { hoursSavedPerMonth: 10_000_000, costAvoidedPerMonth: MONEY_MAX, newRevenuePerMonth: MONEY_MAX, rampUpMonths: 60 },
      readiness: Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score: 5, note: text(2000) }])) as UseCase['readiness'],
      startMonth: 120,
      register: { externalId: text(200), owner: text(120), vendor: text(120), personalData: true, problemStated: false, importedFrom: text(200) },
      estimate: { source: 'reference-class', referenceClass: text(120) },
      ranges: {
        distribution: 'triangular',
        pilotCost: { low: 0.123456789012345, likely: 1.23456789012345, high: 19.9999999999999 },
        pilotMonths: { low: -36, likely: 0, high: 36 },
        lastMileCost: { low: 0.123456789012345, likely: 1.23456789012345, high: 19.9999999999999 },
        lastMileByCategory: Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, { low: 0.123456789012345, likely: 1.23456789012345, high: 19.9999999999999 }])),
        lastMileMonths: { low: -36, likely: 0, high: 36 },
        runCost: { low: 0.123456789012345, likely: 1.23456789012345, high: 19.9999999999999 },
        benefit: { low: 0.123456789012345, likely: 1.23456789012345, high: 19.9999999999999 },
        rampUpMonths: { low: -36, likely: 0, high: 36 },
      },
    });
  }
  const plan: PortfolioPlan = {
    ...defaultPortfolioPlan(MONEY_MAX),
    yearCaps: Array.from({ length: MAX_PLAN_YEARS }, () => MONEY_MAX),
    minValueCreationShare: 1,
    forced: Object.fromEntries(useCases.filter((_, i) => i % 10 === 0).map((uc, i) => [uc.id, { mode: i % 2 === 0 ? 'in' : 'out', reason: text(500) }])),
  };
  return { workspace, problems, useCases, plan };
}
