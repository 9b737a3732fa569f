/**
 * Strict parsing: bytes that are not UTF-8 are refused with their offset (workspace files and CSV), deep nesting is
 * refused in words instead of overflowing the stack, and CSV numbers with double signs are refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDepthFault, MAX_JSON_DEPTH, tooDeepPath } from '@shared/export/jsonDepth';
import { migrateDocument } from '@shared/export/migrations';
import { importProblemCsvText, readProblemCsvBytes } from '@shared/export/problemCsvImport';
import { sortKeysDeep } from '@shared/export/stableJson';
import { decodeUtf8, invalidUtf8Offset } from '@shared/export/utf8Text';
import { parseWorkspaceFile } from '@shared/export/workspaceFile';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('strict UTF-8', () => {
  it('decodes valid UTF-8 (astral characters included) and drops a byte-order mark', () => {
    expect(decodeUtf8(utf8('Zürich € \u{1F680}'))).toEqual({ ok: true, text: 'Zürich € \u{1F680}' });
    expect(decodeUtf8(join([0xef, 0xbb, 0xbf], utf8('a,b')))).toEqual({ ok: true, text: 'a,b' });
  });

  it('refuses an invalid byte with its offset and line', () => {
    const bytes = join(utf8('Title\nInvoice backlog\nCaf'), [0xe9], utf8(' au lait\n'));
    const r = decodeUtf8(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.offset).toBe(25);
      expect(r.message).toContain('the byte at offset 25 (line 3, value 0xE9)');
    }
  });

  it('finds the first invalid byte as the platform decoder does: stray continuations, overlongs, surrogates, beyond U+10FFFF, cut-off sequences', () => {
    const cases: [number[], number][] = [
      [[0x61, 0x80], 1],
      [[0xc0, 0xaf], 0],
      [[0xe0, 0x80, 0xaf], 0],
      [[0x61, 0xed, 0xa0, 0x80], 1],
      [[0xf4, 0x90, 0x80, 0x80], 0],
      [[0x61, 0x62, 0xe2, 0x82], 2],
      [[0xf0, 0x9f, 0x9a, 0x80, 0xff], 4],
    ];
    for (const [bytes, offset] of cases) expect([bytes, invalidUtf8Offset(Uint8Array.from(bytes))]).toEqual([bytes, offset]);
  });

  it('agrees with the platform decoder on random bytes (valid exactly when TextDecoder fatal accepts)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 10 }), (random, text) => {
        for (const bytes of [random, join(utf8(text), random)]) {
          let valid = true;
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes);
          } catch {
            valid = false;
          }
          const offset = invalidUtf8Offset(bytes);
          expect(offset === -1).toBe(valid);
          if (!valid) {
            // Everything before the offset decodes; the byte at the offset starts the fault.
            expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, offset))).not.toThrow();
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a CSV file with an invalid byte is refused with the offset, nothing read', () => {
    const r = readProblemCsvBytes(join(utf8('Problem,Monthly cost\nInvoices,'), [0xff], utf8('500\n')));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.text).toMatch(/not valid UTF-8 text: the byte at offset 30 \(line 2/);
    const ok = readProblemCsvBytes(utf8('Problem,Monthly cost\nCafé,500\n'));
    expect(ok.ok && ok.table.records[1]!.cells[0]).toBe('Café');
  });
});

describe('CSV numbers: one strict grammar', () => {
  it.each(['--1', '-$-5', '(-300)'])('refuses %s instead of reading it as a number', (cell) => {
    const r = importProblemCsvText(`Problem,Monthly cost\nInvoices,"${cell}"\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.text).toMatch(/^Row 2, Monthly cost: /);
  });
});

describe('deep nesting is refused in words, never with a stack overflow', () => {
  const nested = (levels: number, open = '[', close = ']', inner = '1') => `${open.repeat(levels)}${inner}${close.repeat(levels)}`;
  const v0 = (patch: string) =>
    `{"format":"lastmile-workspace","version":0,"exportedAt":"2027-01-01T00:00:00Z","appVersion":"1","workspace":{},"problems":[],"useCases":[${patch}]}`;

  it('a version-0 file nested 100,000 levels deep (a last-mile category, the format marker, an object chain) is refused with the path', () => {
    const files = [
      v0(`{"lastMileCosts":[{"category":${nested(100_000)},"amount":1}]}`),
      `{"format":${nested(100_000)},"version":0}`,
      v0(nested(100_000, '{"a":', '}')),
    ];
    for (const text of files) {
      const r = parseWorkspaceFile(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors).toHaveLength(1);
        expect(r.errors[0]!.message).toBe(`The file is nested deeper than ${MAX_JSON_DEPTH} levels here; a workspace file never is, so it cannot be opened`);
        expect(r.errors[0]!.message).not.toMatch(/stack/i);
      }
    }
    const r = parseWorkspaceFile(files[0]!);
    if (!r.ok) expect(r.errors[0]!.path).toMatch(/^useCases\[0\]\.lastMileCosts\[0\]\.category(\[0\])+$/);
  });

  it('a shallow but wrong category is named without printing the structure', () => {
    const r = parseWorkspaceFile(v0(`{"lastMileCosts":[{"category":[[["x"]]],"amount":1}]}`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ path: 'useCases[0].lastMileCosts[0].category', message: 'A last-mile category must be text, not a list' });
  });

  it('the depth bound is exact, iterative and the same for reading, migrating and writing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH; i++) deep = [deep];
    expect(tooDeepPath(deep)).toBeNull();
    expect(tooDeepPath([deep])).toBe('[0]'.repeat(MAX_JSON_DEPTH));
    let huge: unknown = 1;
    for (let i = 0; i < 200_000; i++) huge = { a: huge };
    expect(jsonDepthFault(huge)?.path.startsWith('a.a.a')).toBe(true);
    const migrated = migrateDocument({ format: 'lastmile-workspace', version: 1, deep: huge }, 1, 2);
    expect(migrated.ok).toBe(false);
    expect(() => sortKeysDeep(huge)).toThrow(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    expect(() => sortKeysDeep(deep)).not.toThrow();
  });
});
