/**
 * Small XML checks for the exported Office parts, independent of the libraries that wrote them:
 * well-formedness (balanced tags, every & an entity, no raw < in text or attribute values) and text runs.
 */

/** Faults that make the XML not well-formed; empty when it is. */
export function xmlFaults(xml: string): string[] {
  const faults: string[] = [];
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
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? ''),
  );
}

/** Every DrawingML paragraph (<a:p>…</a:p>) of a part; paragraphs never nest. */
export const paragraphs = (xml: string): string[] => xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [];

/** The visible text of a part: its <a:t> runs, unescaped, joined by spaces. */
export const runText = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join(' ');
