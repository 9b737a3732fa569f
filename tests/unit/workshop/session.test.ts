import { describe, expect, it } from 'vitest';
import { workshopSessionInputSchema } from '@shared/domain';
import { actualMinutes, closeSession, defaultAgenda, endStep, latestRecorded, latestRevealed, newSession, nextStep, startStep, withoutCandidates } from '@shared/workshop';
import { threeByThree, vote } from './sessionFixture';

const at = (hhmm: string) => `2027-03-04T${hhmm}:00.000Z`;

describe('a session and its agenda', () => {
  it('starts open on capture → pick → vote → fund, and validates', () => {
    let n = 0;
    const s = newSession({ title: 'Board offsite', date: '2027-03-04' }, () => `x${++n}`);
    expect(s.agenda.map((a) => [a.kind, a.title, a.minutes])).toEqual([
      ['capture', 'Capture problems', 20],
      ['pick', 'Pick candidates', 10],
      ['vote', 'Vote', 15],
      ['fund', 'Fund', 15],
    ]);
    expect(new Set(defaultAgenda(() => `y${++n}`).map((a) => a.id)).size).toBe(4);
    expect(workshopSessionInputSchema.safeParse(s).success).toBe(true);
    expect(s).toMatchObject({ status: 'open', currentStep: 0, revealedAt: null, votes: [], rules: { mode: 'scale' } });
  });

  it('keeps the agenda as run: each step’s start and end, the next step starting as the last ends', () => {
    let s = threeByThree();
    s = startStep(s, 0, at('09:00'));
    s = nextStep(s, at('09:25'));
    s = nextStep(s, at('09:33'));
    expect(s.currentStep).toBe(2);
    expect(s.agenda.map(actualMinutes)).toEqual([25, 8, null, null]);
    expect(s.agenda[2]!.startedAt).toBe(at('09:33'));
    s = endStep(s, 2, at('09:50'));
    expect(actualMinutes(s.agenda[2]!)).toBe(17);
    s = nextStep(s, at('09:51'));
    s = nextStep(s, at('10:10'));
    expect(s.currentStep).toBe(4);
    expect(nextStep(s, at('11:00'))).toBe(s);
    expect(s.agenda[2]!.endedAt).toBe(at('09:50'));
  });

  it('closing ends the step under way', () => {
    let s = startStep(threeByThree(), 1, at('09:00'));
    s = closeSession(s, at('09:12'));
    expect(s).toMatchObject({ status: 'closed', closedAt: at('09:12'), currentStep: 4 });
    expect(actualMinutes(s.agenda[1]!)).toBe(12);
  });

  it('a deleted use case leaves no candidate, vote or decision naming it', () => {
    const s = { ...threeByThree(), votes: [vote('ceo', 'a', 'value', 3), vote('ceo', 'b', 'value', 4)], decisions: [{ id: 'd', text: 'Fund a', useCaseId: 'a', at: at('10:00') }] };
    const out = withoutCandidates(s, ['a']);
    expect(out.candidateIds).toEqual(['b', 'c']);
    expect(out.votes).toEqual([vote('ceo', 'b', 'value', 4)]);
    expect(out.decisions[0]!.useCaseId).toBeNull();
  });

  it('finds the latest revealed and the latest recorded session', () => {
    const base = threeByThree();
    const older = { ...base, id: 'old', date: '2027-01-10', revealedAt: at('10:00') };
    const closed = { ...base, id: 'closed', date: '2027-02-10', status: 'closed' as const, closedAt: at('11:00') };
    const open = { ...base, id: 'open', date: '2027-03-10' };
    expect(latestRevealed([older, closed, open])?.id).toBe('old');
    expect(latestRecorded([older, closed, open])?.id).toBe('closed');
    expect(latestRecorded([open])).toBeNull();
  });
});
