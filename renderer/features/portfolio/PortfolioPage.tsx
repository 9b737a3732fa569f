import { useTodayMonth } from '@renderer/features/living/today';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useProblems, useSessions, useUseCases, useWorkspace } from '@renderer/db';
import { roomScoresOf } from '@shared/workshop/roomVote';
import { navigate } from '@renderer/state/router';
import { candidateCases, fundingCandidates, fundingConstraints, fundingNotes, moneyByYear, rankCases, summariseFunded, type FundingNote } from '@shared/analysis';
import { presenter } from '@shared/presentation';
import type { PortfolioPlan, ScoreWeights } from '@shared/portfolio';
import { PortfolioVarianceSummary } from '@renderer/features/living/actuals/PortfolioVarianceSummary';
import { FundedSet } from './FundedSet';
import { CostBasisControl } from './CostBasisControl';
import { FundingPanel } from './FundingPanel';
import { PortfolioTable } from './table/PortfolioTable';
import { SummaryHeader } from './SummaryHeader';
import { FRONTIER_POINTS, holdCandidates, prepareFunding } from './fundingService';
import { useFunding } from './useFunding';
import { RecordFundingDecision } from '@renderer/features/record/RecordFundingDecision';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useSameContent } from './useSameContent';
import { usePortfolioPlan } from './usePortfolioPlan';
import { WeightsPanel } from './WeightsPanel';
import { YearView } from './YearView';
import './portfolio.css';

const NO_NOTES: ReadonlyMap<string, FundingNote> = new Map();
/** The charts' code (d3 and the chart components) is loaded once the answer is on screen. */
const PortfolioViews = lazy(() => import('./PortfolioViews').then((m) => ({ default: m.PortfolioViews })));

/**
 * "What do we fund, and why": the answer first (the funded set by name, its totals and its money per plan year) with
 * the rules beside it; then every candidate ranked, funded or not with the reason; then the charts.
 */
