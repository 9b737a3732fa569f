import { useMemo } from 'react';
import { useProblems, useUseCases, useWorkspace } from '@renderer/db';
import { usePortfolioPlan } from '@renderer/features/portfolio/usePortfolioPlan';
import { buildBoardPack, type BoardPackModel } from './boardPackModel';

export type BoardPackState = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; model: BoardPackModel };

/** The board pack of a workspace from its live data and its portfolio plan (the plan the portfolio page shows). */
export function useBoardPack(workspaceId: string): BoardPackState {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const { plan } = usePortfolioPlan(workspaceId, useCases);
  const model = useMemo(
    () =>
      workspace && problems && useCases && plan
        ? buildBoardPack({ workspace, problems, useCases, plan }, new Date().toISOString(), () => performance.now())
        : null,
    [workspace, problems, useCases, plan],
  );
  if (workspace === null) return { status: 'missing' };
  return model ? { status: 'ready', model } : { status: 'loading' };
}
