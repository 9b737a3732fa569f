import {
  READINESS_DIMENSIONS,
  noRanges,
  emptyRegister,
  ownEstimate,
  type UseCaseRanges,
  type AiPattern,
  type Benefits,
  type Classification,
  type ComplianceRegime,
  type LastMileCosts,
  type ModelApiCost,
  type Readiness,
  type ReadinessDimension,
  type UseCaseInput,
} from '../domain';
import type { DemoProblemKey } from './demoProblems';

/** A demo candidate written compactly; `toUseCaseInput` turns it into a full UseCaseInput. */
export interface DemoUseCaseSpec {
  problem: DemoProblemKey;
  name: string;
  description: string;
  aiPattern: AiPattern;
  kind: Classification;
  /** Rubric answers in order: existing task, time/cost saving, new revenue/capability, changes a decision/experience. */
  rubric: readonly [boolean | null, boolean | null, boolean | null, boolean | null];
  rationale: string;
  pilot: { cost: number; months: number };
  lastMile: { costs: LastMileCosts; months: number };
  regimes: readonly ComplianceRegime[];
  modelApi: ModelApiCost;
  seats?: { count: number; pricePerMonth: number };
  infrastructurePerMonth: number;
  supportPerMonth: number;
  benefits: Benefits;
  /** Score 1–5 and a note per readiness dimension. */
  readiness: Record<ReadinessDimension, readonly [number, string]>;
  startMonth: number;
  /** Ranges of its own (the rest follow the workspace's policy). */
  ranges?: UseCaseRanges;
}

export const NO_MODEL_API: ModelApiCost = { requestsPerMonth: 0, tokensPerRequest: 0, pricePer1kTokens: 0, cacheHitShare: 0 };

/** The full use-case input of a demo spec under the given problem id. */
export function toUseCaseInput(spec: DemoUseCaseSpec, problemId: string): UseCaseInput {
  const [existingTask, timeOrCostSaving, newRevenueOrCapability, changesDecisionOrExperience] = spec.rubric;
  const readiness = Object.fromEntries(
    READINESS_DIMENSIONS.map((d) => [d, { score: spec.readiness[d][0], note: spec.readiness[d][1] }]),
  ) as Readiness;
  return {
    problemId,
    name: spec.name,
    description: spec.description,
    aiPattern: spec.aiPattern,
    classification: {
      kind: spec.kind,
      rubric: { existingTask, timeOrCostSaving, newRevenueOrCapability, changesDecisionOrExperience },
      rationale: spec.rationale,
    },
    ranges: spec.ranges ?? noRanges(),
    register: emptyRegister(),
    estimate: ownEstimate(),
    pilot: { ...spec.pilot },
    lastMile: { costs: { ...spec.lastMile.costs }, months: spec.lastMile.months },
    complianceRegimes: [...spec.regimes],
    runCost: {
      modelApi: { ...spec.modelApi },
      seats: spec.seats ? { ...spec.seats } : { count: 0, pricePerMonth: 0 },
      infrastructurePerMonth: spec.infrastructurePerMonth,
      supportPerMonth: spec.supportPerMonth,
    },
    benefits: { ...spec.benefits },
    readiness,
    startMonth: spec.startMonth,
  };
}
