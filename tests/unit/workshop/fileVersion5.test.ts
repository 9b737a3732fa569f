import { describe, expect, it } from 'vitest';
import { workshopSessionSchema, type WorkshopSession } from '@shared/domain';
import { parseWorkspaceFile, serializeWorkspaceFile, WORKSPACE_FILE_VERSION } from '@shared/export/workspaceFile';
import { remapIds } from '@shared/export/remapIds';
import { newSession, revealVotes } from '@shared/workshop';
import { fixedBundle } from '../export/fixtures';
import { freshRepositories } from '../db/testDb';
import { importWorkspaceText } from '@renderer/features/exchange/importWorkspace';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };

/** A revealed session over the fixed bundle's first two use cases, two participants, one decision. */
function sessionOf(bundle: ReturnType<typeof fixedBundle>): WorkshopSession {
  const [a, b] = bundle.useCases;
  let n = 0;
  const input = newSession(
    {
      title: 'Board offsite',
      date: '2027-02-01',
      facilitator: 'Dana',
      participants: [
        { id: 'p1', name: 'Chief executive', via: 'room' },
        { id: 'p2', name: 'Chief financial officer', via: 'device' },
      ],
      candidateIds: [a!.id, b!.id],
      rules: { mode: 'scale', criteria: [{ id: 'value', label: 'Value' }], dotsPerPerson: 10 },
    },
    () => `step-${++n}`,
  );
  const voted = {
    ...input,
    votes: [
      { participantId: 'p1', useCaseId: a!.id, criterionId: 'value', value: 5 },
      { participantId: 'p2', useCaseId: a!.id, criterionId: 'value', value: 2 },
    ],
    decisions: [{ id: 'd1', text: 'Fund the first case', useCaseId: a!.id, at: META.exportedAt }],
  };
  return workshopSessionSchema.parse({ ...revealVotes(voted, META.exportedAt), id: 's1', workspaceId: bundle.workspace.id, createdAt: META.exportedAt, updatedAt: META.exportedAt });
}

describe('workspace file version 5 (workshop sessions)', () => {
  it('opens a version-4 file: no sessions, every value kept', () => {
    const bundle = fixedBundle();
    const doc = JSON.parse(serializeWorkspaceFile(bundle, META)) as Record<string, unknown>;
    const result = parseWorkspaceFile(JSON.stringify({ ...doc, version: 4 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(4);
    expect(result.bundle).toEqual(bundle);
    expect(result.bundle.sessions).toBeUndefined();
  });

  it('writes version 5 with the sessions and reads them back; import as new keeps every reference on the new ids', () => {
    const bundle = fixedBundle();
    bundle.sessions = [sessionOf(bundle)];
    const text = serializeWorkspaceFile(bundle, META);
    expect(WORKSPACE_FILE_VERSION).toBeGreaterThanOrEqual(5);
    expect(JSON.parse(text).version).toBe(WORKSPACE_FILE_VERSION);
    const back = parseWorkspaceFile(text);
    expect(back.ok && back.bundle).toEqual(bundle);

    let n = 0;
    const fresh = remapIds(bundle, (kind) => `${kind}-${n++}`);
    const s = fresh.sessions![0]!;
    const [a, b] = fresh.useCases;
    expect(s.id).not.toBe('s1');
    expect(s.workspaceId).toBe(fresh.workspace.id);
    expect(s.candidateIds).toEqual([a!.id, b!.id]);
    expect(s.votes.map((v) => v.useCaseId)).toEqual([a!.id, a!.id]);
    expect(s.decisions[0]!.useCaseId).toBe(a!.id);
    expect(parseWorkspaceFile(serializeWorkspaceFile(fresh, META)).ok).toBe(true);
  });

  it('drops from the file a use case the session names but the file does not carry', () => {
    const bundle = fixedBundle();
    bundle.sessions = [sessionOf(bundle)];
    const gone = bundle.useCases[0]!.id;
    const without = { ...bundle, useCases: bundle.useCases.slice(1) };
    const back = parseWorkspaceFile(serializeWorkspaceFile(without, META));
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const s = back.bundle.sessions![0]!;
    expect(s.candidateIds).not.toContain(gone);
    expect(s.votes).toEqual([]);
    expect(s.decisions[0]!.useCaseId).toBeNull();
  });

  it('refuses a session naming a use case not in the file, a score above 5 and a vote from someone not taking part, with their paths', () => {
    const bundle = fixedBundle();
    bundle.sessions = [sessionOf(bundle)];
    const doc = JSON.parse(serializeWorkspaceFile(bundle, META)) as { sessions: Record<string, unknown>[] };
    const s = doc.sessions[0]! as { candidateIds: string[]; votes: { participantId: string; value: number }[] };
    s.candidateIds.push('ghost');
    s.votes[0]!.value = 6;
    s.votes[1]!.participantId = 'stranger';
    const result = parseWorkspaceFile(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'sessions[0].candidateIds[2]', message: 'Names use case "ghost", which is not in the file' },
      { path: 'sessions[0].votes[0].value', message: 'A score is a whole number from 1 to 5' },
      { path: 'sessions[0].votes[1].participantId', message: 'The vote is from someone who is not a participant of this session' },
    ]);
  });

  it('travels through the database: exported, imported as a new workspace, the session is there on the new ids', async () => {
    const repos = freshRepositories();
    const bundle = fixedBundle();
    bundle.sessions = [sessionOf(bundle)];
    let n = 0;
    const first = await importWorkspaceText(repos, serializeWorkspaceFile(bundle, META), { kind: 'new' }, () => `imp-${n++}`);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const stored = await repos.sessions.list(first.workspace.id);
    expect(stored.map((s) => [s.title, s.candidateIds.length, s.votes.length])).toEqual([['Board offsite', 2, 2]]);
    const exported = await repos.bundles.read(first.workspace.id);
    expect(exported?.sessions?.map((s) => s.title)).toEqual(['Board offsite']);
  });
});
