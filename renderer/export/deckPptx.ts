/**
 * The board's PowerPoint deck (pptxgenjs): title, summary, ranked top-N table, native charts (value vs
 * feasibility bubble matrix, pilot vs last-mile stacked bars, cumulative cash line), one slide per funded
 * use case, and the method. Everything is editable text, tables and charts — no pictures. User text is
 * XML-escaped by pptxgenjs. Returns the .pptx bytes; runs in the renderer and in Node.
 */
import PptxGenJS from 'pptxgenjs';
import { CLASSIFICATION_LABELS } from '@shared/domain';
import { monthLabel, paybackText, type ExportModel } from '@shared/export/exportModel';
import { costBarsSlide, cumulativeCashSlide, matrixSlide, useCaseSlide } from './deckCharts';
import { COLORS, CONTENT_W, FONT, footnote, MARGIN, money, moneyShort, percent, SLIDE_H, titledSlide } from './deckStyle';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface DeckOptions {
  /** Rows in the ranked table and candidates in the charts (default 10). */
  topN?: number;
}

const dateOf = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
};

function titleSlide(pptx: PptxGenJS, model: ExportModel): void {
  const ws = model.workspace;
  const slide = pptx.addSlide();
  slide.background = { color: 'F5F7FA' };
  slide.addText(ws.name, { x: MARGIN, y: 2.2, w: CONTENT_W, h: 1.2, fontFace: FONT, fontSize: 40, bold: true, color: COLORS.ink, fit: 'shrink' });
  slide.addText(ws.organisation || ' ', { x: MARGIN, y: 3.4, w: CONTENT_W, h: 0.6, fontFace: FONT, fontSize: 22, color: COLORS.muted });
  slide.addText('AI use-case portfolio — board pack', { x: MARGIN, y: 4.2, w: CONTENT_W, h: 0.6, fontFace: FONT, fontSize: 20, color: COLORS.accent });
  slide.addText(`${dateOf(model.generatedAt)} · figures in ${ws.currency} · plan from ${monthLabel(ws.planningStartMonth)} over ${ws.horizonMonths} months`, {
    x: MARGIN,
    y: SLIDE_H - 1.2,
    w: CONTENT_W,
    h: 0.4,
    fontFace: FONT,
    fontSize: 14,
    color: COLORS.muted,
  });
}

function summarySlide(pptx: PptxGenJS, model: ExportModel): void {
  const s = model.fundedSummary;
  const cur = model.workspace.currency;
  const slide = titledSlide(pptx, 'Summary');
  const payback = paybackText(s.cash.paybackMonth);
  const bullets = [
    `Fund ${s.fundedCount} of ${model.rows.length} candidate use cases; ${model.funding.message}`,
    `Total investment ${money(s.totalInvestment, cur)}: pilots ${money(s.pilotInvestment, cur)}, last mile ${money(s.lastMileInvestment, cur)}${s.pilotInvestment > 0 ? ` (${(s.lastMileInvestment / s.pilotInvestment).toFixed(1)}× the pilots)` : ''}.`,
    `Expected NPV ${money(s.expectedNpv, cur)} after the chance of reaching production (unrisked NPV ${money(s.npv, cur)}).`,
    `Portfolio payback: ${typeof payback === 'number' ? `plan month ${payback} (${model.monthLabels[payback - 1] ?? ''})` : payback.toLowerCase()}.`,
    `Value creation is ${percent(s.valueCreationShare)} of the funded investment.`,
    s.blockerCount > 0 ? `${s.blockerCount} candidate${s.blockerCount === 1 ? ' has' : 's have'} a readiness blocker (a score of 1).` : 'No candidate has a readiness blocker.',
  ];
  slide.addText(
    bullets.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
    { x: MARGIN, y: 1.35, w: CONTENT_W, h: 5.3, fontFace: FONT, fontSize: 20, color: COLORS.ink, valign: 'top', paraSpaceAfter: 10, fit: 'shrink' },
  );
}

/** Rows per table slide: more would run off a 16:9 slide at this font size. */
const TABLE_ROWS_PER_SLIDE = 12;

