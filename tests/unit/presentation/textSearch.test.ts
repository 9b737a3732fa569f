import { describe, expect, it } from 'vitest';
import { matchesSearch, searchFold, searchWords } from '@shared/presentation';

describe('searching a list by what a person types', () => {
  it('ignores case and accents, and needs every word, in any order', () => {
    expect(searchFold('Résumé  SCREENING')).toBe('resume screening');
    expect(searchWords('  Claims   triage ')).toEqual(['claims', 'triage']);
    expect(matchesSearch('claims triage', ['Triage of insurance claims'])).toBe(true);
    expect(matchesSearch('claims fraud', ['Triage of insurance claims'])).toBe(false);
    expect(matchesSearch('resume', ['Résumé screening'])).toBe(true);
    expect(matchesSearch('MÜNCHEN', ['Werk München'])).toBe(true);
  });

  it('finds a word across the row’s fields, and a blank query matches everything', () => {
    expect(matchesSearch('dana invoice', ['Invoice reader', 'Dana Ruiz'])).toBe(true);
    expect(matchesSearch('   ', ['anything'])).toBe(true);
    expect(matchesSearch('', [])).toBe(true);
    expect(matchesSearch('x', [])).toBe(false);
  });
});
