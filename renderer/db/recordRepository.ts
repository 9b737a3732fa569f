import { boardSnapshotSchema, fundingDecisionSchema, validate, type BoardSnapshot, type ChangeLogEntry, type FundingDecision } from '@shared/domain';
import { applyChangeSet, newId, nowIso, runWrite } from './changes';
import { yourName } from './changeLogWriter';
import type { LastmileDatabase } from './database';
import { META_KEYS } from './metaRepository';
import { notFound, type WriteResult } from './repositoryResult';

/** What the "Record this funding decision" form gives; the rest (id, when, who) is filled in here. */
export type FundingDecisionInput = Omit<FundingDecision, 'id' | 'workspaceId' | 'at'>;
/** A snapshot as frozen from the board pack's figures; id and time are filled in here. */
export type SnapshotInput = Omit<BoardSnapshot, 'id' | 'workspaceId' | 'at'>;

/**
 * The workspace's record (docs/living-portfolio.md): funding decisions and board snapshots are added through undoable
 * change sets like any edit; the change log is read here and written by changeLogWriter.ts with every edit.
 */
export function recordRepository(db: LastmileDatabase) {
  async function add<T extends { id: string; workspaceId: string }>(
    table: 'decisions' | 'snapshots',
    record: T,
    schema: Parameters<typeof validate>[0],
    label: string,
  ): Promise<WriteResult<T>> {
    const checked = validate(schema, record);
    if (!checked.ok) return { ...checked, reason: 'invalid' };
    return runWrite(db, async () => {
      if (!(await db.workspaces.get(record.workspaceId))) return notFound('This workspace');
      const change = await applyChangeSet(db, { label, changes: [{ table, key: record.id, before: null, after: checked.value }] });
      return { ok: true, value: checked.value as T, change };
    });
  }

  return {
    /** The name the log and the decisions record for this person ('' until it is set: shown as "Not named"). */
    yourName: () => db.transaction('r', [db.meta], () => yourName(db)),
    async setYourName(name: string): Promise<void> {
      await db.meta.put({ key: META_KEYS.yourName, value: name.trim().slice(0, 120) });
    },

    /** The change log of a workspace, newest first. */
    async changeLog(workspaceId: string): Promise<ChangeLogEntry[]> {
      const list = await db.changeLog.where('[workspaceId+at]').between([workspaceId, ''], [workspaceId, '\uffff']).toArray();
      // Newest edit first; the fields of one edit in the order they were written.
      return [...list].sort((a, b) => b.at.localeCompare(a.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },

    /** Funding decisions of a workspace, newest first. */
    async decisions(workspaceId: string): Promise<FundingDecision[]> {
      const list = await db.decisions.where('workspaceId').equals(workspaceId).toArray();
      return [...list].sort((a, b) => b.at.localeCompare(a.at));
    },

    /** Board snapshots of a workspace, newest first. */
    async snapshots(workspaceId: string): Promise<BoardSnapshot[]> {
      const list = await db.snapshots.where('workspaceId').equals(workspaceId).toArray();
      return [...list].sort((a, b) => b.at.localeCompare(a.at));
    },

    recordDecision(workspaceId: string, input: FundingDecisionInput): Promise<WriteResult<FundingDecision>> {
      const decision: FundingDecision = { ...input, id: newId(), workspaceId, at: nowIso() };
      return add('decisions', decision, fundingDecisionSchema, `Record funding decision “${input.title}”`);
    },

    freezeSnapshot(workspaceId: string, input: SnapshotInput): Promise<WriteResult<BoardSnapshot>> {
      const snapshot: BoardSnapshot = { ...input, id: newId(), workspaceId, at: nowIso() };
      return add('snapshots', snapshot, boardSnapshotSchema, `Freeze board snapshot “${input.name}”`);
    },
  };
}

export type RecordRepository = ReturnType<typeof recordRepository>;