/** The ranked top-N table, continued on further slides (header repeated) when N exceeds one slide. */
function rankedTableSlides(pptx: PptxGenJS, model: ExportModel, topN: number): void {
  const cur = model.workspace.currency;
  const shown = model.rows.slice(0, topN);
  const header = ['#', 'Use case', 'Problem', 'Type', 'Score', 'Funded', 'Investment', 'Expected NPV', 'Payback'];
  const cell = (text: string, bold = false, align: 'left' | 'right' = 'left'): PptxGenJS.TableCell => ({ text, options: { bold, align } });
  const headerRow: PptxGenJS.TableRow = header.map((h) => ({
    text: h,
    options: { bold: true, fill: { color: COLORS.headerFill }, align: h === 'Use case' || h === 'Problem' || h === 'Type' ? 'left' : 'right' },
  }));
  const body: PptxGenJS.TableRow[] = shown.map((r) => {
    const payback = paybackText(r.metrics.paybackMonth);
    return [
      cell(String(r.rank), false, 'right'),
      cell(r.useCase.name, r.funded),
      cell(r.problem?.title ?? ''),
      cell(CLASSIFICATION_LABELS[r.useCase.classification.kind]),
      cell(r.score.total.toFixed(0), false, 'right'),
      cell(r.funded ? 'Yes' : 'No', r.funded, 'right'),
      cell(moneyShort(r.metrics.totalInvestment, cur), false, 'right'),
      cell(moneyShort(r.metrics.expectedNpv, cur), false, 'right'),
      cell(typeof payback === 'number' ? `Month ${payback}` : payback, false, 'right'),
    ];
  });
  if (body.length === 0) body.push([cell('No use cases yet.'), ...header.slice(1).map(() => cell(''))]);
  const pages = Math.ceil(body.length / TABLE_ROWS_PER_SLIDE);
  for (let page = 0; page < pages; page++) {
    const title = `Ranked candidates (top ${shown.length} of ${model.rows.length})${pages > 1 ? ` — ${page + 1} of ${pages}` : ''}`;
    const slide = titledSlide(pptx, title);
    slide.addTable([headerRow, ...body.slice(page * TABLE_ROWS_PER_SLIDE, (page + 1) * TABLE_ROWS_PER_SLIDE)], {
      x: MARGIN,
      y: 1.3,
      w: CONTENT_W,
      colW: [0.45, 3.4, 3.0, 1.35, 0.75, 0.8, 1.05, 1.25, 1.28],
      fontFace: FONT,
      fontSize: 11,
      color: COLORS.ink,
      border: { type: 'solid', pt: 0.5, color: COLORS.rule },
      valign: 'middle',
    });
    footnote(slide, 'Score 0–100 from the weighted criteria; expected NPV = NPV(pilot) + probability × NPV(rest).');
  }
}

function methodSlide(pptx: PptxGenJS, model: ExportModel): void {
  const ws = model.workspace;
  const slide = titledSlide(pptx, 'Assumptions & method');
  const anchors = ws.readinessMapping.anchors.map((p, i) => `${i + 1} → ${percent(p)}`).join(', ');
  const lines = [
    `Monthly cash flows, end of month, over ${ws.horizonMonths} months from ${monthLabel(ws.planningStartMonth)}; discount rate ${percent(ws.discountRate, 1)} a year (monthly (1 + r)^(1/12) − 1).`,
    'NPV is the spreadsheet NPV of months 1 … horizon. Payback is the first month the cumulative cash is back at or above zero.',
    'The pilot is always spent; the last mile, run cost and benefit happen only if the use case reaches production.',
    `Probability of production from the average readiness score: ${anchors}; any score of 1 is a blocker and caps it at ${percent(ws.readinessMapping.blockerCap)}.`,
    `Hours are valued at ${money(ws.labourRate, ws.currency)} an hour.`,
    'The same figures are in the Excel workbook, where NPV and payback are live formulas.',
  ];
  slide.addText(
    lines.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
    { x: MARGIN, y: 1.35, w: CONTENT_W, h: 5.3, fontFace: FONT, fontSize: 16, color: COLORS.ink, valign: 'top', paraSpaceAfter: 8, fit: 'shrink' },
  );
}

/** XML-escapes text that pptxgenjs would otherwise write raw. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Builds the deck from the export model and returns the .pptx file as bytes. */
export async function deckPptx(model: ExportModel, options: DeckOptions = {}): Promise<Uint8Array> {
  const topN = Math.max(1, Math.trunc(options.topN ?? 10));
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Lastmile';
  // pptxgenjs 4.0 writes the company into docProps/app.xml without escaping it (the title it escapes).
  pptx.company = escapeXml(model.workspace.organisation);
  pptx.title = `${model.workspace.name} — board pack`;

  titleSlide(pptx, model);
  summarySlide(pptx, model);
  rankedTableSlides(pptx, model, topN);
  matrixSlide(pptx, model, topN);
  costBarsSlide(pptx, model, topN);
  cumulativeCashSlide(pptx, model);
  for (const row of model.rows.filter((r) => r.funded)) useCaseSlide(pptx, model, row);
  methodSlide(pptx, model);

  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
