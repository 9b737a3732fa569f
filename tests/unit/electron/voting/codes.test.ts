import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH, normaliseCode, randomCode, randomToken, sameSecret } from '../../../../electron/main/voting/codes';

describe('session codes', () => {
  it('are six characters none of which is mistaken for another on a projector', () => {
    for (const lookalike of ['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B']) expect(CODE_ALPHABET).not.toContain(lookalike);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    for (let i = 0; i < 200; i += 1) {
      const code = randomCode(randomBytes);
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    }
  });

  it('draw each character uniformly: bytes that would favour the first letters are thrown away', () => {
    const limit = 256 - (256 % CODE_ALPHABET.length);
    // Only bytes at or above the limit, then the byte 0: the code is made of the first letter only.
    let calls = 0;
    const biased = (size: number): Uint8Array => {
      calls += 1;
      return new Uint8Array(size).fill(calls === 1 ? limit : 0);
    };
    expect(randomCode(biased)).toBe(CODE_ALPHABET[0]!.repeat(CODE_LENGTH));
    expect(calls).toBe(2);
  });

  it('are read as typed in lower case, with spaces or a dash', () => {
    expect(normaliseCode(' acd-347 ')).toBe('ACD347');
  });

  it('compare whole: a prefix or another length does not match', () => {
    expect(sameSecret('ACD347', 'ACD347')).toBe(true);
    expect(sameSecret('ACD34', 'ACD347')).toBe(false);
    expect(sameSecret('ACD348', 'ACD347')).toBe(false);
    expect(sameSecret('', 'ACD347')).toBe(false);
  });
});

describe('device tokens', () => {
  it('are 32 random bytes, base64url, one per call', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => randomToken(randomBytes)));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
