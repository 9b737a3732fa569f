import type { Classification } from '../domain';
import { formatDecimal, formatNumber, formatPercent } from '../presentation/format';
import type { NumberFormat } from '../presentation/locale';
import { SCORE_CRITERIA, SCORE_CRITERION_LABELS, type ScoreCriterion, type ScoreWeights } from './weights';

/**
 * The portfolio score: a weighted average of five criteria (six with the room's vote, docs/workshop.md), each turned into 0–100 points on a FIXED
 * scale that looks only at the candidate itself. Adding, removing or changing another candidate never
 * changes a candidate's score; only its own figures and the weights do.
 *
 * total = Σ weightᵢ × pointsᵢ / Σ weightᵢ (0–100); each row's contribution = weightᵢ × pointsᵢ / Σ weightᵢ,
 * so the contributions add up to the total. With every weight at 0 the total is 0.
 */

/** The figures of one candidate that its score is built from (computed by the business case). */
export interface ScoreInput {
  id: string;
  /** Stage-gated expected NPV over the horizon, in the workspace currency; null while readiness is not assessed (0 points). */
  expectedNpv: number | null;
  /** Total investment: pilot + last mile, in the workspace currency. */
  investment: number;
  /** Month in which cumulative net cash turns non-negative (as the business case counts it); null = beyond the horizon. */
  paybackMonth: number | null;
  /** Strategic importance of its problem, 1–5. */
  strategicImportance: number;
  /** Average of its five readiness scores, 1–5 (shown beside the probability); null while not assessed. */
  readinessAverage: number | null;
  /** Probability of reaching production from readiness (0–1), after any blocker cap; null while not assessed (0 points). */
  probability: number | null;
  /** null = not classified yet (0 points, like automation, and flagged). */
  classification: Classification | null;
  /** The room's score 0–1 from the latest revealed workshop vote (shared/workshop); null or absent = no vote (neutral). */
  roomScore?: number | null;
}

export interface ScorePart {
  criterion: ScoreCriterion;
  label: string;
  /** The figure the points come from (expected-NPV multiple, payback month, importance, probability, 1/0). */
  raw: number | null;
  /** What the raw figure is, for the explanation; worded in the workspace's number format by `scoreRawLabel`. */
  figure: ScoreFigure;
  /** 0–100 on the criterion's fixed scale. */
  points: number;
  /** The user's weight, 0–100. */
  weight: number;
  /** weight × points / Σ weights: this row's share of the total. */
  contribution: number;
}

/**
 * The raw figure behind a criterion's points, kept as numbers so ranking 5,000 candidates formats nothing: the
 * explanation words the few it shows with `scoreRawLabel` in the workspace's number format.
 */
export type ScoreFigure =
  | { kind: 'wording'; text: string }
  | { kind: 'multiple'; multiple: number }
  | { kind: 'payback'; month: number }
  | { kind: 'importance'; importance: number }
  | { kind: 'readiness'; average: number; probability: number }
  | { kind: 'room'; points: number };

export interface ScoreResult {
  total: number;
  parts: ScorePart[];
}

/** Expected value: 25 points at break-even, +25 per 1× the investment returned as expected NPV (0 at −1×, 100 at 3×). */
export const EXPECTED_VALUE_SCALE = { pointsAtBreakEven: 25, pointsPerMultiple: 25 } as const;
/** Payback speed: 100 points for payback by month 6, falling linearly to 0 at month 48; none within the horizon = 0. */
export const PAYBACK_SCALE = { fullPointsByMonth: 6, zeroPointsFromMonth: 48 } as const;

/** Points a candidate gets for the room vote when the room has not voted on it (or no vote is revealed): neither for nor against. */
export const ROOM_VOTE_NEUTRAL_POINTS = 50;

/** How each criterion turns its raw figure into points, in words the score explanation can show. */
export const SCORE_SCALE_DESCRIPTIONS: Record<ScoreCriterion, string> = {
  expectedValue:
    'Expected NPV as a multiple of the investment: 0 points at −1× (all money lost), 25 at break-even, 50 at 1×, 75 at 2×, 100 at 3× or more.',
  paybackSpeed: 'Payback by month 6 earns 100 points, falling evenly to 0 at month 48; no payback within the horizon earns 0.',
  strategicImportance: 'Importance of the problem: 1 = 0 points, 2 = 25, 3 = 50, 4 = 75, 5 = 100.',
  readiness: 'Chance of reaching production from the readiness scores: 1 point per percentage point (a blocker caps the chance).',
  valueCreation: 'Value creation earns 100 points, automation 0.',
  roomVote:
    'The room’s vote in the latest workshop session whose votes are revealed: an average score of 1 earns 0 points, 3 earns 50, 5 earns 100 (the mean over the criteria voted on; with dots, its dots ÷ the most dots any candidate got × 100). A candidate the room did not vote on earns a neutral 50.',
};

