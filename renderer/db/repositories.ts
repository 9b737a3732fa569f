import { actualsRepository } from './actualsRepository';
import { bundleRepository } from './bundleRepository';
import { inventoryRepository } from './inventoryRepository';
import { appDatabase, type LastmileDatabase } from './database';
import { lifecycleRepository } from './lifecycleRepository';
import { metaRepository } from './metaRepository';
import { planRepository } from './planRepository';
import { problemRepository } from './problemRepository';
import { recordRepository } from './recordRepository';
import { repairReferences } from './repair';
import { scenarioRepository } from './scenarioRepository';
import { sessionRepository } from './sessionRepository';
import { spendRepository } from './spendRepository';
import { useCaseRepository } from './useCaseRepository';
import { workspaceRepository } from './workspaceRepository';

/** Every repository over one database: the only door to IndexedDB. */
export function createRepositories(db: LastmileDatabase) {
  return {
    db,
    workspaces: workspaceRepository(db),
    problems: problemRepository(db),
    useCases: useCaseRepository(db),
    actuals: actualsRepository(db),
    /** Stages and last-mile gate decisions of use cases. */
    lifecycle: lifecycleRepository(db),
    plans: planRepository(db),
    /** Named scenarios layered on each workspace (docs/scenarios.md). */
    scenarios: scenarioRepository(db),
    /** Workshop sessions of each workspace, the session record (docs/workshop.md). */
    sessions: sessionRepository(db),
    /** The organisation's AI spend items of each workspace (docs/spend.md). */
    spendItems: spendRepository(db),
    /** The client's inventory: saved import mappings and reference classes, the import, reference-class estimates (docs/inventory.md). */
    inventory: inventoryRepository(db),
    bundles: bundleRepository(db),
    meta: metaRepository(db),
    /** The workspace's record: funding decisions, board snapshots, the change log, and who is making the changes. */
    record: recordRepository(db),
    /** Finds and fixes dangling references (one workspace, or the whole database without an id); see repair.ts. */
    repair: (workspaceId?: string) => repairReferences(db, workspaceId),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

let current: Repositories | null = null;

/** The repositories of the app's database. */
export function repositories(): Repositories {
  current ??= createRepositories(appDatabase());
  return current;
}
