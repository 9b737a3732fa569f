import { revisionOf, settleWrite } from '@renderer/components/settleWrite';
import { repositories } from '@renderer/db';
import type { GateDecisionInput, StageChangeInput } from '@renderer/db/lifecycleRepository';
import { perform } from '@renderer/state/actions';
import { GATE_CHOICE_LABELS, STAGE_LABELS, type Readiness, type UseCase } from '@shared/domain';

/** Moves a use case to another stage (as the page showed it); undoable from the toast. */
export function recordStageChange(useCase: UseCase, input: StageChangeInput, todayMonth: string) {
  return settleWrite(() =>
    perform(repositories().lifecycle.changeStage(useCase.id, input, revisionOf(useCase), todayMonth), {
      toast: `“${useCase.name}” moved to “${STAGE_LABELS[input.stage]}”`,
      undoable: true,
    }),
  );
}

/** Re-assesses a finished pilot's readiness with what it showed; undoable. */
export function recordReassessment(useCase: UseCase, evidence: Readiness) {
  return settleWrite(() =>
    perform(repositories().lifecycle.reassess(useCase.id, evidence, revisionOf(useCase)), { toast: `Readiness of “${useCase.name}” re-assessed after its pilot`, undoable: true }),
  );
}

/** Records the last-mile decision on a finished pilot; undoable. */
export function recordGateDecision(useCase: UseCase, input: GateDecisionInput, todayMonth: string) {
  return settleWrite(() =>
    perform(repositories().lifecycle.decideGate(useCase.id, input, revisionOf(useCase), todayMonth), {
      toast: `Last-mile decision on “${useCase.name}”: ${GATE_CHOICE_LABELS[input.choice].toLowerCase()}`,
      undoable: true,
    }),
  );
}
