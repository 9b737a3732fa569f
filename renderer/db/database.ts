import Dexie, { type EntityTable } from 'dexie';
import { DEFAULT_OVERRUN_THRESHOLD, defaultUncertaintySettings, emptyRegister, noRanges, ownEstimate, type BoardSnapshot, type InventorySettings, type Scenario, type SpendItem, type WorkshopSession, type ChangeLogEntry, type FundingDecision, type Problem, type UseCase, type Workspace } from '@shared/domain';
import { DEFAULT_NUMBER_FORMAT } from '@shared/presentation/locale';
import type { Revisioned } from './repositoryResult';

/** The portfolio plan of one workspace (budget, caps, weights, forced choices), stored as validated JSON. */
export interface PlanRecord {
  workspaceId: string;
  plan: unknown;
  updatedAt: string;
  /** 1 when first written, +1 on every write (undo and redo included); see Revisioned. */
  revision: number;
}

/**
 * Records as stored: the domain record plus its revision. The revision never leaves the database layer in a
 * file (bundles.read strips it), so the .lastmile format is unchanged.
 */
export type StoredWorkspace = Revisioned<Workspace>;
export type StoredProblem = Revisioned<Problem>;
export type StoredUseCase = Revisioned<UseCase>;
export type StoredScenario = Revisioned<Scenario>;
export type StoredSession = Revisioned<WorkshopSession>;
export type StoredSpendItem = Revisioned<SpendItem>;
/** A workspace's saved import mappings and reference classes (one record per workspace). */
export type StoredInventorySettings = Revisioned<InventorySettings>;

/** Small app-level key/value settings (current workspace, demo created once). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'lastmile';

/** The workspace's record (docs/living-portfolio.md): history, written with the edits, carried in change sets without revisions. */
export type RecordTableName = 'decisions' | 'changeLog' | 'snapshots';
export const RECORD_TABLES: readonly RecordTableName[] = ['decisions', 'changeLog', 'snapshots'];
export type TableName = 'workspaces' | 'problems' | 'useCases' | 'plans' | 'scenarios' | 'sessions' | 'spendItems' | 'inventorySettings' | RecordTableName;
/** The tables whose records carry a revision (every domain table). */
export const REVISIONED_TABLES: readonly TableName[] = ['workspaces', 'problems', 'useCases', 'plans', 'scenarios', 'sessions', 'spendItems', 'inventorySettings'];

/**
 * The one IndexedDB database of the app. Schema versions are append-only: never edit a declared
 * version; add `this.version(n + 1)` with an upgrade and a test that opens a database written by version n.
 */
