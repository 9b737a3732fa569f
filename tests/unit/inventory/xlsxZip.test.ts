/**
 * The XLSX reader's container: files that are not workbooks, damaged or cut short, protected with a password, too
 * large, or zip bombs (an entry declaring its real, huge size, or lying about it) are refused with one sentence, fast,
 * without inflating what the limits forbid.
 */
import { Zip, ZipDeflate, strToU8, unzipSync, zipSync } from 'fflate';
import { crc32 } from '@shared/export/compression';
import { beforeAll, describe, expect, it } from 'vitest';
import { isXlsx, readXlsxRecords } from '@shared/inventory/xlsxRead';
import { type RawZipEntry, concatBytes, deflateRuns, excelBytes, handZip, inl, rawZip, refusal, rowsOf, withDeclaredSize, worksheetXml } from './xlsxWorkbooks';

const DAMAGED = 'The file is damaged or incomplete; open it in Excel, save it again and import that copy';
const NOT_XLSX = 'The file is not an Excel workbook (.xlsx)';
const TOO_LARGE_UNPACKED = 'The workbook is too large to read (more than 150 MB once unpacked); delete unused sheets or save the sheet as CSV';

const u8 = strToU8;
const stored = (name: string, text: string): RawZipEntry => ({ name, method: 0, data: u8(text), size: u8(text).length, crc: crc32(0, u8(text)) });
const WORKBOOK_PARTS = [
  stored('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="Bomb" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  stored('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
];

const BOMB_RUNS = 812_800;
let bombData: Uint8Array | null = null;

/** A workbook whose sheet is 209,702,401 zeros in 1.3 MB, declaring `declared` bytes (its real size unless given). */
function bombZip(declared?: number): Uint8Array {
  return rawZip([...WORKBOOK_PARTS, { name: 'xl/worksheets/sheet1.xml', method: 8, data: bombZipData(), size: declared ?? 1 + 258 * BOMB_RUNS, crc: 0 }]);
}

const cpuMs = (run: () => void) => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

describe('readXlsxRecords refuses what is not a readable workbook', () => {
  let real: Uint8Array;
  beforeAll(async () => {
    real = await excelBytes((wb) => {
      const ws = wb.addWorksheet('Inventory');
      for (let r = 0; r < 200; r++) ws.addRow([`Use case ${r}`, r * 10, `Owner ${r % 7}`]);
    });
  });

  it('says what the file is when it is no .xlsx: empty, random, another zip, an old .xls, .xlsb or .ods', () => {
    expect(refusal(readXlsxRecords(new Uint8Array(0)))).toBe('The file is empty');
    const random = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 251);
    expect(refusal(readXlsxRecords(random))).toBe(NOT_XLSX);
    expect(refusal(readXlsxRecords(strToU8('Name,Cost\nA,1\n')))).toBe(NOT_XLSX);
    expect(refusal(readXlsxRecords(zipSync({})))).toBe(NOT_XLSX);
    expect(refusal(readXlsxRecords(zipSync({ 'word/document.xml': strToU8('<w:document/>') })))).toBe(NOT_XLSX);
    expect(refusal(readXlsxRecords(zipSync({ 'xl/workbook.bin': new Uint8Array(10) })))).toMatch(/binary workbook \(\.xlsb\); save it as \.xlsx or CSV/);
    expect(refusal(readXlsxRecords(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') })))).toMatch(/OpenDocument spreadsheet \(\.ods\)/);
    for (const bytes of [random, zipSync({}), new Uint8Array(0), strToU8('PK\u0003\u0004 not really')]) expect(isXlsx(bytes)).toBe(false);
    expect(isXlsx(real)).toBe(true);
  });

  it('tells a password-protected workbook from an old .xls (both OLE files)', () => {
    const ole = (stream: string) => {
      const bytes = new Uint8Array(4096);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      [...stream].forEach((c, i) => (bytes[1024 + 2 * i] = c.charCodeAt(0)));
      return bytes;
    };
    expect(refusal(readXlsxRecords(ole('EncryptedPackage')))).toBe('The workbook is protected with a password; save it without one and import it again');
    expect(refusal(readXlsxRecords(ole('EncryptionInfo')))).toMatch(/protected with a password/);
    expect(refusal(readXlsxRecords(ole('Workbook')))).toBe('The file is an older Excel workbook (.xls); save it as .xlsx or CSV and import it again');
    expect(isXlsx(ole('EncryptedPackage'))).toBe(false);
    // A zip entry flagged as encrypted (zip-level password) is refused the same way.
    const flagged = real.slice();
    const view = new DataView(flagged.buffer);
    for (let at = 0; at + 4 < flagged.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    expect(refusal(readXlsxRecords(flagged))).toMatch(/protected with a password/);
  });

  it('refuses a damaged or cut-off file, never reading part of it', () => {
    for (const cut of [real.length - 1, real.length - 30, Math.floor(real.length / 2), 100, 10]) expect(refusal(readXlsxRecords(real.slice(0, cut))), `cut at ${cut}`).toBe(DAMAGED);
    // Flipped bits inside the compressed sheet: inflation fails or the checksum does not match.
    const sheetAt = new TextDecoder('latin1').decode(real).indexOf('xl/worksheets/sheet1.xml');
    for (const offset of [60, 200, 500]) {
      const damaged = real.slice();
      const at = sheetAt + 24 + offset;
      damaged[at] = damaged[at]! ^ 0x55;
      expect(refusal(readXlsxRecords(damaged)), `flip at +${offset}`).toBe(DAMAGED);
    }
    const method = real.slice();
    const view = new DataView(method.buffer);
    for (let at = 0; at + 4 < method.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 10, 12, true);
    expect(refusal(readXlsxRecords(method))).toBe(DAMAGED);
    expect(refusal(readXlsxRecords(handZip({ sheets: [{ name: 'X', raw: true, xml: worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>cut') }] })))).toMatch(/^The sheet cannot be read; the file may be damaged/);
  });

  it('reads an uncompressed (stored) workbook', () => {
    const stored = handZip({ sheets: [{ name: 'S', xml: `<row r="1">${inl('A1', 'stored')}</row>` }] });
    const again = zipSync(Object.fromEntries(Object.entries(unzipSync(stored)).map(([name, data]) => [name, [data, { level: 0 }]])));
    expect(rowsOf(readXlsxRecords(again))).toEqual([[1, ['stored']]]);
  });

  it('reads a workbook zipped as a stream (sizes and checksums after the data, as streaming writers put them)', () => {
    const files = unzipSync(handZip({ sheets: [{ name: 'S', xml: `<row r="2">${inl('B2', 'streamed')}</row>` }] }));
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const [name, data] of Object.entries(files)) {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(data, true);
    }
    zip.end();
    const bytes = concatBytes(chunks);
    expect(isXlsx(bytes)).toBe(true);
    expect(rowsOf(readXlsxRecords(bytes))).toEqual([[2, ['', 'streamed']]]);
  });

  it('reads a Zip64 workbook (sizes and offsets in Zip64 fields), and refuses a Zip64 bomb by its declared size', () => {
    const sheet = stored('xl/worksheets/sheet1.xml', `<worksheet><sheetData><row r="1">${inl('A1', 'zip64')}</row></sheetData></worksheet>`);
    expect(rowsOf(readXlsxRecords(rawZip([...WORKBOOK_PARTS, sheet], true)))).toEqual([[1, ['zip64']]]);
    expect(rowsOf(readXlsxRecords(rawZip([...WORKBOOK_PARTS, sheet], false)))).toEqual([[1, ['zip64']]]);
    const bomb = rawZip([...WORKBOOK_PARTS, { name: 'xl/worksheets/sheet1.xml', method: 8, data: bombZipData(), size: 1 + 258 * BOMB_RUNS, crc: 0 }], true);
    expect(refusal(readXlsxRecords(bomb))).toBe(TOO_LARGE_UNPACKED);
  });

  it('refuses a file over 20 MB before reading it', () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(refusal(readXlsxRecords(big))).toBe('The file is too large (21 MB); the limit is 20 MB');
  });

  it('refuses a zip bomb (200 MB of zeros) by its declared size before inflating, and when the header lies, after one piece', () => {
    const bomb = bombZip();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    let honest: ReturnType<typeof readXlsxRecords> | undefined;
    expect(cpuMs(() => (honest = readXlsxRecords(bomb)))).toBeLessThan(200);
    expect(refusal(honest!)).toBe(TOO_LARGE_UNPACKED);
    expect(isXlsx(bomb)).toBe(true); // the shape of a workbook, told without inflating anything
    for (const declared of [1000, 0, 20 * 1024 * 1024]) {
      let result: ReturnType<typeof readXlsxRecords> | undefined;
      const ms = cpuMs(() => (result = readXlsxRecords(bombZip(declared))));
      expect(refusal(result!), `declared ${declared}`).toBe(DAMAGED);
      expect(ms, `declared ${declared}`).toBeLessThan(1500);
    }
    // The same lie in a zip written by fflate: refused the same way.
    const small = withDeclaredSize(handZip({ sheets: [{ name: 'S', xml: `<row r="1">${inl('A1', 'x'.repeat(5000))}</row>` }] }), 'xl/worksheets/sheet1.xml', 100);
    expect(refusal(readXlsxRecords(small))).toBe(DAMAGED);
  });

  it('refuses a workbook whose parts together unpack to more than 150 MB, before inflating the part that goes over', () => {
    const runs = 4_100; // 1 MB of spaces in the shared strings
    const prefix = u8('<sst>');
    const suffix = u8('</sst>');
    const text = concatBytes([prefix, new Uint8Array(1 + 258 * runs).fill(0x20), suffix]);
    const strings: RawZipEntry = { name: 'xl/sharedStrings.xml', method: 8, data: deflateRuns(prefix, 0x20, runs, suffix), size: text.length, crc: crc32(0, text) };
    // The sheet declares 149.5 MB (under the limit for one part; the bomb's zeros): with 149 MB left it is never inflated.
    const sheet: RawZipEntry = { name: 'xl/worksheets/sheet1.xml', method: 8, data: bombZipData(), size: 149.5 * 1024 * 1024, crc: 0 };
    expect(refusal(readXlsxRecords(rawZip([...WORKBOOK_PARTS, strings, sheet])))).toBe(TOO_LARGE_UNPACKED);
    // With an empty sheet, the shared strings alone are read.
    const empty: RawZipEntry = { ...sheet, data: new Uint8Array([3, 0]), size: 0, crc: 0 };
    expect(refusal(readXlsxRecords(rawZip([...WORKBOOK_PARTS, strings, empty])))).toBe('The sheet “Bomb” is empty');
  });
});

function bombZipData(): Uint8Array {
  bombData ??= deflateRuns(new Uint8Array(0), 0, BOMB_RUNS, new Uint8Array(0));
  return bombData;
}
