import { LAST_MILE_CATEGORIES, type LastMileCosts, type Scenario, type ScenarioUseCase, type UseCase, type WorkspaceSettings } from '../domain';
import { SCORE_CRITERIA, type PortfolioPlan, type ScoreWeights } from '../portfolio';

/**
 * A scenario applied to the workspace (docs/scenarios.md): the workspace, plan and use cases as the scenario sees them.
 * Pure; the base is never changed, and a scenario without overrides gives back the very same objects. Only the plan's
 * figures move: a use case's stage history and its actuals are never touched, so money already spent stays as it was.
 */
export type ScenarioOverrides = Pick<Scenario, 'assumptions' | 'plan' | 'useCases'>;

export interface ScenarioView<W extends WorkspaceSettings = WorkspaceSettings> {
  workspace: W;
  plan: PortfolioPlan;
  useCases: readonly UseCase[];
}

const isSet = (v: number | null | undefined): v is number => v !== null && v !== undefined;
/** × factor unless it is absent or 1 (then the very same number). */
const times = (value: number, factor: number | null | undefined) => (isSet(factor) && factor !== 1 ? value * factor : value);

function workspaceOf<W extends WorkspaceSettings>(workspace: W, s: ScenarioOverrides): W {
  const rate = s.assumptions.discountRate;
  return isSet(rate) && rate !== workspace.discountRate ? { ...workspace, discountRate: rate } : workspace;
}

function planOf(plan: PortfolioPlan, s: ScenarioOverrides): PortfolioPlan {
  const o = s.plan;
  const forcedEntries = Object.entries(o.forced);
  const changes = isSet(o.budget) || o.yearCaps !== null || isSet(o.minValueCreationShare) || o.weights !== null || o.costBasis !== null || forcedEntries.length > 0;
  if (!changes) return plan;
  const out: PortfolioPlan = { ...plan };
  if (isSet(o.budget)) out.budget = o.budget;
  if (o.yearCaps !== null) out.yearCaps = [...o.yearCaps];
  if (isSet(o.minValueCreationShare)) out.minValueCreationShare = o.minValueCreationShare;
  if (o.costBasis !== null) out.costBasis = o.costBasis;
  if (o.weights !== null) {
    const weights = { ...plan.weights } as ScoreWeights;
    for (const c of SCORE_CRITERIA) if (isSet(o.weights[c])) weights[c] = o.weights[c];
    // Weights that leave no criterion above 0 score nothing (the plan itself refuses them): the plan's stay.
    if (SCORE_CRITERIA.some((c) => weights[c] > 0)) {
      out.weights = weights;
      out.preset = 'custom';
    }
  }
  if (forcedEntries.length > 0) {
    // The scenario's choices win over the plan's; 'none' lifts the plan's choice.
    const forced = { ...plan.forced };
    for (const [id, choice] of forcedEntries) {
      if (choice.mode === 'none') delete forced[id];
      else forced[id] = { mode: choice.mode, reason: choice.reason };
    }
    out.forced = forced;
  }
  return out;
}

interface Factors {
  tokenPrice: number | null;
  benefit: number | null;
  lastMile: number | null;
}

const product = (a: number | null | undefined, b: number | null | undefined): number | null => (isSet(a) ? (isSet(b) ? a * b : a) : isSet(b) ? b : null);
const moves = (f: number | null) => isSet(f) && f !== 1;

function scaledLastMile(costs: LastMileCosts, factor: number): LastMileCosts {
  const out = { ...costs };
  for (const c of LAST_MILE_CATEGORIES) out[c] = costs[c] * factor;
  return out;
}

