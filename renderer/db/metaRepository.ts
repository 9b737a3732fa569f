import type { LastmileDatabase } from './database';

/** Keys of the app-level settings (never renamed: existing profiles hold them). */
export const META_KEYS = {
  /** The workspace opened last (start-up reopens it). */
  lastWorkspace: 'lastWorkspaceId',
  /** Set, in the same transaction, when the first start created the demo workspace: it is created once per profile. */
  demoCreated: 'demoCreatedAt',
  /** Ids of the workspaces created as demos (labelled as such in the UI). */
  demoWorkspaces: 'demoWorkspaceIds',
  /** The name the change log and the decisions record for this person ("Your name", set once in the settings). */
  yourName: 'yourName',
} as const;

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** App-level settings that are not domain data: which workspace is open, whether the demo was created, which workspaces are demos. */
export function metaRepository(db: LastmileDatabase) {
  const demoWorkspaceIds = async (): Promise<string[]> => {
    const row = await db.meta.get(META_KEYS.demoWorkspaces);
    return row && isStringList(row.value) ? row.value : [];
  };
  return {
    async get<T>(key: string, guard: (v: unknown) => v is T): Promise<T | undefined> {
      const row = await db.meta.get(key);
      return row && guard(row.value) ? row.value : undefined;
    },
    async set(key: string, value: unknown): Promise<void> {
      await db.meta.put({ key, value });
    },
    /** Ids of the workspaces created as demos (some may since have been deleted). */
    demoWorkspaceIds,
    /** Remembers a workspace as a demo; call inside the transaction that writes the workspace. */
    async addDemoWorkspaceId(id: string): Promise<void> {
      const ids = await demoWorkspaceIds();
      if (!ids.includes(id)) await db.meta.put({ key: META_KEYS.demoWorkspaces, value: [...ids, id] });
    },
  };
}
