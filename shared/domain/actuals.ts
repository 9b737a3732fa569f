import { z } from '../zod';
import { LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS, type LastMileCategory } from './constants';
import { calendarMonth, money } from './fields';

const byCategorySchema = z.object(
  Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, money(`Actual ${LAST_MILE_CATEGORY_LABELS[c].toLowerCase()} cost`).optional()])) as {
    [K in LastMileCategory]: z.ZodOptional<ReturnType<typeof money>>;
  },
);

/**
 * What one use case actually spent and earned in one calendar month (docs/living-portfolio.md): pilot and last-mile
 * spend, run cost and realised benefit. The last mile may be split by category where known; the split must add up.
 */
export const actualMonthSchema = z
  .object({
    month: calendarMonth('Month'),
    pilot: money('Actual pilot spend'),
    lastMile: money('Actual last-mile spend'),
    lastMileByCategory: byCategorySchema.nullable(),
    run: money('Actual run cost'),
    benefit: money('Realised benefit'),
  })
  .superRefine((a, ctx) => {
    if (!a.lastMileByCategory) return;
    const sum = LAST_MILE_CATEGORIES.reduce((s, c) => s + (a.lastMileByCategory?.[c] ?? 0), 0);
    if (Math.abs(sum - a.lastMile) > 0.005 * Math.max(1, a.lastMile) && Math.abs(sum - a.lastMile) > 0.01)
      ctx.addIssue({ code: 'custom', path: ['lastMileByCategory'], message: 'The last-mile categories must add up to the actual last-mile spend' });
  });
export type ActualMonth = z.infer<typeof actualMonthSchema>;

/** At most 20 years of months; each month at most once. */
export const actualsSchema = z
  .array(actualMonthSchema)
  .max(240, { error: 'At most 240 months of actuals per use case' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((a, i) => {
      if (seen.has(a.month)) ctx.addIssue({ code: 'custom', path: [i, 'month'], message: `Actuals for ${a.month} are entered twice` });
      seen.add(a.month);
    });
  });

/** Actuals sorted by month, one entry per month (a later entry for the same month replaces the earlier). */
export function mergeActuals(existing: readonly ActualMonth[], incoming: readonly ActualMonth[]): ActualMonth[] {
  const byMonth = new Map(existing.map((a) => [a.month, a]));
  for (const a of incoming) byMonth.set(a.month, a);
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}
