import { describe, expect, it } from 'vitest';
import { MAX_PARTICIPANTS, type Ballot } from '@shared/domain/workshop';
import { MAX_BODY_BYTES } from '../../../../electron/main/voting/protocol';
import { CODE, dotsBallot, joined, room, scaleBallot } from './fixtures';

const vote = (useCaseId: string, criterionId: string, value: number) => ({ useCaseId, criterionId, value });

describe('joining', () => {
  it('gives each device its own token and participant, and the ballot: names and one line of the candidates, nothing else', () => {
    const r = room();
    const a = r.join({ code: CODE, name: 'Ana' }, '192.168.1.20');
    const b = r.join({ code: 'acd-347', name: 'Ben' }, '192.168.1.21');
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(a.body.token).not.toBe(b.body.token);
    expect(a.body.participantId).not.toBe(b.body.participantId);
    expect(a.body).toEqual({ token: expect.any(String), participantId: expect.any(String), ballot: scaleBallot, revealed: false });
    expect(Object.keys((a.body.ballot as Ballot).candidates[0]!).sort()).toEqual(['id', 'line', 'name']);
  });

  it('refuses a wrong code, and says the session ended for an earlier session\'s code', () => {
    const r = room(scaleBallot, { wasCode: (c) => c === 'QQQ444' });
    expect(r.join({ code: 'ACD348', name: 'Ana' }, 'a')).toMatchObject({ status: 403, body: { error: 'wrong-code' } });
    expect(r.join({ code: 'qqq444', name: 'Ana' }, 'a')).toMatchObject({ status: 410, body: { error: 'expired' } });
  });

  it('keeps a name with markup as the text it is, and refuses names with line breaks or direction overrides', () => {
    const r = room();
    const ok = r.join({ code: CODE, name: '  <b>Ana</b> & "co"  ' }, 'a');
    expect(ok.status).toBe(200);
    const { ballots } = (r.submit({ code: CODE, token: ok.body.token, seq: 1, votes: [vote('uc-triage', 'value', 3)] }), r.take());
    expect(ballots[0]?.participant).toEqual({ id: ok.body.participantId, name: '<b>Ana</b> & "co"', via: 'device' });
    for (const name of ['Ana\nBen', 'Ana\u202eneB', '', '   ', 'x'.repeat(81)]) expect(r.join({ code: CODE, name }, 'a').status).toBe(422);
  });

  it('limits tries from one address to 10 a minute (a guessed code), then again after the minute', () => {
    let now = 0;
    const r = room(scaleBallot, { now: () => now });
    for (let i = 0; i < 10; i += 1) expect(r.join({ code: 'WRONG1', name: 'x' }, '10.0.0.9').status).toBe(403);
    expect(r.join({ code: CODE, name: 'x' }, '10.0.0.9')).toMatchObject({ status: 429, headers: { 'Retry-After': '60' } });
    expect(r.join({ code: CODE, name: 'y' }, '10.0.0.10').status).toBe(200);
    now = 60_000;
    expect(r.join({ code: CODE, name: 'x' }, '10.0.0.9').status).toBe(200);
  });

  it(`takes at most ${MAX_PARTICIPANTS} devices`, () => {
    let now = 0;
    const r = room(scaleBallot, { now: () => (now += 1000) });
    for (let i = 0; i < MAX_PARTICIPANTS; i += 1) joined(r, `P${i}`, `10.0.${i}.1`);
    expect(r.join({ code: CODE, name: 'One more' }, '10.9.9.9')).toMatchObject({ status: 409, body: { error: 'full' } });
  });
});

