import { validate, workshopSessionInputSchema, workshopSessionSchema, type FieldError, type Validated, type Vote, type WorkshopSessionInput } from '@shared/domain';
import { checkVotes, replaceVotes, withoutCandidates } from '@shared/workshop';
import { applyChangeSet, newId, nowIso, runWrite, type RecordChange } from './changes';
import type { LastmileDatabase, StoredSession } from './database';
import { conflict, notFound, type WriteFailure, type WriteResult } from './repositoryResult';

/**
 * Workshop sessions (docs/workshop.md). Every write is schema-checked, its votes checked against its rules, candidates
 * and participants, and its candidates (and the candidates its decisions name) must be use cases of its workspace.
 * An edit from a form is checked against the revision it started from inside the write transaction (save); votes and
 * the facilitator's steps are applied as a function to the latest stored session inside the transaction (apply, vote),
 * so two devices voting at once never overwrite each other. Deleting a use case drops it from every session in the
 * same write (withoutSessionReferences); deleting a workspace deletes its sessions (sessionDeletes).
 */

/** Newest first: by day, then when made. */
const newestFirst = (a: StoredSession, b: StoredSession) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1);

/** The use cases a session record (it may not validate any more) names: its candidates, votes and decisions. */
export function sessionUseCaseIds(record: unknown): string[] {
  const r = (record ?? {}) as { candidateIds?: unknown; votes?: unknown; decisions?: unknown };
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const ids = [
    ...list(r.candidateIds),
    ...list(r.votes).map((v) => (v as { useCaseId?: unknown } | null)?.useCaseId),
    ...list(r.decisions).map((d) => (d as { useCaseId?: unknown } | null)?.useCaseId),
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/** The session changes that drop `useCaseIds` from every session of a workspace (candidates, votes; decisions keep their text). */
export async function withoutSessionReferences(db: LastmileDatabase, workspaceId: string, useCaseIds: readonly string[]): Promise<RecordChange[]> {
  const drop = new Set(useCaseIds);
  const sessions = await db.sessions.where('workspaceId').equals(workspaceId).toArray();
  const now = nowIso();
  return sessions
    .filter((s) => sessionUseCaseIds(s).some((id) => drop.has(id)))
    .map((s) => ({ table: 'sessions' as const, key: s.id, before: s, after: { ...withoutCandidates(s, useCaseIds), updatedAt: now } }));
}

/** Every session of a workspace as deleted, for the workspace's delete to carry (an undo brings them back). */
export async function sessionDeletes(db: LastmileDatabase, workspaceId: string): Promise<RecordChange[]> {
  const sessions = await db.sessions.where('workspaceId').equals(workspaceId).toArray();
  return sessions.map((s) => ({ table: 'sessions', key: s.id, before: s, after: null }));
}

/** The session's own checks beyond its schema: unique ids, its votes against its rules, candidates and participants. */
export function sessionFaults(input: WorkshopSessionInput): FieldError[] {
  const errors: FieldError[] = [];
  const dupes = (ids: readonly string[]) => ids.some((id, i) => ids.indexOf(id) !== i);
  if (dupes(input.candidateIds)) errors.push({ path: 'candidateIds', message: 'A candidate is put to the room twice' });
  if (dupes(input.participants.map((p) => p.id))) errors.push({ path: 'participants', message: 'A participant is listed twice' });
  if (dupes(input.rules.criteria.map((c) => c.id))) errors.push({ path: 'rules.criteria', message: 'A criterion is listed twice' });
  if (dupes(input.agenda.map((s) => s.id))) errors.push({ path: 'agenda', message: 'An agenda step is listed twice' });
  if (input.currentStep > input.agenda.length) errors.push({ path: 'currentStep', message: 'The step under way is not on the agenda' });
  errors.push(...checkVotes(input.rules, input.candidateIds, input.participants.map((p) => p.id), input.votes));
  return errors;
}

const invalid = (errors: FieldError[]): WriteFailure<never> => ({ ok: false, reason: 'invalid', errors });

/** What a change of a session may answer: the session as it should be stored, or why not. */
export type SessionChange = (latest: StoredSession) => WorkshopSessionInput | Validated<WorkshopSessionInput>;

const inputOf = (s: StoredSession): WorkshopSessionInput => {
  const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision: _r, ...input } = s;
  return input;
};

export function sessionRepository(db: LastmileDatabase) {
  /** Refuses a session naming use cases that are not in its workspace. */
  async function referencesMissing(workspaceId: string, input: WorkshopSessionInput): Promise<WriteFailure<never> | null> {
    const ids = sessionUseCaseIds(input);
    if (ids.length === 0) return null;
    const found = await db.useCases.bulkGet(ids);
    const missing = found.filter((u) => !u || u.workspaceId !== workspaceId).length;
    if (missing === 0) return null;
    const what = missing === 1 ? 'a use case that no longer exists' : `${missing} use cases that no longer exist`;
    return invalid([{ path: 'candidateIds', message: `The session names ${what} (deleted in another window?); nothing was saved.` }]);
  }

  /** Checks `input` and writes it over `before` (inside runWrite). */
  async function write(before: StoredSession, input: WorkshopSessionInput, label: string): Promise<WriteResult<StoredSession>> {
    const checked = validate(workshopSessionInputSchema, input);
    if (!checked.ok) return invalid(checked.errors);
    const faults = sessionFaults(checked.value);
    if (faults.length > 0) return invalid(faults);
    const missing = await referencesMissing(before.workspaceId, checked.value);
    if (missing) return missing;
    const after = validate(workshopSessionSchema, { ...checked.value, id: before.id, workspaceId: before.workspaceId, createdAt: before.createdAt, updatedAt: nowIso() });
    if (!after.ok) return invalid(after.errors);
    const change = await applyChangeSet(db, { label, changes: [{ table: 'sessions', key: before.id, before, after: after.value }] });
    return { ok: true, value: change.changes[0]!.after as StoredSession, change };
  }

  async function apply(id: string, change: SessionChange, label: string | ((latest: StoredSession) => string)): Promise<WriteResult<StoredSession>> {
    return runWrite(db, async () => {
      const before = await db.sessions.get(id);
      if (!before) return notFound('This session');
      const next = change(before);
      const text = typeof label === 'function' ? label(before) : label;
      if ('ok' in next) return next.ok ? write(before, next.value, text) : invalid(next.errors);
      return write(before, next, text);
    });
  }

  return {
    /** The sessions of a workspace, newest first. */
    async list(workspaceId: string): Promise<StoredSession[]> {
      const all = await db.sessions.where('workspaceId').equals(workspaceId).toArray();
      return [...all].sort(newestFirst);
    },

    get(id: string): Promise<StoredSession | undefined> {
      return db.sessions.get(id);
    },

    /** A new session (build the input with newSession() of shared/workshop). */
    async create(workspaceId: string, input: WorkshopSessionInput): Promise<WriteResult<StoredSession>> {
      const inputChecked = validate(workshopSessionInputSchema, input);
      if (!inputChecked.ok) return invalid(inputChecked.errors);
      const faults = sessionFaults(inputChecked.value);
      if (faults.length > 0) return invalid(faults);
      return runWrite(db, async () => {
        if (!(await db.workspaces.get(workspaceId))) return notFound('This workspace');
        const missing = await referencesMissing(workspaceId, inputChecked.value);
        if (missing) return missing;
        const now = nowIso();
        const checked = validate(workshopSessionSchema, { ...inputChecked.value, id: newId(), workspaceId, createdAt: now, updatedAt: now });
        if (!checked.ok) return invalid(checked.errors);
        const change = await applyChangeSet(db, { label: `Start session “${checked.value.title}”`, changes: [{ table: 'sessions', key: checked.value.id, before: null, after: checked.value }] });
        return { ok: true, value: change.changes[0]!.after as StoredSession, change };
      });
    },

    /**
     * Saves an edit made on revision `expectedRevision` (the one the page loaded): the new session, or a function of
     * the stored one. A later stored revision is a conflict (nothing written; `current` is the stored session).
     */
    async save(id: string, change: WorkshopSessionInput | SessionChange, expectedRevision: number, label?: string): Promise<WriteResult<StoredSession>> {
      return runWrite(db, async () => {
        const before = await db.sessions.get(id);
        if (!before) return notFound('This session');
        if (before.revision !== expectedRevision) return conflict('This session', before);
        const next = typeof change === 'function' ? change(before) : change;
        if ('ok' in next) {
          if (!next.ok) return invalid(next.errors);
          return write(before, next.value, label ?? `Edit session “${before.title}”`);
        }
        return write(before, next, label ?? `Edit session “${before.title}”`);
      });
    },

    /**
     * Applies `change` to the session as stored NOW, inside the write transaction (no revision check): for steps that
     * build on whatever is stored (a vote, the next agenda step, the reveal), so concurrent writers never overwrite each other.
     */
    apply,

    /** `participantId`'s ballot, replacing their earlier one, on the latest stored session (refused once revealed or closed). */
    vote(id: string, participantId: string, votes: readonly Vote[]): Promise<WriteResult<StoredSession>> {
      const name = (s: StoredSession) => s.participants.find((p) => p.id === participantId)?.name ?? 'a participant';
      return apply(id, (latest) => replaceVotes(inputOf(latest), participantId, votes), (latest) => `Vote of ${name(latest)}`);
    },

    /** Deletes a session (when `expectedRevision` is given, only if still at it); one undoable edit. */
    async delete(id: string, expectedRevision?: number): Promise<WriteResult<StoredSession>> {
      return runWrite(db, async () => {
        const before = await db.sessions.get(id);
        if (!before) return notFound('This session');
        if (expectedRevision !== undefined && before.revision !== expectedRevision) return conflict('This session', before);
        const change = await applyChangeSet(db, { label: `Delete session “${before.title}”`, changes: [{ table: 'sessions', key: id, before, after: null }] });
        return { ok: true, value: before, change };
      });
    },
  };
}

export { inputOf as sessionInputOf };
export type SessionRepository = ReturnType<typeof sessionRepository>;
