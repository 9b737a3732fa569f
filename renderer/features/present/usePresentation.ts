import { useMemo } from 'react';
import { useProblems, useSessions, useUseCases, useWorkspace } from '@renderer/db';
import { useTodayMonth } from '@renderer/features/living/today';
import { FRONTIER_POINTS } from '@renderer/features/portfolio/fundingService';
import { useFunding } from '@renderer/features/portfolio/useFunding';
import { usePortfolioPlan } from '@renderer/features/portfolio/usePortfolioPlan';
import { candidateCases, fundingNotes, fundingProblem, moneyByYear, rankCases, summariseFunded } from '@shared/analysis';
import { presenter } from '@shared/presentation';
import { roomScoresOf } from '@shared/workshop/roomVote';
import { buildDeck, type DeckInput, type Slide } from './deck';

export type PresentationState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; input: DeckInput; slides: Slide[]; fundedIds: ReadonlySet<string>; busy: boolean; error: string | null };

/**
 * What the presentation shows, from the workspace's live data and its stored portfolio plan: the candidates ranked with
 * the plan's weights (the room's vote among the criteria), and the one funding answer, asked of the funding service exactly as the portfolio page asks it
 * (the same funding problem, so the same kept answer: the board pack and the exports read that one too), with the
 * efficient frontier the page draws (the same number of points).
 */
export function usePresentation(workspaceId: string): PresentationState {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const { plan } = usePortfolioPlan(workspaceId, useCases);
  const todayMonth = useTodayMonth();
  const present = useMemo(() => (workspace ? presenter(workspace) : null), [workspace]);
  const cases = useMemo(() => (workspace && problems && useCases ? candidateCases(workspace, problems, useCases, todayMonth) : null), [workspace, problems, useCases, todayMonth]);
  // The room's vote (the latest revealed workshop session) is a criterion of the score, as on the portfolio page.
  const sessions = useSessions(workspaceId);
  const roomScores = useMemo(() => roomScoresOf(sessions).scores, [sessions]);
  const rows = useMemo(() => (cases && plan ? rankCases(cases, plan.weights, roomScores) : null), [cases, plan, roomScores]);
  const problemInput = useMemo(() => {
    const fundingRows = plan?.objective === 'score' ? rows : cases;
    return fundingRows && plan ? fundingProblem(fundingRows, plan) : null;
  }, [rows, cases, plan]);
  const { funding, frontier, busy, error } = useFunding(problemInput?.candidates ?? null, problemInput?.constraints ?? null, FRONTIER_POINTS);
  const fundedIds = useMemo(() => new Set(funding?.selectedIds ?? []), [funding]);
  const summary = useMemo(() => (cases && funding && workspace ? summariseFunded(cases, funding, workspace.horizonMonths) : null), [cases, funding, workspace]);
  const byYear = useMemo(
    () => (cases && funding && plan && workspace ? moneyByYear(cases, fundedIds, { yearCaps: plan.yearCaps, costBasis: plan.costBasis }, workspace) : null),
    [cases, funding, fundedIds, plan, workspace],
  );
  const notes = useMemo(() => (rows && funding && plan && present ? fundingNotes(rows, funding, plan, present) : null), [rows, funding, plan, present]);
  const input = useMemo<DeckInput | null>(
    () => (workspace && problems && rows && plan && present ? { workspace, problems, rows, plan, funding, summary, byYear, notes, frontier, present } : null),
    [workspace, problems, rows, plan, funding, summary, byYear, notes, frontier, present],
  );
  const slides = useMemo(() => (input ? buildDeck(input) : null), [input]);
  if (workspace === null) return { status: 'missing' };
  if (!input || !slides) return { status: 'loading' };
  return { status: 'ready', input, slides, fundedIds, busy, error };
}
