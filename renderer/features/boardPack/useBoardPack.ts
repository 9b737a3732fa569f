import { useEffect, useState } from 'react';
import { useProblems, useSessions, useSpendItems, useUseCases, useWorkspace } from '@renderer/db';
import { useTodayMonth } from '@renderer/features/living/today';
import { fundingAnswerFor } from '@renderer/features/portfolio/fundingService';
import { usePortfolioPlan } from '@renderer/features/portfolio/usePortfolioPlan';
import { nextTurn } from '@renderer/components/ProgressTask';
import { runSimulation, SimulationCancelled } from '@renderer/features/risk/simulationService';
import { runStepsAsync, StepsCancelled } from '@shared/export/compression';
import { exportRiskOf, simulationOrder } from '@shared/export/exportRisk';
import { exportToday } from '@shared/presentation';
import { boardPackSteps, riskInputOf, type BoardPackModel } from './boardPackModel';

/** Where the preparation is before the pages are laid out: reading the data, the funding answer, every candidate's figures, the simulation. */
export type BoardPackStep = 'reading' | 'funding' | 'figures' | 'risk';

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
 * The funded set is simulated meanwhile in the Risk page's worker (its seed and trials: the same seed gives the Risk
 * page's answer), over the pack's very funded set and today.
 */
export function useBoardPack(workspaceId: string): BoardPackState {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const { plan } = usePortfolioPlan(workspaceId, useCases);
  // Workshop sessions: the room's vote (when the score counts it) and the session record page.
  const sessions = useSessions(workspaceId);
  // The organisation's AI spend: the AI spend page (docs/spend.md).
  const spend = useSpendItems(workspaceId);
  const todayMonth = useTodayMonth();
  const [state, setState] = useState<BoardPackState>({ status: 'loading', step: 'reading' });
  useEffect(() => {
    if (!workspace || !problems || !useCases || !plan || !sessions || !spend) return;
    let current = true;
    let stopRun = () => undefined as void;
    const signal = { get aborted() { return !current; } };
    const bundle = { workspace, problems, useCases, plan, todayMonth, sessions, spend };
    setState((s) => (s.status === 'ready' ? s : { status: 'loading', step: 'funding' }));
    fundingAnswerFor(bundle)
      .then(async (funding) => {
        if (!current) return;
        setState((s) => (s.status === 'ready' ? s : { status: 'loading', step: 'figures', fraction: 0 }));
        // The simulation of the very funded set and today of the pack runs in its worker while the figures are worked out here.
        let simulated = 0;
        let simulating = false;
        const showRisk = () => current && setState((s) => (s.status === 'ready' ? s : { status: 'loading', step: 'risk', fraction: simulated }));
        const run = runSimulation(
          { workspace, useCases: simulationOrder(useCases), fundedIds: funding.selectedIds, today: exportToday({ workspace, todayMonth }) },
          (fraction) => {
            simulated = fraction;
            if (simulating) showRisk();
          },
        );
        stopRun = run.cancel;
        await nextTurn();
        const base = await runStepsAsync(boardPackSteps({ bundle, funding, generatedAt: new Date().toISOString(), todayMonth }), {
          signal,
          onProgress: (fraction) => current && setState((s) => (s.status === 'ready' ? s : { status: 'loading', step: 'figures', fraction })),
        });
        simulating = true;
        showRisk();
        const result = await run.result;
        if (current) setState({ status: 'ready', model: { ...base, risk: exportRiskOf(result, riskInputOf(base, useCases)) } });
      })
      .catch((e: unknown) => current && !(e instanceof StepsCancelled) && !(e instanceof SimulationCancelled) && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      current = false;
      stopRun();
    };
  }, [workspace, problems, useCases, plan, todayMonth, sessions, spend]);
  if (workspace === null) return { status: 'missing' };
  return state;
}