export class LastmileDatabase extends Dexie {
  workspaces!: EntityTable<StoredWorkspace, 'id'>;
  problems!: EntityTable<StoredProblem, 'id'>;
  useCases!: EntityTable<StoredUseCase, 'id'>;
  plans!: EntityTable<PlanRecord, 'workspaceId'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  /** Funding decisions of each workspace, with the figures they were taken on (append-only history). */
  decisions!: EntityTable<FundingDecision, 'id'>;
  /** Who changed what and when, field by field (append-only history). */
  changeLog!: EntityTable<ChangeLogEntry, 'id'>;
  /** Board snapshots frozen when a board pack is produced. */
  snapshots!: EntityTable<BoardSnapshot, 'id'>;
  /** Named scenarios layered on each workspace (docs/scenarios.md). */
  scenarios!: EntityTable<StoredScenario, 'id'>;
  /** Facilitated workshop sessions of each workspace, kept as the session record (docs/workshop.md). */
  sessions!: EntityTable<StoredSession, 'id'>;
  /** The organisation's AI spend items of each workspace (docs/spend.md). */
  spendItems!: EntityTable<StoredSpendItem, 'id'>;
  /** Each workspace's saved import mappings and reference classes, one record per workspace (docs/inventory.md). */
  inventorySettings!: EntityTable<StoredInventorySettings, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // Live queries hand out their records frozen instead of deep-copying every record of every answer (a portfolio of
    // 1,000-5,000 candidates was copied again on each read); no view changes a record it was given.
    super(name, { cache: 'immutable', ...options });
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
    // Version 3: every record carries a revision (+1 on every write), so a save made from a stale form, or an undo
    // over another window's change, is refused instead of overwriting it. Existing records start at revision 1.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        // The tables of version 3 (a later table starts with revisions of its own).
        for (const table of ['workspaces', 'problems', 'useCases', 'plans']) {
          await tx
            .table(table)
            .toCollection()
            .modify((r: Record<string, unknown>) => {
              if (typeof r.revision !== 'number') r.revision = 1;
            });
        }
      });
    // Version 4: the living portfolio (docs/living-portfolio.md). Use cases carry their stage history, gate decisions
    // and monthly actuals (existing ones are ideas with none); workspaces an overrun threshold (10%); three new tables
    // keep the workspace's record: funding decisions, the change log and board snapshots.
    this.version(4)
      .stores({
        decisions: 'id, workspaceId',
        changeLog: 'id, workspaceId, [workspaceId+at]',
        snapshots: 'id, workspaceId',
      })
      .upgrade(async (tx) => {
        await tx
          .table('useCases')
          .toCollection()
          .modify((u: Record<string, unknown>) => {
            if (!('lifecycle' in u)) u.lifecycle = { history: [], decisions: [] };
            if (!('actuals' in u)) u.actuals = [];
          });
        await tx
          .table('workspaces')
          .toCollection()
          .modify((w: Record<string, unknown>) => {
            if (!('overrunThreshold' in w)) w.overrunThreshold = DEFAULT_OVERRUN_THRESHOLD;
          });
      });
    // Version 5: uncertainty and scenarios (docs/uncertainty.md, docs/scenarios.md). Use cases carry ranges of their own
    // (existing ones have none: they follow the policy); workspaces an uncertainty policy (the default ranges, seed
    // and trials); plans a cost basis (likely, what was funded before); a new table keeps each workspace's scenarios.
    this.version(5)
      .stores({ scenarios: 'id, workspaceId' })
      .upgrade(async (tx) => {
        await tx
          .table('useCases')
          .toCollection()
          .modify((u: Record<string, unknown>) => {
            if (!('ranges' in u)) u.ranges = noRanges();
          });
        await tx
          .table('workspaces')
          .toCollection()
          .modify((w: Record<string, unknown>) => {
            if (!('uncertainty' in w)) w.uncertainty = defaultUncertaintySettings();
          });
        await tx
          .table('plans')
          .toCollection()
          .modify((p: { plan?: unknown }) => {
            if (p.plan !== null && typeof p.plan === 'object' && !('costBasis' in p.plan)) p.plan = { ...p.plan, costBasis: 'likely' };
          });
      });
    // Version 6: workshop sessions (docs/workshop.md), a new table of each workspace's sessions (nothing existing changes).
    this.version(6).stores({ sessions: 'id, workspaceId' });
    // Version 7: AI spend (docs/spend.md), a new table of each workspace's spend items (nothing existing changes).
    this.version(7).stores({ spendItems: 'id, workspaceId' });
    // Version 8: the client's inventory (docs/inventory.md). A new table keeps each workspace's saved import mappings and
    // reference classes (one record per workspace); use cases carry what a register says about them and where their
    // cost estimate comes from: existing ones were entered in the app, so an empty register and their own estimate.
    this.version(8)
      .stores({ inventorySettings: 'id, workspaceId' })
      .upgrade(async (tx) => {
        await tx
          .table('useCases')
          .toCollection()
          .modify((u: Record<string, unknown>) => {
            if (!('register' in u)) u.register = emptyRegister();
            if (!('estimate' in u)) u.estimate = ownEstimate();
          });
      });
  }
}

let instance: LastmileDatabase | null = null;

/** The app's database (one per page). Tests pass their own instance to the repositories instead. */
export function appDatabase(): LastmileDatabase {
  instance ??= new LastmileDatabase();
  return instance;
}


