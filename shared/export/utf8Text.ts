/**
 * Strict UTF-8: a file whose bytes are not valid UTF-8 is refused with the offset of the first bad byte, never read
 * with U+FFFD put in place of what the user typed. One home for every place bytes become text (workspace files, CSV).
 */

/** Minimal shape of the platform decoder (the shared code is compiled without DOM or Node types). */
interface StrictDecoder {
  decode(bytes: Uint8Array): string;
}
declare const TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM?: boolean }) => StrictDecoder;

export type Utf8Decoded = { ok: true; text: string } | { ok: false; offset: number; message: string };

/**
 * Offset of the first byte that does not start or continue a valid UTF-8 sequence (overlong forms, surrogates and code
 * points above U+10FFFF are invalid, as for TextDecoder's fatal mode), or -1 when every byte is valid.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset (counting LF bytes before it). */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes UTF-8 strictly (a leading byte-order mark is dropped); an invalid byte is refused with its offset and line. */
export function decodeUtf8(bytes: Uint8Array): Utf8Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = Math.max(0, invalidUtf8Offset(bytes));
    const byte = bytes[offset] ?? 0;
    return {
      ok: false,
      offset,
      message: `The file is not valid UTF-8 text: the byte at offset ${offset} (line ${lineOf(bytes, offset)}, value 0x${byte.toString(16).toUpperCase().padStart(2, '0')}) is not part of any character. Save the file as UTF-8 (in Excel: "CSV UTF-8") and open it again; nothing was imported.`,
    };
  }
}