const clampPoints = (x: number): number => (Number.isFinite(x) ? Math.min(100, Math.max(0, x)) : 0);

/** Expected NPV per unit of investment; ±Infinity when nothing is invested and the value is not 0. */
export function expectedValueMultiple(expectedNpv: number, investment: number): number {
  if (investment > 0) return expectedNpv / investment;
  if (expectedNpv > 0) return Infinity;
  return expectedNpv < 0 ? -Infinity : 0;
}

/** Points for expected value on the fixed multiple-of-investment scale (0–100). */
export function expectedValuePoints(expectedNpv: number, investment: number): number {
  const q = expectedValueMultiple(expectedNpv, investment);
  if (Number.isNaN(q)) return 0;
  if (q === Infinity) return 100;
  if (q === -Infinity) return 0;
  return clampPoints(EXPECTED_VALUE_SCALE.pointsAtBreakEven + EXPECTED_VALUE_SCALE.pointsPerMultiple * q);
}

/** Points for payback speed (0–100): month ≤ 6 → 100, linear to month 48 → 0, null (beyond horizon) → 0. */
export function paybackPoints(paybackMonth: number | null): number {
  if (paybackMonth === null || !Number.isFinite(paybackMonth)) return 0;
  const { fullPointsByMonth: full, zeroPointsFromMonth: zero } = PAYBACK_SCALE;
  return clampPoints((100 * (zero - paybackMonth)) / (zero - full));
}

/** Points for strategic importance 1–5: (importance − 1) × 25. */
export function importancePoints(importance: number): number {
  return clampPoints((importance - 1) * 25);
}

/** Points for readiness: probability of production × 100. */
export function readinessPoints(probability: number): number {
  return clampPoints(probability * 100);
}

const wording = (text: string): ScoreFigure => ({ kind: 'wording', text });
const FIXED = {
  npvNotKnown: wording('Expected NPV not known until readiness is assessed'),
  npvNotAvailable: wording('Expected NPV not available'),
  npvPositiveFree: wording('Positive expected NPV with no investment'),
  npvNegativeFree: wording('Negative expected NPV with no investment'),
  noPayback: wording('No payback within the horizon'),
  notAssessed: wording('Readiness not assessed: no chance of production yet'),
  notClassified: wording('Not classified yet'),
  valueCreation: wording('Value creation'),
  automation: wording('Automation'),
  noRoomVote: wording('No revealed room vote: neutral'),
} as const;

interface RawRow {
  raw: number | null;
  figure: ScoreFigure;
  points: number;
}
const NOT_ASSESSED_ROW: RawRow = { raw: null, figure: FIXED.notAssessed, points: 0 };

function expectedValueRow(input: ScoreInput): RawRow {
  if (input.expectedNpv === null) return { raw: null, figure: FIXED.npvNotKnown, points: 0 };
  const q = expectedValueMultiple(input.expectedNpv, input.investment);
  const figure: ScoreFigure = Number.isFinite(q)
    ? { kind: 'multiple', multiple: q }
    : Number.isNaN(q)
      ? FIXED.npvNotAvailable
      : q > 0
        ? FIXED.npvPositiveFree
        : FIXED.npvNegativeFree;
  return { raw: Number.isFinite(q) ? q : null, figure, points: expectedValuePoints(input.expectedNpv, input.investment) };
}

function rawRows(input: ScoreInput): Record<ScoreCriterion, RawRow> {
  const payback = input.paybackMonth;
  const paid = payback !== null && Number.isFinite(payback);
  const vc = input.classification === 'value-creation';
  return {
    expectedValue: expectedValueRow(input),
    paybackSpeed: { raw: paid ? payback : null, figure: paid ? { kind: 'payback', month: payback } : FIXED.noPayback, points: paybackPoints(payback) },
    strategicImportance: {
      raw: input.strategicImportance,
      figure: { kind: 'importance', importance: input.strategicImportance },
      points: importancePoints(input.strategicImportance),
    },
    readiness:
      input.probability === null || input.readinessAverage === null
        ? NOT_ASSESSED_ROW
        : {
            raw: input.probability,
            figure: { kind: 'readiness', average: input.readinessAverage, probability: input.probability },
            points: readinessPoints(input.probability),
          },
    valueCreation: {
      raw: input.classification === null ? null : vc ? 1 : 0,
      figure: input.classification === null ? FIXED.notClassified : vc ? FIXED.valueCreation : FIXED.automation,
      points: vc ? 100 : 0,
    },
    roomVote: roomVoteRow(input.roomScore ?? null),
  };
}

