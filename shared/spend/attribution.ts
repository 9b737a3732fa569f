import { apportion } from '../finance/apportion';
import type { SpendItem, SpendItemInput } from '../domain/spend';

/**
 * Where each dollar of the organisation's AI spend goes (docs/spend.md), worked in whole cents so that funded +
 * unfunded + not tied = total, exactly. An item's cost is split over its links by their shares (largest remainder, so
 * the parts add up to the item's cents); what no link takes is "not tied to a use case" — never spread silently.
 */

type Costed = Pick<SpendItemInput, 'kind' | 'seats' | 'pricePerSeat' | 'monthlyAmount'>;

/** The item's cost per month: seats × price per seat, or the committed / fee amount. */
export function itemMonthlyCost(item: Costed): number {
  return item.kind === 'seats' ? item.seats * item.pricePerSeat : item.monthlyAmount;
}

/** The item's cost per month in whole cents (rounded half away from zero). */
export function itemMonthlyCents(item: Costed): number {
  return Math.round(itemMonthlyCost(item) * 100);
}

/** True when the item is paid in the calendar month `month` ('YYYY-MM'; open ends are always in). */
export function activeIn(item: Pick<SpendItemInput, 'startMonth' | 'endMonth'>, month: string): boolean {
  return (item.startMonth === null || item.startMonth <= month) && (item.endMonth === null || month <= item.endMonth);
}

/** The share of the item no link takes (0–1). */
export function unlinkedShare(item: Pick<SpendItemInput, 'links'>): number {
  return Math.max(0, 1 - item.links.reduce((s, l) => s + l.share, 0));
}

/** `cents` split by `weights` (summing to 1 or less; the rest is the last part) so the parts add up to `cents` exactly. */
function largestRemainder(cents: number, weights: readonly number[]): number[] {
  return apportion(cents, [...weights, Math.max(0, 1 - weights.reduce((s, w) => s + w, 0))]);
}

export interface ItemSplit {
  cents: number;
  /** Cents per linked use case, in the order of the item's links. */
  links: { useCaseId: string; cents: number }[];
  /** Cents no link takes: "not tied to a use case". */
  unlinkedCents: number;
}

/** The item's monthly cents split over its links; the parts add up to the item's cents exactly. */
export function splitItem(item: Costed & Pick<SpendItemInput, 'links'>): ItemSplit {
  const cents = itemMonthlyCents(item);
  const parts = largestRemainder(cents, item.links.map((l) => l.share));
  return { cents, links: item.links.map((l, i) => ({ useCaseId: l.useCaseId, cents: parts[i]! })), unlinkedCents: parts[parts.length - 1]! };
}

export interface SpendSummary {
  /** The calendar month the summary is for. */
  month: string;
  totalCents: number;
  /** Linked to use cases the funding answer funds. */
  fundedCents: number;
  /** Linked to use cases it does not fund. */
  unfundedCents: number;
  /** Not tied to a use case (no link, or the share no link takes). */
  noneCents: number;
  /** Cents per use case (linked shares of the items paid this month). */
  byUseCase: Record<string, number>;
  items: { item: SpendItem; active: boolean; split: ItemSplit }[];
  /** Seats of the seat licences paid this month, and those no use case stands behind (seats × unlinked share, whole seats). */
  seats: number;
  seatsWithoutUseCase: number;
  seatsWithoutUseCaseCents: number;
}

/**
 * The workspace's AI spend in `month`: every item paid that month, attributed by its links. A link to a use case that
 * is not among `useCaseIds` (none should be: deletes drop links) counts as not tied. Funded = in `fundedIds`.
 */
export function spendSummary(items: readonly SpendItem[], month: string, fundedIds: ReadonlySet<string>, useCaseIds: ReadonlySet<string>): SpendSummary {
  const out: SpendSummary = { month, totalCents: 0, fundedCents: 0, unfundedCents: 0, noneCents: 0, byUseCase: {}, items: [], seats: 0, seatsWithoutUseCase: 0, seatsWithoutUseCaseCents: 0 };
  for (const item of items) {
    const split = splitItem(item);
    const active = activeIn(item, month);
    out.items.push({ item, active, split });
    if (!active) continue;
    out.totalCents += split.cents;
    let none = split.unlinkedCents;
    for (const l of split.links) {
      if (!useCaseIds.has(l.useCaseId)) none += l.cents;
      else {
        out.byUseCase[l.useCaseId] = (out.byUseCase[l.useCaseId] ?? 0) + l.cents;
        if (fundedIds.has(l.useCaseId)) out.fundedCents += l.cents;
        else out.unfundedCents += l.cents;
      }
    }
    out.noneCents += none;
    if (item.kind === 'seats') {
      out.seats += item.seats;
      const known = item.links.filter((l) => useCaseIds.has(l.useCaseId)).reduce((s, l) => s + l.share, 0);
      out.seatsWithoutUseCase += Math.round(item.seats * Math.max(0, 1 - known));
      out.seatsWithoutUseCaseCents += none;
    }
  }
  return out;
}

/** A share of the total (0 when there is no spend). */
export const shareOf = (cents: number, totalCents: number): number => (totalCents > 0 ? cents / totalCents : 0);
