/**
 * The zip container of an XLSX workbook, read with limits (issue 15, inventory import). Only the central directory is
 * trusted for where entries are; every entry is inflated on its own, piece by piece, and refused as soon as its real
 * output passes its declared size or the budget left for the whole workbook — a zip bomb or a lying header costs at
 * most one piece more than the limit, never the whole inflation. Each entry's CRC-32 is checked, so a damaged file is
 * refused rather than read with wrong words. Pure: runs in the renderer, a worker and Node.
 */
import { Inflate } from 'fflate';
import { crc32 } from '../export/compression';
import { megabytes } from '../export/fileLimits';

/** Largest file accepted, in bytes (20 MB). */
export const XLSX_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest unpacked size of any one entry and of all the entries read together, in bytes (150 MB). */
export const XLSX_MAX_UNPACKED_BYTES = 150 * 1024 * 1024;

export const XLSX_MESSAGES = {
  notXlsx: 'The file is not an Excel workbook (.xlsx)',
  damaged: 'The file is damaged or incomplete; open it in Excel, save it again and import that copy',
  password: 'The workbook is protected with a password; save it without one and import it again',
  legacyXls: 'The file is an older Excel workbook (.xls); save it as .xlsx or CSV and import it again',
  xlsb: 'The file is an Excel binary workbook (.xlsb); save it as .xlsx or CSV and import it again',
  ods: 'The file is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import it again',
  unpackedTooLarge: `The workbook is too large to read (more than ${XLSX_MAX_UNPACKED_BYTES / 1024 / 1024} MB once unpacked); delete unused sheets or save the sheet as CSV`,
  tooLarge: (bytes: number) => `The file is too large (${megabytes(bytes)}); the limit is ${megabytes(XLSX_MAX_FILE_BYTES)}`,
} as const;

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
/** Compressed bytes inflated at a time: one piece inflates to at most ~16 MB (deflate's ratio is at most ~1:1032). */
const INFLATE_BYTES = 16 * 1024;

const u16 = (d: Uint8Array, at: number) => d[at]! | (d[at + 1]! << 8);
const u32 = (d: Uint8Array, at: number) => (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16)) + d[at + 3]! * 0x1000000;
/** A 64-bit little-endian size; anything past 2^53 is read as Infinity (refused by every bound check). */
const u64 = (d: Uint8Array, at: number) => {
  const high = u32(d, at + 4);
  return high >= 0x200000 ? Infinity : u32(d, at) + high * 0x100000000;
};

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE text occurs in the bytes (names of streams in an OLE compound file's directory). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + text.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 0; k < text.length; k++) if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** Why bytes that are not a zip cannot be read: an OLE file is an encrypted workbook or a legacy .xls. */
export function notZipMessage(bytes: Uint8Array): string {
  if (!startsWith(bytes, OLE_MAGIC)) return XLSX_MESSAGES.notXlsx;
  return hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo') ? XLSX_MESSAGES.password : XLSX_MESSAGES.legacyXls;
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (u32(bytes, 0) === ZIP_LOCAL || u32(bytes, 0) === ZIP_END);
}

/** Entry names as OPC compares them: case-insensitive, forward slashes, no leading slash. */
export const partKey = (name: string) => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();

function findEnd(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === ZIP_END && at + 22 + u16(bytes, at + 20) <= bytes.length) return at;
  }
  return -1;
}

/**
 * The entries of a zip's central directory, by `partKey`. With `checkLimits` (the default) an encrypted entry or one
 * declaring more than the unpacked limit is refused here, before anything is inflated.
 */
