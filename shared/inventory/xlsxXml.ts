/**
 * A small, linear-time XML scanner for the parts of an XLSX workbook (no DOM in shared/). It reports elements by
 * their local name (prefixes dropped: `x:c` is `c`, `r:id` is `id`), attributes decoded, and text decoded (entities,
 * CDATA, line ends normalised to LF as XML requires). It does not validate: it stops and returns false only where
 * the text cannot be scanned further (a tag, comment or quoted value never closed). Custom entities of a DOCTYPE are
 * never expanded (no entity bombs).
 */

export type XmlAttributes = Record<string, string | undefined>;

export interface XmlHandler {
  /** An element opens; a self-closing element is reported as an open followed by a close. */
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  /** Decoded text (only text that is not empty). */
  text(text: string): void;
}

const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function entity(match: string, decimal: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name !== undefined) return NAMED[name]!;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  // A reference to no character (0, a surrogate, past U+10FFFF) is left as written rather than guessed at.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : match;
}

/** XML character data decoded: CR LF and lone CR become LF, then the five named entities and numeric references. */
export function decodeXmlText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return text.includes('&') ? text.replace(ENTITY, entity) : text;
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** OOXML's escapes in cell text: `_x000A_` is a line feed, `_x005F_` an underscore (so `_x005F_x0041_` reads `_x0041_`). */
export function decodeOoxmlEscapes(text: string): string {
  return text.includes('_x') ? text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

// Whitespace, '/', '>' and '=' end a name.
const isNameEnd = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62 || c === 61;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Scans the XML text, reporting to the handler. Returns false when the text is cut short (an element left open) or
 * cannot be scanned.
 */
export function scanXml(xml: string, handler: XmlHandler): boolean {
  const n = xml.length;
  // Most parts have no entity and no CR at all: then text needs no decoding.
  const decode = xml.includes('&') || xml.includes('\r') ? decodeXmlText : (raw: string) => raw;
  let i = 0;
  let depth = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) handler.text(decode(xml.slice(i, textEnd)));
    if (lt < 0) return depth === 0;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return false;
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return false;
        const text = xml.slice(lt + 9, end);
        if (text !== '') handler.text(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
        i = end + 3;
      } else {
        // A DOCTYPE (its internal subset in brackets may hold '>') or another declaration: skipped.
        let j = lt + 2;
        let depth = 0;
        for (; j < n; j++) {
          const c = xml.charCodeAt(j);
          if (c === 91) depth++;
          else if (c === 93) depth--;
          else if (c === 62 && depth <= 0) break;
        }
        if (j >= n) return false;
        i = j + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return false;
      i = end + 2;
      continue;
    }
    if (next === 47 /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return false;
      handler.close(localName(xml.slice(lt + 2, end).trim()));
      depth--;
      i = end + 1;
      continue;
    }
    let j = lt + 1;
    while (j < n && !isNameEnd(xml.charCodeAt(j))) j++;
    const name = localName(xml.slice(lt + 1, j));
    // A plain object (fast properties): the readers look up only attribute names that no Object.prototype member has.
    const attributes: XmlAttributes = {};
    for (;;) {
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      if (j >= n) return false;
      const c = xml.charCodeAt(j);
      if (c === 62 /* > */) {
        handler.open(name, attributes);
        depth++;
        i = j + 1;
        break;
      }
      if (c === 47 /* / */) {
        if (xml.charCodeAt(j + 1) !== 62) return false;
        handler.open(name, attributes);
        handler.close(name);
        i = j + 2;
        break;
      }
      const nameStart = j;
      while (j < n && !isNameEnd(xml.charCodeAt(j))) j++;
      const attribute = xml.slice(nameStart, j);
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 61 /* = */) return false;
      j++;
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      const quote = xml[j];
      if (quote !== '"' && quote !== "'") return false;
      const end = xml.indexOf(quote, j + 1);
      if (end < 0) return false;
      attributes[localName(attribute)] = decode(xml.slice(j + 1, end));
      j = end + 1;
    }
  }
  return depth === 0;
}
