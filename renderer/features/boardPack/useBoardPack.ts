import { useEffect, useState } from 'react';
import { useProblems, useUseCases, useWorkspace } from '@renderer/db';
import { useTodayMonth } from '@renderer/features/living/today';
import { fundingAnswerFor } from '@renderer/features/portfolio/fundingService';
import { usePortfolioPlan } from '@renderer/features/portfolio/usePortfolioPlan';
import { nextTurn } from '@renderer/components/ProgressTask';
import { runStepsAsync, StepsCancelled } from '@shared/export/compression';
import { boardPackSteps, type BoardPackModel } from './boardPackModel';

/** Where the preparation is before the pages are laid out: reading the data, the funding answer, every candidate's figures. */
export type BoardPackStep = 'reading' | 'funding' | 'figures';

export type BoardPackState =
  | { status: 'loading'; step: BoardPackStep; /** Share of the figures worked out (0–1), while at that step. */ fraction?: number }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; model: BoardPackModel };

/**
 * The board pack of a workspace from its live data and its portfolio plan, with the funding answer the portfolio
 * page shows (from the funding service's worker; the pack never searches on the UI thread). Each step is shown as it
 * starts (the page paints before the figures are worked out); the figures of every candidate are worked out a slice at
 * a time with their share done, so a pack of thousands keeps the page responsive, and leaving the page stops the work.
 */
export function useBoardPack(workspaceId: string): BoardPackState {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const { plan } = usePortfolioPlan(workspaceId, useCases);
  const todayMonth = useTodayMonth();
  const [state, setState] = useState<BoardPackState>({ status: 'loading', step: 'reading' });
  useEffect(() => {
    if (!workspace || !problems || !useCases || !plan) return;
    let current = true;
    const signal = { get aborted() { return !current; } };
    const bundle = { workspace, problems, useCases, plan, todayMonth };
    setState((s) => (s.status === 'ready' ? s : { status: 'loading', step: 'funding' }));
    fundingAnswerFor(bundle)
      .then(async (funding) => {
        if (!current) return;
        setState((s) => (s.status === 'ready' ? s : { status: 'loading', step: 'figures', fraction: 0 }));
        await nextTurn();
        const model = await runStepsAsync(boardPackSteps({ bundle, funding, generatedAt: new Date().toISOString(), todayMonth }), {
          signal,
          onProgress: (fraction) => current && setState((s) => (s.status === 'ready' ? s : { status: 'loading', step: 'figures', fraction })),
        });
        if (current) setState({ status: 'ready', model });
      })
      .catch((e: unknown) => current && !(e instanceof StepsCancelled) && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      current = false;
    };
  }, [workspace, problems, useCases, plan, todayMonth]);
  if (workspace === null) return { status: 'missing' };
  return state;
}
