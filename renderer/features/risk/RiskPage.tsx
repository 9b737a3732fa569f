import { useEffect, useMemo, useState } from 'react';
import { ProgressLine } from '@renderer/components/ProgressLine';
import { useProblems, useSessions, useUseCases, useWorkspace } from '@renderer/db';
import { useTodayMonth } from '@renderer/features/living/today';
import { fundingAnswerFor } from '@renderer/features/portfolio/fundingService';
import { usePortfolioPlan } from '@renderer/features/portfolio/usePortfolioPlan';
import { currentStage, DISTRIBUTION_LABELS, ENDED } from '@shared/domain';
import { todayPlanMonth } from '@shared/finance';
import { forwardLabel, planStarted, presenter } from '@shared/presentation';
import { CaseRiskTable } from './CaseRiskTable';
import { FundedRisk } from './FundedRisk';
import { PortfolioTornado } from './PortfolioTornado';
import { SeedControl } from './SeedControl';
import { useSimulation, type SimulationInputs } from './useSimulation';
import './risk.css';

/**
 * "How sure are we?": the portfolio simulated (docs/uncertainty.md). Every estimate still to come is drawn from its
 * range (the use case's own, else the workspace's policy), the stage gate from the chance of production, thousands of
 * times; the funded set (the portfolio page's funding answer) and every use case are shown at P10 / P50 / P90. The seed
 * is shown and can be changed: the same seed gives the same answer.
 */
export function RiskPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const { plan } = usePortfolioPlan(workspaceId, useCases);
  const todayMonth = useTodayMonth();
  const sessions = useSessions(workspaceId);
  const [funded, setFunded] = useState<{ ids: string[] } | { error: string } | null>(null);
  useEffect(() => {
    if (!workspace || !problems || !useCases || !plan || sessions === undefined) return;
    let current = true;
    fundingAnswerFor({ workspace, problems, useCases, plan, todayMonth, sessions }).then(
      (answer) => current && setFunded({ ids: [...answer.selectedIds].sort() }),
      (e: unknown) => current && setFunded({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [workspace, problems, useCases, plan, todayMonth, sessions]);

  const fundedIds = funded && 'ids' in funded ? funded.ids : null;
  const today = workspace ? todayPlanMonth(workspace.planningStartMonth, todayMonth, workspace.horizonMonths) : 1;
  const inputs = useMemo<SimulationInputs | null>(
    () => (workspace && useCases && fundedIds ? { workspace, useCases, fundedIds, today } : null),
    [workspace, useCases, fundedIds, today],
  );
  const sim = useSimulation(inputs);
  const present = useMemo(() => (workspace ? presenter(workspace) : null), [workspace]);
  const byId = useMemo(() => new Map((useCases ?? []).map((u) => [u.id, u])), [useCases]);
  const fundedSet = useMemo(() => new Set(fundedIds ?? []), [fundedIds]);
  const fundedUseCases = useMemo(() => (useCases && fundedIds ? useCases.filter((u) => fundedSet.has(u.id)) : null), [useCases, fundedIds, fundedSet]);

  if (workspace === undefined || !present) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;
  const policy = workspace.uncertainty;
  const result = sim.result;
  const rows = result
    ? result.cases.map((outcome) => {
        const uc = byId.get(outcome.id);
        const stage = uc ? currentStage(uc.lifecycle) : 'stopped';
        return { outcome, name: uc?.name ?? 'A use case since deleted', funded: fundedSet.has(outcome.id), ended: ENDED.has(stage) };
      })
    : [];
  const npvLabel = forwardLabel('NPV', present, today);

  return (
    <section className="page risk-page" aria-labelledby="risk-title">
      <header className="page__header">
        <h1 id="risk-title">Risk</h1>
      </header>
      <p className="lead">
        How sure are the figures? Every estimate still to come — costs, benefit, durations — is drawn from its range ({DISTRIBUTION_LABELS[policy.distribution]}
        {policy.distribution === 'pert' ? ', which favours the likely figure' : ', which gives the ends more weight'}
        {policy.sharedOverrun ? ', with one overrun shared by every pilot and last mile' : ''}), and each use case passes its stage gate with its chance of
        production, {present.number(policy.trials, 0)} times. Ranges are set per use case, or for the workspace in Settings.
      </p>
      <div className="risk-run">
        <SeedControl workspace={workspace} disabled={sim.running} />
        <p className="risk-run__trials">
          <span className="muted">Trials</span> {present.number(policy.trials, 0)}
        </p>
        <button type="button" className="button button--primary" onClick={sim.run} disabled={!inputs || sim.running}>
          {result ? 'Run again' : 'Run the simulation'}
        </button>
      </div>
      {funded && 'error' in funded && <p className="error">The funded set could not be worked out: {funded.error}</p>}
      {!inputs && !funded && <p role="status">Working out the funded set…</p>}
      {sim.running && (
        <ProgressLine
          progress={{ label: 'Simulating the portfolio', sentence: `${present.percent(sim.fraction, 0)} done`, fraction: sim.fraction, cancellable: true }}
          onCancel={sim.cancel}
        />
      )}
      {sim.cancelled && !sim.running && <p role="status">The run was cancelled{result ? '; the figures below are from the previous run' : ''}.</p>}
      {sim.error && <p className="error">The simulation failed: {sim.error}</p>}
      {result && (
        <>
          <p className="muted" role="status">
            Seed {result.seed}, {present.number(result.trials, 0)} trials: the same seed gives the same answer.
            {sim.stale ? ' The data, the funded set or the policy changed since this run: run it again to update the figures.' : ''}
          </p>
          <FundedRisk result={result} workspace={workspace} present={present} npvLabel={npvLabel} />
        </>
      )}
      {!result && !sim.running && inputs && <p className="empty">Run the simulation to see how the funded set’s figures are spread.</p>}
      {fundedUseCases && <PortfolioTornado useCases={fundedUseCases} workspace={workspace} todayMonth={todayMonth} />}
      {result && (
        <>
          <h2>Each use case</h2>
          <CaseRiskTable rows={rows} present={present} todayMonth={planStarted(today) ? present.planMonth(today) : null} />
        </>
      )}
    </section>
  );
}
