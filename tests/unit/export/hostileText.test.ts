/**
 * Hostile text in the exports: names drawn from the whole Unicode range (astral characters, control characters, U+FFFE,
 * lone surrogates, markup and spreadsheet escapes) are written to the deck and the workbook, and every XML part of both —
 * and of every workbook the deck embeds in its charts — must parse. Seeded (tests/setup/fastCheckSeed.ts); FUZZ_RUNS scales it.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deckPptx } from '@renderer/export/deckPptx';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { neutraliseCell } from '@shared/export/csv';
import { clipCodePoints, escapeXml, oneLine, spreadsheetText, xmlSafe } from '@shared/export/xmlText';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { exportModelOf, fixedBundle } from './fixtures';
import { xmlFaults } from './xmlCheck';

const RUNS = Math.max(1, Math.round(Number(process.env.FUZZ_RUNS ?? 0) / 500)) * 6;

const HOSTILE = ['\u0007', '\u000B', '\u000C', '\u0000', '\u001F', '\u007F', '\u0085', '\uFFFE', '\uFFFF', '\uFDD0', '\uD800', '\uDFFF', '\u{1FFFE}', '\u{10FFFF}', '\u{1F600}', '&', '<', '>', '"', "'", ']]>', '_x0041_', '=', '\r\n', '\u2028'];
/** Text from anywhere in Unicode (any code point, lone surrogates included) mixed with the characters known to break XML. */
const hostileText = (maxLength: number) =>
  fc
    .string({ unit: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('a', 'R&D', ' ')), minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Every XML part of a zip (Office parts end in .xml or .rels), and the zips embedded in it, each as [path, text]. */
async function xmlParts(bytes: Uint8Array | ArrayBuffer, prefix = ''): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: [string, string][] = [];
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (/\.(xml|rels)$/.test(path)) out.push([`${prefix}${path}`, await file.async('string')]);
    else if (/\.xlsx$/.test(path)) out.push(...(await xmlParts(await file.async('uint8array'), `${prefix}${path}!`)));
  }
  return out;
}

function hostileBundle(names: string[]): WorkspaceBundle {
  const bundle = fixedBundle();
  const next = (i: number) => names[i % names.length]!;
  bundle.workspace.name = next(0);
  bundle.workspace.organisation = next(1);
  bundle.problems.forEach((p, i) => {
    p.title = next(2 + i);
    p.owner = next(3 + i);
    p.function = next(4 + i);
    p.statement = next(5 + i);
  });
  bundle.useCases.forEach((uc, i) => {
    uc.name = next(6 + i);
    uc.description = next(7 + i);
    uc.readiness.data.note = next(9 + i);
    if (uc.classification.rationale) uc.classification.rationale = next(10 + i);
  });
  if (bundle.plan) bundle.plan.forced = { 'uc-claims': { mode: 'in', reason: next(11) } };
  return bundle;
}

async function faultsOfExports(bundle: WorkspaceBundle): Promise<{ parts: number; embedded: number; faults: string[]; xlsx: Uint8Array }> {
  const model = exportModelOf({ bundle, generatedAt: '2027-02-01T09:30:00.000Z' });
  const xlsx = await workbookXlsx(model);
  const parts = [...(await xmlParts(await deckPptx(model), 'deck.pptx!')), ...(await xmlParts(xlsx, 'workbook.xlsx!'))];
  const faults = parts.flatMap(([path, xml]) => xmlFaults(xml).map((f) => `${path}: ${f}`));
  return { parts: parts.length, embedded: parts.filter(([p]) => p.includes('.xlsx!xl/')).length, faults, xlsx };
}

describe('one sanitiser for XML-bound text', () => {
  it('removes control characters, non-characters and lone surrogates, keeps tab, line breaks and astral characters', () => {
    expect(xmlSafe('a\u0007b\u0000c\u001Fd\u007Fe\u0085f')).toBe('abcde\nf');
    expect(xmlSafe('x\uFFFEy\uFFFFz\uFDD0w\u{1FFFE}v')).toBe('xyzwv');
    expect(xmlSafe('lone \uD800 and \uDFFF; pair \u{1F600} kept')).toBe('lone  and ; pair \u{1F600} kept');
    expect(xmlSafe('tab\there\r\nCR\rVT\vFF\f')).toBe('tab\there\nCR\nVT\nFF\n');
    expect(oneLine(' R&D\u000B"smart"\u0007 triage\r\n')).toBe('R&D "smart" triage');
    expect(escapeXml('R&D "smart" <triage> \'x\'\uFFFE')).toBe('R&amp;D &quot;smart&quot; &lt;triage&gt; &apos;x&apos;');
  });

  it('keeps spreadsheet text literal and cuts text without splitting a surrogate pair', () => {
    expect(spreadsheetText('code _x0041_ here\u0007', neutraliseCell)).toBe('code _x005F_x0041_ here');
    expect(spreadsheetText('\u0007=1+2', neutraliseCell)).toBe("'=1+2");
    expect(clipCodePoints('ab\u{1F600}', 3)).toBe('ab');
    expect(clipCodePoints('ab\u{1F600}', 4)).toBe('ab\u{1F600}');
  });

  it('turns any text into text that is well-formed in element content and attributes once escaped, and is idempotent', () => {
    fc.assert(
      fc.property(hostileText(40), (text) => {
        const safe = xmlSafe(text);
        expect(xmlSafe(safe)).toBe(safe);
        expect(xmlFaults(`<a b="${escapeXml(text)}">${escapeXml(text)}</a>`)).toEqual([]);
        expect(oneLine(text)).not.toMatch(/[\n\t]/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hostile names in the deck and the workbook', () => {
  it('R&D "smart" triage, a bell, a vertical tab and U+FFFE leave every part of both files and their embedded workbooks well-formed', async () => {
    const { parts, embedded, faults } = await faultsOfExports(hostileBundle(['R&D "smart" triage', 'Bell\u0007 ring', 'Tab\u000Bbed', 'Odd\uFFFE name', "O'Brien <lab> & co", '\u{1F680} launch \uD83D']));
    expect(faults).toEqual([]);
    expect(parts).toBeGreaterThan(40);
    expect(embedded).toBeGreaterThan(5);
  });

  it('the workbook reads back every name as typed, minus only the characters XML cannot carry', async () => {
    const names = ['R&D "smart" triage', 'Odd\uFFFE name\u0007', 'code _x0041_ here', '=cmd|calc', '\u{1F680} launch'];
    const bundle = hostileBundle(names);
    const { faults, xlsx } = await faultsOfExports(bundle);
    expect(faults).toEqual([]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Use cases')!;
    const header = (sheet.getRow(1).values as unknown[]).indexOf('Name');
    const read = bundle.useCases.map((_, i) => String(sheet.getRow(i + 2).getCell(header).value));
    expect(read.sort()).toEqual(bundle.useCases.map((u) => neutraliseCell(xmlSafe(u.name))).sort());
  });

  it('names from the whole Unicode range: every XML part of the deck, the workbook and the embedded workbooks parses (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText(30), { minLength: 12, maxLength: 12 }), async (names) => {
        const { faults } = await faultsOfExports(hostileBundle(names));
        expect(faults).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
