import { describe, expect, it } from 'vitest';
import { defaultChoices, fieldDifferences, mergeFields } from '@renderer/components/fieldMerge';

const base = { name: 'Invoice reader', description: '', pilot: { cost: 0, months: 3 }, classification: { kind: null as string | null, rationale: '' }, tags: ['a'] };

describe('field-by-field merge of a form against a version saved meanwhile', () => {
  it('lists every field where the two versions differ, marks the ones the user edited, and defaults to theirs for the others', () => {
    const mine = { ...base, description: 'Reads invoices', pilot: { cost: 5000, months: 3 } };
    const theirs = { ...base, name: 'Invoice reader v2', pilot: { cost: 7000, months: 3 } };
    const diffs = fieldDifferences(base, mine, theirs);
    expect(diffs.map((d) => [d.path, d.edited])).toEqual([
      ['name', false],
      ['description', true],
      ['pilot.cost', true],
    ]);
    expect(defaultChoices(diffs)).toEqual({ name: 'theirs', description: 'mine', 'pilot.cost': 'mine' });
  });

  it('merges: untouched fields follow the other window, kept fields are the user’s, a choice of theirs wins over an edit', () => {
    const mine = { ...base, description: 'Reads invoices', pilot: { cost: 5000, months: 3 } };
    const theirs = { ...base, name: 'Invoice reader v2', pilot: { cost: 7000, months: 4 } };
    const diffs = fieldDifferences(base, mine, theirs);
    const merged = mergeFields(mine, theirs, diffs, { ...defaultChoices(diffs), 'pilot.cost': 'theirs' });
    expect(merged).toEqual({ ...base, name: 'Invoice reader v2', description: 'Reads invoices', pilot: { cost: 7000, months: 4 } });
  });

  it('treats a group (a classification and its rationale) and an array as one field each', () => {
    const mine = { ...base, classification: { kind: 'automation', rationale: 'Saves time' }, tags: ['a', 'b'] };
    const theirs = { ...base, classification: { kind: 'value-creation', rationale: '' } };
    const diffs = fieldDifferences(base, mine, theirs, ['classification']);
    expect(diffs.map((d) => d.path)).toEqual(['classification', 'tags']);
    const merged = mergeFields(mine, theirs, diffs, { classification: 'mine', tags: 'theirs' });
    expect(merged.classification).toEqual({ kind: 'automation', rationale: 'Saves time' });
    expect(merged.tags).toEqual(['a']);
  });

  it('has nothing to ask when both windows made the same change', () => {
    const same = { ...base, name: 'Same' };
    expect(fieldDifferences(base, same, { ...same })).toEqual([]);
  });
});
