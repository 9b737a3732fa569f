import { useEffect, useState } from 'react';
import { useProblems, useUseCases, useWorkspace } from '@renderer/db';
import { fundingAnswerFor } from '@renderer/features/portfolio/fundingService';
import { usePortfolioPlan } from '@renderer/features/portfolio/usePortfolioPlan';
import { nextTurn } from '@renderer/components/ProgressTask';
import { buildBoardPack, type BoardPackModel } from './boardPackModel';

/** Where the preparation is before the pages are laid out: reading the data, the funding answer, every candidate's figures. */
export type BoardPackStep = 'reading' | 'funding' | 'figures';

export type BoardPackState =
  | { status: 'loading'; step: BoardPackStep }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; model: BoardPackModel };

/**
 * The board pack of a workspace from its live data and its portfolio plan, with the funding answer the portfolio
 * page shows (from the funding service's worker; the pack never searches on the UI thread). Each step is shown as it
 * starts (the page paints before the figures are worked out), and leaving the page drops the work.
 */
export function useBoardPack(workspaceId: string): BoardPackState {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const { plan } = usePortfolioPlan(workspaceId, useCases);
  const [state, setState] = useState<BoardPackState>({ status: 'loading', step: 'reading' });
  useEffect(() => {
    if (!workspace || !problems || !useCases || !plan) return;
    let current = true;
    const bundle = { workspace, problems, useCases, plan };
    setState((s) => (s.status === 'ready' ? s : { status: 'loading', step: 'funding' }));
    fundingAnswerFor(bundle)
      .then(async (funding) => {
        if (!current) return;
        setState((s) => (s.status === 'ready' ? s : { status: 'loading', step: 'figures' }));
        await nextTurn();
        if (current) setState({ status: 'ready', model: buildBoardPack(bundle, funding, new Date().toISOString()) });
      })
      .catch((e: unknown) => current && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      current = false;
    };
  }, [workspace, problems, useCases, plan]);
  if (workspace === null) return { status: 'missing' };
  return state;
}
