import { useEffect, useState } from 'react';
import { useProblems, useUseCases, useWorkspace } from '@renderer/db';
import { fundingAnswerFor } from '@renderer/features/portfolio/fundingService';
import { usePortfolioPlan } from '@renderer/features/portfolio/usePortfolioPlan';
import { buildBoardPack, type BoardPackModel } from './boardPackModel';

export type BoardPackState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; model: BoardPackModel };

/**
 * The board pack of a workspace from its live data and its portfolio plan, with the funding answer the portfolio
 * page shows (from the funding service's worker; the pack never searches on the UI thread).
 */
export function useBoardPack(workspaceId: string): BoardPackState {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const { plan } = usePortfolioPlan(workspaceId, useCases);
  const [state, setState] = useState<BoardPackState>({ status: 'loading' });
  useEffect(() => {
    if (!workspace || !problems || !useCases || !plan) return;
    let current = true;
    const bundle = { workspace, problems, useCases, plan };
    fundingAnswerFor(bundle).then(
      (funding) => current && setState({ status: 'ready', model: buildBoardPack(bundle, funding, new Date().toISOString()) }),
      (e: unknown) => current && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [workspace, problems, useCases, plan]);
  if (workspace === null) return { status: 'missing' };
  return state;
}
