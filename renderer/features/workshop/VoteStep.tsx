import { useState } from 'react';
import type { BallotCandidate, VotingRules } from '@shared/domain';
import { ballotsIn, reveal, revealVotes } from '@shared/workshop';
import { sessionInputOf as inputOf, type StoredSession } from '@renderer/db';
import { getApi } from '@renderer/api';
import { AddParticipant } from './AddParticipant';
import { DeviceVoting } from './DeviceVoting';
import type { DeviceVoting as Voting } from './useDeviceVoting';
import { InTurnVoting } from './InTurnVoting';
import { RevealTable } from './RevealTable';
import type { useSessionWriter } from './useSessionWriter';
import { VotingRulesForm } from './VotingRulesForm';

type Writer = ReturnType<typeof useSessionWriter>;

/**
 * The vote: the rules, the participants voting in turn on this screen (and, in the desktop app, from their own
 * devices), who has voted (never what), and the reveal. After the reveal: the average and spread per candidate, the
 * disagreements to discuss first, and the way into the ranking.
 */
export function VoteStep({
  session,
  writer,
  candidates,
  names,
  devices,
  makeId,
  onPick,
  onSaveError,
}: {
  session: StoredSession;
  writer: Writer;
  candidates: readonly BallotCandidate[];
  names: ReadonlyMap<string, string>;
  devices: Voting;
  makeId: () => string;
  onPick: () => void;
  onSaveError: (message: string | null) => void;
}) {
  // While a participant holds the laptop, only their ballot is shown: not the rules, the participants or the reveal.
  const [turn, setTurn] = useState(false);
  const shown = reveal(session);
  const voted = ballotsIn(session);
  const open = session.status === 'open';
  const portfolio = `#/w/${encodeURIComponent(session.workspaceId)}/portfolio`;
  if (shown.revealed) {
    return (
      <>
        <RevealTable revealed={shown} names={names} />
        <p>
          <a href={portfolio}>Use the room’s vote in the ranking</a>: on the Portfolio page, give the “Room vote” criterion a weight among the score’s
          criteria.
        </p>
      </>
    );
  }
  if (!open) return <p>The session was closed before the votes were revealed; they stay hidden.</p>;
  const setRules = (rules: VotingRules) => void writer.edit('Change the voting rules', (latest) => ({ ...inputOf(latest), rules })).then(onSaveError);
  return (
    <>
      {!turn && <VotingRulesForm rules={session.rules} locked={session.votes.length > 0} onChange={setRules} makeId={makeId} />}
      {candidates.length === 0 ? (
        <p className="empty">
          No candidates are put to the room yet.{' '}
          <button type="button" className="button button--small" onClick={onPick}>
            Pick the candidates
          </button>
        </p>
      ) : (
        <>
          <InTurnVoting participants={session.participants} voted={voted} rules={session.rules} candidates={candidates} onBallot={writer.vote} onTurn={setTurn} />
          {!turn && (
            <AddParticipant
              names={session.participants.map((p) => p.name)}
              onAdd={(name) => writer.edit(`Add participant ${name}`, (latest) => ({ ...inputOf(latest), participants: [...latest.participants, { id: makeId(), name, via: 'room' }] }))}
            />
          )}
          {getApi().host === 'desktop' && <DeviceVoting voting={devices} ballot={{ title: session.title, candidates: [...candidates], rules: session.rules }} />}
          {!turn && (
            <div className="workshop-actions workshop-reveal-action">
              <button
                type="button"
                className="button button--primary"
                disabled={voted.length === 0 || writer.busy}
                onClick={() =>
                  void devices
                    .beforeReveal()
                    .then(() => writer.step('Reveal the votes', (latest) => revealVotes(inputOf(latest), new Date().toISOString())))
                    .then(onSaveError)
                }
              >
                Reveal the votes
              </button>
              <span className="muted">
                {voted.length === 0
                  ? 'The votes can be revealed once someone has voted.'
                  : voted.length < session.participants.length
                    ? `${session.participants.length - voted.length} not voted yet; once revealed, no more votes are taken.`
                    : 'All the votes are in.'}
              </span>
            </div>
          )}
        </>
      )}
    </>
  );
}
