/**
 * The one sanitiser for text bound for XML (the deck's slide parts, the workbook's cells, sheet headers and footers,
 * document properties, the workbooks embedded in the deck's charts). XML 1.0 forbids most control characters, lone
 * surrogates, U+FFFE and U+FFFF; a single one makes a whole part ill-formed (PowerPoint offers to repair the file,
 * Excel drops the shared strings). What this module returns is always well-formed once escaped:
 *  - line breaks: CR LF and CR become LF; vertical tab, form feed, NEL, U+2028 and U+2029 become LF too;
 *  - other C0 and C1 control characters (except tab and LF) and DEL are removed;
 *  - lone surrogates are removed (astral characters written as surrogate pairs are kept);
 *  - non-characters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF, U+1FFFE …) are removed.
 * Escaping (& < > " ') stays with the writer of each part; `escapeXml` is for the places a library writes raw.
 */

const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
// With the u flag a lone surrogate is one code point in \uD800-\uDFFF, so it matches; a pair is one astral code point and does not.
// eslint-disable-next-line no-control-regex -- matching control characters is this module's purpose
const FORBIDDEN = /[\0-\x08\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;
const ASTRAL_NONCHARACTER = /[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;
// Quick test: any character that needs work (a line-break variant, a forbidden code unit or a surrogate at all).
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_WORK = /[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/** Text with every character XML forbids (or reserves as a non-character) removed and line breaks normalised to LF. */
export function xmlSafe(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(LINE_BREAKS, '\n').replace(FORBIDDEN, '').replace(ASTRAL_NONCHARACTER, '');
}

/** XML-safe text on one line: runs of spaces, tabs and line breaks become single spaces (no-break spaces in figures stay). */
export function oneLine(text: string): string {
  return xmlSafe(text)
    .replace(/[\t\n ]+/g, ' ')
    .trim();
}

/** XML-safe text escaped for element content and attribute values, for the places a library writes text raw. */
export function escapeXml(text: string): string {
  const safe = xmlSafe(text);
  // Most text has nothing to escape (a workbook escapes hundreds of thousands of formulas): one test instead of five passes.
  if (!/[&<>"']/.test(safe)) return safe;
  return safe.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Text for a spreadsheet cell (OOXML shared strings): XML-safe, then passed through `guard` (the formula-injection
 * neutraliser), then kept literal: OOXML reads `_xHHHH_` in a cell as an escaped character, so a typed "_x0041_" would
 * come back as "A"; its underscore is written as `_x005F_` so the text reads back as typed.
 */
export function spreadsheetText(text: string, guard: (text: string) => string = (t) => t): string {
  return guard(xmlSafe(text)).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** At most `max` characters of text, never cutting an astral character (a surrogate pair) in half. */
export function clipCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Whether text is already XML-safe (what `xmlSafe` would return unchanged). */
export function isXmlSafe(text: string): boolean {
  return xmlSafe(text) === text;
}
