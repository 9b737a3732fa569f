import type { WorkshopSession } from '../domain/workshop';
import { roomScore } from './reveal';
import { latestRevealed } from './session';

/**
 * The room's vote as a score criterion (docs/workshop.md): the room scores of the latest session whose votes are
 * revealed feed the 'roomVote' criterion of the portfolio score (shared/portfolio/score.ts), which counts only when the
 * plan gives it a weight above 0 (0 by default). A candidate the room did not vote on is neutral (50 points).
 */
export interface RoomVoteSource {
  /** The session the scores come from; null when no session of the workspace has revealed its votes. */
  session: Pick<WorkshopSession, 'id' | 'title' | 'date' | 'revealedAt'> | null;
  /** 0–1 per use case (null = not voted on); null when there is no revealed session. */
  scores: Readonly<Record<string, number | null>> | null;
}

export function roomScoresOf(sessions: readonly WorkshopSession[] | undefined | null): RoomVoteSource {
  const session = latestRevealed(sessions ?? []);
  if (!session) return { session: null, scores: null };
  return { session: { id: session.id, title: session.title, date: session.date, revealedAt: session.revealedAt }, scores: roomScore(session) };
}
