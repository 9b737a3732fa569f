import { describe, expect, it } from 'vitest';
import { STAGES, currentStage, type UseCase } from '@shared/domain';
import { INVENTORY_SHEET, inventoryXlsx } from '@renderer/export/inventoryXlsx';
import { inventoryCsv, type InventoryRowsInput } from '@shared/inventory/inventoryExport';
import { defaultInventoryMapping } from '@shared/inventory/mapping';
import { mappingFromPreset } from '@shared/inventory/presets';
import { previewInventoryImport } from '@shared/inventory/preview';
import { readInventoryFile } from '@shared/inventory/readInventory';
import { clientPreset, portfolio, workspace } from './exportFixtures';

/**
 * The inventory out and back in: exported with the client's preset, the file imports with that same preset into the
 * same names, owners, vendors, register ids, personal data and stages; into the workspace it came from, it updates
 * every use case and moves none.
 */

const hostile = (useCases: UseCase[]): UseCase[] =>
  useCases.map((uc, i) => (i === 1 ? { ...uc, name: '=SUM(A1:A9) claims', register: { ...uc.register, owner: '+44 20 7946 0000', vendor: '@vendor', externalId: '-17' } } : uc));

async function fileOf(kind: 'csv' | 'xlsx', input: InventoryRowsInput): Promise<{ name: string; bytes: Uint8Array }> {
  if (kind === 'csv') return { name: 'inventory.csv', bytes: new TextEncoder().encode(inventoryCsv(input)) };
  return { name: 'inventory.xlsx', bytes: await inventoryXlsx(input, { created: new Date('2027-02-01T00:00:00.000Z') }) };
}

async function reimport(kind: 'csv' | 'xlsx', input: InventoryRowsInput, into: (UseCase & { revision: number })[] = []) {
  const file = await fileOf(kind, input);
  const read = readInventoryFile(file.name, file.bytes, input.preset?.sheet ? { sheet: input.preset.sheet } : {});
  if (!read.ok) throw new Error(read.errors.join('; '));
  const mapping = mappingFromPreset(input.preset!, read.value);
  return { table: read.value, preview: previewInventoryImport(read.value, mapping, { workspace: workspace(), problems: into.length > 0 ? input.problems : [], useCases: into }) };
}

describe.each(['csv', 'xlsx'] as const)('the inventory out and back in (%s)', (kind) => {
  it('imports with the same preset into the same names, owners, vendors, register ids, personal data and stages', async () => {
    const { useCases, problems } = portfolio();
    const input: InventoryRowsInput = { useCases, problems, preset: clientPreset(), workspace: workspace(), funded: new Set(['uc-docs']) };
    const { table, preview } = await reimport(kind, input);
    if (kind === 'xlsx') expect(table.sheet).toBe('AI Inventory 2026');
    expect(preview.faults).toEqual([]);
    const planned = preview.plan!.newUseCases;
    expect(planned).toHaveLength(useCases.length);
    planned.forEach((p, i) => {
      const uc = useCases[i]!;
      expect(p.input.name).toBe(uc.name);
      expect(p.input.register.owner).toBe(uc.register.owner);
      expect(p.input.register.vendor).toBe(uc.register.vendor);
      expect(p.input.register.externalId).toBe(uc.register.externalId);
      expect(p.input.register.personalData).toBe(uc.register.personalData);
      expect(p.stage).toBe(currentStage(uc.lifecycle));
      expect(p.input.pilot.cost).toBe(uc.estimate.source === 'none' ? 0 : uc.pilot.cost);
      expect(p.input.estimate.source).toBe(uc.estimate.source === 'none' ? 'none' : 'own');
    });
    // The row whose register named no problem comes back without one ("AI first"); the others under their problem.
    expect(planned.map((p) => p.input.register.problemStated)).toEqual([true, true, false, true]);
    expect(preview.plan!.newProblems.map((p) => p.input.title)).toContain('Invoice backlog');
  });

  it('updates every use case of the workspace it came from, moving none', async () => {
    const { useCases, problems } = portfolio();
    const input: InventoryRowsInput = { useCases, problems, preset: clientPreset(), workspace: workspace() };
    const { preview } = await reimport(kind, input, useCases.map((u) => ({ ...u, revision: 3 })));
    expect(preview.faults).toEqual([]);
    expect(preview.plan!.newUseCases).toEqual([]);
    expect(preview.plan!.updates.map((u) => u.useCaseId)).toEqual(useCases.map((u) => u.id));
    expect(preview.plan!.updates.map((u) => u.stage)).toEqual([null, null, null, null]);
    preview.plan!.updates.forEach((u, i) => expect(u.input.name).toBe(useCases[i]!.name));
  });

  it('keeps reference-class estimates and last-mile splits through a re-import; a cost changed in the file makes it the team’s own', async () => {
    const { useCases, problems } = portfolio();
    const preset = clientPreset({ columns: { ...clientPreset().columns, lastMileCost: 'Last mile ($)' } });
    const into = useCases.map((u) => ({ ...u, revision: 1 }));
    const { preview } = await reimport(kind, { useCases, problems, preset, workspace: workspace() }, into);
    expect(preview.faults).toEqual([]);
    preview.plan!.updates.forEach((u, i) => {
      expect(u.input.estimate).toEqual(useCases[i]!.estimate);
      expect(u.input.lastMile.costs).toEqual(useCases[i]!.lastMile.costs);
    });
    const dearer = useCases.map((u) => (u.id === 'uc-claims' ? { ...u, pilot: { ...u.pilot, cost: 130_000 } } : u));
    const changed = await reimport(kind, { useCases: dearer, problems, preset, workspace: workspace() }, into);
    const claims = changed.preview.plan!.updates.find((u) => u.useCaseId === 'uc-claims')!;
    expect(claims.input.pilot.cost).toBe(130_000);
    expect(claims.input.estimate).toEqual({ source: 'own', referenceClass: '' });
  });

  // Both files put a quote before formula-like text (csv.ts neutraliseCell, xlsxCells.ts writeCell); readInventoryFile takes it off.
  it('brings back text that starts like a formula as it was typed', async () => {
    const { useCases, problems } = portfolio();
    const named = hostile(useCases);
    const { preview } = await reimport(kind, { useCases: named, problems, preset: clientPreset(), workspace: workspace() });
    const claims = preview.plan!.newUseCases[1]!.input;
    expect(claims.name).toBe('=SUM(A1:A9) claims');
    expect(claims.register.owner).toBe('+44 20 7946 0000');
    expect(claims.register.vendor).toBe('@vendor');
    expect(claims.register.externalId).toBe('-17');
  });
});