function useCaseOf(uc: UseCase, all: Factors, own: ScenarioUseCase | undefined): UseCase {
  const lastMile = product(all.lastMile, own?.lastMileCostFactor);
  const benefit = product(all.benefit, own?.benefitFactor);
  const tokenPrice = product(all.tokenPrice, own?.runCostFactor);
  const run = own?.runCostFactor ?? null;
  const pilotCost = own?.pilotCostFactor ?? null;
  const pilotMonths = own?.pilotMonths ?? null;
  const lastMileMonths = own?.lastMileMonths ?? null;
  const startMonth = own?.startMonth ?? null;
  if (!moves(lastMile) && !moves(benefit) && !moves(tokenPrice) && !moves(run) && !moves(pilotCost) && !isSet(pilotMonths) && !isSet(lastMileMonths) && !isSet(startMonth)) return uc;
  const out: UseCase = { ...uc };
  if (moves(pilotCost) || isSet(pilotMonths)) out.pilot = { cost: times(uc.pilot.cost, pilotCost), months: pilotMonths ?? uc.pilot.months };
  if (moves(lastMile) || isSet(lastMileMonths)) out.lastMile = { costs: moves(lastMile) ? scaledLastMile(uc.lastMile.costs, lastMile as number) : uc.lastMile.costs, months: lastMileMonths ?? uc.lastMile.months };
  if (moves(tokenPrice) || moves(run)) {
    const rc = uc.runCost;
    out.runCost = {
      modelApi: { ...rc.modelApi, pricePer1kTokens: times(rc.modelApi.pricePer1kTokens, tokenPrice) },
      seats: { ...rc.seats, pricePerMonth: times(rc.seats.pricePerMonth, run) },
      infrastructurePerMonth: times(rc.infrastructurePerMonth, run),
      supportPerMonth: times(rc.supportPerMonth, run),
    };
  }
  if (moves(benefit)) {
    const b = uc.benefits;
    out.benefits = { ...b, hoursSavedPerMonth: times(b.hoursSavedPerMonth, benefit), costAvoidedPerMonth: times(b.costAvoidedPerMonth, benefit), newRevenuePerMonth: times(b.newRevenuePerMonth, benefit) };
  }
  if (isSet(startMonth)) out.startMonth = startMonth;
  return out;
}

/** True when the scenario changes nothing at all. */
export function isEmptyScenario(s: ScenarioOverrides): boolean {
  const a = s.assumptions;
  const o = s.plan;
  const figures = [a.discountRate, a.tokenPriceFactor, a.adoptionFactor, a.lastMileFactor, o.budget, o.minValueCreationShare];
  return figures.every((v) => !isSet(v)) && o.yearCaps === null && o.weights === null && o.costBasis === null && Object.keys(o.forced).length === 0 && Object.keys(s.useCases).length === 0;
}

/**
 * The workspace, plan and use cases as `scenario` sees them (null = the base plan): the discount rate replaced; every
 * price per 1K tokens × the token-price factor; every benefit figure (hours saved, cost avoided, new revenue) × the
 * adoption factor; every last-mile category cost × the last-mile factor; the plan's budget, caps, value-creation
 * minimum, weights (the preset becomes 'custom') and cost basis replaced, its forced choices merged ('none' lifts the
 * plan's); chosen use cases' factors and months. Objects nothing changes are handed back as they are.
 */
export function applyScenario<W extends WorkspaceSettings>(workspace: W, plan: PortfolioPlan, useCases: readonly UseCase[], scenario: ScenarioOverrides | null): ScenarioView<W> {
  if (!scenario) return { workspace, plan, useCases };
  const a = scenario.assumptions;
  const all: Factors = { tokenPrice: a.tokenPriceFactor, benefit: a.adoptionFactor, lastMile: a.lastMileFactor };
  const wide = moves(all.tokenPrice) || moves(all.benefit) || moves(all.lastMile);
  const own = scenario.useCases;
  const anyOwn = Object.keys(own).length > 0;
  let changed = false;
  const next =
    wide || anyOwn
      ? useCases.map((uc) => {
          const view = useCaseOf(uc, all, own[uc.id]);
          if (view !== uc) changed = true;
          return view;
        })
      : useCases;
  return { workspace: workspaceOf(workspace, scenario), plan: planOf(plan, scenario), useCases: changed ? next : useCases };
}
