import { workshopSessionSchema, type Vote, type VotingRules, type WorkshopSession } from '@shared/domain';
import { newSession } from '@shared/workshop';

/** A session of three executives voting on three candidates, by scores on value and feasibility (ids spelled out). */
export function threeByThree(rules?: VotingRules): WorkshopSession {
  let n = 0;
  const makeId = () => `id-${++n}`;
  const input = newSession(
    {
      title: 'Q3 planning',
      date: '2027-03-04',
      facilitator: 'Dana',
      participants: [
        { id: 'ceo', name: 'Chief executive', via: 'room' },
        { id: 'cfo', name: 'Chief financial officer', via: 'room' },
        { id: 'coo', name: 'Chief operating officer', via: 'device' },
      ],
      candidateIds: ['a', 'b', 'c'],
      rules: rules ?? { mode: 'scale', criteria: [{ id: 'value', label: 'Value' }, { id: 'feas', label: 'Feasibility' }], dotsPerPerson: 10 },
    },
    makeId,
  );
  return workshopSessionSchema.parse({ ...input, id: 's1', workspaceId: 'w1', createdAt: '2027-03-04T09:00:00.000Z', updatedAt: '2027-03-04T09:00:00.000Z' });
}

export const vote = (participantId: string, useCaseId: string, criterionId: string, value: number): Vote => ({ participantId, useCaseId, criterionId, value });
