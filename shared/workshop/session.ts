import type { AgendaStep, AgendaStepKind, Participant, VotingRules, WorkshopSession, WorkshopSessionInput } from '../domain/workshop';

/**
 * Making a session and running its agenda (docs/workshop.md). Pure: ids come from `makeId` and every moment is passed
 * in as an ISO timestamp, so the same calls give the same session.
 */

/** The agenda a session starts with: capture problems → pick candidates → vote → fund, with planned minutes. */
export const DEFAULT_AGENDA: readonly { kind: AgendaStepKind; title: string; minutes: number }[] = [
  { kind: 'capture', title: 'Capture problems', minutes: 20 },
  { kind: 'pick', title: 'Pick candidates', minutes: 10 },
  { kind: 'vote', title: 'Vote', minutes: 15 },
  { kind: 'fund', title: 'Fund', minutes: 15 },
];

export function defaultAgenda(makeId: () => string): AgendaStep[] {
  return DEFAULT_AGENDA.map((s) => ({ id: makeId(), ...s, startedAt: null, endedAt: null }));
}

/** Scores 1–5 on value and feasibility; 10 dots each if the facilitator switches to dots. */
export function defaultRules(makeId: () => string): VotingRules {
  return { mode: 'scale', criteria: [{ id: makeId(), label: 'Value' }, { id: makeId(), label: 'Feasibility' }], dotsPerPerson: 10 };
}

export interface NewSessionOptions {
  title: string;
  /** The day, "YYYY-MM-DD". */
  date: string;
  facilitator?: string;
  participants?: Participant[];
  candidateIds?: string[];
  rules?: VotingRules;
}

/** A new open session on the default agenda (nothing started, no votes, nothing revealed). */
export function newSession(options: NewSessionOptions, makeId: () => string): WorkshopSessionInput {
  return {
    title: options.title,
    date: options.date,
    facilitator: options.facilitator ?? '',
    participants: options.participants ?? [],
    agenda: defaultAgenda(makeId),
    currentStep: 0,
    candidateIds: options.candidateIds ?? [],
    rules: options.rules ?? defaultRules(makeId),
    votes: [],
    revealedAt: null,
    decisions: [],
    status: 'open',
    closedAt: null,
  };
}

type Agendaed = Pick<WorkshopSessionInput, 'agenda' | 'currentStep'>;

/** Starts step `index` at `at` (and makes it the step under way); a step already started keeps its start. */
export function startStep<S extends Agendaed>(session: S, index: number, at: string): S {
  if (index < 0 || index >= session.agenda.length) return session;
  const agenda = session.agenda.map((s, i) => (i === index ? { ...s, startedAt: s.startedAt ?? at, endedAt: null } : s));
  return { ...session, agenda, currentStep: index };
}

/** Ends step `index` at `at` (a step never started is started and ended at `at`). */
export function endStep<S extends Agendaed>(session: S, index: number, at: string): S {
  if (index < 0 || index >= session.agenda.length) return session;
  const agenda = session.agenda.map((s, i) => (i === index ? { ...s, startedAt: s.startedAt ?? at, endedAt: s.endedAt ?? at } : s));
  return { ...session, agenda };
}

/** Ends the step under way and starts the next at `at`; after the last step currentStep is agenda.length (over). */
export function nextStep<S extends Agendaed>(session: S, at: string): S {
  const i = session.currentStep;
  if (i >= session.agenda.length) return session;
  const ended = endStep(session, i, at);
  return i + 1 < session.agenda.length ? startStep(ended, i + 1, at) : { ...ended, currentStep: session.agenda.length };
}

/** Whole minutes a step actually took (rounded), or null while it has not both started and ended. */
export function actualMinutes(step: Pick<AgendaStep, 'startedAt' | 'endedAt'>): number | null {
  if (step.startedAt === null || step.endedAt === null) return null;
  const ms = Date.parse(step.endedAt) - Date.parse(step.startedAt);
  return Number.isFinite(ms) ? Math.max(0, Math.round(ms / 60_000)) : null;
}

/** Reveals the votes at `at` (once; a later call keeps the first moment). */
export function revealVotes<S extends Pick<WorkshopSessionInput, 'revealedAt'>>(session: S, at: string): S {
  return session.revealedAt === null ? { ...session, revealedAt: at } : session;
}

/** Closes the session at `at`: the step under way ends, the agenda is over. */
export function closeSession<S extends WorkshopSessionInput>(session: S, at: string): S {
  if (session.status === 'closed') return session;
  const i = session.currentStep;
  const ended = i < session.agenda.length && session.agenda[i]?.startedAt ? endStep(session, i, at) : session;
  return { ...ended, currentStep: session.agenda.length, status: 'closed', closedAt: at };
}

/** The session's candidates and votes without `useCaseIds` (a deleted use case leaves no reference behind). */
export function withoutCandidates<S extends Pick<WorkshopSessionInput, 'candidateIds' | 'votes' | 'decisions'>>(session: S, useCaseIds: readonly string[]): S {
  const drop = new Set(useCaseIds);
  return {
    ...session,
    candidateIds: session.candidateIds.filter((id) => !drop.has(id)),
    votes: session.votes.filter((v) => !drop.has(v.useCaseId)),
    decisions: session.decisions.map((d) => (d.useCaseId !== null && drop.has(d.useCaseId) ? { ...d, useCaseId: null } : d)),
  };
}

/** Newest first: by day, then when made, then id. */
const newestFirst = (a: WorkshopSession, b: WorkshopSession) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1);

/** The latest session whose votes are revealed (what the room-vote criterion reads), or null. */
export function latestRevealed<S extends WorkshopSession>(sessions: readonly S[]): S | null {
  return [...sessions].sort(newestFirst).find((s) => s.revealedAt !== null) ?? null;
}

/** The latest session that is closed or revealed (what the board pack's session record prints), or null. */
export function latestRecorded<S extends WorkshopSession>(sessions: readonly S[]): S | null {
  return [...sessions].sort(newestFirst).find((s) => s.revealedAt !== null || s.status === 'closed') ?? null;
}
