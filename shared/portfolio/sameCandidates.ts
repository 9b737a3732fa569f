import type { FundingCandidate } from './fundingTypes';

const sameValue = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => Object.is(x, b[i])));

function sameCandidate(a: FundingCandidate, b: FundingCandidate): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof FundingCandidate)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => sameValue(a[k], b[k]));
}

/**
 * True when two candidate lists hold the same candidates with the same figures, in the same order (every field equal;
 * lists of figures compared element by element). The portfolio page builds its funding problem afresh at every change
 * of the rules; with this check a budget change keeps the candidates' canonical form and fingerprint worked out before,
 * and the worker keeps the list it was sent. A false "different" only costs that work again.
 */
export function sameCandidates(a: readonly FundingCandidate[], b: readonly FundingCandidate[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameCandidate(a[i] as FundingCandidate, b[i] as FundingCandidate)) return false;
  return true;
}
