/** Shared look of the PowerPoint deck: 16:9 layout, colours, fonts, money formatting. */
import type PptxGenJS from 'pptxgenjs';
import { formatMoney } from '@shared/finance/warnings';

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN = 0.5;
export const CONTENT_W = SLIDE_W - 2 * MARGIN;

export const COLORS = {
  ink: '1F2933',
  muted: '52606D',
  accent: '0B6E4F',
  pilot: '3E7CB1',
  lastMile: 'D9822B',
  funded: '0B6E4F',
  notFunded: '9AA5B1',
  rule: 'CBD2D9',
  headerFill: 'E4E7EB',
} as const;

export const FONT = 'Calibri';

/** Whole amount in the workspace currency ("$280,000"). */
export const money = (amount: number, currency: string): string => formatMoney(amount, currency);

/** Short amount for dense places ("$1.2M", "$75K"). */
export function moneyShort(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
  } catch {
    return `${currency} ${new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(amount)}`;
  }
}

export const percent = (share: number, digits = 0): string => `${(share * 100).toFixed(digits)}%`;

/** Adds a slide with a title line and a thin rule under it; returns the slide. */
export function titledSlide(pptx: PptxGenJS, title: string): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  slide.addText(title, { x: MARGIN, y: 0.3, w: CONTENT_W, h: 0.7, fontFace: FONT, fontSize: 26, bold: true, color: COLORS.ink, fit: 'shrink' });
  slide.addShape('line', { x: MARGIN, y: 1.05, w: CONTENT_W, h: 0, line: { color: COLORS.rule, width: 1 } });
  return slide;
}

/** A muted footnote at the bottom of a slide. */
export function footnote(slide: PptxGenJS.Slide, text: string): void {
  slide.addText(text, { x: MARGIN, y: SLIDE_H - 0.5, w: CONTENT_W, h: 0.3, fontFace: FONT, fontSize: 10, color: COLORS.muted });
}

/** An Excel-style number format for chart axes in the workspace currency. */
export function axisMoneyFormat(currency: string): string {
  const symbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
  const s = symbols[currency] ?? `${currency} `;
  return `"${s}"#,##0`;
}
