import { z } from '../zod';
import { count, id, text, timestamp } from './fields';

/**
 * A facilitated workshop session (docs/workshop.md): an agenda with a timer per step, the candidates put to the
 * room, the criteria they are scored on, the votes (hidden until the reveal), and the decisions taken. Kept in the
 * workspace (and its file) as the session record; printable as a page of the board pack.
 */

export const AGENDA_STEP_KINDS = ['capture', 'pick', 'vote', 'fund'] as const;
export type AgendaStepKind = (typeof AGENDA_STEP_KINDS)[number];

export const agendaStepSchema = z.object({
  id: id('Step id'),
  kind: z.enum(AGENDA_STEP_KINDS, { error: 'A step is capture, pick, vote or fund' }),
  title: text('Step title', 120, true),
  /** Planned length of the step. */
  minutes: count('Minutes', 600),
  /** When the facilitator started and finished the step (the agenda as run); null = not yet. */
  startedAt: timestamp('Step started').nullable(),
  endedAt: timestamp('Step ended').nullable(),
});
export type AgendaStep = z.infer<typeof agendaStepSchema>;

export const participantSchema = z.object({
  id: id('Participant id'),
  name: text('Participant name', 80, true),
  /** 'room': voted on the facilitator's screen in turn; 'device': voted from a phone or laptop on the local network. */
  via: z.enum(['room', 'device'], { error: 'A participant votes in the room or from a device' }),
});
export type Participant = z.infer<typeof participantSchema>;

/** How the room votes: each criterion scored 1–5, or a fixed number of dots each spread over the candidates. */
export const VOTING_MODES = ['scale', 'dots'] as const;
export type VotingMode = (typeof VOTING_MODES)[number];

export const criterionSchema = z.object({
  id: id('Criterion id'),
  label: text('Criterion', 60, true),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const votingRulesSchema = z
  .object({
    mode: z.enum(VOTING_MODES, { error: 'Voting is by scores or by dots' }),
    /** Scored 1–5 each in 'scale' mode (1–4 criteria); in 'dots' mode one criterion, the dots. */
    criteria: z.array(criterionSchema).min(1, { error: 'Choose at least one criterion' }).max(4, { error: 'At most four criteria' }),
    /** Dots each participant spreads over the candidates ('dots' mode). */
    dotsPerPerson: count('Dots per person', 50).min(1, { error: 'Dots per person must be 1 or more' }),
  })
  .refine((r) => r.mode === 'scale' || r.criteria.length === 1, { error: 'Dot voting has one criterion', path: ['criteria'] });
export type VotingRules = z.infer<typeof votingRulesSchema>;

/** Highest score in 'scale' mode. */
export const SCALE_MAX = 5;
/** The spread (highest minus lowest score) at which the room is flagged as disagreeing on a candidate. */
export const DISAGREEMENT_SPREAD = 2;
/** At most this many candidates are put to the room in one session. */
export const MAX_SESSION_CANDIDATES = 60;
export const MAX_PARTICIPANTS = 60;

/** One participant's score of one candidate on one criterion (1–5), or the dots given to it (0–dotsPerPerson). */
export const voteSchema = z.object({
  participantId: id('Participant'),
  useCaseId: id('Candidate'),
  criterionId: id('Criterion'),
  value: count('Vote', 50),
});
export type Vote = z.infer<typeof voteSchema>;

export const sessionDecisionSchema = z.object({
  id: id('Decision id'),
  text: text('Decision', 1000, true),
  /** The candidate the decision is about, if any. */
  useCaseId: id('Candidate').nullable(),
  at: timestamp('Decided'),
});
export type SessionDecision = z.infer<typeof sessionDecisionSchema>;

export const workshopSessionInputSchema = z.object({
  title: text('Session title', 120, true),
  /** The day of the session, "YYYY-MM-DD". */
  date: z.string({ error: 'Date must be a day like 2027-01-31' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Date must be a day like 2027-01-31' }),
  facilitator: text('Facilitator', 80),
  participants: z.array(participantSchema).max(MAX_PARTICIPANTS, { error: `At most ${MAX_PARTICIPANTS} participants` }),
  agenda: z.array(agendaStepSchema).min(1, { error: 'The agenda needs a step' }).max(12, { error: 'At most 12 agenda steps' }),
  /** Index of the step under way (agenda.length once the session is over). */
  currentStep: count('Current step', 12),
  /** The use cases put to the room, in the order shown. */
  candidateIds: z.array(id('Candidate')).max(MAX_SESSION_CANDIDATES, { error: `At most ${MAX_SESSION_CANDIDATES} candidates in a session` }),
  rules: votingRulesSchema,
  votes: z.array(voteSchema),
  /** When the votes were revealed; null = still hidden. */
  revealedAt: timestamp('Revealed').nullable(),
  decisions: z.array(sessionDecisionSchema).max(200),
  status: z.enum(['open', 'closed'], { error: 'A session is open or closed' }),
  closedAt: timestamp('Closed').nullable(),
});
export type WorkshopSessionInput = z.infer<typeof workshopSessionInputSchema>;

export const workshopSessionSchema = workshopSessionInputSchema.extend({
  id: id('Session id'),
  workspaceId: id('Workspace id'),
  createdAt: timestamp('Created'),
  updatedAt: timestamp('Updated'),
});
export type WorkshopSession = z.infer<typeof workshopSessionSchema>;

/** What a voting device is shown of a candidate: its name and one line, nothing else of the workspace. */
export const ballotCandidateSchema = z.object({
  id: id('Candidate'),
  name: text('Name', 200, true),
  line: text('Description', 200),
});
export type BallotCandidate = z.infer<typeof ballotCandidateSchema>;

/** Everything a voting device may see of a session. */
export const ballotSchema = z.object({
  title: text('Session title', 120, true),
  candidates: z.array(ballotCandidateSchema).max(MAX_SESSION_CANDIDATES),
  rules: votingRulesSchema,
});
export type Ballot = z.infer<typeof ballotSchema>;
