import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Problem, UseCase, Workspace } from '@shared/domain';
import { setLeaveGuard } from '@renderer/state/router';
import { BlockerBadge, ClassificationBadge } from './ClassificationBadge';
import { MoveUseCaseDialog } from './MoveUseCaseDialog';
import { ActualsSection } from '@renderer/features/living/actuals/ActualsSection';
import { ConflictResolver } from '@renderer/components/ConflictResolver';
import { useCaseConflictViews } from './conflictFields';
import { SaveBar } from './SaveBar';
import { BenefitsSection } from './sections/BenefitsSection';
import { ClassificationSection } from './sections/ClassificationSection';
import { EstimateSection } from './sections/EstimateSection';
import { OverviewSection } from './sections/OverviewSection';
import { RegisterSection } from './sections/RegisterSection';
import { InventoryFlagsPanel } from './InventoryFlagsPanel';
import { RangesSection } from './sections/RangesSection';
import { ReadinessSection } from './sections/ReadinessSection';
import { RunCostSection } from './sections/RunCostSection';
import { WARNING_SPOTS, type SectionProps } from './sections/sectionProps';
import { SummaryPanel } from './SummaryPanel';
import { deleteUseCase } from './useCaseActions';
import { placeWarnings } from './useCaseModel';
import { useUseCaseDraft } from './useUseCaseDraft';
import { readinessSummary } from '@shared/finance';
import './useCases.css';

/** Ctrl/Cmd+S runs `save` while the page is open (the browser's own "save page" is suppressed). */
function useSaveShortcut(save: () => void): void {
  const ref = useRef(save);
  ref.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        ref.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The use case as a one-pager: the form by section beside a live summary of its business case. */
export function UseCaseEditor({ stored, workspace, problems, stage }: { stored: UseCase; workspace: Workspace; problems: readonly Problem[]; stage?: ReactNode }) {
  const draft = useUseCaseDraft(stored, workspace, problems);
  const [moving, setMoving] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const { values, live } = draft;

  const conflictRef = useRef<HTMLDivElement>(null);
  const save = async () => {
    // While a version saved elsewhere waits to be merged, saving means resolving it first.
    if (draft.conflict) return conflictRef.current?.focus();
    if (!draft.dirty) return;
    if (!(await draft.save()) && !live.ok) setRefusals((n) => n + 1);
  };
  useSaveShortcut(() => void save());
  // Leaving with unsaved edits (another tab, a link, Back) asks first instead of losing them.
  const dirty = useRef(draft.dirty);
  dirty.current = draft.dirty;
  useEffect(
    () => setLeaveGuard(() => (dirty.current ? `“${stored.name}” has unsaved changes. Leave this page and lose them?` : null)),
    [stored.name],
  );
  // Closing or reloading the window asks too (the desktop shell shows its own Leave / Stay question).
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
  useEffect(() => {
    if (refusals > 0) document.querySelector<HTMLElement>('.uc-form [aria-invalid="true"]')?.focus();
  }, [refusals]);

  const warnings = placeWarnings(live.ok ? live.warnings : [], WARNING_SPOTS);
  const section: SectionProps = { values, set: draft.set, errors: draft.errors, warnings, workspace, problems };
  const savedProblem = problems.find((p) => p.id === stored.problemId);
  const blockers = readinessSummary(values.readiness, workspace.readinessMapping).blockers.length;
  const problemsHref = `#/w/${encodeURIComponent(workspace.id)}/problems`;

  return (
    <section className="page uc-page" aria-labelledby="uc-title">
      <nav aria-label="Breadcrumb" className="uc-breadcrumb">
        <a href={problemsHref}>Problems</a>
        {savedProblem && (
          <>
            {' › '}
            <a href={`${problemsHref}/${encodeURIComponent(savedProblem.id)}`}>{savedProblem.title}</a>
          </>
        )}
      </nav>
      <header className="page__header">
        <h1 id="uc-title" className="uc-title">
          {values.name.trim() || 'Untitled use case'} <ClassificationBadge kind={values.classification.kind} /> <BlockerBadge count={blockers} />
        </h1>
        <div className="page__actions">
          <button type="button" className="button" onClick={() => setMoving(true)}>
            Move to another problem
          </button>
          <button type="button" className="button button--danger" onClick={() => void deleteUseCase(stored)}>
            Delete
          </button>
        </div>
      </header>
      {draft.conflict && (
        <div ref={conflictRef} tabIndex={-1} className="uc-conflict">
          <ConflictResolver
            what="This use case"
            fields={useCaseConflictViews(draft.conflict.differences, workspace, problems)}
            choices={draft.conflict.choices}
            onChoose={draft.choose}
            onApply={() => void draft.applyMerge()}
            onTakeSaved={draft.takeSaved}
            busy={draft.saving}
          />
        </div>
      )}
      {/* where the use case stands in its life (renderer/features/living/stage): recorded apart from the form */}
      {stage}
      <InventoryFlagsPanel
        useCase={stored}
        problem={savedProblem}
        problemHref={savedProblem ? `${problemsHref}/${encodeURIComponent(savedProblem.id)}` : null}
        inventoryHref={`#/w/${encodeURIComponent(workspace.id)}/inventory`}
      />
      <div className="uc-layout">
        <form
          className="uc-form"
          noValidate
          aria-label="Use case"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <OverviewSection {...section} />
          <RegisterSection {...section} />
          <ClassificationSection {...section} />
          <EstimateSection {...section} />
          <RunCostSection {...section} />
          <BenefitsSection {...section} />
          <ReadinessSection {...section} />
          <RangesSection {...section} stored={stored} current={live.ok ? live.input : null} />
        </form>
        <SummaryPanel live={live} workspace={workspace} otherWarnings={warnings.other} stored={stored} saveBar={<SaveBar draft={draft} onSave={() => void save()} />} />
      </div>
      <ActualsSection useCase={stored} workspace={workspace} />
      <MoveUseCaseDialog
        open={moving}
        name={values.name.trim() || stored.name}
        currentProblemId={stored.problemId}
        problems={problems}
        dirty={draft.dirty}
        onClose={() => setMoving(false)}
        onMove={(problemId) => draft.save({ patch: { problemId }, label: `Move use case “${values.name.trim() || stored.name}”` })}
      />
    </section>
  );
}
