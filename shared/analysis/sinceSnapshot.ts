import type { BoardSnapshot, FundingDecision, SnapshotCandidate, Stage, UseCase } from '../domain';
import type { CandidateAnalysis } from './candidates';
import { decisionRecord, type RecordedDecision } from './decisionRecord';

/**
 * "Since last board" (docs/living-portfolio.md): what changed between a frozen board snapshot and the portfolio now —
 * new and dropped candidates, stage changes, decisions taken since, cost and benefit moves, rank and funding changes.
 * Pure: the current candidates come in already analysed and funded, as the board pack builds them.
 */

/** A candidate as analysed now, with whether the funding answer on screen funds it. */
export type FundedAnalysis = CandidateAnalysis & { funded: boolean };

/** Every candidate in the snapshot's terms, in rank order. */
export function snapshotCandidates(rows: readonly FundedAnalysis[]): SnapshotCandidate[] {
  return [...rows]
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({
      id: r.useCase.id,
      name: r.useCase.name.slice(0, 300),
      problemName: (r.problem?.title ?? '').slice(0, 300),
      stage: r.metrics.living.stage,
      rank: r.rank,
      funded: r.funded,
      fundingCost: r.metrics.living.fundingCost,
      totalInvestment: r.metrics.totalInvestment,
      monthlyBenefitAtFull: r.metrics.monthlyBenefitAtFull,
      monthlyRunCost: r.metrics.monthlyRunCost,
      expectedNpv: r.metrics.expectedNpv,
      npv: r.metrics.npv,
      sunkCost: r.metrics.living.sunk.total,
    }));
}

/** "Board, March 2027": the default name of a snapshot frozen in a month (the caller formats the month). */
export function defaultSnapshotName(formattedMonth: string): string {
  return `Board, ${formattedMonth}`;
}

export interface Move {
  id: string;
  name: string;
  from: number;
  to: number;
}

export interface StageMove {
  id: string;
  name: string;
  from: Stage;
  to: Stage;
}

export interface FundingMove {
  id: string;
  name: string;
  /** true: funded now, not then; false: funded then, not now. */
  nowFunded: boolean;
}

export interface SinceSnapshot {
  snapshot: Pick<BoardSnapshot, 'id' | 'name' | 'month' | 'at'>;
  newCandidates: SnapshotCandidate[];
  droppedCandidates: SnapshotCandidate[];
  stageChanges: StageMove[];
  decisions: RecordedDecision[];
  /** Pilot + last mile as estimated. */
  investmentMoves: Move[];
  runCostMoves: Move[];
  benefitMoves: Move[];
  /** Rank among the candidates in both (a new or dropped candidate alone moves nobody). */
  rankChanges: Move[];
  fundingChanges: FundingMove[];
  totals: { budget: Move; totalInvestment: Move; expectedNpv: Move };
}

/** Money that moved by less than this (rounding) is not a move. */
const EPSILON = 0.5;
const moved = (a: number, b: number) => Math.abs(a - b) >= EPSILON;

/** Rank 1…n among the candidates whose ids are in `shared`, keeping their order. */
function relativeRanks(list: readonly SnapshotCandidate[], shared: ReadonlySet<string>): Map<string, number> {
  const ranks = new Map<string, number>();
  [...list]
    .filter((c) => shared.has(c.id))
    .sort((a, b) => a.rank - b.rank)
    .forEach((c, i) => ranks.set(c.id, i + 1));
  return ranks;
}

/**
 * Compares the portfolio now (`current`, as snapshotCandidates gives it, with its funded totals) with `snapshot`.
 * Decisions are those recorded after the snapshot was frozen. Every list is in the current rank order (dropped
 * candidates in their old order; decisions newest first).
 */
export function sinceSnapshot(
  snapshot: BoardSnapshot,
  current: { candidates: readonly SnapshotCandidate[]; budget: number; totalInvestment: number; expectedNpv: number },
  record: { funding: readonly FundingDecision[]; useCases: readonly Pick<UseCase, 'id' | 'name' | 'lifecycle'>[] },
): SinceSnapshot {
  const then = new Map(snapshot.candidates.map((c) => [c.id, c]));
  const now = [...current.candidates].sort((a, b) => a.rank - b.rank);
  const nowIds = new Set(now.map((c) => c.id));
  const shared = new Set(now.filter((c) => then.has(c.id)).map((c) => c.id));
  const before = relativeRanks(snapshot.candidates, shared);
  const after = relativeRanks(now, shared);
  const out: SinceSnapshot = {
    snapshot: { id: snapshot.id, name: snapshot.name, month: snapshot.month, at: snapshot.at },
    newCandidates: now.filter((c) => !then.has(c.id)),
    droppedCandidates: [...snapshot.candidates].sort((a, b) => a.rank - b.rank).filter((c) => !nowIds.has(c.id)),
    stageChanges: [],
    decisions: decisionRecord(record.funding, record.useCases).filter((d) => d.at > snapshot.at),
    investmentMoves: [],
    runCostMoves: [],
    benefitMoves: [],
    rankChanges: [],
    fundingChanges: [],
    totals: {
      budget: { id: 'budget', name: 'Budget', from: snapshot.budget, to: current.budget },
      totalInvestment: { id: 'totalInvestment', name: 'Funded investment', from: snapshot.totalInvestment, to: current.totalInvestment },
      expectedNpv: { id: 'expectedNpv', name: 'Expected NPV of the funded set', from: snapshot.expectedNpv, to: current.expectedNpv },
    },
  };
  for (const c of now) {
    const old = then.get(c.id);
    if (!old) continue;
    const move = (from: number, to: number): Move => ({ id: c.id, name: c.name, from, to });
    if (old.stage !== c.stage) out.stageChanges.push({ id: c.id, name: c.name, from: old.stage, to: c.stage });
    if (moved(old.totalInvestment, c.totalInvestment)) out.investmentMoves.push(move(old.totalInvestment, c.totalInvestment));
    if (moved(old.monthlyRunCost, c.monthlyRunCost)) out.runCostMoves.push(move(old.monthlyRunCost, c.monthlyRunCost));
    if (moved(old.monthlyBenefitAtFull, c.monthlyBenefitAtFull)) out.benefitMoves.push(move(old.monthlyBenefitAtFull, c.monthlyBenefitAtFull));
    const r0 = before.get(c.id)!;
    const r1 = after.get(c.id)!;
    if (r0 !== r1) out.rankChanges.push(move(r0, r1));
    if (old.funded !== c.funded) out.fundingChanges.push({ id: c.id, name: c.name, nowFunded: c.funded });
  }
  return out;
}

/** True when nothing changed since the snapshot (no list has an entry and no total moved). */
export function nothingChanged(s: SinceSnapshot): boolean {
  const lists = [s.newCandidates, s.droppedCandidates, s.stageChanges, s.decisions, s.investmentMoves, s.runCostMoves, s.benefitMoves, s.rankChanges, s.fundingChanges];
  return lists.every((l) => l.length === 0) && !Object.values(s.totals).some((t) => moved(t.from, t.to));
}
