import { describe, expect, it } from 'vitest';
import { importPresetSchema } from '@shared/domain';
import { faultyRowsCsv, mappingFromPreset, presetFromMapping, previewInventoryImport, readInventoryFile, defaultInventoryMapping } from '@shared/inventory';
import { emptyContext, messyTable, utf8 } from './inventoryArbitrary';

const first = messyTable({ header: ['Use Case ID', 'Use Case Name', 'Owner', 'Stage', 'Agency'], rows: [['UC-1', 'Invoice reader', 'Dana', 'Live']], fields: [] });

describe('mapping presets', () => {
  it('keep columns by header text, so they fit a file whose columns moved; a column gone maps to nothing', () => {
    const mapping = { ...defaultInventoryMapping(first), stageMap: [{ value: 'Live', stage: 'production' as const }, { value: 'Blue', stage: 'stopped' as const }] };
    const preset = presetFromMapping('Federal register', 'preset-1', mapping, first);
    expect(importPresetSchema.safeParse(preset).success).toBe(true);
    expect(preset.columns).toMatchObject({ externalId: 'Use Case ID', name: 'Use Case Name', owner: 'Owner', stage: 'Stage', vendor: null });

    const moved = messyTable({ header: ['stage', 'Use Case Name', 'Use Case ID', 'Notes'], rows: [['Pilot', 'Claims triage', 'UC-2', '']], fields: [] });
    const again = mappingFromPreset(preset, moved);
    expect(again.columns).toMatchObject({ stage: 0, name: 1, externalId: 2, owner: null });
    expect(again.stageMap).toEqual([
      { value: 'Live', stage: 'production' },
      { value: 'Blue', stage: 'stopped' },
      { value: 'Pilot', stage: 'pilot' },
    ]);
    expect(again.faultyRows).toBe('refuse');
  });

  it('keep the grouping column by its header', () => {
    const mapping = { ...defaultInventoryMapping(first), problemMode: 'group' as const, groupColumn: 4 };
    const preset = presetFromMapping('By agency', 'p2', mapping, first);
    expect(preset.groupColumn).toBe('Agency');
    expect(mappingFromPreset(preset, first)).toMatchObject({ problemMode: 'group', groupColumn: 4 });
  });
});

describe('the faulty rows download', () => {
  it('holds the header and each faulty row as it was, with what to fix, neutralised against formulas', () => {
    const read = readInventoryFile('r.csv', utf8('Use Case Name,Owner,Pilot cost\r\nInvoice reader,Dana,75k\r\n,=HYPERLINK("x"),-5\r\nClaims,Lee,abc\r\n'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const preview = previewInventoryImport(read.value, defaultInventoryMapping(read.value), emptyContext());
    expect(preview.faultyRows).toEqual([3, 4]);
    const text = faultyRowsCsv(read.value, preview);
    expect(text.startsWith('\uFEFFUse Case Name,Owner,Pilot cost,What to fix\r\n')).toBe(true);
    expect(text).toContain(`,"'=HYPERLINK(""x"")",'-5,`);
    expect(text).toContain('Column A (Use Case Name): Name is required; Column C (Pilot cost): Pilot cost must be a number of 0 or more');
    const back = readInventoryFile('fix.csv', utf8(text));
    expect(back.ok && back.value.records.map((r) => r.cells.slice(0, 3))).toEqual([
      ['Use Case Name', 'Owner', 'Pilot cost'],
      ['', '=HYPERLINK("x")', '-5'],
      ['Claims', 'Lee', 'abc'],
    ]);
  });
});
