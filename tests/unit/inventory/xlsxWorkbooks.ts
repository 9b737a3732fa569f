/**
 * Workbooks for the XLSX reader's tests: real ones written by exceljs, and hand-built zips (fflate's zipSync) for
 * what exceljs never writes (inline strings, absolute targets, the 1904 date system, damaged containers).
 */
import * as ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { expect } from 'vitest';
import type { readXlsxRecords } from '@shared/inventory/xlsxRead';

/** A workbook written by exceljs. */
export async function excelBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface HandSheet {
  name: string;
  /** The sheetData's inner XML (or the whole worksheet when `raw`). */
  xml: string;
  raw?: boolean;
  /** The relationship target (default 'worksheets/sheetN.xml'). */
  target?: string;
  /** Where the part is stored (default: resolved from the target). */
  path?: string;
}

export interface HandWorkbook {
  sheets: HandSheet[];
  sharedStrings?: string[];
  /** The cellXfs' number formats, in order; custom formats as [id, code]. */
  styles?: { xfs: number[]; custom?: [number, string][] };
  date1904?: boolean;
  extra?: Record<string, Uint8Array>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function worksheetXml(sheetData: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

/** A minimal, valid workbook zip built by hand. */
export function handZip(book: HandWorkbook): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  const sheets: string[] = [];
  book.sheets.forEach((s, i) => {
    const target = s.target ?? `worksheets/sheet${i + 1}.xml`;
    const path = s.path ?? (target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    files[path] = strToU8(s.raw ? s.xml : worksheetXml(s.xml));
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${esc(target)}"/>`);
    sheets.push(`<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  });
  if (book.sharedStrings) {
    files['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="${MAIN}" count="${book.sharedStrings.length}">${book.sharedStrings.map((s) => `<si>${s.startsWith('<') ? s : `<t>${esc(s)}</t>`}</si>`).join('')}</sst>`);
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (book.styles) {
    const custom = book.styles.custom ?? [];
    files['xl/styles.xml'] = strToU8(
      `<styleSheet xmlns="${MAIN}"><numFmts count="${custom.length}">${custom.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>` +
        `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="${book.styles.xfs.length}">${book.styles.xfs.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`,
    );
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets.join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`);
  files['[Content_Types].xml'] = strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  return zipSync({ ...files, ...book.extra });
}

/** An inline-string cell. */
export const inl = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(text)}</t></is></c>`;

/** The records as [row, cells] pairs, for short assertions. */
export function rowsOf(result: ReturnType<typeof readXlsxRecords>): [number, string[]][] {
  if (!result.ok) expect.fail(`expected a sheet, got: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.value.records.map((r) => [r.row, r.cells]);
}

/** The single refusal's message. */
export function refusal(result: ReturnType<typeof readXlsxRecords>): string {
  if (result.ok) expect.fail('expected a refusal, got a sheet');
  expect(result.errors).toHaveLength(1);
  return result.errors[0]!.message;
}

/** Rewrites an entry's declared unpacked size in both its local header and the central directory (a lying header). */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const target = new TextEncoder().encode(name);
  const matches = (at: number) => target.every((b, i) => out[at + i] === b);
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50 && view.getUint16(at + 26, true) === target.length && matches(at + 30)) view.setUint32(at + 22, size, true);
    if (sig === 0x02014b50 && view.getUint16(at + 28, true) === target.length && matches(at + 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}

/**
 * Raw DEFLATE data (one fixed-Huffman block) of `prefix`, then `fill` repeated 1 + 258 × `runs` times, then `suffix`:
 * a zip bomb's payload written directly (13 bits per 258 bytes), without compressing hundreds of megabytes first.
 * Prefix and suffix bytes must be below 144 (ASCII).
 */
export function deflateRuns(prefix: Uint8Array, fill: number, runs: number, suffix: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 * (prefix.length + 1 + suffix.length) + 13 * runs + 7) / 8) + 1);
  let at = 0;
  let bit = 0;
  const bits = (value: number, n: number) => {
    for (let i = 0; i < n; i++) {
      if ((value >> i) & 1) out[at] = out[at]! | (1 << bit);
      if (++bit === 8) {
        bit = 0;
        at++;
      }
    }
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, n: number) => {
    let reversed = 0;
    for (let i = 0; i < n; i++) reversed |= ((value >> i) & 1) << (n - 1 - i);
    bits(reversed, n);
  };
  const literal = (b: number) => code(0x30 + b, 8);
  bits(1, 1); // final block
  bits(1, 2); // fixed Huffman codes
  prefix.forEach(literal);
  literal(fill);
  for (let i = 0; i < runs; i++) {
    code(0xc5, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  suffix.forEach(literal);
  code(0, 7); // end of block
  return out.subarray(0, at + (bit > 0 ? 1 : 0));
}

export interface RawZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  data: Uint8Array;
  /** The unpacked size declared in the headers. */
  size: number;
  crc: number;
}

/**
 * A zip written entry by entry exactly as given (declared sizes and checksums included, true or not). With `zip64`,
 * the central directory gives sizes and offsets in Zip64 extra fields and ends with a Zip64 end record, as writers of
 * large or streamed archives do.
 */
export function rawZip(entries: readonly RawZipEntry[], zip64 = false): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 45, true);
    cd.setUint16(6, 45, true);
    cd.setUint16(10, e.method, true);
    cd.setUint32(16, e.crc, true);
    cd.setUint32(20, zip64 ? 0xffffffff : e.data.length, true);
    cd.setUint32(24, zip64 ? 0xffffffff : e.size, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, zip64 ? 0xffffffff : offset, true);
    const extra = new DataView(new ArrayBuffer(zip64 ? 28 : 0));
    if (zip64) {
      cd.setUint16(30, 28, true);
      extra.setUint16(0, 1, true);
      extra.setUint16(2, 24, true);
      extra.setBigUint64(4, BigInt(e.size), true);
      extra.setBigUint64(12, BigInt(e.data.length), true);
      extra.setBigUint64(20, BigInt(offset), true);
    }
    parts.push(new Uint8Array(local.buffer), name, e.data);
    central.push(new Uint8Array(cd.buffer), name, new Uint8Array(extra.buffer));
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, zip64 ? 0xffff : entries.length, true);
  end.setUint16(10, zip64 ? 0xffff : entries.length, true);
  end.setUint32(12, zip64 ? 0xffffffff : cdSize, true);
  end.setUint32(16, zip64 ? 0xffffffff : offset, true);
  const end64 = new DataView(new ArrayBuffer(zip64 ? 76 : 0));
  if (zip64) {
    end64.setUint32(0, 0x06064b50, true);
    end64.setBigUint64(4, 44n, true);
    end64.setBigUint64(24, BigInt(entries.length), true);
    end64.setBigUint64(32, BigInt(entries.length), true);
    end64.setBigUint64(40, BigInt(cdSize), true);
    end64.setBigUint64(48, BigInt(offset), true);
    end64.setUint32(56, 0x07064b50, true); // the locator, right after the record
    end64.setBigUint64(64, BigInt(offset + cdSize), true);
    end64.setUint32(72, 1, true);
  }
  return concatBytes([...parts, ...central, new Uint8Array(end64.buffer), new Uint8Array(end.buffer)]);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
