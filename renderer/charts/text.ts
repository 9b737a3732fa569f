/**
 * Text metrics without a layout engine (charts render the same in jsdom, on the server and in the
 * browser): an average glyph width per font size, deliberately a little generous so that
 * estimated labels do not collide on screen.
 */

/** Average advance of a glyph as a share of the font size (system sans-serif, mixed case and digits). */
const GLYPH_EM = 0.6;

/** Estimated width in px of `text` at `fontPx`. */
export function textWidth(text: string, fontPx: number): number {
  return text.length * fontPx * GLYPH_EM;
}

/**
 * `text`, shortened with an ellipsis to fit `maxPx` at `fontPx`: cut at the last word boundary that
 * fits (mid-word only when the first word alone is too long); '' when not even one glyph fits.
 */
export function fitText(text: string, maxPx: number, fontPx: number): string {
  if (textWidth(text, fontPx) <= maxPx) return text;
  const glyphs = Math.floor(maxPx / (fontPx * GLYPH_EM)) - 1;
  if (glyphs < 1) return '';
  const head = text.slice(0, glyphs + 1);
  const space = head.lastIndexOf(' ');
  const cut = space > 0 ? head.slice(0, space) : text.slice(0, glyphs);
  return `${cut.replace(/[\s,;:&–-]+$/u, '')}…`;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `inner` lies entirely inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Font sizes used by charts.css (keep in step with it). */
export const FONT = { tick: 11, label: 12, title: 12 } as const;
