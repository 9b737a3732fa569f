import { DISAGREEMENT_SPREAD, SCALE_MAX, type VotingMode, type WorkshopSessionInput } from '../domain/workshop';

/**
 * The reveal (docs/workshop.md): per candidate and criterion, how many voted, the average and the spread (highest
 * minus lowest), and in 'scale' mode a flag where the room disagrees (spread ≥ DISAGREEMENT_SPREAD); in 'dots' mode
 * each candidate's total of dots and its rank. Before revealedAt is set reveal() answers `{ revealed: false }` and
 * nothing else: no count, no average, no order of the candidates can be read from it.
 */

export interface CriterionResult {
  criterionId: string;
  label: string;
  /** Votes recorded for this candidate on this criterion. */
  count: number;
  /** null when nobody voted. */
  average: number | null;
  lowest: number | null;
  highest: number | null;
  /** highest − lowest; null when nobody voted. */
  spread: number | null;
  /** 'scale' mode: spread ≥ DISAGREEMENT_SPREAD (put the candidate up for discussion). Always false in 'dots' mode. */
  disagree: boolean;
}

export interface CandidateResult {
  useCaseId: string;
  criteria: CriterionResult[];
  /** True when the room disagrees on any criterion. */
  disagree: boolean;
  /** 'dots' mode: the dots given to the candidate in total, and its rank (1 = most dots; equal totals share a rank). null in 'scale' mode. */
  dots: number | null;
  rank: number | null;
}

export type Reveal =
  | { revealed: false }
  | { revealed: true; revealedAt: string; mode: VotingMode; voters: number; candidates: CandidateResult[] };

type RevealSource = Pick<WorkshopSessionInput, 'rules' | 'candidateIds' | 'votes' | 'revealedAt'>;

/** The revealed votes of a session, candidates in the session's order; `{ revealed: false }` while hidden. */
export function reveal(session: RevealSource): Reveal {
  if (session.revealedAt === null) return { revealed: false };
  const { mode, criteria } = session.rules;
  const byCell = new Map<string, number[]>();
  const candidates = new Set(session.candidateIds);
  const criterionIds = new Set(criteria.map((c) => c.id));
  const voters = new Set<string>();
  for (const v of session.votes) {
    if (!candidates.has(v.useCaseId) || !criterionIds.has(v.criterionId)) continue;
    voters.add(v.participantId);
    const k = `${v.useCaseId}\u0000${v.criterionId}`;
    const list = byCell.get(k);
    if (list) list.push(v.value);
    else byCell.set(k, [v.value]);
  }
  const rows: CandidateResult[] = session.candidateIds.map((useCaseId) => {
    const cells = criteria.map((c): CriterionResult => {
      const values = byCell.get(`${useCaseId}\u0000${c.id}`) ?? [];
      if (values.length === 0) return { criterionId: c.id, label: c.label, count: 0, average: null, lowest: null, highest: null, spread: null, disagree: false };
      const lowest = Math.min(...values);
      const highest = Math.max(...values);
      const average = values.reduce((s, x) => s + x, 0) / values.length;
      const spread = highest - lowest;
      return { criterionId: c.id, label: c.label, count: values.length, average, lowest, highest, spread, disagree: mode === 'scale' && spread >= DISAGREEMENT_SPREAD };
    });
    const dots = mode === 'dots' ? criteria.reduce((s, c) => s + (byCell.get(`${useCaseId}\u0000${c.id}`) ?? []).reduce((t, x) => t + x, 0), 0) : null;
    return { useCaseId, criteria: cells, disagree: cells.some((c) => c.disagree), dots, rank: null };
  });
  if (mode === 'dots') {
    for (const row of rows) row.rank = 1 + rows.filter((r) => (r.dots ?? 0) > (row.dots ?? 0)).length;
  }
  return { revealed: true, revealedAt: session.revealedAt, mode, voters: voters.size, candidates: rows };
}

/**
 * The room's score of each candidate, 0–1, from the revealed votes: in 'scale' mode the mean over the criteria of
 * (average − 1) / (SCALE_MAX − 1); in 'dots' mode its dots over the most dots any candidate got. A candidate nobody
 * voted on (or, in 'dots' mode, a session where nobody gave a dot) has null. The whole answer is null while hidden.
 */
export function roomScore(session: RevealSource): Record<string, number | null> | null {
  const r = reveal(session);
  if (!r.revealed) return null;
  // No prototype: a use-case id is only ever an own key here.
  const out: Record<string, number | null> = Object.create(null) as Record<string, number | null>;
  if (r.mode === 'dots') {
    const most = Math.max(0, ...r.candidates.map((c) => c.dots ?? 0));
    for (const c of r.candidates) out[c.useCaseId] = most > 0 ? (c.dots ?? 0) / most : null;
    return out;
  }
  for (const c of r.candidates) {
    const scored = c.criteria.filter((x) => x.average !== null);
    out[c.useCaseId] = scored.length === 0 ? null : scored.reduce((s, x) => s + ((x.average as number) - 1) / (SCALE_MAX - 1), 0) / scored.length;
  }
  return out;
}
