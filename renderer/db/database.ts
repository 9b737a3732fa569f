import Dexie, { type EntityTable } from 'dexie';
import type { Problem, UseCase, Workspace } from '@shared/domain';
import { DEFAULT_NUMBER_FORMAT } from '@shared/presentation/locale';

/** The portfolio plan of one workspace (budget, caps, weights, forced choices), stored as validated JSON. */
export interface PlanRecord {
  workspaceId: string;
  plan: unknown;
  updatedAt: string;
}

/** Small app-level key/value settings (current workspace, demo created once). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'lastmile';

/**
 * The one IndexedDB database of the app. Schema versions are append-only: never edit a declared
 * version; add `this.version(n + 1)` with an upgrade and a test that opens a database written by version n.
 */
export class LastmileDatabase extends Dexie {
  workspaces!: EntityTable<Workspace, 'id'>;
  problems!: EntityTable<Problem, 'id'>;
  useCases!: EntityTable<UseCase, 'id'>;
  plans!: EntityTable<PlanRecord, 'workspaceId'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      workspaces: 'id, name, updatedAt',
      problems: 'id, workspaceId, [workspaceId+status], updatedAt',
      useCases: 'id, workspaceId, problemId',
      plans: 'workspaceId',
      meta: 'key',
    });
    // Version 2: workspaces carry their number format (en-US, what every figure was shown in before). Readiness
    // scores, classifications and problem figures may now be null (not assessed / not given); stored values stay.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('workspaces')
          .toCollection()
          .modify((w: Record<string, unknown>) => {
            if (!('numberFormat' in w)) w.numberFormat = DEFAULT_NUMBER_FORMAT;
          }),
      );
  }
}

let instance: LastmileDatabase | null = null;

/** The app's database (one per page). Tests pass their own instance to the repositories instead. */
export function appDatabase(): LastmileDatabase {
  instance ??= new LastmileDatabase();
  return instance;
}

export type TableName = 'workspaces' | 'problems' | 'useCases' | 'plans';
