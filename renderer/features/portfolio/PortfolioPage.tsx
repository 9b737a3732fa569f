import { useEffect, useMemo, useState } from 'react';
import { useProblems, useUseCases, useWorkspace } from '@renderer/db';
import { navigate } from '@renderer/state/router';
import { candidateCases, fundingProblem, rankCases, summariseFunded } from '@shared/analysis';
import type { PortfolioPlan, ScoreWeights } from '@shared/portfolio';
import { FundingPanel } from './FundingPanel';
import { PortfolioViews } from './PortfolioViews';
import { PortfolioTable } from './table/PortfolioTable';
import { SummaryHeader } from './SummaryHeader';
import { useFunding } from './useFunding';
import { usePortfolioPlan } from './usePortfolioPlan';
import { WeightsPanel } from './WeightsPanel';

/** Ranking, funding choice and views of a workspace's candidates: "what do we fund, and why". */
export function PortfolioPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const { plan, save } = usePortfolioPlan(workspaceId, useCases);
  const [liveWeights, setLiveWeights] = useState<ScoreWeights | null>(null);
  // Slider moves re-rank live; once the saved plan carries the new weights, the live copy is dropped.
  useEffect(() => setLiveWeights(null), [plan?.weights]);
  const effectivePlan: PortfolioPlan | undefined = useMemo(() => (plan && liveWeights ? { ...plan, weights: liveWeights } : plan), [plan, liveWeights]);

  // Business cases only when the data changes; moving a weight only re-scores and re-ranks them.
  const cases = useMemo(() => (workspace && problems && useCases ? candidateCases(workspace, problems, useCases) : null), [workspace, problems, useCases]);
  const weights = effectivePlan?.weights;
  const rows = useMemo(() => (cases && weights ? rankCases(cases, weights) : null), [cases, weights]);
  // The funding choice follows the weights only when it maximises the score; for expected NPV it is worked
  // out again only when the data or the saved rules change, not at every step of a slider.
  const byScore = plan?.objective === 'score';
  const fundingRows = byScore ? rows : cases;
  const fundingPlan = byScore ? effectivePlan : plan;
  const problemInput = useMemo(() => (fundingRows && fundingPlan ? fundingProblem(fundingRows, fundingPlan) : null), [fundingRows, fundingPlan]);
  const { funding, frontier, busy, error } = useFunding(problemInput?.candidates ?? null, problemInput?.constraints ?? null);
  const fundedIds = useMemo(() => new Set(funding?.selectedIds ?? []), [funding]);
  const exclusions = useMemo(() => new Map((funding?.excluded ?? []).map((e) => [e.id, e])), [funding]);
  const summary = useMemo(() => (rows && funding && workspace ? summariseFunded(rows, funding, workspace.horizonMonths) : null), [rows, funding, workspace]);

  if (workspace === undefined || !rows || !plan || !effectivePlan) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;
  const open = (useCaseId: string) => navigate({ page: 'useCase', workspaceId, useCaseId });

  return (
    <section className="page" aria-labelledby="portfolio-title">
      <header className="page__header">
        <h1 id="portfolio-title">Portfolio</h1>
      </header>
      <SummaryHeader summary={summary} currency={workspace.currency} planningStartMonth={workspace.planningStartMonth} busy={busy} />
      {rows.length === 0 ? (
        <p className="empty">No candidates yet. Open a problem and add the AI use cases that could solve it.</p>
      ) : (
        <>
          <div className="grid-2">
            <FundingPanel
              plan={plan}
              planYears={Math.ceil(workspace.horizonMonths / 12)}
              currency={workspace.currency}
              funding={funding}
              busy={busy}
              error={error}
              onSave={save}
            />
            <WeightsPanel
              weights={plan.weights}
              onLiveChange={setLiveWeights}
              onSave={(weights, preset) => {
                void save((p) => ({ ...p, weights, preset }), 'Change score weights');
              }}
            />
          </div>
          <section className="card" aria-labelledby="ranked-title">
            <h2 id="ranked-title">Ranked candidates</h2>
            <PortfolioTable
              rows={rows}
              fundedIds={fundedIds}
              exclusions={exclusions}
              forced={plan.forced}
              currency={workspace.currency}
              planningStartMonth={workspace.planningStartMonth}
              onOpen={open}
              onForce={(id, choice) => {
                void save((p) => {
                  const forced = { ...p.forced };
                  if (choice) forced[id] = choice;
                  else delete forced[id];
                  return { ...p, forced };
                }, choice ? `Force ${choice.mode}` : 'Clear forced choice');
              }}
            />
          </section>
          <PortfolioViews rows={rows} fundedIds={fundedIds} summary={summary} frontier={frontier} budget={plan.budget} workspace={workspace} onOpen={open} />
        </>
      )}
    </section>
  );
}