export function openZip(bytes: Uint8Array, checkLimits = true): ZipOutcome<Map<string, ZipEntry>> {
  const damaged = { ok: false as const, message: XLSX_MESSAGES.damaged };
  const end = findEnd(bytes);
  if (end < 0) return damaged;
  let count = u16(bytes, end + 10);
  let cdSize = u32(bytes, end + 12);
  let cdOffset = u32(bytes, end + 16);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const at = u64(bytes, end - 12);
    if (!(at + 56 <= end) || u32(bytes, at) !== ZIP64_END) return damaged;
    count = u64(bytes, at + 32);
    cdSize = u64(bytes, at + 40);
    cdOffset = u64(bytes, at + 48);
  }
  if (!(cdOffset + cdSize <= end) || count * 46 > cdSize) return damaged;
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdOffset + cdSize || u32(bytes, at) !== ZIP_CENTRAL) return damaged;
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const next = at + 46 + nameLength + extraLength + u16(bytes, at + 32);
    if (next > cdOffset + cdSize) return damaged;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = { name, method: u16(bytes, at + 10), crc: u32(bytes, at + 16), compressedSize: u32(bytes, at + 20), size: u32(bytes, at + 24), localOffset: u32(bytes, at + 42) };
    // Zip64 sizes and offset live in the extra field (id 1), in this order, for the fields that read 0xFFFFFFFF.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(bytes, x + 2)) {
      if (u16(bytes, x) !== 1) continue;
      let y = x + 4;
      const take = () => (y + 8 <= x + 4 + u16(bytes, x + 2) ? ((y += 8), u64(bytes, y - 8)) : Infinity);
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localOffset === 0xffffffff) entry.localOffset = take();
    }
    if (checkLimits && flags & 1) return { ok: false, message: XLSX_MESSAGES.password };
    if (checkLimits && entry.size > XLSX_MAX_UNPACKED_BYTES) return { ok: false, message: XLSX_MESSAGES.unpackedTooLarge };
    if (!(entry.localOffset + 30 <= bytes.length) || !(entry.compressedSize <= bytes.length)) return damaged;
    entries.set(partKey(name), entry);
    at = next;
  }
  return { ok: true, value: entries };
}

class StopInflating extends Error {}

/** What is left of the unpacked-size budget for the whole workbook; `readEntryText` spends it. */
export interface UnpackBudget {
  left: number;
}

/**
 * The text of one entry (UTF-8, or UTF-16 with its byte-order mark), inflated in pieces and decoded as it comes.
 * Refused when the entry is larger than the budget left, when its real output passes its declared size (a lying
 * header), when it is cut short, or when its checksum does not match.
 */
export function readEntryText(bytes: Uint8Array, entry: ZipEntry, budget: UnpackBudget): ZipOutcome<string> {
  const damaged = { ok: false as const, message: XLSX_MESSAGES.damaged };
  if (entry.size > budget.left) return { ok: false, message: XLSX_MESSAGES.unpackedTooLarge };
  const local = entry.localOffset;
  if (u32(bytes, local) !== ZIP_LOCAL) return damaged;
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) return damaged;
  const data = bytes.subarray(start, stop);
  const pieces: string[] = [];
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let total = 0;
  let crc = 0;
  let ended = false;
  const take = (chunk: Uint8Array, final: boolean) => {
    if (total + chunk.length > entry.size) throw new StopInflating();
    if (decoder === null) {
      // The byte-order mark is in the first two bytes; fflate's first piece of a non-empty entry has at least that many.
      const utf16 = chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
      decoder = new TextDecoder(utf16 ? (chunk[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8');
    }
    crc = crc32(crc, chunk);
    total += chunk.length;
    pieces.push(decoder.decode(chunk, { stream: !final }));
    if (final) ended = true;
  };
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return damaged;
    take(data, true);
  } else if (entry.method === 8) {
    const inflate = new Inflate(take);
    try {
      if (data.length === 0) inflate.push(data, true);
      for (let at = 0; at < data.length; at += INFLATE_BYTES) inflate.push(data.subarray(at, Math.min(at + INFLATE_BYTES, data.length)), at + INFLATE_BYTES >= data.length);
    } catch {
      return damaged;
    }
  } else {
    return damaged;
  }
  if (!ended || total !== entry.size || crc !== entry.crc) return damaged;
  budget.left -= total;
  return { ok: true, value: pieces.join('') };
}
