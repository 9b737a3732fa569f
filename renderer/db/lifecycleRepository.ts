import { gateCaseOf, gateFigures } from '@shared/analysis/gateCase';
import {
  currentStage,
  GATE_CHOICE_LABELS,
  GATE_CHOICE_STAGE,
  gateDecisionSchema,
  lastChangeTo,
  READINESS_DIMENSIONS,
  READINESS_LABELS,
  readinessSchema,
  STAGE_LABELS,
  stageChangeProblem,
  useCaseSchema,
  validate,
  type FieldError,
  type GateChoice,
  type GateDecision,
  type Readiness,
  type Stage,
  type StageChange,
} from '@shared/domain';
import { presenter } from '@shared/presentation';
import { applyChangeSet, nowIso, runWrite } from './changes';
import type { LastmileDatabase, StoredUseCase } from './database';
import { notFound, type WriteFailure, type WriteResult } from './repositoryResult';

/** A move to another stage, as the user gives it ('YYYY-MM' month; evidence only when a pilot finishes successfully). */
export interface StageChangeInput {
  stage: Stage;
  month: string;
  by: string;
  note: string;
  /** The readiness re-assessed with what the pilot showed: only with 'pilot-succeeded'. */
  evidence?: Readiness | null;
}

/** A last-mile gate decision as the user gives it; the figures are worked out from the stored record. */
export interface GateDecisionInput {
  choice: GateChoice;
  month: string;
  by: string;
  rationale: string;
  /** Extend the pilot: how many more months it runs (1–24). */
  extensionMonths?: number | null;
  /** Extend the pilot: what the extra months cost (added to the pilot's cost). */
  extraPilotCost?: number;
}

function refused(message: string, path = '', reason: WriteFailure<never>['reason'] = 'invalid'): WriteFailure<never> {
  return { ok: false, reason, errors: [{ path, message }] };
}

/** A stale write: the record changed since the page showed it; nothing was written. */
function stale(current: StoredUseCase): WriteFailure<StoredUseCase> {
  return {
    ok: false,
    reason: 'conflict',
    current,
    errors: [{ path: '', message: `“${current.name}” was changed in another window since you opened it; nothing was recorded. Check it again and record once more.` }],
  };
}

function futureMonth(month: string, todayMonth: string, what: string): WriteFailure<never> | null {
  return month > todayMonth ? refused(`${what} cannot be in the future: choose this month or an earlier one.`, 'month') : null;
}

/** Every dimension re-assessed: the probability after a pilot needs all five. */
function evidenceProblem(evidence: Readiness): FieldError[] {
  const checked = validate(readinessSchema, evidence);
  if (!checked.ok) return checked.errors.map((e) => ({ path: `evidence.${e.path}`, message: e.message }));
  const missing = READINESS_DIMENSIONS.filter((d) => evidence[d].score === null).map((d) => READINESS_LABELS[d]);
  if (missing.length === 0) return [];
  return [{ path: 'evidence', message: `Re-assess all five readiness dimensions with what the pilot showed (${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no score).` }];
}

/**
 * Stages and last-mile gate decisions of use cases (docs/living-portfolio.md). Each write checks the revision the page
 * showed inside the write transaction, is one undoable edit with a plain label, and is refused in plain words.
 */
