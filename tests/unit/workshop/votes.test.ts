import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DISAGREEMENT_SPREAD, type Vote } from '@shared/domain';
import { ballotsIn, checkVotes, replaceVotes, reveal, revealVotes, roomScore } from '@shared/workshop';
import { threeByThree, vote } from './sessionFixture';

const dotsRules = { mode: 'dots' as const, criteria: [{ id: 'dots', label: 'Dots' }], dotsPerPerson: 5 };

function cast(session: ReturnType<typeof threeByThree>, participantId: string, votes: Vote[]) {
  const r = replaceVotes(session, participantId, votes);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('checking a ballot', () => {
  const s = threeByThree();
  const people = s.participants.map((p) => p.id);

  it('takes whole scores 1–5 on the session’s candidates and criteria', () => {
    expect(checkVotes(s.rules, s.candidateIds, people, [vote('ceo', 'a', 'value', 1), vote('ceo', 'b', 'feas', 5)])).toEqual([]);
  });

  it('refuses scores outside 1–5, fractions, unknown candidates, criteria and participants, and a cell voted twice', () => {
    const errors = checkVotes(s.rules, s.candidateIds, people, [
      vote('ceo', 'a', 'value', 0),
      vote('ceo', 'a', 'feas', 6),
      vote('ceo', 'b', 'value', 2.5),
      vote('ceo', 'zz', 'value', 3),
      vote('ceo', 'c', 'cost', 3),
      vote('intruder', 'c', 'value', 3),
      vote('ceo', 'a', 'value', 4),
    ]);
    expect(errors.map((e) => e.path)).toEqual([
      'votes[0].value',
      'votes[1].value',
      'votes[2].value',
      'votes[3].useCaseId',
      'votes[4].criterionId',
      'votes[5].participantId',
      'votes[6].value',
    ]);
    expect(errors[0]!.message).toBe('A score is a whole number from 1 to 5');
  });

  it('in dots mode takes 0 or more whole dots, at most dotsPerPerson in all per participant', () => {
    expect(checkVotes(dotsRules, ['a', 'b'], people, [vote('ceo', 'a', 'dots', 3), vote('ceo', 'b', 'dots', 2), vote('cfo', 'a', 'dots', 0)])).toEqual([]);
    const errors = checkVotes(dotsRules, ['a', 'b'], people, [vote('ceo', 'a', 'dots', 4), vote('ceo', 'b', 'dots', 2), vote('cfo', 'a', 'dots', -1)]);
    expect(errors).toEqual([
      { path: 'votes[2].value', message: 'Dots cannot be fewer than 0' },
      { path: 'votes[0].value', message: 'Each participant has 5 dots; 6 were given' },
    ]);
  });
});

describe('voting and the reveal', () => {
  it('a new ballot replaces the participant’s old one', () => {
    let s = threeByThree();
    s = cast(s, 'ceo', [vote('ceo', 'a', 'value', 2)]);
    s = cast(s, 'cfo', [vote('cfo', 'a', 'value', 4)]);
    s = cast(s, 'ceo', [vote('ceo', 'a', 'value', 5), vote('ceo', 'b', 'value', 3)]);
    expect(s.votes).toEqual([vote('cfo', 'a', 'value', 4), vote('ceo', 'a', 'value', 5), vote('ceo', 'b', 'value', 3)]);
    expect(ballotsIn(s)).toEqual(['ceo', 'cfo']);
  });

  it('refuses a ballot carrying another participant’s vote, and votes after the reveal or the close', () => {
    const s = threeByThree();
    expect(replaceVotes(s, 'ceo', [vote('cfo', 'a', 'value', 2)]).ok).toBe(false);
    expect(replaceVotes(revealVotes(s, '2027-03-04T10:00:00.000Z'), 'ceo', [vote('ceo', 'a', 'value', 2)])).toEqual({
      ok: false,
      errors: [{ path: 'votes', message: 'The votes have been revealed; no more votes are taken' }],
    });
    expect(replaceVotes({ ...s, status: 'closed' }, 'ceo', []).ok).toBe(false);
  });

  it('reveals count, average, spread and the disagreement flag, worked by hand', () => {
    let s = threeByThree();
    // Candidate a, value: 1, 3, 5 → average 3, spread 4 (disagree). Feasibility: 4, 4, 5 → 4.33, spread 1.
    // Candidate b, value: 2, 3 (the COO did not score b) → 2.5, spread 1. Candidate c: nobody.
    s = cast(s, 'ceo', [vote('ceo', 'a', 'value', 1), vote('ceo', 'a', 'feas', 4), vote('ceo', 'b', 'value', 2)]);
    s = cast(s, 'cfo', [vote('cfo', 'a', 'value', 3), vote('cfo', 'a', 'feas', 4), vote('cfo', 'b', 'value', 3)]);
    s = cast(s, 'coo', [vote('coo', 'a', 'value', 5), vote('coo', 'a', 'feas', 5)]);
    expect(reveal(s)).toEqual({ revealed: false });
    expect(roomScore(s)).toBeNull();
    const r = reveal(revealVotes(s, '2027-03-04T10:30:00.000Z'));
    if (!r.revealed) throw new Error('hidden');
    expect(r.voters).toBe(3);
    const [a, b, c] = r.candidates;
    expect(a!.criteria[0]).toMatchObject({ count: 3, average: 3, lowest: 1, highest: 5, spread: 4, disagree: true });
    expect(a!.criteria[1]!.average).toBeCloseTo(13 / 3, 10);
    expect(a!.criteria[1]).toMatchObject({ count: 3, spread: 1, disagree: false });
    expect(a!.disagree).toBe(true);
    expect(b!.criteria[0]).toMatchObject({ count: 2, average: 2.5, spread: 1, disagree: false });
    expect(b!.criteria[1]).toMatchObject({ count: 0, average: null, spread: null });
    expect(c!.criteria.every((x) => x.count === 0)).toBe(true);
    expect(a!.dots).toBeNull();
    // Room score: a = mean((3−1)/4, (13/3−1)/4) = mean(0.5, 0.8333) = 0.6667; b = (2.5−1)/4 = 0.375 (feasibility unscored); c = null.
    const score = roomScore(revealVotes(s, '2027-03-04T10:30:00.000Z'))!;
    expect(score.a).toBeCloseTo(2 / 3, 10);
    expect(score.b).toBeCloseTo(0.375, 10);
    expect(score.c).toBeNull();
  });

  it('spread exactly at the threshold is flagged', () => {
    let s = threeByThree();
    s = cast(s, 'ceo', [vote('ceo', 'a', 'value', 3)]);
    s = cast(s, 'cfo', [vote('cfo', 'a', 'value', 3 + DISAGREEMENT_SPREAD)]);
    const r = reveal(revealVotes(s, '2027-03-04T10:30:00.000Z'));
    expect(r.revealed && r.candidates[0]!.criteria[0]!.disagree).toBe(true);
  });

  it('in dots mode totals the dots and ranks the candidates (equal totals share a rank)', () => {
    let s = threeByThree(dotsRules);
    s = cast(s, 'ceo', [vote('ceo', 'a', 'dots', 3), vote('ceo', 'b', 'dots', 2)]);
    s = cast(s, 'cfo', [vote('cfo', 'b', 'dots', 1), vote('cfo', 'c', 'dots', 4)]);
    s = cast(s, 'coo', [vote('coo', 'a', 'dots', 2)]);
    const shown = revealVotes(s, '2027-03-04T10:30:00.000Z');
    const r = reveal(shown);
    if (!r.revealed) throw new Error('hidden');
    expect(r.candidates.map((c) => [c.useCaseId, c.dots, c.rank])).toEqual([['a', 5, 1], ['b', 3, 3], ['c', 4, 2]]);
    expect(r.candidates.every((c) => !c.disagree)).toBe(true);
    expect(roomScore(shown)).toEqual({ a: 1, b: 0.6, c: 0.8 });
  });
});

describe('properties', () => {
  const score = fc.integer({ min: 1, max: 5 });
  const people = ['ceo', 'cfo', 'coo'];
  const cells = ['a', 'b', 'c'].flatMap((u) => ['value', 'feas'].map((c) => [u, c] as const));
  /** A ballot: a score for some of the cells. */
  const ballot = (p: string) => fc.subarray(cells).chain((picked) => fc.tuple(...picked.map(() => score)).map((values) => picked.map(([u, c], i) => vote(p, u, c, values[i]!))));
  const rounds = fc.array(fc.constantFrom(...people).chain((p) => ballot(p).map((b) => [p, b] as const)), { maxLength: 12 });

  it('a participant voting twice is counted once (their last ballot)', () => {
    fc.assert(
      fc.property(rounds, (list) => {
        let s = threeByThree();
        const last = new Map<string, Vote[]>();
        for (const [p, b] of list) {
          s = cast(s, p, b);
          last.set(p, b);
        }
        const expected = [...last.values()].flat();
        expect(s.votes.length).toBe(expected.length);
        const r = reveal(revealVotes(s, '2027-03-04T11:00:00.000Z'));
        if (!r.revealed) return;
        for (const c of r.candidates) for (const x of c.criteria) expect(x.count).toBe(expected.filter((v) => v.useCaseId === c.useCaseId && v.criterionId === x.criterionId).length);
      }),
    );
  });

  it('averages stay within 1–5 and room scores within 0–1', () => {
    fc.assert(
      fc.property(rounds, (list) => {
        let s = threeByThree();
        for (const [p, b] of list) s = cast(s, p, b);
        s = revealVotes(s, '2027-03-04T11:00:00.000Z');
        const r = reveal(s);
        if (!r.revealed) throw new Error('hidden');
        for (const c of r.candidates) for (const x of c.criteria) if (x.average !== null) expect(x.average >= 1 && x.average <= 5).toBe(true);
        for (const v of Object.values(roomScore(s)!)) if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
      }),
    );
  });

  it('nothing of the votes can be read through reveal() or roomScore() before the reveal', () => {
    fc.assert(
      fc.property(rounds, (list) => {
        let s = threeByThree();
        for (const [p, b] of list) s = cast(s, p, b);
        expect(reveal(s)).toEqual({ revealed: false });
        expect(roomScore(s)).toBeNull();
      }),
    );
  });
});