/** One use case in each of the app's stages (history: the stage alone, which is all the export reads). */
function everyStage(): UseCase[] {
  const [base] = portfolio().useCases;
  return STAGES.map((stage, i) => ({
    ...base!,
    id: `uc-${stage}`,
    name: `Use case ${i + 1}`,
    register: { ...base!.register, externalId: `S-${i + 1}` },
    lifecycle: { history: [{ stage, month: '2027-01', at: '2027-01-02T09:00:00.000Z', by: 'Dana', note: '', evidence: null }], decisions: [] },
  }));
}

describe('the inventory out without a preset', () => {
  it.each(['csv', 'xlsx'] as const)('imports back with the suggested mapping: every column found, every stage of the app read as itself (%s)', async (kind) => {
    const useCases = everyStage();
    const file = await fileOf(kind, { useCases, problems: portfolio().problems, preset: null, workspace: workspace(), funded: new Set() });
    const read = readInventoryFile(file.name, file.bytes);
    if (!read.ok) throw new Error(read.errors.join('; '));
    const mapping = defaultInventoryMapping(read.value);
    expect(Object.values(mapping.columns).every((c) => c !== null)).toBe(true);
    const preview = previewInventoryImport(read.value, mapping, { workspace: workspace(), problems: [], useCases: [] });
    expect(preview.faults).toEqual([]);
    expect(preview.plan!.newUseCases.map((p) => p.stage)).toEqual([...STAGES]);
    expect(preview.plan!.newUseCases.map((p) => p.input.register.externalId)).toEqual(useCases.map((u) => u.register.externalId));
  });

  it('reads back the app’s words for the stages the client’s table does not name', async () => {
    const useCases = everyStage();
    const preset = clientPreset();
    const { preview } = await reimport('csv', { useCases, problems: portfolio().problems, preset, workspace: workspace() });
    expect(preview.faults).toEqual([]);
    expect(preview.plan!.newUseCases.map((p) => p.stage)).toEqual([...STAGES]);
  });

  it('uses a sheet of its own that the importer reads by default', async () => {
    const { useCases, problems } = portfolio();
    const file = await fileOf('xlsx', { useCases, problems, preset: null, workspace: workspace() });
    const read = readInventoryFile(file.name, file.bytes);
    expect(read.ok && read.value.sheet).toBe(INVENTORY_SHEET);
    expect(read.ok && read.value.records).toHaveLength(1 + useCases.length);
  });
});

describe('a workbook in a German or French workspace', () => {
  it.each(['de-DE', 'fr-FR'] as const)('takes amounts with cents from number cells (%s)', async (numberFormat) => {
    const { useCases, problems } = portfolio();
    const ws = { ...workspace(), numberFormat };
    const withCents = useCases.map((uc) => (uc.estimate.source === 'none' ? uc : { ...uc, pilot: { ...uc.pilot, cost: 12_345.67 } }));
    const input: InventoryRowsInput = { useCases: withCents, problems, preset: clientPreset(), workspace: ws };
    const bytes = await inventoryXlsx(input, { created: new Date('2027-02-01T00:00:00.000Z') });
    const read = readInventoryFile('inventory.xlsx', bytes, { sheet: input.preset!.sheet });
    if (!read.ok) throw new Error(read.errors.join('; '));
    const preview = previewInventoryImport(read.value, mappingFromPreset(input.preset!, read.value), { workspace: ws, problems: [], useCases: [] });
    expect(preview.faults).toEqual([]);
    preview.plan!.newUseCases.forEach((p, i) => expect(p.input.pilot.cost).toBe(withCents[i]!.estimate.source === 'none' ? 0 : 12_345.67));
  });
});