export function lifecycleRepository(db: LastmileDatabase) {
  async function save(before: StoredUseCase, after: object, label: string): Promise<WriteResult<StoredUseCase>> {
    const checked = validate(useCaseSchema, { ...after, updatedAt: nowIso() });
    if (!checked.ok) return { ...checked, reason: 'invalid' };
    const change = await applyChangeSet(db, { label, changes: [{ table: 'useCases', key: before.id, before, after: checked.value }] });
    return { ok: true, value: change.changes[0]!.after as StoredUseCase, change };
  }

  async function load(id: string, expectedRevision: number): Promise<StoredUseCase | WriteFailure<StoredUseCase>> {
    const before = await db.useCases.get(id);
    if (!before) return notFound('This use case');
    if (before.revision !== expectedRevision) return stale(before);
    return before;
  }
  const failed = (r: StoredUseCase | WriteFailure<StoredUseCase>): r is WriteFailure<StoredUseCase> => 'ok' in r && r.ok === false;

  return {
    /**
     * Moves a use case (shown at `expectedRevision`) to another stage, dated `input.month` (not after `todayMonth`).
     * Finishing a pilot as succeeded keeps the readiness re-assessed with what it showed as its evidence, and makes it
     * the use case's readiness. A finished, successful pilot leaves only through the last-mile decision.
     */
    async changeStage(id: string, input: StageChangeInput, expectedRevision: number, todayMonth: string): Promise<WriteResult<StoredUseCase>> {
      const evidence = input.evidence ?? null;
      if (evidence && input.stage !== 'pilot-succeeded')
        return refused('A readiness re-assessment is recorded only when a pilot finishes successfully.', 'evidence');
      if (evidence) {
        const problems = evidenceProblem(evidence);
        if (problems.length > 0) return { ok: false, reason: 'invalid', errors: problems };
      }
      const future = futureMonth(input.month, todayMonth, 'A stage change');
      if (future) return future;
      return runWrite(db, async () => {
        const before = await load(id, expectedRevision);
        if (failed(before)) return before;
        if (currentStage(before.lifecycle) === 'pilot-succeeded')
          return refused('This pilot finished successfully: it moves on through the last-mile decision (fund the last mile, extend the pilot or stop).', 'stage');
        const change: StageChange = { stage: input.stage, month: input.month, at: nowIso(), by: input.by.trim(), note: input.note.trim(), evidence };
        const problem = stageChangeProblem(before.lifecycle, change);
        if (problem) return refused(`${problem}.`, 'stage');
        const lifecycle = { ...before.lifecycle, history: [...before.lifecycle.history, change] };
        return save(before, { ...before, lifecycle, ...(evidence ? { readiness: evidence } : {}) }, `Move “${before.name}” to “${STAGE_LABELS[input.stage]}”`);
      });
    },

    /**
     * Re-assesses the readiness of a finished, successful pilot with what it showed (when it was finished without one,
     * or the assessment is revised before the decision): kept as the evidence of its finish and set as its readiness.
     */
    async reassess(id: string, evidence: Readiness, expectedRevision: number): Promise<WriteResult<StoredUseCase>> {
      const problems = evidenceProblem(evidence);
      if (problems.length > 0) return { ok: false, reason: 'invalid', errors: problems };
      return runWrite(db, async () => {
        const before = await load(id, expectedRevision);
        if (failed(before)) return before;
        const finish = lastChangeTo(before.lifecycle, 'pilot-succeeded');
        if (currentStage(before.lifecycle) !== 'pilot-succeeded' || !finish)
          return refused('Readiness is re-assessed with a pilot’s evidence only while the pilot waits for its last-mile decision.', 'stage');
        const at = before.lifecycle.history.lastIndexOf(finish);
        const history = before.lifecycle.history.map((c, i) => (i === at ? { ...c, evidence } : c));
        return save(before, { ...before, readiness: evidence, lifecycle: { ...before.lifecycle, history } }, `Re-assess the readiness of “${before.name}” after its pilot`);
      });
    },

    /**
     * Records the last-mile decision on a finished, successful pilot (shown at `expectedRevision`), with the figures it
     * is taken on (worked out from the stored record as of `todayMonth`): fund the last mile → last mile in progress;
     * extend the pilot → pilot in progress, its duration and cost extended; stop → stopped.
     */
    async decideGate(id: string, input: GateDecisionInput, expectedRevision: number, todayMonth: string): Promise<WriteResult<StoredUseCase>> {
      const extending = input.choice === 'extend-pilot';
      const extraCost = extending ? (input.extraPilotCost ?? 0) : 0;
      if (!Number.isFinite(extraCost) || extraCost < 0) return refused('The extra pilot cost must be a number of 0 or more.', 'extraPilotCost');
      if (extending && (input.extensionMonths ?? null) === null) return refused('Say how many more months the pilot runs.', 'extensionMonths');
      const future = futureMonth(input.month, todayMonth, 'The decision');
      if (future) return future;
      return runWrite(db, async () => {
        const before = await load(id, expectedRevision);
        if (failed(before)) return before;
        if (currentStage(before.lifecycle) !== 'pilot-succeeded')
          return refused(`Only a pilot that finished successfully waits for a last-mile decision; “${before.name}” is “${STAGE_LABELS[currentStage(before.lifecycle)]}”.`, 'choice');
        const ws = await db.workspaces.get(before.workspaceId);
        if (!ws) return notFound('This workspace');
        const checked = validate(gateDecisionSchema, {
          choice: input.choice,
          month: input.month,
          at: nowIso(),
          by: input.by.trim(),
          rationale: input.rationale.trim(),
          extensionMonths: extending ? input.extensionMonths : null,
          figures: gateFigures(gateCaseOf(before, ws, todayMonth)),
        });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const decision: GateDecision = checked.value;
        const stage = GATE_CHOICE_STAGE[decision.choice];
        const months = decision.extensionMonths ?? 0;
        const note = extending
          ? `Last-mile decision: extend the pilot by ${months} ${months === 1 ? 'month' : 'months'}${extraCost > 0 ? `, ${presenter(ws).money(extraCost)} more` : ''}`
          : `Last-mile decision: ${GATE_CHOICE_LABELS[decision.choice].toLowerCase()}`;
        const change: StageChange = { stage, month: decision.month, at: decision.at, by: decision.by, note, evidence: null };
        const problem = stageChangeProblem(before.lifecycle, change);
        if (problem) return refused(`${problem}.`, 'month');
        const lifecycle = { history: [...before.lifecycle.history, change], decisions: [...before.lifecycle.decisions, decision] };
        const pilot = extending ? { cost: before.pilot.cost + extraCost, months: before.pilot.months + (decision.extensionMonths ?? 0) } : before.pilot;
        return save(before, { ...before, pilot, lifecycle }, `Last-mile decision on “${before.name}”: ${GATE_CHOICE_LABELS[decision.choice].toLowerCase()}`);
      });
    },
  };
}

export type LifecycleRepository = ReturnType<typeof lifecycleRepository>;