describe('ballots', () => {
  it('count once per device: a new ballot replaces the device\'s earlier one', () => {
    const r = room();
    const ana = joined(r, 'Ana');
    const ben = joined(r, 'Ben');
    expect(r.submit({ code: CODE, token: ana.token, seq: 1, votes: [vote('uc-invoices', 'value', 4)] }).status).toBe(200);
    expect(r.submit({ code: CODE, token: ana.token, seq: 2, votes: [vote('uc-invoices', 'value', 2), vote('uc-churn', 'feasibility', 5)] }).status).toBe(200);
    expect(r.submit({ code: CODE, token: ben.token, seq: 7, votes: [vote('uc-invoices', 'value', 5)] }).status).toBe(200);
    const taken = r.take();
    expect(taken.devices).toBe(2);
    expect(taken.received).toBe(2);
    expect(taken.ballots).toEqual([
      { participant: { id: ana.participantId, name: 'Ana', via: 'device' }, votes: [{ participantId: ana.participantId, useCaseId: 'uc-invoices', criterionId: 'value', value: 2 }, { participantId: ana.participantId, useCaseId: 'uc-churn', criterionId: 'feasibility', value: 5 }] },
      { participant: { id: ben.participantId, name: 'Ben', via: 'device' }, votes: [{ participantId: ben.participantId, useCaseId: 'uc-invoices', criterionId: 'value', value: 5 }] },
    ]);
    // Taken once: nothing new until a device sends again.
    expect(r.take().ballots).toEqual([]);
    r.submit({ code: CODE, token: ben.token, seq: 8, votes: [vote('uc-invoices', 'value', 1)] });
    expect(r.take().ballots.map((b) => b.participant.name)).toEqual(['Ben']);
  });

  it('refuses a replayed request (seq not above the last one received), and says which seq it has', () => {
    const r = room();
    const { token } = joined(r);
    const request = { code: CODE, token, seq: 5, votes: [vote('uc-invoices', 'value', 4)] };
    expect(r.submit(request).status).toBe(200);
    expect(r.submit(request)).toMatchObject({ status: 409, body: { error: 'replayed', lastSeq: 5 } });
    expect(r.submit({ ...request, seq: 4, votes: [vote('uc-invoices', 'value', 1)] }).status).toBe(409);
    expect(r.take().ballots[0]?.votes[0]?.value).toBe(4);
  });

  it('refuses an unknown token, a wrong code, and votes outside the ballot or the scale', () => {
    const r = room();
    const { token } = joined(r);
    const base = { code: CODE, token, seq: 1 };
    expect(r.submit({ ...base, token: 'A'.repeat(43), votes: [] })).toMatchObject({ status: 401, body: { error: 'unknown-device' } });
    expect(r.submit({ ...base, code: 'WRONG1', votes: [] })).toMatchObject({ status: 403 });
    expect(r.submit({ ...base, votes: [vote('uc-secret', 'value', 3)] })).toMatchObject({ status: 422, body: { error: 'invalid' } });
    expect(r.submit({ ...base, votes: [vote('uc-invoices', 'cost', 3)] }).status).toBe(422);
    expect(r.submit({ ...base, votes: [vote('uc-invoices', 'value', 6)] }).status).toBe(422);
    expect(r.submit({ ...base, votes: [vote('uc-invoices', 'value', 0)] }).status).toBe(422);
    expect(r.submit({ ...base, votes: [vote('uc-invoices', 'value', 2.5)] }).status).toBe(422);
    expect(r.submit({ ...base, votes: [vote('uc-invoices', 'value', 3), vote('uc-invoices', 'value', 4)] }).status).toBe(422);
    // A device cannot vote in someone else's name, nor add fields.
    expect(r.submit({ ...base, votes: [{ ...vote('uc-invoices', 'value', 3), participantId: 'room-ceo' }] }).status).toBe(422);
    expect(r.submit({ ...base, votes: [], admin: true }).status).toBe(422);
    expect(r.submit({ ...base, seq: 0, votes: [] }).status).toBe(422);
    // None of the refused requests used up a seq.
    expect(r.submit({ ...base, votes: [vote('uc-invoices', 'value', 3)] }).status).toBe(200);
  });

  it('keeps dots within each device\'s allowance', () => {
    const r = room(dotsBallot);
    const { token } = joined(r);
    expect(r.submit({ code: CODE, token, seq: 1, votes: [vote('uc-invoices', 'dots', 3), vote('uc-churn', 'dots', 3)] })).toMatchObject({ status: 422 });
    expect(r.submit({ code: CODE, token, seq: 2, votes: [vote('uc-invoices', 'dots', 3), vote('uc-churn', 'dots', 2)] }).status).toBe(200);
  });

  it('are refused once the votes are revealed; status tells each device whether they are', () => {
    const r = room();
    const { token } = joined(r);
    expect(r.status({ code: CODE, token })).toMatchObject({ status: 200, body: { revealed: false, received: false, votes: [] } });
    r.submit({ code: CODE, token, seq: 1, votes: [vote('uc-invoices', 'value', 4)] });
    expect(r.status({ code: CODE, token })).toMatchObject({ status: 200, body: { revealed: false, received: true, votes: [vote('uc-invoices', 'value', 4)] } });
    r.reveal();
    expect(r.status({ code: CODE, token }).body.revealed).toBe(true);
    expect(r.submit({ code: CODE, token, seq: 2, votes: [vote('uc-invoices', 'value', 1)] })).toMatchObject({ status: 409, body: { error: 'revealed' } });
  });

  it('are refused with the session ended once it is stopped; its devices are forgotten', () => {
    const r = room();
    const { token } = joined(r);
    r.expire();
    expect(r.submit({ code: CODE, token, seq: 1, votes: [] })).toMatchObject({ status: 410, body: { error: 'expired' } });
    expect(r.status({ code: CODE, token }).status).toBe(410);
    expect(r.join({ code: CODE, name: 'Late' }, 'a').status).toBe(410);
    expect(r.take()).toEqual({ ballots: [], devices: 0, received: 0 });
  });

  it('of the largest valid size (60 candidates × 4 criteria, ids of 100 characters) fit within the body limit', () => {
    const longId = (prefix: string, i: number) => `${prefix}${i}`.padEnd(100, 'x');
    const votes = Array.from({ length: 60 }, (_, c) => Array.from({ length: 4 }, (_, k) => vote(longId('c', c), longId('k', k), 50))).flat();
    const body = JSON.stringify({ code: CODE, token: 'A'.repeat(43), seq: Number.MAX_SAFE_INTEGER, votes });
    expect(new TextEncoder().encode(body).length).toBeLessThan(MAX_BODY_BYTES);
  });
});
