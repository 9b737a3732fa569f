import { z } from '@shared/zod';
import { MAX_SESSION_CANDIDATES, voteSchema } from '@shared/domain/workshop';
import { text } from '@shared/domain/fields';

/**
 * What a voting device may send (docs/voting.md). A device joins with the session code and a name and gets a token;
 * it then hands in its whole ballot at once, numbered by `seq` (strictly increasing per token: a replayed request
 * is refused). The votes are the shared `voteSchema`'s, without `participantId`: the server puts the device's own in.
 */

/** Largest request body read. The largest valid ballot (60 candidates × 4 criteria, ids of 100 characters) is under 60 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

/** At most this many devices join one session. */
export { MAX_PARTICIPANTS as MAX_DEVICES } from '@shared/domain/workshop';

const codeField = z.string({ error: 'Session code must be text' }).max(20, { error: 'Not a session code' });
const tokenField = z.string({ error: 'Token must be text' }).regex(/^[A-Za-z0-9_-]{43}$/, { error: 'Not a device token' });

/** A name shown on the projector: no control characters (line breaks, bidirectional overrides). */
const nameField = text('Your name', 80, true).refine((name) => !/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(name), {
  error: 'Your name must be plain text on one line',
});

export const joinRequestSchema = z.strictObject({ code: codeField, name: nameField });
export type JoinRequest = z.infer<typeof joinRequestSchema>;

export const deviceVoteSchema = voteSchema.omit({ participantId: true }).strict();

export const ballotRequestSchema = z.strictObject({
  code: codeField,
  token: tokenField,
  seq: z.number({ error: 'seq must be a number' }).int({ error: 'seq must be a whole number' }).min(1).max(Number.MAX_SAFE_INTEGER),
  votes: z.array(deviceVoteSchema).max(MAX_SESSION_CANDIDATES * 4, { error: 'Too many votes' }),
});
export type BallotRequest = z.infer<typeof ballotRequestSchema>;

export const statusQuerySchema = z.object({ code: codeField, token: tokenField });
