/**
 * The board's PowerPoint deck (pptxgenjs), as good as the PDF board pack and read from the same export model: title,
 * the decision asked of the board, the ranked candidates with their funding status, spend by plan year against the caps
 * (table and chart), risks and blockers, how sure the figures are (the simulation: S-curve, tornado, P10 / P50 / P90) and the
 * options side by side (the scenarios chosen for the pack) when the model carries them, not funded and why, the roadmap, the efficient frontier (when the page has
 * computed it), value vs feasibility, pilot vs last mile, cumulative cash, one slide per funded use case, and the method.
 * Every table fits its slide (continuation slides when long), every chart is native and editable, every slide has
 * speaker notes, every figure comes from `model.present`, and every text is XML-safe (shared/export/xmlText.ts). Returns the bytes.
 */
import PptxGenJS from 'pptxgenjs';
import type { ExportModel } from '@shared/export/exportModel';
import type { FrontierPoint } from '@shared/portfolio';
import { escapeXml, oneLine } from '@shared/export/xmlText';
import { frontierSlide, matrixSlide, roadmapSlides } from './deckCharts';
import { costBarsSlides, cumulativeCashSlide, spendByYearChartSlide, spendByYearSlides } from './deckMoney';
import { notFundedSlides, rankedTableSlides, riskSlides } from './deckRanked';
import { decisionSlide, methodSlide, titleSlide } from './deckSlides';
import { useCaseSlide } from './deckUseCase';
import { sinceSlide } from './deckSince';
import { optionsSlides } from './deckOptions';
import { riskCasesSlides, riskSlide } from './deckRisk';
import { spendSlide } from './deckSpend';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export { escapeXml };

export interface DeckOptions {
  /** Rows in the ranked table (default: every candidate, on as many slides as it takes). */
  topN?: number;
  /**
   * The efficient frontier the portfolio page has computed (in its worker); the deck computes none itself. Without it
   * the frontier slide is left out and the method slide says so.
   */
  frontier?: FrontierPoint[] | null;
  /** Told how far the slides are (0–1) between groups of slides; packing the file afterwards is one step of the library. */
  onProgress?: (fraction: number) => void;
}

/** Builds the deck from the export model and returns the .pptx file as bytes. */
export async function deckPptx(model: ExportModel, options: DeckOptions = {}): Promise<Uint8Array> {
  const topN = Math.max(1, Math.trunc(options.topN ?? model.rows.length));
  const frontier = options.frontier ?? null;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Lastmile';
  // pptxgenjs 4.0 writes the company into docProps/app.xml without escaping it (the title it escapes).
  pptx.company = escapeXml(oneLine(model.workspace.organisation));
  pptx.title = `${oneLine(model.workspace.name)} — board pack`;

  const progress = options.onProgress ?? (() => undefined);
  titleSlide(pptx, model);
  decisionSlide(pptx, model);
  sinceSlide(pptx, model);
  rankedTableSlides(pptx, model, topN);
  progress(0.3);
  spendByYearSlides(pptx, model);
  spendByYearChartSlide(pptx, model);
  riskSlides(pptx, model);
  riskSlide(pptx, model);
  riskCasesSlides(pptx, model);
  optionsSlides(pptx, model);
  notFundedSlides(pptx, model);
  spendSlide(pptx, model);
  progress(0.5);
  roadmapSlides(pptx, model);
  if (frontier) frontierSlide(pptx, model, frontier);
  matrixSlide(pptx, model);
  costBarsSlides(pptx, model);
  cumulativeCashSlide(pptx, model);
  progress(0.6);
  const funded = model.rows.filter((r) => r.funded);
  funded.forEach((row, i) => {
    useCaseSlide(pptx, model, row);
    if (i % 25 === 24) progress(0.6 + (0.4 * (i + 1)) / funded.length);
  });
  methodSlide(pptx, model, frontier !== null);
  progress(1);

  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
