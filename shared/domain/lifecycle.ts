import { z } from '../zod';
import { calendarMonth, months, text, timestamp } from './fields';
import type { Readiness } from './useCase';

/**
 * Where a use case stands in its life (docs/living-portfolio.md): an idea, a pilot running, a pilot finished
 * (succeeded or failed), the last mile running, in production, or stopped. Each change is dated by calendar month.
 */
export const STAGES = ['idea', 'pilot', 'pilot-succeeded', 'pilot-failed', 'last-mile', 'production', 'stopped'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  idea: 'Idea',
  pilot: 'Pilot in progress',
  'pilot-succeeded': 'Pilot finished: succeeded',
  'pilot-failed': 'Pilot finished: failed',
  'last-mile': 'Last mile in progress',
  production: 'In production',
  stopped: 'Stopped',
};

/**
 * The stages a use case may move to from each stage. A finished pilot leaves only through the last-mile gate (fund the
 * last mile, extend the pilot, or stop); a stopped use case may be taken up again as an idea.
 */
export const NEXT_STAGES: Record<Stage, readonly Stage[]> = {
  idea: ['pilot', 'stopped'],
  pilot: ['pilot-succeeded', 'pilot-failed', 'stopped'],
  'pilot-succeeded': ['last-mile', 'pilot', 'stopped'],
  'pilot-failed': ['pilot', 'stopped'],
  'last-mile': ['production', 'stopped'],
  production: ['stopped'],
  stopped: ['idea'],
};

/** Stages in which the pilot's money is spent or committed and the pilot is over. */
export const PILOT_OVER: ReadonlySet<Stage> = new Set(['pilot-succeeded', 'pilot-failed', 'last-mile', 'production']);
/** Stages with nothing left to decide or spend: no forward cash flows. */
export const ENDED: ReadonlySet<Stage> = new Set(['pilot-failed', 'stopped']);

export const GATE_CHOICES = ['fund-last-mile', 'extend-pilot', 'stop'] as const;
export type GateChoice = (typeof GATE_CHOICES)[number];
export const GATE_CHOICE_LABELS: Record<GateChoice, string> = {
  'fund-last-mile': 'Fund the last mile',
  'extend-pilot': 'Extend the pilot',
  stop: 'Stop',
};
/** The stage a gate decision moves the use case to. */
export const GATE_CHOICE_STAGE: Record<GateChoice, Stage> = { 'fund-last-mile': 'last-mile', 'extend-pilot': 'pilot', stop: 'stopped' };

/** One change of stage. `evidence`: the readiness as re-assessed when the pilot finished (what the pilot showed). */
export interface StageChange {
  stage: Stage;
  month: string;
  at: string;
  by: string;
  note: string;
  evidence: Readiness | null;
}

/** The figures a gate decision was taken on, kept with it (they are not recomputed later). */
export const gateFiguresSchema = z.object({
  remainingLastMileCost: z.number().finite(),
  remainingLastMileMonths: z.number().finite(),
  monthlyRunCost: z.number().finite(),
  monthlyBenefitAtFull: z.number().finite(),
  forwardNpv: z.number().finite(),
  forwardExpectedNpv: z.number().finite().nullable(),
  probability: z.number().finite().nullable(),
  sunkCost: z.number().finite(),
  openRisks: z.array(z.string().max(300)).max(20),
});
export type GateFigures = z.infer<typeof gateFiguresSchema>;

export const gateDecisionSchema = z.object({
  choice: z.enum(GATE_CHOICES, { error: 'Choose fund the last mile, extend the pilot or stop' }),
  month: calendarMonth('Decision month'),
  at: timestamp('Decided'),
  by: text('Decided by', 120, true),
  rationale: text('Rationale', 4000, true),
  /** Extend the pilot: how many more months it runs. */
  extensionMonths: months('Extension', 1, 24).nullable(),
  figures: gateFiguresSchema,
});
export type GateDecision = z.infer<typeof gateDecisionSchema>;

/** A use case's stage history (oldest first) and its last-mile gate decisions (oldest first). */
export interface Lifecycle {
  history: StageChange[];
  decisions: GateDecision[];
}

export function newLifecycle(): Lifecycle {
  return { history: [], decisions: [] };
}

/** The stage a use case is in now: the last change, or an idea when nothing was recorded. */
export function currentStage(lifecycle: Lifecycle): Stage {
  return lifecycle.history[lifecycle.history.length - 1]?.stage ?? 'idea';
}

/** The latest change into `stage`, if any. */
export function lastChangeTo(lifecycle: Lifecycle, stage: Stage): StageChange | undefined {
  for (let i = lifecycle.history.length - 1; i >= 0; i--) if (lifecycle.history[i]!.stage === stage) return lifecycle.history[i];
  return undefined;
}

/** Why a stage change is refused, in plain words; null when it is allowed. */
export function stageChangeProblem(lifecycle: Lifecycle, next: StageChange): string | null {
  const from = currentStage(lifecycle);
  if (!NEXT_STAGES[from].includes(next.stage))
    return `A use case that is “${STAGE_LABELS[from]}” cannot move to “${STAGE_LABELS[next.stage]}”${from === 'pilot-succeeded' ? ': take the last-mile decision' : ''}`;
  const last = lifecycle.history[lifecycle.history.length - 1];
  if (last && next.month < last.month) return `The change cannot be dated before the previous one (${last.month})`;
  if ((next.stage === 'pilot-succeeded' || next.stage === 'pilot-failed') && !lastChangeTo(lifecycle, 'pilot'))
    return 'Record the pilot’s start first';
  return null;
}
