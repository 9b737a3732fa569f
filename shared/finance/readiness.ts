import { BLOCKER_SCORE, READINESS_DIMENSIONS, type Readiness, type ReadinessDimension, type ReadinessMapping } from '../domain';

export interface ReadinessSummary {
  /** Mean of the five scores (1–5); null while any dimension is not assessed. */
  average: number | null;
  /** Probability of reaching production, after the blocker cap; null while any dimension is not assessed. */
  probability: number | null;
  /** Dimensions scored 1, in the fixed dimension order (assessed ones only). */
  blockers: ReadinessDimension[];
  /** Dimensions nobody has assessed yet, in the fixed dimension order. */
  notAssessed: ReadinessDimension[];
}

/**
 * Probability at an average readiness: the anchors give p at averages 1, 2, 3, 4, 5, linear in between,
 * clamped to the first/last anchor outside [1, 5].
 */
export function probabilityAtAverage(average: number, anchors: readonly number[]): number {
  const last = anchors.length - 1;
  if (last < 0) return 0;
  const pos = Math.min(Math.max(average - 1, 0), last);
  const i = Math.min(Math.floor(pos), last - 1);
  if (i < 0) return anchors[0] ?? 0;
  const lo = anchors[i] ?? 0;
  const hi = anchors[i + 1] ?? lo;
  return lo + (hi - lo) * (pos - i);
}

/**
 * Readiness → probability: p = anchors interpolated at the average score; any dimension scored 1 is a blocker
 * and caps p at `mapping.blockerCap` (p = min(p, cap)). With any dimension not assessed there is no p (docs/domain.md).
 */
export function readinessSummary(r: Readiness, mapping: ReadinessMapping): ReadinessSummary {
  let total = 0;
  const blockers: ReadinessDimension[] = [];
  const notAssessed: ReadinessDimension[] = [];
  for (const d of READINESS_DIMENSIONS) {
    const score = r[d].score;
    if (score === null) {
      notAssessed.push(d);
      continue;
    }
    total += score;
    if (score <= BLOCKER_SCORE) blockers.push(d);
  }
  // Nothing looks assessed until someone assessed it: no average and no probability while a dimension is open.
  if (notAssessed.length > 0) return { average: null, probability: null, blockers, notAssessed };
  const average = total / READINESS_DIMENSIONS.length;
  const base = probabilityAtAverage(average, mapping.anchors);
  const probability = blockers.length > 0 ? Math.min(base, mapping.blockerCap) : base;
  return { average, probability, blockers, notAssessed };
}
