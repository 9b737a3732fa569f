/**
 * Small XML checks for the exported Office parts, independent of the libraries that wrote them:
 * well-formedness (balanced tags, every & an entity, no raw < in text or attribute values, only characters XML 1.0
 * allows, raw or as character references) and text runs.
 */

// XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (with the u flag a lone surrogate is one code point, outside these).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const isXmlChar = (c: number) => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** Characters XML 1.0 does not allow, raw or as a character reference (&#11; &#xFFFE;). */
function characterFaults(xml: string): string[] {
  const faults: string[] = [];
  for (const m of xml.matchAll(NOT_XML_CHAR)) faults.push(`character ${hex(m[0].codePointAt(0) ?? 0)} at ${m.index} is not allowed in XML`);
  for (const m of xml.matchAll(/&#(x[0-9a-fA-F]+|\d+);/g)) {
    const ref = m[1] ?? '';
    const code = ref.startsWith('x') ? parseInt(ref.slice(1), 16) : Number(ref);
    if (!isXmlChar(code)) faults.push(`reference ${m[0]} at ${m.index} is to a character not allowed in XML`);
  }
  return faults;
}

/** Faults that make the XML not well-formed; empty when it is. */
export function xmlFaults(xml: string): string[] {
  const faults: string[] = characterFaults(xml);
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const token = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) faults.push(`raw "<" at ${m.index}`);
    else if (text !== undefined) {
      for (const amp of text.matchAll(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g)) faults.push(`bare "&" at ${(m.index ?? 0) + (amp.index ?? 0)}`);
    } else if (name) {
      for (const amp of (attrs ?? '').matchAll(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g)) faults.push(`bare "&" in an attribute of <${name}> (${amp.index})`);
      if (close) {
        const open = stack.pop();
        if (open !== name) faults.push(`</${name}> closes <${open ?? 'nothing'}>`);
      } else if (!selfClose) stack.push(name);
    }
  }
  if (stack.length > 0) faults.push(`unclosed <${stack.join('>, <')}>`);
  return faults;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Decodes the five XML entities and numeric references. */
export function unescapeXml(text: string): string {
  const char = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD');
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith('#x') ? char(parseInt(e.slice(2), 16)) : e.startsWith('#') ? char(Number(e.slice(1))) : (ENTITIES[e] ?? ''),
  );
}

/** Every DrawingML paragraph (<a:p>…</a:p>) of a part; paragraphs never nest. */
export const paragraphs = (xml: string): string[] => xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [];

/** The visible text of a part: its <a:t> runs, unescaped, joined by spaces. */
export const runText = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join(' ');
