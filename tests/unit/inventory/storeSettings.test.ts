import { describe, expect, it } from 'vitest';
import { writeSide } from '@renderer/db';
import { INVENTORY_FIELDS, type ImportPreset, type InventorySettingsInput, type ReferenceClass } from '@shared/domain';
import { freshRepositories, seededWorkspace, twoWindows } from '../db/testDb';

const preset = (name: string, nameColumn = 'Use Case Name'): ImportPreset => ({
  id: `preset-${name}`,
  name,
  columns: { ...(Object.fromEntries(INVENTORY_FIELDS.map((f) => [f, null])) as ImportPreset['columns']), name: nameColumn, stage: 'Development Stage' },
  problemMode: 'per-row',
  groupColumn: null,
  stageMap: [{ value: 'In production', stage: 'production' }],
  sheet: '',
});
const assistant: ReferenceClass = {
  id: 'class-1',
  name: 'Assistant — small',
  pattern: 'Conversational assistant',
  size: 'small',
  pilotCost: 40_000,
  lastMileMultiplier: 2.5,
  pilotMonths: 3,
  lastMileMonths: 6,
  runCostPerMonth: 1_500,
};
const settings = (presets: ImportPreset[], referenceClasses: ReferenceClass[] = []): InventorySettingsInput => ({ presets, referenceClasses });

describe('inventory settings: saved mappings and reference classes, one record per workspace', () => {
  it('saves the first time against null, then against the revision read; each save is one undoable change', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    expect(await repos.inventory.settings(ws.id)).toBeUndefined();
    const first = await repos.inventory.saveSettings(ws.id, settings([preset('Agency register')]), null);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(first.value).toMatchObject({ workspaceId: ws.id, revision: 1, presets: [{ name: 'Agency register' }], referenceClasses: [] });
    expect(first.change.label).toBe('Save the import mappings');
    const second = await repos.inventory.saveSettings(ws.id, settings(first.value.presets, [assistant]), 1);
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    expect(second.value).toMatchObject({ id: first.value.id, revision: 2, createdAt: first.value.createdAt, referenceClasses: [assistant] });
    expect(second.change.label).toBe('Save the reference classes');
    expect(await repos.db.inventorySettings.count()).toBe(1);
    const undone = await writeSide(repos.db, second.change, 'before');
    expect(undone.ok).toBe(true);
    expect((await repos.inventory.settings(ws.id))?.referenceClasses).toEqual([]);
  });

  it('a stale save is a conflict and keeps what is stored: none stored yet (null) but one saved meanwhile, or an older revision', async () => {
    const [one, two] = twoWindows();
    const ws = await seededWorkspace(one);
    const saved = await one.inventory.saveSettings(ws.id, settings([preset('First')]), null);
    if (!saved.ok) throw new Error('save');
    const late = await two.inventory.saveSettings(ws.id, settings([preset('Second')]), null);
    expect(late.ok === false && [late.reason, late.current?.presets[0]?.name]).toEqual(['conflict', 'First']);
    expect(late.ok === false && late.errors[0]!.message).toMatch(/^The saved mappings and reference classes were changed in another window/);
    const again = await one.inventory.saveSettings(ws.id, settings([preset('First'), preset('Third')]), 1);
    expect(again.ok).toBe(true);
    const stale = await two.inventory.saveSettings(ws.id, settings([]), 1);
    expect(stale.ok === false && stale.reason).toBe('conflict');
    expect((await one.inventory.settings(ws.id))?.presets.map((p) => p.name)).toEqual(['First', 'Third']);
    // Two windows saving a first time at once: exactly one record, the other is told.
    const other = await seededWorkspace(one);
    const race = await Promise.all([one.inventory.saveSettings(other.id, settings([preset('A')]), null), two.inventory.saveSettings(other.id, settings([preset('B')]), null)]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(await one.db.inventorySettings.where('workspaceId').equals(other.id).count()).toBe(1);
  });

  it('refuses settings that do not check, naming the field, and settings of a workspace that does not exist', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const bad = await repos.inventory.saveSettings(ws.id, settings([{ ...preset(''), name: '' }], [{ ...assistant, lastMileMultiplier: 80 }]), null);
    expect(bad.ok === false && bad.errors.map((e) => e.path)).toEqual(['presets[0].name', 'referenceClasses[0].lastMileMultiplier']);
    const missing = await repos.inventory.saveSettings('no-such-workspace', settings([]), null);
    expect(missing.ok === false && missing.reason).toBe('missing');
    expect(await repos.db.inventorySettings.count()).toBe(0);
  });

  it('deleting a workspace deletes its settings; undo brings them back', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const keep = await seededWorkspace(repos);
    await repos.inventory.saveSettings(keep.id, settings([preset('Other workspace')]), null);
    const saved = await repos.inventory.saveSettings(ws.id, settings([preset('Agency register')], [assistant]), null);
    if (!saved.ok) throw new Error('save');
    const current = await repos.workspaces.get(ws.id);
    const del = await repos.workspaces.remove(ws.id, current!.revision);
    if (!del.ok) throw new Error(JSON.stringify(del.errors));
    expect(await repos.inventory.settings(ws.id)).toBeUndefined();
    expect((await repos.inventory.settings(keep.id))?.presets[0]?.name).toBe('Other workspace');
    expect((await writeSide(repos.db, del.change, 'before')).ok).toBe(true);
    expect((await repos.inventory.settings(ws.id))?.referenceClasses).toEqual([assistant]);
  });

  it('a currency conversion converts the reference classes’ costs with the rest of the workspace, in the same undoable edit', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const saved = await repos.inventory.saveSettings(ws.id, settings([preset('Agency register')], [assistant]), null);
    if (!saved.ok) throw new Error('save');
    const { id: _i, createdAt: _c, updatedAt: _u, revision: _r, ...wsSettings } = ws;
    const converted = await repos.workspaces.convertCurrency(ws.id, { ...wsSettings, currency: 'EUR' }, 0.9, ws.revision);
    if (!converted.ok) throw new Error(JSON.stringify(converted.errors));
    expect((await repos.inventory.settings(ws.id))?.referenceClasses).toEqual([{ ...assistant, pilotCost: 36_000, runCostPerMonth: 1_350 }]);
    expect((await repos.inventory.settings(ws.id))?.revision).toBe(2);
    expect((await writeSide(repos.db, converted.change, 'before')).ok).toBe(true);
    expect((await repos.inventory.settings(ws.id))?.referenceClasses).toEqual([assistant]);
  });

  it('a write that would leave settings without their workspace is refused', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const { applyChangeSet, runWrite } = await import('@renderer/db/changes');
    const refused = await runWrite(repos.db, async () => {
      const now = new Date().toISOString();
      await applyChangeSet(repos.db, { label: 'Save', changes: [{ table: 'inventorySettings', key: 's1', before: null, after: { id: 's1', workspaceId: 'gone', presets: [], referenceClasses: [], createdAt: now, updatedAt: now } }] });
      return { ok: true as const, value: null, change: { label: '', changes: [] } };
    });
    expect(refused.ok === false && refused.errors[0]!.message).toMatch(/would belong to a workspace that no longer exists/);
    expect(await repos.db.inventorySettings.count()).toBe(0);
    expect(ws.id).toBeTruthy();
  });
});
