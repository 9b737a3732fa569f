/** Shared look of the PowerPoint deck: 16:9 layout, colours, fonts, the titled slide with its speaker notes. */
import type PptxGenJS from 'pptxgenjs';
import type { Presenter } from '@shared/presentation';
import { oneLine, xmlSafe } from '@shared/export/xmlText';
import { CHART_COLORS } from './deckPalette';
import { charsPerLine, linesHeight, wrap } from './deckText';

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN = 0.5;
/** Width between the left and right margins: every table and chart is laid out inside it. */
export const CONTENT_W = SLIDE_W - 2 * MARGIN;
/** Top of the content under the title rule, and the bottom of it (the footnote sits below). */
export const CONTENT_TOP = 1.25;
export const FOOTNOTE_Y = SLIDE_H - 0.55;
export const CONTENT_BOTTOM = FOOTNOTE_Y - 0.1;
export const CONTENT_H = CONTENT_BOTTOM - CONTENT_TOP;

export const COLORS = {
  ink: CHART_COLORS.text,
  muted: CHART_COLORS.muted,
  accent: CHART_COLORS.payback,
  rule: 'CBD2D9',
  headerFill: 'E4E7EB',
  titleFill: 'F5F7FA',
} as const;

export const FONT = 'Calibri';

/** A box in inches. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export const CONTENT_BOX: Box = { x: MARGIN, y: CONTENT_TOP, w: CONTENT_W, h: CONTENT_H };

/** Adds a slide with a title line, a thin rule under it and its speaker notes; returns the slide. */
export function titledSlide(pptx: PptxGenJS, title: string, notes: string): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  slide.addText(oneLine(title), { x: MARGIN, y: 0.3, w: CONTENT_W, h: 0.7, fontFace: FONT, fontSize: 26, bold: true, color: COLORS.ink, fit: 'shrink' });
  slide.addShape('line', { x: MARGIN, y: 1.05, w: CONTENT_W, h: 0, line: { color: COLORS.rule, width: 1 } });
  slide.addNotes(xmlSafe(notes));
  return slide;
}

/** A muted footnote at the bottom of a slide (one line). */
export function footnote(slide: PptxGenJS.Slide, text: string): void {
  slide.addText(oneLine(text), { x: MARGIN, y: FOOTNOTE_Y, w: CONTENT_W, h: 0.35, fontFace: FONT, fontSize: 10, color: COLORS.muted, fit: 'shrink' });
}

/** A message in place of a chart or table that has nothing to show. */
export function noData(slide: PptxGenJS.Slide, message: string, box: Box = CONTENT_BOX): void {
  slide.addText(oneLine(message), { ...box, fontFace: FONT, fontSize: 18, color: COLORS.muted, align: 'center', valign: 'middle' });
}

/** Bulleted lines in a box, the font chosen so that the lines fit (largest of `sizes` whose estimate fits). */
export function bullets(slide: PptxGenJS.Slide, lines: readonly string[], box: Box, sizes: readonly number[] = [20, 18, 16, 14, 12]): void {
  const texts = lines.map((l) => oneLine(l)).filter((l) => l.length > 0);
  const size = sizes.find((pt) => estimateParagraphs(texts, box.w - 0.6, pt) <= box.h - 0.2) ?? sizes[sizes.length - 1] ?? 12;
  slide.addText(
    texts.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
    { ...box, fontFace: FONT, fontSize: size, color: COLORS.ink, valign: 'top', paraSpaceAfter: 6, fit: 'shrink' },
  );
}

function estimateParagraphs(texts: readonly string[], widthIn: number, pt: number): number {
  const lines = texts.reduce((n, t) => n + wrap(t, charsPerLine(widthIn, pt)).length, 0);
  return linesHeight(lines, pt) + (texts.length * 6) / 72;
}

/**
 * An Excel number format for money axes in the workspace's currency, placed as the workspace's format places it
 * ("$"#,##0 or #,##0" €"): taken from the presenter's own text of 0.
 */
export function axisMoneyFormat(present: Presenter): string {
  const zero = present.money(0);
  const at = zero.indexOf('0');
  if (at < 0) return '#,##0';
  const quote = (s: string) => (s ? `"${s.replace(/"/g, '')}"` : '');
  return `${quote(zero.slice(0, at))}#,##0${quote(zero.slice(at + 1))}`;
}
