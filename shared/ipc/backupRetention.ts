/** Which backups to keep: the same rule in the desktop host (files) and the browser host (IndexedDB). */

export interface RetentionPolicy {
  /** Newest snapshots kept from today. */
  today: number;
  /** Snapshots kept for each earlier day (the newest of that day). */
  perEarlierDay: number;
  /** Cap on snapshots kept per workspace, newest first. */
  total: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { today: 3, perEarlierDay: 1, total: 20 };

export interface RetainedBackup {
  id: string;
  workspaceId: string;
  /** ISO date-time; ISO strings of one format sort in time order. */
  createdAt: string;
}

/**
 * Returns the ids to delete, applying the policy to each workspace separately. `today` and `dayOf` give
 * the local calendar day ("YYYY-MM-DD"); a snapshot dated after today (clock change) counts as today.
 */
export function backupsToDelete(
  backups: readonly RetainedBackup[],
  today: string,
  dayOf: (createdAt: string) => string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const byWorkspace = new Map<string, RetainedBackup[]>();
  for (const b of backups) {
    const list = byWorkspace.get(b.workspaceId) ?? [];
    list.push(b);
    byWorkspace.set(b.workspaceId, list);
  }
  const doomed: string[] = [];
  for (const list of byWorkspace.values()) {
    const newestFirst = [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    const keptPerDay = new Map<string, number>();
    let keptTotal = 0;
    for (const b of newestFirst) {
      const rawDay = dayOf(b.createdAt);
      const day = rawDay > today ? today : rawDay;
      const limit = day === today ? policy.today : policy.perEarlierDay;
      const keptThatDay = keptPerDay.get(day) ?? 0;
      if (keptThatDay < limit && keptTotal < policy.total) {
        keptPerDay.set(day, keptThatDay + 1);
        keptTotal += 1;
      } else {
        doomed.push(b.id);
      }
    }
  }
  return doomed;
}

/**
 * When the disk is full: the backups to remove, oldest first, until at least `neededBytes` are freed
 * (all of them when that is not enough). The newest backup of each workspace is never among them.
 */
export function backupsToFreeSpace(backups: readonly (RetainedBackup & { bytes: number })[], neededBytes: number): string[] {
  const newest = new Map<string, RetainedBackup>();
  for (const b of backups) {
    const current = newest.get(b.workspaceId);
    if (current === undefined || b.createdAt > current.createdAt || (b.createdAt === current.createdAt && b.id > current.id)) newest.set(b.workspaceId, b);
  }
  const candidates = backups
    .filter((b) => newest.get(b.workspaceId) !== b)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const chosen: string[] = [];
  let freed = 0;
  for (const b of candidates) {
    if (freed >= neededBytes) break;
    chosen.push(b.id);
    freed += b.bytes;
  }
  return chosen;
}
