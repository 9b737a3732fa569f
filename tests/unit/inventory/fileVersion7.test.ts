import { describe, expect, it } from 'vitest';
import { emptyRegister, INVENTORY_FIELDS, ownEstimate, type ImportPreset } from '@shared/domain';
import { parseWorkspaceFile, serializeWorkspaceFile, WORKSPACE_FILE_VERSION, type WorkspaceBundle } from '@shared/export/workspaceFile';
import { v6ToV7 } from '@shared/export/migrations/v6ToV7';
import { remapIds } from '@shared/export/remapIds';
import { fixedBundle } from '../export/fixtures';
import { freshRepositories } from '../db/testDb';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };

const preset: ImportPreset = {
  id: 'preset-1',
  name: 'Agency AI inventory',
  columns: { ...(Object.fromEntries(INVENTORY_FIELDS.map((f) => [f, null])) as ImportPreset['columns']), name: 'Use Case Name', owner: 'Bureau', stage: 'Stage of Development' },
  problemMode: 'group',
  groupColumn: 'Bureau',
  stageMap: [
    { value: 'Implemented', stage: 'production' },
    { value: 'Initiated', stage: 'idea' },
  ],
  sheet: 'Inventory',
};

/** A bundle with what version 7 adds: register and estimate values on use cases, and the saved settings. */
function withInventory(): WorkspaceBundle {
  const bundle = fixedBundle();
  bundle.useCases[0] = {
    ...bundle.useCases[0]!,
    register: { externalId: 'DOI-0042', owner: 'Office of the CIO', vendor: 'Acme AI', personalData: true, problemStated: false, importedFrom: 'ai_inventory_2024.xlsx' },
    estimate: { source: 'reference-class', referenceClass: 'Document processing — medium' },
  };
  bundle.inventorySettings = {
    presets: [preset],
    referenceClasses: [
      { id: 'rc-1', name: 'Document processing — medium', pattern: 'Document processing', size: 'medium', pilotCost: 80_000, lastMileMultiplier: 3, pilotMonths: 4, lastMileMonths: 9, runCostPerMonth: 2_000 },
    ],
    createdAt: '2027-01-10T08:00:00.000Z',
    updatedAt: '2027-01-12T08:00:00.000Z',
  };
  return bundle;
}

/** The document of a bundle as version 6 wrote it: no register or estimate on use cases, no settings. */
function asVersion6(bundle: WorkspaceBundle): Record<string, unknown> {
  const doc = JSON.parse(serializeWorkspaceFile(bundle, META)) as Record<string, unknown> & { useCases: Record<string, unknown>[] };
  const { inventorySettings: _s, ...rest } = doc;
  return { ...rest, version: 6, useCases: doc.useCases.map(({ register: _r, estimate: _e, ...u }) => u) };
}

describe('workspace file version 7 (the client’s inventory)', () => {
  it('opens a version-6 file: use cases gain an empty register and their own estimate, no settings, every other value kept', () => {
    const bundle = fixedBundle();
    const v6 = asVersion6(bundle);
    const migrated = v6ToV7.migrate(v6);
    expect(migrated.ok && migrated.document.inventorySettings).toBeNull();
    expect(migrated.ok && (migrated.document.useCases as Record<string, unknown>[]).map((u) => [u.register, u.estimate])).toEqual(bundle.useCases.map(() => [emptyRegister(), ownEstimate()]));
    const result = parseWorkspaceFile(JSON.stringify(v6));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migratedFrom).toBe(6);
    expect(result.bundle).toEqual({ ...bundle, useCases: bundle.useCases.map((u) => ({ ...u, register: emptyRegister(), estimate: ownEstimate() })) });
    expect(result.bundle.inventorySettings).toBeUndefined();
  });

  it('a version-7 round trip keeps everything: register, estimate and the settings (written without ids of their own)', () => {
    const bundle = withInventory();
    const text = serializeWorkspaceFile(bundle, META);
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(doc.version).toBe(WORKSPACE_FILE_VERSION);
    expect(Object.keys(doc).at(-1)).toBe('inventorySettings');
    expect(Object.keys(doc.inventorySettings as object).sort()).toEqual(['createdAt', 'presets', 'referenceClasses', 'updatedAt']);
    const back = parseWorkspaceFile(text);
    expect(back.ok && back.bundle).toEqual(bundle);
    // Null settings (what a version-6 file becomes) read as none.
    const none = parseWorkspaceFile(JSON.stringify({ ...doc, inventorySettings: null }));
    expect(none.ok && none.bundle.inventorySettings).toBeUndefined();
  });

  it('refuses settings that do not check, each fault with its path', () => {
    const doc = JSON.parse(serializeWorkspaceFile(withInventory(), META)) as { inventorySettings: { referenceClasses: Record<string, unknown>[]; presets: Record<string, unknown>[] } };
    doc.inventorySettings.referenceClasses[0]!.pilotMonths = 0;
    doc.inventorySettings.presets[0]!.problemMode = 'by-magic';
    const r = parseWorkspaceFile(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['inventorySettings.presets[0].problemMode', 'inventorySettings.referenceClasses[0].pilotMonths']);
  });

  it('import as a new workspace carries the settings as they are; the database keeps them with the workspace', async () => {
    const bundle = withInventory();
    let n = 0;
    const fresh = remapIds(bundle, (kind) => `${kind}-${n++}`);
    expect(fresh.inventorySettings).toEqual(bundle.inventorySettings);
    expect(fresh.useCases[0]!.register.externalId).toBe('DOI-0042');
    const repos = freshRepositories();
    const written = await repos.bundles.write(fresh, 'Import workspace');
    if (!written.ok) throw new Error(JSON.stringify(written.errors));
    expect(await repos.inventory.settings(fresh.workspace.id)).toMatchObject({ workspaceId: fresh.workspace.id, revision: 1, presets: [preset] });
    const read = await repos.bundles.read(fresh.workspace.id);
    expect(read?.inventorySettings).toEqual(bundle.inventorySettings);
    expect(read?.useCases.find((u) => u.id === fresh.useCases[0]!.id)?.estimate).toEqual(bundle.useCases[0]!.estimate);
    // Replacing the workspace with its file replaces its settings: still one record.
    const replaced = await repos.bundles.write({ ...fresh, inventorySettings: { ...fresh.inventorySettings!, presets: [] } }, 'Replace workspace', fresh.workspace.id);
    if (!replaced.ok) throw new Error(JSON.stringify(replaced.errors));
    expect(await repos.db.inventorySettings.count()).toBe(1);
    expect((await repos.inventory.settings(fresh.workspace.id))?.presets).toEqual([]);
  });
});
