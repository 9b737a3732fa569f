/**
 * Text layout for the deck: a conservative estimate of how text wraps, so that tables and text boxes are sized to stay
 * on the slide. Making user text safe for XML is shared/export/xmlText.ts (one sanitiser for the deck and the workbook).
 */

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
