import { describe, expect, it } from 'vitest';
import { defaultInventoryMapping, inventoryMappingErrors, suggestInventoryColumns } from '@shared/inventory/mapping';
import { recogniseStage, stageValues, suggestStageMap, unrecognisedStages } from '@shared/inventory/stageMap';
import { messyTable } from './inventoryArbitrary';

/** Headers of a public government AI use case inventory (abridged). */
const FEDERAL = [
  'Use Case ID',
  'Use Case Name',
  'Agency',
  'Bureau',
  'Topic Area',
  'Intended Purpose and Expected Benefits',
  'Stage of Development',
  'Is the AI use case rights-impacting or safety-impacting?',
  'Date Initiated',
  'Has the Senior Agency Official for Privacy (SAOP) assessed the privacy risks associated with this AI use case?',
  'Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?',
  'Commercial Product',
  'What problem is the AI intended to solve?',
  'Contractor',
];

describe('suggested inventory columns', () => {
  it('maps the columns of a public government inventory, the long PII question included', () => {
    const c = suggestInventoryColumns(FEDERAL);
    expect(c).toMatchObject({ externalId: 0, name: 1, owner: 3, description: 5, stage: 6, personalData: 10, vendor: 11, problem: 12 });
    expect(c.pilotCost).toBeNull();
  });

  it('finds the name column in "Use Case Name" with no Title column, and uses each column once', () => {
    const c = suggestInventoryColumns(['Use Case Name', 'Summary', 'Problem solved', 'Point of Contact', 'Status', 'Supplier', 'PII', 'Ref', 'Type of AI']);
    expect(c).toMatchObject({ name: 0, description: 1, problem: 2, owner: 3, stage: 4, vendor: 5, personalData: 6, externalId: 7, aiPattern: 8 });
    const used = Object.values(c).filter((v) => v !== null);
    expect(new Set(used).size).toBe(used.length);
  });

  it('reads cost and benefit headers, with units and odd case', () => {
    const c = suggestInventoryColumns(['TITLE', 'Pilot cost ($)', 'Production cost', 'Monthly benefit (USD)', 'Hours saved per month', 'Implementation cost']);
    expect(c).toMatchObject({ name: 0, pilotCost: 1, lastMileCost: 2, benefitPerMonth: 3, hoursSavedPerMonth: 4 });
  });

  it('suggests nothing for headers that name no field', () => {
    expect(Object.values(suggestInventoryColumns(['Agency', 'Date Initiated', 'Column 3'])).every((v) => v === null)).toBe(true);
  });
});

describe('the default mapping and what blocks it', () => {
  const table = messyTable({ header: ['Title', 'Business problem', 'Lifecycle'], rows: [['A', 'P', 'Live'], ['B', '', 'Sort of live'], ['C', '', 'live']], fields: [] });
  it('takes problems from the problem column, suggests the stage table, refuses faults and long text until chosen', () => {
    const m = defaultInventoryMapping(table);
    expect(m).toMatchObject({ hasHeader: true, problemMode: 'column', groupColumn: null, faultyRows: 'refuse', shortenLongText: false });
    expect(m.stageMap).toEqual([
      { value: 'Live', stage: 'production' },
      { value: 'Sort of live', stage: 'production' },
    ]);
  });
  it('creates a problem per row when there is no problem column', () => {
    expect(defaultInventoryMapping(messyTable({ header: ['Title'], rows: [['A']], fields: [] })).problemMode).toBe('per-row');
  });
  it('names what is missing or out of range', () => {
    const m = defaultInventoryMapping(table);
    expect(inventoryMappingErrors({ ...m, columns: { ...m.columns, name: null, vendor: 7 } }, 3)).toEqual([
      'Choose the column that holds the use case name',
      'Vendor: column 8 is not in the file (it has 3)',
    ]);
    expect(inventoryMappingErrors({ ...m, problemMode: 'group', groupColumn: null }, 3)).toEqual(['Choose the column whose values group the use cases into problems']);
    expect(inventoryMappingErrors({ ...m, columns: { ...m.columns, owner: 0 } }, 3)).toEqual([]); // the same column twice is allowed
  });
});

describe('stage words', () => {
  it.each([
    ['Initiated', 'idea'],
    ['Initiation', 'idea'],
    ['Proposed', 'idea'],
    ['Pre-deployment', 'idea'],
    ['Acquisition and/or Development', 'pilot'],
    ['In development', 'pilot'],
    ['Proof of Concept', 'pilot'],
    ['POC', 'pilot'],
    ['Pilot completed', 'pilot-succeeded'],
    ['Pilot failed', 'pilot-failed'],
    ['Implementation and Assessment', 'last-mile'],
    ['Rollout', 'last-mile'],
    ['Operation and Maintenance', 'production'],
    ['In Production', 'production'],
    ['Deployed', 'production'],
    ['LIVE', 'production'],
    ['Retired', 'stopped'],
    ['Decommissioned', 'stopped'],
    ['Cancelled', 'stopped'],
  ])('%s → %s', (word, stage) => {
    expect(recogniseStage(word)).toBe(stage);
  });

  it('suggests idea for a word it does not know and lists it to ask the user', () => {
    const values = ['Production', 'production ', 'Paused', 'Blue'];
    const map = suggestStageMap(values);
    expect(map).toEqual([
      { value: 'Production', stage: 'production' },
      { value: 'Paused', stage: 'idea' },
      { value: 'Blue', stage: 'idea' },
    ]);
    expect(unrecognisedStages(values, map)).toEqual(['Paused', 'Blue']);
    expect(unrecognisedStages(values, [{ value: 'production', stage: 'production' }, { value: 'paused', stage: 'stopped' }, { value: 'blue', stage: 'idea' }])).toEqual(['Blue']);
  });

  it('lists the stage column’s distinct values as written', () => {
    const table = messyTable({ header: ['Name', 'Stage'], rows: [['A', 'Pilot'], ['B', ' pilot'], ['C', ''], ['D', 'Live']], fields: [] });
    expect(stageValues(table, defaultInventoryMapping(table))).toEqual(['Pilot', 'Live']);
    expect(stageValues(table, { hasHeader: true, columns: { ...defaultInventoryMapping(table).columns, stage: null } })).toEqual([]);
  });
});
