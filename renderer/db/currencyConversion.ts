import {
  inventorySettingsSchema,
  LAST_MILE_CATEGORIES,
  problemSchema,
  spendItemSchema,
  useCaseSchema,
  validate,
  workspaceSchema,
  workspaceSettingsSchema,
  type FieldError,
  type InventorySettings,
  type Problem,
  type SpendItem,
  type UseCase,
  type Workspace,
  type WorkspaceSettings,
} from '@shared/domain';
import { portfolioPlanSchema, type PortfolioPlan } from '@shared/portfolio';
import { applyChangeSet, nowIso, runWrite, type RecordChange } from './changes';
import type { LastmileDatabase, PlanRecord, StoredWorkspace } from './database';
import { conflict, notFound, type WriteResult } from './repositoryResult';

/** An amount times the rate, without binary noise (0.1 × 3 = 0.3, not 0.30000000000000004); null stays "not given". */
function times<T extends number | null>(amount: T, rate: number): T {
  return (amount === null ? null : Number((amount * rate).toPrecision(12))) as T;
}

/** A use case with every money figure converted: pilot, last mile by category, run cost and money benefits. */
export function convertUseCase(u: UseCase, rate: number): UseCase {
  const rc = u.runCost;
  return {
    ...u,
    pilot: { ...u.pilot, cost: times(u.pilot.cost, rate) },
    lastMile: { ...u.lastMile, costs: Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, times(u.lastMile.costs[c], rate)])) as UseCase['lastMile']['costs'] },
    runCost: {
      ...rc,
      modelApi: { ...rc.modelApi, pricePer1kTokens: times(rc.modelApi.pricePer1kTokens, rate) },
      seats: { ...rc.seats, pricePerMonth: times(rc.seats.pricePerMonth, rate) },
      infrastructurePerMonth: times(rc.infrastructurePerMonth, rate),
      supportPerMonth: times(rc.supportPerMonth, rate),
    },
    benefits: { ...u.benefits, costAvoidedPerMonth: times(u.benefits.costAvoidedPerMonth, rate), newRevenuePerMonth: times(u.benefits.newRevenuePerMonth, rate) },
    actuals: u.actuals.map((a) => ({
      ...a,
      pilot: times(a.pilot, rate),
      lastMile: times(a.lastMile, rate),
      lastMileByCategory: a.lastMileByCategory
        ? (Object.fromEntries(Object.entries(a.lastMileByCategory).map(([c, v]) => [c, v === undefined ? undefined : times(v, rate)])) as typeof a.lastMileByCategory)
        : null,
      run: times(a.run, rate),
      benefit: times(a.benefit, rate),
    })),
    lifecycle: {
      ...u.lifecycle,
      decisions: u.lifecycle.decisions.map((d) => ({
        ...d,
        figures: {
          ...d.figures,
          remainingLastMileCost: times(d.figures.remainingLastMileCost, rate),
          monthlyRunCost: times(d.figures.monthlyRunCost, rate),
          monthlyBenefitAtFull: times(d.figures.monthlyBenefitAtFull, rate),
          forwardNpv: times(d.figures.forwardNpv, rate),
          forwardExpectedNpv: d.figures.forwardExpectedNpv === null ? null : times(d.figures.forwardExpectedNpv, rate),
          sunkCost: times(d.figures.sunkCost, rate),
        },
      })),
    },
  };
}

/** Workspace settings with the labour rate and the compliance cost per regime converted. */
export function convertSettings(s: WorkspaceSettings, rate: number): WorkspaceSettings {
  return { ...s, labourRate: times(s.labourRate, rate), defaults: { ...s.defaults, complianceCostPerRegime: times(s.defaults.complianceCostPerRegime, rate) } };
}

export function convertPlan(plan: PortfolioPlan, rate: number): PortfolioPlan {
  return { ...plan, budget: times(plan.budget, rate), yearCaps: plan.yearCaps.map((c) => times(c, rate)) };
}

/**
 * Saves `settings` (whose currency is the new one, amounts still in the old one) and multiplies every amount of
 * the workspace by `rate`: its labour rate and compliance cost, every problem's monthly cost, every use case's
 * money figures, the plan's budget and yearly caps, every scenario's, the AI spend items' prices and amounts, and the saved reference classes' costs. One transaction: all records or none, and only while the
 * workspace is still the revision the form was opened on (`expectedRevision`). Undoable as one edit.
 */
