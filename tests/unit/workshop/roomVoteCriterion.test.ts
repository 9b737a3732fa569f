import { describe, expect, it } from 'vitest';
import { portfolioPlanSchema, presetWeights, rankCandidates, ROOM_VOTE_NEUTRAL_POINTS, scoreCandidate, scoreRawLabel, type ScoreInput } from '@shared/portfolio';
import { methodSections } from '@shared/presentation/methodText';
import { presenter } from '@shared/presentation';
import { buildExportModel, computeFunding, exportRoomVote } from '@shared/export/exportModel';
import { workshopSessionSchema } from '@shared/domain';
import { newSession, revealVotes, roomScoresOf } from '@shared/workshop';
import { fixedBundle } from '../export/fixtures';

const base: Omit<ScoreInput, 'id'> = {
  expectedNpv: 400_000,
  investment: 355_000,
  paybackMonth: 14,
  strategicImportance: 4,
  readinessAverage: 3.4,
  probability: 0.5,
  classification: 'value-creation',
};

describe('the room vote as a score criterion', () => {
  it('weighs 0 in every preset: the score and its explanation are what they were, whatever the room said', () => {
    for (const preset of ['balanced', 'quick-wins', 'strategic-bets'] as const) {
      const w = presetWeights(preset);
      expect(w.roomVote).toBe(0);
      const without = scoreCandidate({ id: 'a', ...base }, w);
      const voted = scoreCandidate({ id: 'a', ...base, roomScore: 1 }, w);
      expect(voted).toEqual(without);
      expect(without.parts.map((p) => p.criterion)).not.toContain('roomVote');
    }
  });

  it('with a weight counts (average − 1) / 4 as points, and a candidate without a revealed vote as a neutral 50', () => {
    const w = { ...presetWeights('balanced'), roomVote: 25 };
    const noRoom = scoreCandidate({ id: 'a', ...base }, presetWeights('balanced'));
    // Balanced weights sum to 100; with the room at 25 they sum to 125: total = (100 × old + 25 × room points) / 125.
    const liked = scoreCandidate({ id: 'a', ...base, roomScore: 0.75 }, w);
    expect(liked.total).toBeCloseTo((100 * noRoom.total + 25 * 75) / 125, 10);
    const row = liked.parts.find((p) => p.criterion === 'roomVote')!;
    expect(row).toMatchObject({ label: 'Room vote', points: 75, weight: 25 });
    expect(scoreRawLabel(row.figure)).toBe('Room vote 75 of 100');
    const unvoted = scoreCandidate({ id: 'a', ...base, roomScore: null }, w);
    const unvotedRow = unvoted.parts.find((p) => p.criterion === 'roomVote')!;
    expect(unvotedRow.points).toBe(ROOM_VOTE_NEUTRAL_POINTS);
    expect(scoreRawLabel(unvotedRow.figure)).toBe('No revealed room vote: neutral');
    expect(unvoted.total).toBeCloseTo((100 * noRoom.total + 25 * 50) / 125, 10);
    // The room can turn the order of two otherwise equal candidates.
    const ranked = rankCandidates([{ id: 'a', ...base, roomScore: 0.25 }, { id: 'b', ...base, roomScore: 0.9 }], w);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('a plan saved before the room vote existed reads with its weight at 0', () => {
    const { roomVote: _r, ...older } = presetWeights('balanced');
    const plan = portfolioPlanSchema.parse({ budget: 1, yearCaps: [], objective: 'score', minValueCreationShare: 0, forced: {}, weights: older, preset: 'balanced', costBasis: 'likely' });
    expect(plan.weights.roomVote).toBe(0);
  });

  it('the exports say when the room vote is used, from which session, and not otherwise', () => {
    const bundle = fixedBundle();
    const [a, b] = bundle.useCases;
    let n = 0;
    const input = newSession({ title: 'Board offsite', date: '2027-01-20', participants: [{ id: 'p', name: 'Chief executive', via: 'room' }], candidateIds: [a!.id, b!.id], rules: { mode: 'scale', criteria: [{ id: 'v', label: 'Value' }], dotsPerPerson: 10 } }, () => `x${++n}`);
    const voted = revealVotes({ ...input, votes: [{ participantId: 'p', useCaseId: a!.id, criterionId: 'v', value: 5 }, { participantId: 'p', useCaseId: b!.id, criterionId: 'v', value: 1 }] }, '2027-01-20T11:00:00.000Z');
    bundle.sessions = [workshopSessionSchema.parse({ ...voted, id: 's', workspaceId: bundle.workspace.id, createdAt: '2027-01-20T09:00:00.000Z', updatedAt: '2027-01-20T11:00:00.000Z' })];
    expect(roomScoresOf(bundle.sessions).scores).toEqual({ [a!.id]: 1, [b!.id]: 0 });

    const todayMonth = '2027-01';
    const plain = buildExportModel({ bundle, funding: computeFunding(bundle, todayMonth), generatedAt: '2027-01-21T00:00:00.000Z', todayMonth });
    expect(plain.roomVote).toBeUndefined();
    expect(exportRoomVote(plain)).toBeNull();
    expect(methodSections(plain.workspace, plain.present, 1, 'likely', exportRoomVote(plain)).map((s) => s.title)).not.toContain('The room’s vote');

    bundle.plan = { ...bundle.plan!, weights: { ...bundle.plan!.weights, roomVote: 20 }, preset: 'custom' };
    const counted = buildExportModel({ bundle, funding: computeFunding(bundle, todayMonth), generatedAt: '2027-01-21T00:00:00.000Z', todayMonth });
    const room = exportRoomVote(counted);
    const sum = Object.values(bundle.plan.weights).reduce((s, w) => s + w, 0);
    expect(room).toEqual({ weightShare: 20 / sum, session: { title: 'Board offsite', date: '2027-01-20' } });
    const section = methodSections(counted.workspace, presenter(counted.workspace), 1, 'likely', room).find((s) => s.title === 'The room’s vote');
    expect(section?.text).toContain('the workshop session “Board offsite” of 2027-01-20');
    expect(section?.text).toContain('neutral 50 points');
    const rowA = counted.rows.find((r) => r.useCase.id === a!.id)!;
    expect(rowA.score.parts.find((p) => p.criterion === 'roomVote')?.points).toBe(100);
  });
});
