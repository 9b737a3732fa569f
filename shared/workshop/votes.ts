import type { FieldError, Validated } from '../domain/validation';
import { SCALE_MAX, type Vote, type VotingRules, type WorkshopSessionInput } from '../domain/workshop';

/**
 * Checking and recording votes (docs/workshop.md). A participant hands in a ballot: every vote they give, at once.
 * In 'scale' mode each vote is a whole score 1–5 for one candidate on one criterion; in 'dots' mode a whole number of
 * dots (0 or more) on one candidate, a participant's dots adding up to at most dotsPerPerson. A new ballot replaces
 * the participant's old one, so a participant who votes twice is counted once.
 */

const key = (v: Pick<Vote, 'participantId' | 'useCaseId' | 'criterionId'>) => `${v.participantId}\u0000${v.useCaseId}\u0000${v.criterionId}`;

/** Every fault of a set of votes against the session's rules, candidates and participants (path `votes[i].field`). */
export function checkVotes(rules: VotingRules, candidateIds: readonly string[], participantIds: readonly string[], votes: readonly Vote[]): FieldError[] {
  const errors: FieldError[] = [];
  const candidates = new Set(candidateIds);
  const participants = new Set(participantIds);
  const criteria = new Set(rules.criteria.map((c) => c.id));
  const seen = new Set<string>();
  const dots = new Map<string, number>();
  votes.forEach((v, i) => {
    const at = (field: string) => `votes[${i}].${field}`;
    if (!participants.has(v.participantId)) errors.push({ path: at('participantId'), message: 'The vote is from someone who is not a participant of this session' });
    if (!candidates.has(v.useCaseId)) errors.push({ path: at('useCaseId'), message: 'The vote is for a use case that is not a candidate of this session' });
    if (!criteria.has(v.criterionId)) errors.push({ path: at('criterionId'), message: 'The vote is on a criterion this session does not use' });
    const k = key(v);
    if (seen.has(k)) errors.push({ path: at('value'), message: 'The same candidate is voted on twice for one criterion' });
    seen.add(k);
    if (typeof v.value !== 'number' || !Number.isInteger(v.value)) {
      errors.push({ path: at('value'), message: rules.mode === 'scale' ? `A score is a whole number from 1 to ${SCALE_MAX}` : 'Dots are a whole number' });
      return;
    }
    if (rules.mode === 'scale' && (v.value < 1 || v.value > SCALE_MAX)) errors.push({ path: at('value'), message: `A score is a whole number from 1 to ${SCALE_MAX}` });
    if (rules.mode === 'dots') {
      if (v.value < 0) errors.push({ path: at('value'), message: 'Dots cannot be fewer than 0' });
      dots.set(v.participantId, (dots.get(v.participantId) ?? 0) + Math.max(0, v.value));
    }
  });
  if (rules.mode === 'dots') {
    for (const [participantId, total] of dots) {
      if (total > rules.dotsPerPerson) {
        const i = votes.findIndex((v) => v.participantId === participantId);
        errors.push({ path: `votes[${i}].value`, message: `Each participant has ${rules.dotsPerPerson} dots; ${total} were given` });
      }
    }
  }
  return errors;
}

type SessionVotes = Pick<WorkshopSessionInput, 'rules' | 'candidateIds' | 'participants' | 'votes' | 'revealedAt' | 'status'>;

/**
 * The session with `participantId`'s ballot in place of any earlier one (their old votes are dropped, the others'
 * kept). Refused once the votes are revealed or the session is closed, or when the ballot does not check.
 */
export function replaceVotes<S extends SessionVotes>(session: S, participantId: string, votes: readonly Vote[]): Validated<S> {
  if (session.status === 'closed') return refusal('The session is closed; no more votes are taken');
  if (session.revealedAt !== null) return refusal('The votes have been revealed; no more votes are taken');
  const foreign = votes.findIndex((v) => v.participantId !== participantId);
  if (foreign >= 0) return { ok: false, errors: [{ path: `votes[${foreign}].participantId`, message: 'A ballot holds the votes of one participant' }] };
  const errors = checkVotes(session.rules, session.candidateIds, session.participants.map((p) => p.id), votes);
  if (errors.length > 0) return { ok: false, errors };
  const kept = session.votes.filter((v) => v.participantId !== participantId);
  return { ok: true, value: { ...session, votes: [...kept, ...votes.map((v) => ({ ...v }))] } };
}

/** The participants who have handed in a ballot (not what they voted): what the room may see before the reveal. */
export function ballotsIn(session: Pick<WorkshopSessionInput, 'participants' | 'votes'>): string[] {
  const voted = new Set(session.votes.map((v) => v.participantId));
  return session.participants.filter((p) => voted.has(p.id)).map((p) => p.id);
}

function refusal(message: string): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: [{ path: 'votes', message }] };
}
