import { z } from '../zod';
import { calendarMonth, count, id, money, share, text, timestamp } from './fields';
import { LAST_MILE_ARTICLE_CITATION, PROBLEM_FIRST_ARTICLE_CITATION } from './sources';

/**
 * The organisation's AI spend as a whole (docs/spend.md): subscriptions and contracts that are not one use case's run
 * cost — seat licences, committed API spend, platform fees. An item is attributed to a use case only where the user
 * links it, with the share of the item each link takes; the rest is "not tied to a use case", never spread silently.
 */

export const SPEND_KINDS = ['seats', 'api', 'platform'] as const;
export type SpendKind = (typeof SPEND_KINDS)[number];
export const SPEND_KIND_LABELS: Record<SpendKind, string> = {
  seats: 'Seat licences',
  api: 'Committed API spend',
  platform: 'Platform fee',
};

/** One link of an item to a use case it serves, with the share of the item it takes (0–100%). */
export const spendLinkSchema = z.object({
  useCaseId: id('Use case'),
  share: share('Share of the item'),
});
export type SpendLink = z.infer<typeof spendLinkSchema>;

/** At most this many items per workspace, and links per item. */
export const MAX_SPEND_ITEMS = 500;
export const MAX_SPEND_LINKS = 200;

const spendItemFields = z.object({
  name: text('Name', 120, true),
  vendor: text('Vendor', 120),
  kind: z.enum(SPEND_KINDS, { error: 'Choose seat licences, committed API spend or a platform fee' }),
  /** Seat licences: the number of seats (0 for the other kinds). */
  seats: count('Seats'),
  /** Seat licences: the price of one seat per month. */
  pricePerSeat: money('Price per seat per month'),
  /** Committed API spend or a platform fee: the amount per month. */
  monthlyAmount: money('Amount per month'),
  /** First and last calendar month the item is paid ('YYYY-MM'); null = open. */
  startMonth: calendarMonth('Start month').nullable(),
  endMonth: calendarMonth('End month').nullable(),
  links: z.array(spendLinkSchema).max(MAX_SPEND_LINKS, { error: `An item can serve at most ${MAX_SPEND_LINKS} use cases` }),
});

function checkItem(v: z.infer<typeof spendItemFields>, ctx: z.RefinementCtx): void {
  if (v.startMonth !== null && v.endMonth !== null && v.endMonth < v.startMonth) ctx.addIssue({ code: 'custom', path: ['endMonth'], message: 'The end month must not be before the start month' });
  const seen = new Set<string>();
  v.links.forEach((l, i) => {
    if (seen.has(l.useCaseId)) ctx.addIssue({ code: 'custom', path: ['links', i, 'useCaseId'], message: 'A use case is linked twice' });
    seen.add(l.useCaseId);
  });
  // Shares are whole hundredths of a percent at most; their sum may not pass 100% (a tiny rounding excess is allowed).
  const sum = v.links.reduce((s, l) => s + l.share, 0);
  if (sum > 1 + 1e-9) ctx.addIssue({ code: 'custom', path: ['links'], message: 'The links take more than 100% of the item' });
}

/** What the user edits about an item. */
export const spendItemInputSchema = spendItemFields.superRefine(checkItem);
export type SpendItemInput = z.infer<typeof spendItemInputSchema>;

export const spendItemSchema = spendItemFields
  .extend({
    id: id('Spend item id'),
    workspaceId: id('Workspace id'),
    createdAt: timestamp('Created'),
    updatedAt: timestamp('Updated'),
  })
  .superRefine(checkItem);
export type SpendItem = z.infer<typeof spendItemSchema>;

/** A new item: seat licences with nothing filled in yet. */
export function blankSpendItemInput(): SpendItemInput {
  return { name: '', vendor: '', kind: 'seats', seats: 0, pricePerSeat: 0, monthlyAmount: 0, startMonth: null, endMonth: null, links: [] };
}

/** The published seat example (5,000 seats × $200 a month = $1M a month with no use case behind it; docs/sources.md). */
export const PUBLISHED_SEAT_EXAMPLE = { seats: 5_000, pricePerSeat: 200, monthly: 1_000_000 } as const;
export const PUBLISHED_SEAT_EXAMPLE_TEXT = `5,000 seats at $200 a month is $1,000,000 a month with no use case behind it (${PROBLEM_FIRST_ARTICLE_CITATION})`;

/** The published caching case: an LLM API bill cut from $47,000 to $12,700 a month (docs/sources.md). */
export const PUBLISHED_CACHE_EXAMPLE = { before: 47_000, after: 12_700 } as const;
export const PUBLISHED_CACHE_EXAMPLE_TEXT = `an LLM API bill cut from $47,000 to $12,700 a month by caching, about 73% less (${LAST_MILE_ARTICLE_CITATION}, citing a VentureBeat case study)`;
