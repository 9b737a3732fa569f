/**
 * Text for the deck: the one place that makes any user text safe for the slide XML (characters XML 1.0 forbids are
 * dropped; pptxgenjs escapes & < > " '), and a conservative estimate of how text wraps, so that tables and text boxes
 * are sized to stay on the slide.
 */

// Allowed in XML 1.0: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. With the u flag a lone surrogate is
// one code point outside these ranges, so it is dropped too (as are U+FFFE and U+FFFF).
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text with every character XML 1.0 forbids removed (control characters, U+FFFE, U+FFFF, lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** XML-safe text on one line: runs of spaces, tabs and line breaks become single spaces (no-break spaces in figures stay). */
export function oneLine(text: string): string {
  return xmlSafe(text)
    .replace(/[\t\n\r\f\v \u2028\u2029]+/g, ' ')
    .trim();
}

/** XML-escapes text that pptxgenjs would otherwise write raw (the company in docProps/app.xml). */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Width of an average character as a share of the font size: Calibri averages under 0.47 and DejaVu Sans (a common substitute) about 0.55, so estimates err towards more lines. */
const CHAR_EM = 0.56;
const BOLD_EM = 0.62;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;

/** Characters that fit on one line of `widthIn` inches at `fontPt`. */
export function charsPerLine(widthIn: number, fontPt: number, bold = false): number {
  return Math.max(1, Math.floor((widthIn * 72) / (fontPt * (bold ? BOLD_EM : CHAR_EM))));
}

/** The lines a text wraps into at `perLine` characters (greedy by words; a word longer than a line is split). */
export function wrap(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w.length > 0)) {
      let rest = word;
      while (rest.length > perLine) {
        if (line) lines.push(line);
        lines.push(rest.slice(0, perLine));
        line = '';
        rest = rest.slice(perLine);
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= perLine) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Text cut to at most `maxLines` lines of `perLine` characters, ending in "…" when cut. */
export function clipLines(text: string, perLine: number, maxLines: number): string {
  if (wrap(text, perLine).length <= maxLines) return text;
  let n = Math.min(text.length, perLine * maxLines);
  while (n > 0 && wrap(`${text.slice(0, n).trimEnd()}…`, perLine).length > maxLines) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}

/** Height in inches of `lines` lines at `fontPt`. */
export function linesHeight(lines: number, fontPt: number): number {
  return (lines * fontPt * LINE_HEIGHT) / 72;
}
