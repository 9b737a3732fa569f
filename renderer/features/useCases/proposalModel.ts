import { LAST_MILE_CATEGORIES, type LastMileCosts } from '@shared/domain';

/** Same figure in every category (NaN equals NaN here: an unchanged bad entry is still unchanged). */
export function sameCosts(a: LastMileCosts, b: LastMileCosts): boolean {
  return LAST_MILE_CATEGORIES.every((c) => Object.is(a[c], b[c]));
}

/** Whether applying a proposal would overwrite something the user typed: any category not 0 that the proposal changes. */
export function proposalReplaces(current: LastMileCosts, proposed: LastMileCosts): boolean {
  return LAST_MILE_CATEGORIES.some((c) => !Object.is(current[c], 0) && !Object.is(current[c], proposed[c]));
}