function roomVoteRow(room: number | null): RawRow {
  if (room === null || !Number.isFinite(room)) return { raw: null, figure: FIXED.noRoomVote, points: ROOM_VOTE_NEUTRAL_POINTS };
  const points = clampPoints(room * 100);
  return { raw: room, figure: { kind: 'room', points }, points };
}

/** A criterion's raw figure in words, in the workspace's number format ("Expected NPV 1.13× the investment", "1,13×" in de-DE). */
export function scoreRawLabel(figure: ScoreFigure, format?: NumberFormat): string {
  switch (figure.kind) {
    case 'wording':
      return figure.text;
    case 'multiple':
      return `Expected NPV ${formatDecimal(figure.multiple, format, 2)}× the investment`;
    case 'payback':
      return `Payback in month ${formatNumber(figure.month, format, 0)}`;
    case 'importance':
      return `Importance ${formatNumber(figure.importance, format, 0)} of 5`;
    case 'readiness':
      return `Average readiness ${formatDecimal(figure.average, format, 1)} of 5: ${formatPercent(figure.probability, format, 0)} chance of production`;
    case 'room':
      return `Room vote ${formatNumber(figure.points, format, 0)} of 100`;
  }
}

/** Sum of the weights, counting only finite positive weights. */
function weightSum(weights: ScoreWeights): number {
  let sum = 0;
  for (const c of SCORE_CRITERIA) sum += usableWeight(weights[c]);
  return sum;
}

const usableWeight = (w: number | undefined): number => (w !== undefined && Number.isFinite(w) && w > 0 ? w : 0);
const SCORED_WITHOUT_ROOM = SCORE_CRITERIA.filter((c) => c !== 'roomVote');

/** The criteria that count under `weights` (the room vote only while its weight is above 0), their weights and the weights' sum. */
interface Weighing {
  criteria: readonly ScoreCriterion[];
  weights: readonly number[];
  sum: number;
}

function weighing(weights: ScoreWeights): Weighing {
  // The room vote is a row of the explanation only while it counts (weight above 0): unused, it is not there at all.
  const criteria = usableWeight(weights.roomVote) > 0 ? SCORE_CRITERIA : SCORED_WITHOUT_ROOM;
  return { criteria, weights: criteria.map((c) => usableWeight(weights[c])), sum: weightSum(weights) };
}

function scoreWeighed(input: ScoreInput, w: Weighing): ScoreResult {
  const rows = rawRows(input);
  let total = 0;
  const parts: ScorePart[] = w.criteria.map((criterion, i) => {
    const row = rows[criterion];
    const weight = w.weights[i] as number;
    const contribution = w.sum > 0 ? (weight * row.points) / w.sum : 0;
    total += contribution;
    return { criterion, label: SCORE_CRITERION_LABELS[criterion], raw: row.raw, figure: row.figure, points: row.points, weight, contribution };
  });
  return { total, parts };
}

/** Score of one candidate (0–100) with its explanation: rows whose contributions add up to the total. */
export function scoreCandidate(input: ScoreInput, weights: ScoreWeights): ScoreResult {
  return scoreWeighed(input, weighing(weights));
}

export interface RankedCandidate extends ScoreResult {
  id: string;
  /** 1 = best; ties in total are broken by id (ascending), so every rank is distinct and stable. */
  rank: number;
}

/** Candidates scored and sorted best first (total descending, then id ascending), each with its rank 1…n. */
export function rankCandidates(inputs: readonly ScoreInput[], weights: ScoreWeights): RankedCandidate[] {
  const w = weighing(weights);
  const scored: RankedCandidate[] = inputs.map((input) => {
    const { total, parts } = scoreWeighed(input, w);
    return { id: input.id, rank: 0, total, parts };
  });
  scored.sort((a, b) => (b.total !== a.total ? b.total - a.total : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 0; i < scored.length; i++) (scored[i] as RankedCandidate).rank = i + 1;
  return scored;
}
