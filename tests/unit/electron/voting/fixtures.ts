import { randomBytes } from 'node:crypto';
import type { Ballot } from '@shared/domain/workshop';
import { createVotingRoom } from '../../../../electron/main/voting/votingRoom';

export const scaleBallot: Ballot = {
  title: 'Q3 planning',
  candidates: [
    { id: 'uc-invoices', name: 'Invoice matching', line: 'Match supplier invoices to orders' },
    { id: 'uc-churn', name: '<img src=x onerror=alert(1)> Churn <b>alerts</b>', line: '<script>alert("line")</script>' },
    { id: 'uc-triage', name: 'Ticket triage', line: '' },
  ],
  rules: { mode: 'scale', criteria: [{ id: 'value', label: 'Value' }, { id: 'feasibility', label: 'Feasibility' }], dotsPerPerson: 10 },
};

export const dotsBallot: Ballot = { ...scaleBallot, rules: { mode: 'dots', criteria: [{ id: 'dots', label: 'Dots' }], dotsPerPerson: 5 } };

export const CODE = 'ACD347';

export function room(ballot: Ballot = scaleBallot, options: { now?: () => number; wasCode?: (code: string) => boolean } = {}) {
  return createVotingRoom('session-1', ballot, CODE, { randomBytes, now: options.now ?? (() => 0), wasCode: options.wasCode });
}

/** Joins and returns the token (fails the test when refused). */
export function joined(r: ReturnType<typeof room>, name = 'Ana', address = '192.168.1.20'): { token: string; participantId: string } {
  const answer = r.join({ code: CODE, name }, address);
  if (answer.status !== 200) throw new Error(`join refused: ${JSON.stringify(answer.body)}`);
  return { token: answer.body.token as string, participantId: answer.body.participantId as string };
}
