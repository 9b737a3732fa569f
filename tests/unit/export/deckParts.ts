/** Reading a .pptx for the deck tests: its slides in order, their titles, speaker notes and the boxes of their shapes. */
import type JSZip from 'jszip';
import { runText } from './xmlCheck';

/** ppt/slides/slideN.xml in slide order. */
export function slideParts(zip: JSZip): string[] {
  const n = (f: string) => Number(/slide(\d+)\.xml$/.exec(f)?.[1] ?? 0);
  return Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => n(a) - n(b));
}

/** A slide's title: its first text run (every slide starts with its title). */
export function slideTitle(xml: string): string {
  return runText(/<a:t>[^<]*<\/a:t>/.exec(xml)?.[0] ?? '');
}

/** The speaker notes of slide n (1-based), unescaped. */
export async function noteText(zip: JSZip, n: number): Promise<string> {
  const part = zip.file(`ppt/notesSlides/notesSlide${n}.xml`);
  if (!part) return '';
  const xml = await part.async('string');
  const body = /<p:cNvPr id="3" name="Notes Placeholder 2"\/>[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? xml;
  return runText(body);
}

/** Slide width and height in EMU (ppt/presentation.xml). */
export async function slideSize(zip: JSZip): Promise<{ cx: number; cy: number }> {
  const xml = await zip.file('ppt/presentation.xml')!.async('string');
  const m = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(xml);
  return { cx: Number(m?.[1]), cy: Number(m?.[2]) };
}

export interface ShapeBox {
  kind: string;
  x: number;
  y: number;
  cx: number;
  cy: number;
  /** For a table: the sum of its column widths and of its row heights. */
  gridW?: number;
  gridH?: number;
}

/** The offset and extent of every shape, graphic frame (chart, table), picture and connector on a slide. */
export function shapeBoxes(xml: string): ShapeBox[] {
  const boxes: ShapeBox[] = [];
  for (const m of xml.matchAll(/<p:(sp|graphicFrame|pic|cxnSp)>([\s\S]*?)<\/p:\1>/g)) {
    const [, kind, body] = m as unknown as [string, string, string];
    const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(body);
    const ext = /<a:ext cx="(-?\d+)" cy="(-?\d+)"\/>/.exec(body);
    if (!off || !ext) {
      boxes.push({ kind, x: NaN, y: NaN, cx: NaN, cy: NaN });
      continue;
    }
    const box: ShapeBox = { kind, x: Number(off[1]), y: Number(off[2]), cx: Number(ext[1]), cy: Number(ext[2]) };
    if (body.includes('<a:tbl>')) {
      box.gridW = [...body.matchAll(/<a:gridCol w="(\d+)"/g)].reduce((s, g) => s + Number(g[1]), 0);
      box.gridH = [...body.matchAll(/<a:tr h="(\d+)"/g)].reduce((s, g) => s + Number(g[1]), 0);
    }
    boxes.push(box);
  }
  return boxes;
}

/** The text of each cell of each table row on a slide. */
export function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<a:tr[\s>][\s\S]*?<\/a:tr>/g)].map((tr) => [...tr[0].matchAll(/<a:tc[\s>][\s\S]*?<\/a:tc>/g)].map((tc) => runText(tc[0])));
}
