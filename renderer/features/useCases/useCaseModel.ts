import { formatMultiple, formatPayback, type NumberFormat } from '@shared/presentation';
import {
  errorsByPath,
  useCaseInputSchema,
  validate,
  type FieldError,
  type Problem,
  type UseCase,
  type UseCaseInput,
  type Workspace,
} from '@shared/domain';
import { estimateAfterEdit } from '@shared/inventory/referenceClasses';
import { useCaseMetricsFromSchedule, useCaseSchedule, useCaseWarnings, type CashFlowSchedule, type UseCaseMetrics, type Warning } from '@shared/finance';

/** The editable part of a stored use case (what the form holds and what a save writes). */
export function inputOf(useCase: UseCase): UseCaseInput {
  const { id: _id, workspaceId: _w, createdAt: _c, updatedAt: _u, lifecycle: _l, actuals: _a, ...rest } = useCase;
  // A stored record also carries its revision: the form tracks that apart (it is what a save is checked against).
  const { revision: _r, ...input } = rest as UseCaseInput & { revision?: number };
  return input;
}

/** Deep equality of plain data (key order ignored; NaN never equals anything, so junk input always counts as a change). */
export { samePlainValue as samePlain } from '@renderer/components/fieldMerge';

/** The business case of the form's current values: computed only when every field validates. */
export type LiveCase =
  | { ok: true; input: UseCaseInput; schedule: CashFlowSchedule; metrics: UseCaseMetrics; warnings: Warning[] }
  | { ok: false; errors: FieldError[]; byPath: Record<string, string> };

/** Validates the form values and, when they are valid, computes schedule, metrics and reviewer warnings. */
export function liveCase(values: unknown, workspace: Workspace, problems: readonly Problem[]): LiveCase {
  const checked = validate(useCaseInputSchema, values);
  if (!checked.ok) return { ok: false, errors: checked.errors, byPath: errorsByPath(checked.errors) };
  const input = checked.value;
  const schedule = useCaseSchedule(input, workspace);
  const metrics = useCaseMetricsFromSchedule(input, workspace, schedule);
  const problem = problems.find((p) => p.id === input.problemId);
  return { ok: true, input, schedule, metrics, warnings: useCaseWarnings(input, workspace, problem) };
}

/** Inclusive plan-month ranges of the phases within the horizon (null when a phase has no month inside it). */
export function phasesOf(schedule: CashFlowSchedule): { pilot: [number, number] | null; lastMile: [number, number] | null; run: [number, number] | null } {
  const h = schedule.horizon;
  const clip = (from: number, to: number): [number, number] | null => (from > h || to < from ? null : [from, Math.min(to, h)]);
  return {
    pilot: clip(schedule.startMonth, schedule.lastMileStartMonth - 1),
    lastMile: clip(schedule.lastMileStartMonth, schedule.goLiveMonth - 1),
    run: clip(schedule.goLiveMonth, h),
  };
}

/**
 * Where each reviewer warning is shown: the exact field path when the page has a spot for it, else the closest
 * section spot ('lastMile.costs.integration' → 'lastMile.costs'); paths with no spot at all go to 'other'.
 */
export function placeWarnings(warnings: readonly Warning[], spots: readonly string[]): Record<string, Warning[]> {
  const out: Record<string, Warning[]> = {};
  for (const w of warnings) {
    let spot = 'other';
    for (let path = w.field; path !== ''; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
      if (spots.includes(path)) {
        spot = path;
        break;
      }
    }
    (out[spot] ??= []).push(w);
  }
  return out;
}

/** Field errors to show now: every error after a save attempt, before that only those of fields the user has touched. */
export function visibleErrors(byPath: Record<string, string>, touched: ReadonlySet<string>, afterSubmit: boolean): Record<string, string> {
  if (afterSubmit) return byPath;
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath)) {
    for (const t of touched) {
      if (path === t || path.startsWith(`${t}.`)) {
        out[path] = message;
        break;
      }
    }
  }
  return out;
}

/** Last mile ÷ pilot as "3.7×" ("3,7×" in de-DE); "no pilot cost" when the pilot costs nothing (shared/presentation). */
export function formatRatio(ratio: number | null, format?: NumberFormat): string {
  return formatMultiple(ratio, format);
}

/** Payback as a calendar month ("Feb 2028 (month 14)"), "beyond horizon", or "nothing at risk" when cash never goes negative. */
export function paybackLabel(month: number | null, planningStartMonth: string, format?: NumberFormat): string {
  return formatPayback(month, planningStartMonth, format);
}

/** Every distinct error message of a failed validation, in plain words, in form order. */
export function plainMessages(errors: readonly FieldError[]): string[] {
  return [...new Set(errors.map((e) => e.message))];
}

/** Whether any cost of the use case is above zero (pilot, a last-mile category, a part of the run cost). */
function hasAnyCost(input: UseCaseInput): boolean {
  const r = input.runCost;
  return (
    input.pilot.cost > 0 ||
    Object.values(input.lastMile.costs).some((c) => c > 0) ||
    r.infrastructurePerMonth > 0 ||
    r.supportPerMonth > 0 ||
    r.seats.count * r.seats.pricePerMonth > 0 ||
    r.modelApi.requestsPerMonth * r.modelApi.tokensPerRequest * r.modelApi.pricePer1kTokens > 0
  );
}

/**
 * The input to save after an edit from `before`: a changed cost makes a reference-class or missing estimate the team's
 * own (estimateAfterEdit), except that a use case without any cost above zero stays "not estimated". The same object
 * when the estimate stays as it is.
 */
export function withRefinedEstimate(before: UseCaseInput, after: UseCaseInput): UseCaseInput {
  if (after.estimate.source === 'own') return after;
  let estimate = estimateAfterEdit(before, after);
  if (estimate.source === 'own' && before.estimate.source === 'none' && !hasAnyCost(after)) estimate = { source: 'none', referenceClass: '' };
  if (estimate.source === after.estimate.source && estimate.referenceClass === after.estimate.referenceClass) return after;
  return { ...after, estimate };
}