export function PortfolioPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const sessions = useSessions(workspaceId);
  const { plan, save } = usePortfolioPlan(workspaceId, useCases);
  const [liveWeights, setLiveWeights] = useState<ScoreWeights | null>(null);
  // Slider moves re-rank live; once the saved plan carries the new weights, the live copy is dropped.
  useEffect(() => setLiveWeights(null), [plan?.weights]);
  const effectivePlan: PortfolioPlan | undefined = useMemo(() => (plan && liveWeights ? { ...plan, weights: liveWeights } : plan), [plan, liveWeights]);
  const present = useMemo(() => (workspace ? presenter(workspace) : null), [workspace]);
  const todayMonth = useTodayMonth();

  // Business cases only when the data changes; moving a weight only re-scores and re-ranks them.
  const cases = useMemo(() => (workspace && problems && useCases ? candidateCases(workspace, problems, useCases, todayMonth) : null), [workspace, problems, useCases, todayMonth]);
  // The plan is read afresh at every change: a budget change keeps the same weights, so the ranking is not redone.
  const weights = useSameContent(effectivePlan?.weights);
  // The room's vote (the latest revealed workshop session) counts only with a weight; until then it waits for nothing.
  const roomWeighed = (weights?.roomVote ?? 0) > 0;
  const roomScores = useMemo(() => (roomWeighed && sessions ? roomScoresOf(sessions).scores : null), [roomWeighed, sessions]);
  const roomReady = !roomWeighed || sessions !== undefined;
  const rows = useMemo(() => (cases && weights && roomReady ? rankCases(cases, weights, roomScores) : null), [cases, weights, roomReady, roomScores]);
  // Likewise the forced choices: the table's rows carry them, and a new object would rebuild and re-sort every row.
  const forcedChoices = useSameContent(plan?.forced);
  // The funding choice follows the weights only when it maximises the score; for expected NPV it is worked
  // out again only when the data or the saved rules change, not at every step of a slider.
  const byScore = plan?.objective === 'score';
  const fundingRows = byScore ? rows : cases;
  const fundingPlan = byScore ? effectivePlan : plan;
  // The candidates follow the rows, the objective and the cost basis only: a budget, cap or share typed keeps the same
  // list (the worker already holds it, and it is not compared or handed over again); the rules follow every change.
  const fundingObjective = fundingPlan?.objective;
  const fundingCostBasis = fundingPlan?.costBasis;
  const fundingCandidateList = useMemo(
    () => (fundingRows && fundingObjective && fundingCostBasis ? fundingCandidates(fundingRows, { objective: fundingObjective, costBasis: fundingCostBasis }) : null),
    [fundingRows, fundingObjective, fundingCostBasis],
  );
  const fundingRules = useMemo(() => (fundingRows && fundingPlan ? fundingConstraints(fundingRows, fundingPlan) : null), [fundingRows, fundingPlan]);
  // The efficient frontier (fifty searches) is worked out only once its view has been opened on this page.
  const [frontierWanted, setFrontierWanted] = useState(false);
  const wantFrontier = useCallback(() => setFrontierWanted(true), []);
  const { funding, frontier, busy, error } = useFunding(fundingCandidateList, fundingRules, frontierWanted ? FRONTIER_POINTS : 0);
  const fundedIds = useMemo(() => new Set(funding?.selectedIds ?? []), [funding]);
  // Once the answer is on screen, the worker gets ready for the next change while the window is idle: its engine loaded
  // and the candidates in hand.
  const answered = funding !== null;
  useEffect(() => {
    if (!answered) return;
    const prepare = () => {
      prepareFunding();
      if (fundingCandidateList) holdCandidates(fundingCandidateList);
    };
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(prepare, { timeout: 2_000 }) : null;
    if (idle === null) prepare();
    return () => {
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, [answered, fundingCandidateList]);
  // The funded set's totals and money by year need the business cases only: a weight step does not redo them.
  const summary = useMemo(() => (cases && funding && workspace ? summariseFunded(cases, funding, workspace.horizonMonths) : null), [cases, funding, workspace]);
  const yearCaps = plan?.yearCaps;
  const costBasis = plan?.costBasis;
  const byYear = useMemo(
    () => (cases && funding && yearCaps && workspace ? moneyByYear(cases, fundedIds, { yearCaps, costBasis }, workspace) : null),
    [cases, funding, fundedIds, yearCaps, costBasis, workspace],
  );
  // The notes explain the answer shown: while a new answer is being worked out, those of the last one stay (worked out
  // once per answer, not also for the rules just typed with the answer they replace).
  const freshNotes = useMemo(
    () => (!busy && rows && funding && fundingPlan && present ? fundingNotes(rows, funding, fundingPlan, present) : null),
    [busy, rows, funding, fundingPlan, present],
  );
  const [heldNotes, setHeldNotes] = useState(NO_NOTES);
  if (freshNotes && freshNotes !== heldNotes) setHeldNotes(freshNotes);
  const notes = freshNotes ?? heldNotes;

  // The charts follow at a lower priority: the funded set and the table are painted first, and a chart drawn for a
  // state already replaced (the next slider step) is dropped rather than finished. No initial value: with one, React
  // rendered the page again and again (about 2,000 times at 1,000 candidates) while its records were being read.
  const views = useMemo(() => (rows ? { rows, fundedIds, summary, frontier } : null), [rows, fundedIds, summary, frontier]);
  const deferredViews = useDeferredValue(views);
  const open = useCallback((useCaseId: string) => navigate({ page: 'useCase', workspaceId, useCaseId }), [workspaceId]);
  // The ranked table and the charts are first drawn just after the answer is painted (or once a search takes a while),
  // at a lower priority: opening the page shows what is funded without first laying out a table of every candidate.
  // Later changes update them at once.
  const restShown = useAfterFirstPaint(rows !== null, answered);

  if (workspace === undefined || !rows || !plan || !effectivePlan || !present) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;

  return (
    <section className="page portfolio-page" aria-labelledby="portfolio-title">
      <header className="page__header">
        <h1 id="portfolio-title">Portfolio</h1>
      </header>
      {rows.length === 0 ? (
        <p className="empty">No candidates yet. Open a problem and add the AI use cases that could solve it.</p>
      ) : (
        <>
          <div className="portfolio-top">
            <section className="card portfolio-answer" aria-labelledby="funded-set-title">
              <FundedSet rows={rows} fundedIds={fundedIds} funding={funding} summary={summary} present={present} onOpen={open} />
              <SummaryHeader summary={summary} byYear={byYear} candidateCount={rows.length} present={present} busy={busy} />
              <YearView byYear={byYear} present={present} />
              {summary && <RecordFundingDecision workspaceId={workspaceId} rows={rows} fundedIds={fundedIds} summary={summary} budget={effectivePlan.budget} todayMonth={todayMonth} />}
            </section>
            <div className="portfolio-controls">
              <FundingPanel
                plan={plan}
                planYears={Math.ceil(workspace.horizonMonths / 12)}
                present={present}
                funding={funding}
                byYear={byYear}
                busy={busy}
                error={error}
                onSave={save}
              />
              {fundingRows && <CostBasisControl plan={plan} rows={fundingRows} funding={funding} present={present} onSave={save} />}
              <WeightsPanel
                weights={plan.weights}
                onLiveChange={setLiveWeights}
                onSave={(weights, preset) => {
                  void save((p) => ({ ...p, weights, preset }), 'Change score weights');
                }}
              />
            </div>
          </div>
          <PortfolioVarianceSummary workspace={workspace} useCases={useCases} />
          <section className="card" aria-labelledby="ranked-title">
            <h2 id="ranked-title">Ranked candidates</h2>
            {!restShown && <p role="status">Ranking the candidates…</p>}
            {restShown && (
              <PortfolioTable
                rows={rows}
                fundedIds={fundedIds}
                notes={notes}
                objective={plan.objective}
                forced={forcedChoices ?? plan.forced}
                present={present}
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
            )}
          </section>
          {restShown && (
            <Suspense fallback={<p role="status">Drawing the charts…</p>}>
              <PortfolioViews views={deferredViews} budget={plan.budget} workspace={workspace} onOpen={open} onFrontierShown={wantFrontier} />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}
