import type { LastmileDatabase } from './database';

/** App-level settings that are not domain data: which workspace is open, whether the demo was created. */
export function metaRepository(db: LastmileDatabase) {
  return {
    async get<T>(key: string, guard: (v: unknown) => v is T): Promise<T | undefined> {
      const row = await db.meta.get(key);
      return row && guard(row.value) ? row.value : undefined;
    },
    async set(key: string, value: unknown): Promise<void> {
      await db.meta.put({ key, value });
    },
  };
}

export const isString = (v: unknown): v is string => typeof v === 'string';
