import {
  currentStage,
  LAST_MILE_CATEGORIES,
  lastChangeTo,
  READINESS_DIMENSIONS,
  READINESS_LABELS,
  totalLastMileCost,
  type GateFigures,
  type LastMileCategory,
  type ReadinessDimension,
  type Stage,
  type UseCase,
  type WorkspaceSettings,
} from '../domain';
import {
  forecastCutOffs,
  plannedInvestmentMonths,
  todayPlanMonth,
  trackedMetrics,
  type ProbabilitySource,
  type TrackedMetrics,
  type TrackedSchedule,
} from '../finance';

/**
 * The case for funding the last mile of a finished pilot (docs/living-portfolio.md, "the last-mile gate"): what is
 * left to spend and when, what it costs to run and earns, the forward figures from today beside the whole-life ones
 * and the sunk cost, where the probability comes from, and the readiness risks still open. Read from the candidate's
 * tracked metrics, so the gate shows the same figures as the portfolio.
 */

/** A readiness dimension scored 1 or 2: a risk the last mile still has to close. */
export const OPEN_RISK_SCORE = 2;

export interface OpenRisk {
  dimension: ReadinessDimension;
  label: string;
  score: number;
  note: string;
}

export interface GateCase {
  stage: Stage;
  /** Plan month of today (T). */
  today: number;
  /** The last mile still to spend from today on, by category (the plan's split), and its total. */
  remaining: { byCategory: Record<LastMileCategory, number>; total: number };
  /** Plan months from today on in which last-mile money is planned; 0 for a last mile planned as one lump or already over. */
  remainingMonths: number;
  /** First plan month of the last mile and of go-live, as planned. */
  lastMileStartMonth: number;
  goLiveMonth: number;
  /** The plan has the last mile starting before today: its months before today count as spent until the plan is moved. */
  lastMilePlannedBeforeToday: boolean;
  monthlyRunCost: number;
  monthlyBenefitAtFull: number;
  rampUpMonths: number;
  /** From today on (what the decision uses). */
  forward: { npv: number; expectedNpv: number | null; paybackMonth: number | null; roi: number | null };
  /** Plan start to horizon, actuals substituted, unrisked (shown beside, labelled). */
  wholeLife: { npv: number; paybackMonth: number | null; roi: number | null };
  /** Money spent before today: shown, never a reason. */
  sunk: number;
  probability: number | null;
  probabilitySource: ProbabilitySource;
  /** Calendar month of the re-assessment the probability comes from (the pilot's finish), if any. */
  evidenceMonth: string | null;
  needsEvidence: boolean;
  openRisks: OpenRisk[];
}

/** What the gate needs of a candidate: its use case and tracked business case (as candidateCases gives them). */
export interface GateCandidate {
  useCase: UseCase;
  schedule: TrackedSchedule;
  metrics: TrackedMetrics;
}

/** Readiness dimensions scored 1–2, with their notes, in the order of the five. */
export function openRisks(useCase: Pick<UseCase, 'readiness'>): OpenRisk[] {
  const risks: OpenRisk[] = [];
  for (const d of READINESS_DIMENSIONS) {
    const { score, note } = useCase.readiness[d];
    if (score !== null && score <= OPEN_RISK_SCORE) risks.push({ dimension: d, label: READINESS_LABELS[d], score, note: note.trim() });
  }
  return risks;
}

/** The gate case of a candidate from its tracked metrics. */
export function gateCase(candidate: GateCandidate, ws: WorkspaceSettings): GateCase {
  const { useCase: uc, schedule, metrics: m } = candidate;
  const today = m.living.today;
  const cut = forecastCutOffs(uc.lifecycle, ws.planningStartMonth);
  const planned = plannedInvestmentMonths(uc, cut).lastMile;
  let total = 0;
  let months = 0;
  for (let month = Math.max(today, 1); month <= planned.length; month++) {
    const v = planned[month - 1]!;
    if (v === 0) continue;
    total += v;
    months += 1;
  }
  if (uc.lastMile.months === 0) months = 0;
  const planTotal = totalLastMileCost(uc.lastMile.costs);
  const byCategory = Object.fromEntries(
    LAST_MILE_CATEGORIES.map((c) => [c, planTotal === 0 ? 0 : (total * uc.lastMile.costs[c]) / planTotal]),
  ) as Record<LastMileCategory, number>;
  const evidence = lastChangeTo(uc.lifecycle, 'pilot-succeeded');
  return {
    stage: currentStage(uc.lifecycle),
    today,
    remaining: { byCategory, total },
    remainingMonths: months,
    lastMileStartMonth: schedule.lastMileStartMonth,
    goLiveMonth: schedule.goLiveMonth,
    lastMilePlannedBeforeToday: uc.lastMile.months > 0 && schedule.lastMileStartMonth < today && m.living.stage !== 'production',
    monthlyRunCost: m.monthlyRunCost,
    monthlyBenefitAtFull: m.monthlyBenefitAtFull,
    rampUpMonths: uc.benefits.rampUpMonths,
    forward: { npv: m.npv, expectedNpv: m.expectedNpv, paybackMonth: m.paybackMonth, roi: m.roi },
    wholeLife: { npv: m.living.wholeLife.npv, paybackMonth: m.living.wholeLife.paybackMonth, roi: m.living.wholeLife.roi },
    sunk: m.living.sunk.total,
    probability: m.probability,
    probabilitySource: m.living.probabilitySource,
    evidenceMonth: evidence?.evidence ? evidence.month : null,
    needsEvidence: m.living.needsEvidence,
    openRisks: openRisks(uc),
  };
}

/** The gate case of one use case as it stands in the calendar month `todayMonth` ('YYYY-MM'). */
export function gateCaseOf(useCase: UseCase, ws: WorkspaceSettings, todayMonth: string): GateCase {
  const today = todayPlanMonth(ws.planningStartMonth, todayMonth, ws.horizonMonths);
  const { schedule, metrics } = trackedMetrics(useCase, ws, today);
  return gateCase({ useCase, schedule, metrics }, ws);
}

/** "Data ready scored 2: order data sits in two ERPs" — how an open risk is kept with a decision (at most 300 characters). */
export function openRiskText(risk: OpenRisk): string {
  const line = `${risk.label} scored ${risk.score}${risk.note ? `: ${risk.note}` : ''}`;
  return line.length <= 300 ? line : `${line.slice(0, 299)}…`;
}

/** The figures a gate decision is taken on, as kept with it (never recomputed later). */
export function gateFigures(c: GateCase): GateFigures {
  return {
    remainingLastMileCost: c.remaining.total,
    remainingLastMileMonths: c.remainingMonths,
    monthlyRunCost: c.monthlyRunCost,
    monthlyBenefitAtFull: c.monthlyBenefitAtFull,
    forwardNpv: c.forward.npv,
    forwardExpectedNpv: c.forward.expectedNpv,
    probability: c.probability,
    sunkCost: c.sunk,
    openRisks: c.openRisks.slice(0, 20).map(openRiskText),
  };
}
