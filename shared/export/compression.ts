/**
 * The gzip container of workspace files (WORKSPACE_FILE_FORMAT.md, "Compressed files"): the same JSON,
 * gzip-compressed (RFC 1952) with fflate, which is pure JavaScript and runs alike in the renderer, a worker
 * and Node. Compression and inflation go piece by piece, so neither keeps a whole UTF-8 copy of the text
 * beside the text, and inflation stops as soon as the output passes its limit (a decompression bomb is refused
 * after at most one piece more than the limit, never inflated to the end).
 *
 * Work is written as steps (generators yielding the fraction done): `runSteps` runs them at once,
 * `runStepsAsync` gives the event loop a turn every ~50 ms and reports progress, so a page can draw a bar.
 */
import { Gunzip, Gzip } from 'fflate';
import { invalidUtf8Offset } from './utf8Text';

/** The first two bytes of every gzip file. */
export const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzip(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === GZIP_MAGIC[0] && data[1] === GZIP_MAGIC[1];
}

/** Work in steps: each `yield` is the fraction done (0–1); the return value is the result. */
export type Steps<T> = Generator<number, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface StepOptions {
  /** Called with the fraction done, at most every `sliceMs`. */
  onProgress?: (fraction: number) => void;
  /** How the event loop gets its turn (default: a zero timeout). */
  pause?: () => Promise<void>;
  /** Longest stretch of work between two pauses, in ms (default 50). */
  sliceMs?: number;
  /** Stops the work at the next pause (the promise then rejects with a StepsCancelled). */
  signal?: { readonly aborted: boolean };
}

export class StepsCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'StepsCancelled';
  }
}

const zeroTimeout = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function runStepsAsync<T>(steps: Steps<T>, options: StepOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? 50;
  // Elapsed work time only (never the date): the monotonic clock every host has.
  let last = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - last >= sliceMs) {
      options.onProgress?.(r.value);
      await (options.pause ?? zeroTimeout)();
      if (options.signal?.aborted) {
        steps.return(undefined as T);
        throw new StepsCancelled();
      }
      last = performance.now();
    }
  }
}

/**
 * fflate's fastest setting: about 2.5 times faster than its default (level 6) on workspace JSON, for files about a
 * third larger (still a fifth of the JSON or less). Backups of a large workspace are written every few minutes, so speed wins.
 */
const COMPRESSION_LEVEL = 1;

/** UTF-16 units encoded at a time when compressing (about 1–3 MB of UTF-8). */
const ENCODE_UNITS = 1 << 20;
/** Compressed bytes inflated at a time: one piece inflates to at most ~16 MB (deflate's ratio is at most ~1:1032). */
const INFLATE_BYTES = 16 * 1024;

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Gzip of the text's UTF-8 bytes. No file name and no time stamp in the header (mtime 0), so the same text always
 * gives the same bytes.
 */
export function* gzipTextSteps(text: string): Steps<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const gzip = new Gzip({ level: COMPRESSION_LEVEL, mtime: 0 }, (chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  const encoder = new TextEncoder();
  if (text.length === 0) gzip.push(new Uint8Array(0), true);
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + ENCODE_UNITS, text.length);
    // Never split a surrogate pair between two pieces (each half would be encoded as U+FFFD).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last < 0xdc00) end -= 1;
    gzip.push(encoder.encode(text.slice(start, end)), end === text.length);
    start = end;
    yield end / text.length;
  }
  return concat(chunks, total);
}

export function gzipText(text: string): Uint8Array<ArrayBuffer> {
  return runSteps(gzipTextSteps(text));
}

export type InflateOutcome =
  | { ok: true; text: string; bytes: number }
  | { ok: false; reason: 'too-large' | 'incomplete' | 'damaged'; bytes: number }
  | { ok: false; reason: 'not-utf8'; bytes: number; offset: number };

/** CRC-32 (IEEE), the checksum in the gzip trailer: a file damaged inside its text is caught, not read with wrong words. */
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)) | 0;
  return ~c >>> 0;
}

const readUint32LE = (d: Uint8Array, at: number) => ((d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16)) + d[at + 3]! * 0x1000000) >>> 0;

class StopInflating extends Error {}

/**
 * Inflates a single-member gzip file into text, refusing it as soon as the output passes `maxBytes`. The text is
 * decoded strictly as UTF-8 (a byte that is not is refused with its offset in the unpacked data, never replaced),
 * and the trailer (CRC-32 and length) is checked, so a damaged or cut-off file is refused, never read half.
 */
export function* gunzipTextSteps(data: Uint8Array, maxBytes: number): Steps<InflateOutcome> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const pieces: string[] = [];
  let bytes = 0;
  let crc = 0;
  let tooLarge = false;
  let notUtf8: number | null = null;
  let ended = false;
  const gunzip = new Gunzip((chunk, final) => {
    if (bytes + chunk.length > maxBytes) {
      tooLarge = true;
      throw new StopInflating();
    }
    crc = crc32(crc, chunk);
    try {
      pieces.push(decoder.decode(chunk, { stream: !final }));
    } catch (error) {
      notUtf8 = bytes + Math.max(0, invalidUtf8Offset(chunk));
      throw error;
    }
    bytes += chunk.length;
    if (final) ended = true;
  });
  // A member of more than one stream (concatenated gzip) is not something Lastmile writes: refused as damaged.
  let members = 0;
  gunzip.onmember = () => void (members += 1);
  try {
    for (let start = 0; start < data.length; start += INFLATE_BYTES) {
      const end = Math.min(start + INFLATE_BYTES, data.length);
      gunzip.push(data.subarray(start, end), end === data.length);
      yield end / data.length;
    }
  } catch (error) {
    if (tooLarge) return { ok: false, reason: 'too-large', bytes };
    if (notUtf8 !== null) return { ok: false, reason: 'not-utf8', bytes, offset: notUtf8 };
    const code = (error as { code?: number } | null)?.code;
    return { ok: false, reason: code === 0 ? 'incomplete' : 'damaged', bytes };
  }
  if (!ended) return { ok: false, reason: 'incomplete', bytes };
  if (members > 0 || data.length < 18) return { ok: false, reason: 'damaged', bytes };
  if (readUint32LE(data, data.length - 8) !== crc || readUint32LE(data, data.length - 4) !== bytes % 0x100000000) {
    return { ok: false, reason: 'damaged', bytes };
  }
  const text = pieces.join('');
  pieces.length = 0;
  return { ok: true, text, bytes };
}

/**
 * Why data handed to a backup store is not a workspace file container, or null when it is: gzip (by its magic bytes,
 * at least a header and trailer long) or JSON text. A cheap check for the stores; the full parse runs before sending.
 */
export function containerFault(data: Uint8Array | string): string | null {
  if (typeof data !== 'string' && isGzip(data)) return data.length < 18 ? 'The backup was not written: the compressed workspace data is cut short' : null;
  try {
    JSON.parse(typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data));
    return null;
  } catch {
    return 'The backup was not written: the workspace data is not valid JSON';
  }
}