export async function convertWorkspaceCurrency(
  db: LastmileDatabase,
  workspaceId: string,
  settings: WorkspaceSettings,
  rate: number,
  expectedRevision: number,
): Promise<WriteResult<StoredWorkspace>> {
  if (!Number.isFinite(rate) || rate <= 0) return { ok: false, errors: [{ path: 'rate', message: 'The rate must be a number above 0' }] };
  const settingsChecked = validate(workspaceSettingsSchema, settings);
  if (!settingsChecked.ok) return { ...settingsChecked, reason: 'invalid' };
  return runWrite(db, async (): Promise<WriteResult<StoredWorkspace>> => {
    const before = await db.workspaces.get(workspaceId);
    if (!before) return notFound('This workspace');
    if (before.revision !== expectedRevision) {
      const refused = conflict('This workspace', before);
      return { ...refused, errors: [{ path: '', message: `${refused.errors[0]!.message.replace('nothing was saved', 'nothing was converted')}` }] };
    }
    const problems = await db.problems.where('workspaceId').equals(workspaceId).toArray();
    const useCases = await db.useCases.where('workspaceId').equals(workspaceId).toArray();
    const planRecord = await db.plans.get(workspaceId);
    const now = nowIso();
    const errors: FieldError[] = [];
    const check = <T>(prefix: string, r: { ok: true; value: T } | { ok: false; errors: FieldError[] }): T | null => {
      if (!r.ok) for (const e of r.errors) errors.push({ path: e.path ? `${prefix}.${e.path}` : prefix, message: e.message });
      return r.ok ? r.value : null;
    };
    const workspace = check<Workspace>('', validate(workspaceSchema, { ...convertSettings(settingsChecked.value, rate), id: workspaceId, createdAt: before.createdAt, updatedAt: now }));
    const changes: RecordChange[] = [];
    if (workspace) changes.push({ table: 'workspaces', key: workspaceId, before, after: workspace });
    for (const p of problems) {
      const after = check<Problem>(`problems.${p.id}`, validate(problemSchema, { ...p, monthlyCost: times(p.monthlyCost, rate), updatedAt: now }));
      if (after) changes.push({ table: 'problems', key: p.id, before: p, after });
    }
    for (const u of useCases) {
      const after = check<UseCase>(`useCases.${u.id}`, validate(useCaseSchema, { ...convertUseCase(u, rate), updatedAt: now }));
      if (after) changes.push({ table: 'useCases', key: u.id, before: u, after });
    }
    const plan = planRecord ? validate(portfolioPlanSchema, planRecord.plan) : null;
    if (planRecord && plan?.ok) {
      const after: Omit<PlanRecord, 'revision'> = { workspaceId, plan: convertPlan(plan.value, rate), updatedAt: now };
      changes.push({ table: 'plans', key: workspaceId, before: planRecord, after });
    }
    // A scenario's budget and caps are amounts too (its factors have no currency).
    for (const s of await db.scenarios.where('workspaceId').equals(workspaceId).toArray()) {
      const plan = { ...s.plan, budget: times(s.plan.budget, rate), yearCaps: s.plan.yearCaps?.map((c) => times(c, rate)) ?? null };
      changes.push({ table: 'scenarios', key: s.id, before: s, after: { ...s, plan, updatedAt: now } });
    }
    // The saved reference classes' pilot and run costs are amounts too (their multiplier and durations have none).
    for (const s of await db.inventorySettings.where('workspaceId').equals(workspaceId).toArray()) {
      const referenceClasses = s.referenceClasses.map((c) => ({ ...c, pilotCost: times(c.pilotCost, rate), runCostPerMonth: times(c.runCostPerMonth, rate) }));
      const after = check<InventorySettings>('inventorySettings', validate(inventorySettingsSchema, { ...s, referenceClasses, updatedAt: now }));
      if (after) changes.push({ table: 'inventorySettings', key: s.id, before: s, after });
    }
    // AI spend items (docs/spend.md): the seat price and the monthly amount (seats and shares have no currency).
    for (const item of await db.spendItems.where('workspaceId').equals(workspaceId).toArray()) {
      const after = check<SpendItem>(`spendItems.${item.id}`, validate(spendItemSchema, { ...item, pricePerSeat: times(item.pricePerSeat, rate), monthlyAmount: times(item.monthlyAmount, rate), updatedAt: now }));
      if (after) changes.push({ table: 'spendItems', key: item.id, before: item, after });
    }
    if (errors.length > 0 || !workspace) {
      const tooLarge = errors.find((e) => /too large/.test(e.message));
      return { ok: false, reason: 'invalid', errors: tooLarge ? [{ path: 'rate', message: `At this rate an amount becomes too large (${tooLarge.message}); nothing was converted` }] : errors };
    }
    const label = `Convert “${workspace.name}” from ${before.currency} to ${workspace.currency} at ${rate}`;
    const change = await applyChangeSet(db, { label, changes });
    return { ok: true, value: change.changes[0]!.after as StoredWorkspace, change };
  });
}
