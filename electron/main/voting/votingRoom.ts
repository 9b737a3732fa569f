import type { Ballot, Participant, Vote } from '@shared/domain/workshop';
import { checkVotes } from '@shared/workshop';
import { formatIssues } from '@shared/ipc/issues';
import type { DeviceBallot } from '@shared/ipc/votingSchemas';
import { normaliseCode, randomToken, sameSecret, type RandomBytes } from './codes';
import { ballotRequestSchema, joinRequestSchema, MAX_DEVICES, statusQuerySchema } from './protocol';
import { createRateLimit } from './rateLimit';

/** One answer of the voting API: a status and a JSON body. Refusals carry a code (`error`) and a sentence for the voter. */
export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}


interface Device {
  participant: Participant;
  lastSeq: number;
  votes: Vote[] | null;
  /** A ballot came in since the renderer last took them. */
  untaken: boolean;
}

export interface VotingRoomDeps {
  randomBytes: RandomBytes;
  /** Milliseconds (Date.now in the app). */
  now: () => number;
  /** Was this the code of an earlier session (answered 'ended', not 'wrong')? */
  wasCode?: (code: string) => boolean;
}

export const refuse = (status: number, error: string, message: string, headers?: Record<string, string>): ApiAnswer => ({
  status,
  body: { error, message },
  ...(headers === undefined ? {} : { headers }),
});

/**
 * One session's voting, in memory: its code, the devices that joined (by token), their latest ballots and whether the
 * votes are revealed. Every method takes a request body already parsed from JSON and answers an ApiAnswer; nothing here
 * knows about sockets, so the rules are tested as plain functions.
 */
export function createVotingRoom(sessionId: string, ballot: Ballot, code: string, deps: VotingRoomDeps) {
  const devices = new Map<string, Device>();
  // Joins: 10 a minute from one address (a typo or two, a reload), 120 a minute in all: guessing a code of 25^6 takes years.
  const joinsPerAddress = createRateLimit({ limit: 10, windowMs: 60_000, now: deps.now });
  const joinsInAll = createRateLimit({ limit: 120, windowMs: 60_000, now: deps.now });
  const candidateIds = ballot.candidates.map((c) => c.id);
  let revealed = false;
  let expired = false;

  const codeMatches = (given: string): boolean => !expired && sameSecret(normaliseCode(given), code);
  const wrongCode = (given: string): ApiAnswer =>
    expired || deps.wasCode?.(normaliseCode(given)) === true
      ? refuse(410, 'expired', 'This voting session has ended.')
      : refuse(403, 'wrong-code', 'That code is not the code on the screen. Check it and try again.');

  return {
    sessionId,
    code,
    ballot,

    join(input: unknown, address: string): ApiAnswer {
      if (!joinsInAll.allow('all') || !joinsPerAddress.allow(address)) {
        return refuse(429, 'too-many', 'Too many tries. Wait a minute and try again.', { 'Retry-After': '60' });
      }
      const parsed = joinRequestSchema.safeParse(input);
      if (!parsed.success) return refuse(422, 'invalid', formatIssues(parsed.error.issues));
      if (!codeMatches(parsed.data.code)) return wrongCode(parsed.data.code);
      if (devices.size >= MAX_DEVICES) return refuse(409, 'full', `This session already has ${MAX_DEVICES} devices voting.`);
      const token = randomToken(deps.randomBytes);
      const participant: Participant = { id: `device-${randomToken(deps.randomBytes).slice(0, 16)}`, name: parsed.data.name, via: 'device' };
      devices.set(token, { participant, lastSeq: 0, votes: null, untaken: false });
      return { status: 200, body: { token, participantId: participant.id, ballot, revealed } };
    },

    submit(input: unknown): ApiAnswer {
      const parsed = ballotRequestSchema.safeParse(input);
      if (!parsed.success) return refuse(422, 'invalid', formatIssues(parsed.error.issues));
      const request = parsed.data;
      if (!codeMatches(request.code)) return wrongCode(request.code);
      const device = devices.get(request.token);
      if (device === undefined) return refuse(401, 'unknown-device', 'This device has not joined the session. Join again with the code on the screen.');
      if (request.seq <= device.lastSeq) return { status: 409, body: { error: 'replayed', message: 'This ballot was already received.', lastSeq: device.lastSeq } };
      if (revealed) return refuse(409, 'revealed', 'The votes have been revealed; voting is closed.');
      const votes: Vote[] = request.votes.map((v) => ({ participantId: device.participant.id, useCaseId: v.useCaseId, criterionId: v.criterionId, value: v.value }));
      const faults = checkVotes(ballot.rules, candidateIds, [device.participant.id], votes);
      if (faults.length > 0) return refuse(422, 'invalid', faults.slice(0, 3).map((f) => f.message).join('; '));
      device.lastSeq = request.seq;
      device.votes = votes;
      device.untaken = true;
      return { status: 200, body: { received: true, seq: request.seq, count: votes.length } };
    },

    status(query: unknown): ApiAnswer {
      const parsed = statusQuerySchema.safeParse(query);
      if (!parsed.success) return refuse(422, 'invalid', formatIssues(parsed.error.issues));
      if (!codeMatches(parsed.data.code)) return wrongCode(parsed.data.code);
      const device = devices.get(parsed.data.token);
      if (device === undefined) return refuse(401, 'unknown-device', 'This device has not joined the session. Join again with the code on the screen.');
      const mine = (device.votes ?? []).map((v) => ({ useCaseId: v.useCaseId, criterionId: v.criterionId, value: v.value }));
      return { status: 200, body: { revealed, received: device.votes !== null, votes: mine, ballot } };
    },

    /** The ballots that came in since the last take (each device's latest only); a device's new ballot replaces its old one. */
    take(): { ballots: DeviceBallot[]; devices: number; received: number } {
      const ballots: DeviceBallot[] = [];
      let received = 0;
      for (const device of devices.values()) {
        if (device.votes !== null) received += 1;
        if (!device.untaken || device.votes === null) continue;
        device.untaken = false;
        ballots.push({ participant: { ...device.participant }, votes: device.votes.map((v) => ({ ...v })) });
      }
      return { ballots, devices: devices.size, received };
    },

    /** Devices are told the votes are out; later ballots are refused. */
    reveal(): void {
      revealed = true;
    },

    /** The session ended: its code is refused from now on (410), and its devices are forgotten. */
    expire(): void {
      expired = true;
      devices.clear();
    },

    get expired(): boolean {
      return expired;
    },
  };
}

export type VotingRoom = ReturnType<typeof createVotingRoom>;
