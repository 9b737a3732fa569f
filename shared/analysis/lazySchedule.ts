import type { UseCase, WorkspaceSettings } from '../domain';
import { trackedScheduleOf, type TrackedSchedule } from '../finance';

/** What a candidate's schedule is worked out from, and the schedule once it has been (undefined until then). */
export interface ScheduleCell {
  readonly useCase: UseCase;
  readonly workspace: WorkspaceSettings;
  readonly today: number;
  value: TrackedSchedule | undefined;
}

const cells = new WeakMap<object, ScheduleCell>();

/** The one getter of every lazy `schedule` (one function for all, so every candidate keeps one object shape). */
function readSchedule(this: object): TrackedSchedule {
  const cell = cells.get(this);
  if (!cell) throw new Error('A schedule was read from an object it was not defined on');
  cell.value ??= trackedScheduleOf(cell.useCase, cell.workspace, cell.today);
  return cell.value;
}

const LAZY_SCHEDULE: PropertyDescriptor = { get: readSchedule, enumerable: true, configurable: true };

/**
 * `target` with a `schedule` worked out when first read and kept. A portfolio keeps thousands of business cases, but
 * reads the monthly schedules of its funded set only (the totals, the money by year, the charts, the exports): kept for
 * every candidate, their six arrays of months were a third of the business cases' time, spent by the garbage collector
 * (docs/performance.md, session 13). Every reader, copy (spread, structured clone) and export sees the same plain value
 * as the schedule trackedMetrics works the figures out from: it is that schedule, worked out again from the same inputs.
 */
export function withLazySchedule<T extends object>(target: T, cell: ScheduleCell): T & { schedule: TrackedSchedule } {
  cells.set(target, cell);
  return Object.defineProperty(target, 'schedule', LAZY_SCHEDULE) as T & { schedule: TrackedSchedule };
}

/**
 * A copy of `source` with `extra` added, its schedule still worked out when first read (and once for both): a spread
 * would work it out at once. Objects without a lazy schedule are spread as they are.
 */
export function copyKeepingSchedule<T extends object, X extends object>(source: T, extra: X): T & X {
  const cell = cells.get(source);
  if (!cell) return { ...source, ...extra };
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) if (key !== 'schedule') copy[key] = (source as Record<string, unknown>)[key];
  return Object.assign(withLazySchedule(copy, cell), extra) as unknown as T & X;
}
