import { VOTING_NOT_OPEN } from '@shared/ipc/votingSchemas';
import type { IpcHandlers } from '../ipc/registerIpc';
import type { VotingServer } from './votingServer';

export type VotingService = Pick<VotingServer, 'start' | 'stop' | 'take' | 'reveal'>;
type VotingMethod = 'votingStart' | 'votingStop' | 'votingTake' | 'votingReveal';

/** Main's side of the voting methods (registered with the others, so the sender and the payload are checked first). */
export function createVotingHandlers(voting: VotingService | undefined): Pick<IpcHandlers, VotingMethod> {
  const service = (): VotingService => {
    if (voting === undefined) throw new Error('Voting from devices is not available');
    return voting;
  };
  return {
    votingStart: (_context, request) => service().start(request.sessionId, request.ballot),
    votingStop: () => (voting === undefined ? { stopped: false } : voting.stop()),
    votingTake: (_context, request) => {
      const taken = service().take(request.sessionId);
      if (taken === null) throw new Error(VOTING_NOT_OPEN);
      return taken;
    },
    votingReveal: (_context, request) => ({ revealed: service().reveal(request.sessionId) }),
  };
}
