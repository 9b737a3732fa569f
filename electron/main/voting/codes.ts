import { timingSafeEqual } from 'node:crypto';

/** Session codes and device tokens: crypto-random, from randomness passed in (node:crypto's randomBytes in the app). */

export type RandomBytes = (size: number) => Uint8Array;

/** Capitals and digits that are not mistaken for one another when read off a projector or typed (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 6;

/** A session code of CODE_LENGTH characters, each drawn uniformly (bytes that would bias the draw are thrown away). */
export function randomCode(randomBytes: RandomBytes, length = CODE_LENGTH): string {
  const n = CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && code.length < length) code += CODE_ALPHABET[byte % n];
    }
  }
  return code;
}

/** A device token: 32 random bytes as base64url (43 characters). */
export function randomToken(randomBytes: RandomBytes): string {
  return Buffer.from(randomBytes(32)).toString('base64url');
}

/** What a person typed as a code, as the server compares it: capitals, no spaces or dashes. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Compares a secret without leaking, through timing, how much of it matched. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
