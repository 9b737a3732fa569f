import { useEffect, useRef, useState } from 'react';
import type { BallotCandidate, Participant, Vote, VotingRules } from '@shared/domain';
import { BallotForm } from './BallotForm';

/**
 * Voting in turn on the one screen: the facilitator passes the laptop to a participant, who sees only their own
 * ballot, and hides it with "Done". Until the reveal the room sees who has voted, never what: no scores, no counts per
 * candidate.
 */
export function InTurnVoting({
  participants,
  voted,
  rules,
  candidates,
  onBallot,
  onTurn,
}: {
  participants: readonly Participant[];
  /** Ids of the participants who have handed in a ballot. */
  voted: readonly string[];
  rules: VotingRules;
  candidates: readonly BallotCandidate[];
  /** Saves a participant's ballot; answers why it was refused, or null. */
  onBallot: (participantId: string, votes: Vote[]) => Promise<string | null>;
  /** Told when a ballot opens (true) and when the laptop is handed back (false), so the page can hide what the voter must not touch. */
  onTurn?: (open: boolean) => void;
}) {
  const [voter, setVoter] = useState<Participant | null>(null);
  const [handedBack, setHandedBack] = useState<{ name: string; voted: boolean } | null>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const ballotTop = useRef<HTMLDivElement>(null);
  const done = new Set(voted);
  const inRoom = participants.filter((p) => p.via === 'room');
  const next = inRoom.find((p) => !done.has(p.id));
  useEffect(() => {
    onTurn?.(voter !== null);
    return () => onTurn?.(false);
  }, [voter, onTurn]);
  useEffect(() => {
    if (voter) ballotTop.current?.querySelector('h3')?.focus();
    else if (handedBack) nextButton.current?.focus();
  }, [voter, handedBack]);

  if (voter) {
    return (
      <div ref={ballotTop} className="workshop-turn">
        <BallotForm
          name={voter.name}
          participantId={voter.id}
          rules={rules}
          candidates={candidates}
          onCancel={() => {
            setHandedBack({ name: voter.name, voted: false });
            setVoter(null);
          }}
          onDone={async (votes) => {
            const refusal = await onBallot(voter.id, votes);
            if (refusal === null) {
              setHandedBack({ name: voter.name, voted: true });
              setVoter(null);
            }
            return refusal;
          }}
        />
      </div>
    );
  }

  return (
    <div className="workshop-turn">
      {handedBack && (
        <p role="status" className="workshop-turn__thanks">
          {handedBack.voted ? `Thank you, ${handedBack.name}: your votes are in and hidden.` : `${handedBack.name} handed back without voting.`}
        </p>
      )}
      {inRoom.length === 0 ? (
        <p className="empty">Nobody is listed to vote on this screen. Add the participants below.</p>
      ) : next ? (
        <button ref={nextButton} type="button" className="button button--primary workshop-turn__pass" onClick={() => setVoter(next)}>
          Pass the laptop to {next.name}
        </button>
      ) : (
        <p className="workshop-turn__all">Everyone has voted. The facilitator can reveal the votes.</p>
      )}
      {next && <p className="muted">If this screen is also on the projector, blank or freeze the projector while the laptop goes round.</p>}
      <h3>Who has voted</h3>
      <p className="muted">
        {participants.filter((p) => done.has(p.id)).length} of {participants.length} have voted. The votes stay hidden until the reveal.
      </p>
      <ul className="workshop-voters">
        {participants.map((p) => (
          <li key={p.id}>
            <span className="workshop-voters__name">
              {p.name}
              {p.via === 'device' && <span className="muted"> (from a device)</span>}
            </span>
            <span className={done.has(p.id) ? 'workshop-voters__done' : 'muted'}>{done.has(p.id) ? 'Voted' : 'Not yet'}</span>
            {p.via === 'room' && p.id !== next?.id && (
              <button type="button" className="button button--small" onClick={() => setVoter(p)}>
                {done.has(p.id) ? `Let ${p.name} vote again` : `Pass the laptop to ${p.name}`}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
