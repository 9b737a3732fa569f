import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_PARTICIPANTS, type Ballot, type WorkshopSessionInput } from '@shared/domain';
import type { DeviceBallot, VotingStarted } from '@shared/ipc';
import { replaceVotes } from '@shared/workshop';
import { getApi } from '@renderer/api';
import { sessionInputOf, type StoredSession } from '@renderer/db';
import type { useSessionWriter } from './useSessionWriter';

/** How often the ballots sent from devices are taken into the session. */
const TAKE_EVERY_MS = 2_000;
/** How long the voting page stays up after the reveal: devices ask every 2.5 s, and then say the votes are out. */
const REVEAL_SEEN_MS = 3_000;

/**
 * The session with the devices' ballots in it: a device's participant is added (voting 'device') the first time, and
 * each ballot replaces that participant's earlier one. A ballot that does not check is left out (the others are kept).
 */
export function withDeviceBallots(session: WorkshopSessionInput, ballots: readonly DeviceBallot[]): WorkshopSessionInput {
  let next = session;
  for (const b of ballots) {
    if (!next.participants.some((p) => p.id === b.participant.id)) {
      if (next.participants.length >= MAX_PARTICIPANTS) continue;
      next = { ...next, participants: [...next.participants, { ...b.participant, via: 'device' }] };
    }
    const r = replaceVotes(next, b.participant.id, b.votes);
    if (r.ok) next = r.value;
  }
  return next;
}

export type DeviceVotingState =
  | { state: 'off' }
  | { state: 'starting' }
  | { state: 'open'; started: VotingStarted; devices: number; received: number }
  | { state: 'failed'; message: string };

/**
 * Voting from phones and laptops on the local network (desktop app only): opens the voting page for the session's
 * ballot, takes the ballots that came in every two seconds into the session, and closes the page when asked, when the
 * votes are revealed (after taking the last ballots) or when the session is left.
 */
export function useDeviceVoting(session: StoredSession, writer: ReturnType<typeof useSessionWriter>) {
  const [voting, setVoting] = useState<DeviceVotingState>({ state: 'off' });
  const openRef = useRef(false);
  const sessionId = session.id;
  const { step } = writer;

  const take = useCallback(async (): Promise<string | null> => {
    const r = await getApi().votingTake({ sessionId });
    if (!r.ok) return r.error;
    setVoting((v) => (v.state === 'open' ? { ...v, devices: r.value.devices, received: r.value.received } : v));
    if (r.value.ballots.length === 0) return null;
    return step('Votes from devices', (latest) => withDeviceBallots(sessionInputOf(latest), r.value.ballots));
  }, [sessionId, step]);

  const stop = useCallback(async () => {
    if (!openRef.current) return;
    openRef.current = false;
    setVoting({ state: 'off' });
    await getApi().votingStop();
  }, []);

  const start = useCallback(
    async (ballot: Ballot) => {
      setVoting({ state: 'starting' });
      const r = await getApi().votingStart({ sessionId, ballot });
      if (!r.ok) return setVoting({ state: 'failed', message: r.error });
      openRef.current = true;
      setVoting({ state: 'open', started: r.value, devices: 0, received: 0 });
    },
    [sessionId],
  );

  /**
   * Before the reveal: the devices are told first (from then on the server refuses ballots), then every ballot sent
   * before that is taken; the page closes a moment later, once the devices have seen that the votes are out.
   */
  const beforeReveal = useCallback(async (): Promise<string | null> => {
    if (!openRef.current) return null;
    await getApi().votingReveal({ sessionId });
    const refused = await take();
    setTimeout(() => void stop(), REVEAL_SEEN_MS);
    return refused;
  }, [take, stop, sessionId]);

  const isOpen = voting.state === 'open';
  useEffect(() => {
    if (!isOpen) return;
    const timer = setInterval(() => void take(), TAKE_EVERY_MS);
    return () => clearInterval(timer);
  }, [isOpen, take]);
  // Leaving the session closes the voting page (the server is bound only while the session is on screen).
  useEffect(() => () => void stop(), [stop]);
  return { voting, start, stop, beforeReveal };
}

export type DeviceVoting = ReturnType<typeof useDeviceVoting>;
