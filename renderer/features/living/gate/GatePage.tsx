import { useMemo, useRef } from 'react';
import { useProblems, useUseCases, useWorkspace } from '@renderer/db';
import { routeHash } from '@renderer/state/router';
import { gateCaseOf } from '@shared/analysis/gateCase';
import { currentStage, STAGE_LABELS, type Problem, type UseCase, type Workspace } from '@shared/domain';
import { presenter } from '@shared/presentation';
import { useTodayMonth } from '../today';
import { GateCaseView } from './GateCaseView';
import { GateDecisionForm } from './GateDecisionForm';
import { GateDecisionList } from './GateDecisionList';
import { ReassessPanel } from './ReassessPanel';
import './gate.css';

/** Route 'gate': the last-mile decision of one use case. */
export function GatePage({ workspaceId, useCaseId }: { workspaceId: string; useCaseId: string }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  if (workspace === undefined || problems === undefined || useCases === undefined) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;
  const useCase = useCases.find((u) => u.id === useCaseId);
  if (!useCase) {
    return (
      <p className="empty">
        This use case no longer exists (it may have been deleted; Undo brings it back).{' '}
        <a href={routeHash({ page: 'problems', workspaceId })}>Back to the problems</a>
      </p>
    );
  }
  return <Gate useCase={useCase} workspace={workspace} problems={problems} />;
}

/**
 * "Our pilot worked — now what?": for a finished, successful pilot, the case for funding the last mile (what is left
 * to spend and when, what it costs to run and earns, the figures from today beside the whole-life ones and the sunk
 * cost, the chance of production and the risks still open), then the decision; past decisions with their figures.
 */
function Gate({ useCase, workspace, problems }: { useCase: UseCase; workspace: Workspace; problems: readonly Problem[] }) {
  const todayMonth = useTodayMonth();
  const present = presenter(workspace);
  const gate = useMemo(() => gateCaseOf(useCase, workspace, todayMonth), [useCase, workspace, todayMonth]);
  const stage = currentStage(useCase.lifecycle);
  const waiting = stage === 'pilot-succeeded';
  const title = useRef<HTMLHeadingElement>(null);
  const problem = problems.find((p) => p.id === useCase.problemId);
  const useCaseHref = routeHash({ page: 'useCase', workspaceId: workspace.id, useCaseId: useCase.id });
  const problemsHref = routeHash({ page: 'problems', workspaceId: workspace.id });
  return (
    <section className="page living-gate" aria-labelledby="gate-title">
      <nav aria-label="Breadcrumb" className="uc-breadcrumb">
        <a href={problemsHref}>Problems</a>
        {problem && (
          <>
            {' › '}
            <a href={routeHash({ page: 'problem', workspaceId: workspace.id, problemId: problem.id })}>{problem.title}</a>
          </>
        )}
        {' › '}
        <a href={useCaseHref}>{useCase.name}</a>
      </nav>
      <header className="page__header">
        <h1 id="gate-title" ref={title} tabIndex={-1}>{waiting ? `Fund the last mile of “${useCase.name}”?` : `Last-mile decisions on “${useCase.name}”`}</h1>
      </header>
      {waiting ? (
        <>
          <p className="living-gate__lead">
            The pilot finished successfully. The money spent on it is gone whatever is decided now; the question is whether what is left to spend is worth
            it. Figures as of {present.calendarMonth(todayMonth)}.
          </p>
          {gate.needsEvidence && <ReassessPanel key={useCase.lifecycle.history.length} useCase={useCase} />}
          <GateCaseView gate={gate} present={present} horizonMonths={workspace.horizonMonths} />
          <GateDecisionForm key={useCase.lifecycle.decisions.length} useCase={useCase} workspace={workspace} todayMonth={todayMonth} onRecorded={() => title.current?.focus()} />
        </>
      ) : (
        <p className="callout">
          “{useCase.name}” is not waiting for a last-mile decision: it is <strong>{STAGE_LABELS[stage]}</strong>. A pilot that finishes successfully waits
          here for its decision. <a href={useCaseHref}>Back to the use case</a>
        </p>
      )}
      <GateDecisionList decisions={useCase.lifecycle.decisions} present={present} />
    </section>
  );
}
