/**
 * The risk of the funded set as every board document shows it (the PDF pack's risk page, the deck's risk slide, the
 * workbook's simulation sheet): the Monte Carlo run of shared/uncertainty under the workspace's policy (its seed and
 * trials), over the very funded set and "today" of the export model, plus the funded set's tornado and the break-even
 * values of its top drivers (shared/uncertainty/sensitivity). Pure, and worked out in steps so a page can run it in
 * slices with its progress shown.
 */
import type { UseCase, Workspace } from '@shared/domain';
import { exportToday } from '@shared/presentation';
import { caseModel } from '@shared/uncertainty/caseModel';
import { createSimulation, type CaseOutcome, type SimulationResult } from '@shared/uncertainty/simulate';
import { portfolioTornadoOf, type PortfolioTornado } from '@shared/uncertainty/sensitivity';
import { portfolioBreakEvens, type BreakEven } from '@shared/uncertainty/sensitivityBreakEven';
import { sensitivityModel } from '@shared/uncertainty/sensitivityModel';
import type { Steps } from './compression';

/** One point of the S-curve: the share of trials (0–1) whose NPV is at most `npv`. */
export interface CurvePoint {
  share: number;
  npv: number;
}

/** One bar of the histogram: trials whose NPV lies in [from, to). */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** The funded set's simulated NPV from today and its investment per plan year. */
export interface RiskSet {
  count: number;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  probPositive: number;
  /** Investment (pilot + last mile) per plan year from today: P50 and P90 over the trials (index 0 = plan year 1). */
  spendP50ByYear: number[];
  spendP90ByYear: number[];
  /** The S-curve at every 2% of the trials (0%, 2%, … 100%). */
  curve: CurvePoint[];
  histogram: HistogramBin[];
}

export interface ExportRisk {
  /** The seed and trials of the run: the same seed gives the same answer. */
  seed: number;
  trials: number;
  distribution: 'pert' | 'triangular';
  /** Overruns move together in a trial (the policy's shared overrun). */
  sharedOverrun: boolean;
  /** Plan month of today: what "from today" means in every figure. */
  today: number;
  /** Every use case's simulated NPV from today, by id. */
  cases: ReadonlyMap<string, CaseOutcome>;
  funded: RiskSet;
  /** The funded set's tornado (null with nothing funded), and the break-even values of its top drivers. */
  tornado: PortfolioTornado | null;
  breakEvens: BreakEven[];
}

export interface RiskInput {
  workspace: Workspace;
  /** Every use case of the workspace (simulated in the order of their ids whatever order they come in: same seed, same answer). */
  useCases: readonly UseCase[];
  /** The funded set of the export (the funding answer's selected ids). */
  fundedIds: ReadonlySet<string>;
  /** The calendar month the figures are as of ('YYYY-MM'). */
  todayMonth: string;
}

/** Use cases prepared and simulated between two pauses (10,000 trials each: a few milliseconds of work). */
const CASES_PER_STEP = 20;
const CURVE_STEPS = 50;
const BINS = 24;

function histogramOf(sorted: Float64Array): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  if (!(max > min)) return [{ from: min, to: max, count: n }];
  const width = (max - min) / BINS;
  const bins = Array.from({ length: BINS }, (_, i) => ({ from: min + i * width, to: i === BINS - 1 ? max : min + (i + 1) * width, count: 0 }));
  for (let i = 0; i < n; i++) bins[Math.min(BINS - 1, Math.floor((sorted[i]! - min) / width))]!.count++;
  return bins;
}

/** PERCENTILE.INC of sorted values. */
function percentileOf(sorted: Float64Array, share: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = share * (n - 1);
  const lo = Math.floor(pos);
  const a = sorted[lo]!;
  return pos > lo ? a + (sorted[lo + 1]! - a) * (pos - lo) : a;
}

/** Use cases in the order they are simulated (their ids'): the Risk page's order, so the same seed gives the same answer. */
export function simulationOrder<T extends { id: string }>(useCases: readonly T[]): T[] {
  return [...useCases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The export's risk from a finished simulation (run here by `riskSteps`, or in the Risk page's worker over the same
 * inputs): its percentiles, S-curve and histogram, and the funded set's tornado and break-evens worked out here.
 */
export function exportRiskOf(result: SimulationResult, input: RiskInput): ExportRisk {
  const { workspace: ws, useCases, fundedIds } = input;
  const policy = ws.uncertainty;
  const today = exportToday({ workspace: ws, todayMonth: input.todayMonth });
  const funded = simulationOrder(useCases).filter((uc) => fundedIds.has(uc.id));
  const sensitivity = funded.map((uc) => sensitivityModel(uc, ws, today, policy));
  const tornado = funded.length > 0 ? portfolioTornadoOf(sensitivity) : null;
  const f = result.funded;
  const sorted = f.sortedNpv;
  return {
    seed: result.seed,
    trials: result.trials,
    distribution: policy.distribution,
    sharedOverrun: policy.sharedOverrun !== null,
    today,
    cases: new Map(result.cases.map((c) => [c.id, c])),
    funded: {
      count: funded.length,
      p10: f.p10,
      p50: f.p50,
      p90: f.p90,
      mean: f.mean,
      probPositive: f.probPositive,
      spendP50ByYear: f.spendP50ByYear,
      spendP90ByYear: f.spendP90ByYear,
      curve: Array.from({ length: CURVE_STEPS + 1 }, (_, i) => ({ share: i / CURVE_STEPS, npv: percentileOf(sorted, i / CURVE_STEPS) })),
      histogram: histogramOf(sorted),
    },
    tornado,
    breakEvens: tornado ? portfolioBreakEvens(sensitivity, tornado, 3) : [],
  };
}

/** The simulation, tornado and break-evens in steps (yielding the fraction done), a slice of use cases at a time. */
export function* riskSteps(input: RiskInput): Steps<ExportRisk> {
  const { workspace: ws, fundedIds } = input;
  const policy = ws.uncertainty;
  const today = exportToday({ workspace: ws, todayMonth: input.todayMonth });
  const useCases = simulationOrder(input.useCases);
  const models = [];
  for (let start = 0; start < useCases.length; start += CASES_PER_STEP) {
    for (const uc of useCases.slice(start, start + CASES_PER_STEP)) models.push(caseModel(uc, ws, today, policy));
    yield 0.3 * (models.length / Math.max(1, useCases.length));
  }
  const sim = createSimulation(models, fundedIds, policy);
  while (!sim.step(CASES_PER_STEP)) yield 0.3 + 0.6 * sim.progress();
  const result = sim.result();
  yield 0.9;
  const risk = exportRiskOf(result, input);
  yield 1;
  return risk;
}
