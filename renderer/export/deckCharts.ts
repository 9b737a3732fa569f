/**
 * The deck's native (editable) charts: the value-vs-feasibility matrix as a bubble chart, pilot vs
 * last-mile cost as stacked bars, the funded set's cumulative cash as a line, and one slide per funded
 * use case with its own cumulative cash line.
 */
import type PptxGenJS from 'pptxgenjs';
import { CLASSIFICATION_LABELS, READINESS_DIMENSIONS, READINESS_LABELS } from '@shared/domain';
import { irrText, paybackText, type ExportModel, type ExportRow } from '@shared/export/exportModel';
import { axisMoneyFormat, COLORS, CONTENT_W, FONT, footnote, MARGIN, money, percent, titledSlide } from './deckStyle';

const PALETTE = ['0B6E4F', '3E7CB1', 'D9822B', '8E44AD', 'C0392B', '16A085', '7F8C8D', 'B7950B', '2E4053', 'E67E22', '1ABC9C', '6C3483'];
const CHART_BOX = { x: MARGIN, y: 1.25, w: CONTENT_W, h: 5.6 };
const short = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function noData(slide: PptxGenJS.Slide, message: string): void {
  slide.addText(message, { ...CHART_BOX, fontFace: FONT, fontSize: 18, color: COLORS.muted, align: 'center', valign: 'middle' });
}

/** Value (expected NPV) against feasibility (probability of production); bubble size = total investment. */
export function matrixSlide(pptx: PptxGenJS, model: ExportModel, topN: number): void {
  const slide = titledSlide(pptx, 'Value vs feasibility');
  const rows = model.rows.slice(0, topN);
  if (rows.length === 0) return noData(slide, 'No use cases yet.');
  // Both axes of a bubble chart share one number format in pptxgenjs, so probability is in percentage points.
  const xs = rows.map((r) => Math.round(r.metrics.probability * 1000) / 10);
  const data = [
    { name: 'Probability of production (%)', values: xs },
    ...rows.map((r, i) => ({
      name: `${r.rank}. ${short(r.useCase.name)}${r.funded ? ' (funded)' : ''}`,
      values: rows.map((_, j) => (j === i ? r.metrics.expectedNpv : null)) as number[],
      sizes: rows.map((_, j) => (j === i ? Math.max(r.metrics.totalInvestment, 1) : 0)),
    })),
  ];
  slide.addChart(pptx.ChartType.bubble, data, {
    ...CHART_BOX,
    chartColors: PALETTE,
    showLegend: true,
    legendPos: 'r',
    legendFontSize: 10,
    showValAxisTitle: true,
    valAxisTitle: `Expected NPV (${model.workspace.currency})`,
    valAxisLabelFormatCode: '#,##0',
    showCatAxisTitle: true,
    catAxisTitle: 'Probability of reaching production (%)',
  });
  footnote(slide, `Top ${rows.length} by score. Bubble size = total investment (pilot + last mile).`);
}

/** Pilot vs last mile per candidate, stacked: the last mile usually dwarfs the pilot. */
export function costBarsSlide(pptx: PptxGenJS, model: ExportModel, topN: number): void {
  const slide = titledSlide(pptx, 'The last mile costs more than the pilot');
  // Horizontal bars are drawn bottom-up: reverse so rank 1 is at the top.
  const rows = model.rows.slice(0, topN).reverse();
  if (rows.length === 0) return noData(slide, 'No use cases yet.');
  const labels = rows.map((r) => `${r.rank}. ${short(r.useCase.name, 34)}`);
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: 'Pilot', labels, values: rows.map((r) => r.metrics.pilotCost) },
      { name: 'Last mile', labels, values: rows.map((r) => r.metrics.lastMileCost) },
    ],
    {
      ...CHART_BOX,
      barDir: 'bar',
      barGrouping: 'stacked',
      chartColors: [COLORS.pilot, COLORS.lastMile],
      showLegend: true,
      legendPos: 'b',
      valAxisLabelFormatCode: axisMoneyFormat(model.workspace.currency),
      catAxisLabelFontSize: 11,
    },
  );
  const pilot = rows.reduce((s, r) => s + r.metrics.pilotCost, 0);
  const last = rows.reduce((s, r) => s + r.metrics.lastMileCost, 0);
  footnote(slide, pilot > 0 ? `Across these candidates the last mile is ${(last / pilot).toFixed(1)}× the pilot.` : 'Pilot and last-mile cost per candidate.');
}

/** Cumulative net cash of the funded set over the plan horizon. */
export function cumulativeCashSlide(pptx: PptxGenJS, model: ExportModel): void {
  const slide = titledSlide(pptx, 'Cumulative cash of the funded portfolio');
  const cash = model.fundedSummary.cash;
  if (model.fundedSummary.fundedCount === 0) return noData(slide, 'No use case is funded yet.');
  slide.addChart(pptx.ChartType.line, [{ name: 'Cumulative net cash (funded set)', labels: model.monthLabels, values: cash.cumulative }], {
    ...CHART_BOX,
    chartColors: [COLORS.accent],
    lineDataSymbol: 'none',
    lineSize: 3,
    showLegend: true,
    legendPos: 'b',
    valAxisLabelFormatCode: axisMoneyFormat(model.workspace.currency),
    catAxisLabelRotate: -45,
    catAxisLabelFontSize: 10,
  });
  const payback = paybackText(cash.paybackMonth);
  footnote(slide, typeof payback === 'number' ? `Unrisked; pays back in plan month ${payback} (${model.monthLabels[payback - 1] ?? ''}).` : `Unrisked; payback: ${payback.toLowerCase()}.`);
}

/** A label/value row of the facts table (one run per cell keeps the slide XML schema-valid). */
function fact(label: string, value: string): PptxGenJS.TableRow {
  return [
    { text: label, options: { bold: true, color: COLORS.muted } },
    { text: value, options: { color: COLORS.ink } },
  ];
}

/** One slide per funded use case: the problem, the case, the money, readiness, and its cumulative cash. */
export function useCaseSlide(pptx: PptxGenJS, model: ExportModel, row: ExportRow): void {
  const cur = model.workspace.currency;
  const m = row.metrics;
  const uc = row.useCase;
  const slide = titledSlide(pptx, `${row.rank}. ${uc.name}`);
  const payback = paybackText(m.paybackMonth);
  const irr = irrText(m.irr);
  const facts: PptxGenJS.TableRow[] = [
    fact('Problem', row.problem ? `${row.problem.title}${row.problem.owner ? ` (owner: ${row.problem.owner})` : ''}` : '—'),
    fact('Classification', `${CLASSIFICATION_LABELS[uc.classification.kind]}${uc.classification.rationale ? ` — ${uc.classification.rationale}` : ''}`),
    fact('Pilot', `${money(m.pilotCost, cur)} over ${uc.pilot.months} months`),
    fact('Last mile', `${money(m.lastMileCost, cur)} over ${uc.lastMile.months} months${m.lastMileRatio !== null ? ` (${m.lastMileRatio.toFixed(1)}× the pilot)` : ''}`),
    fact('Run cost', `${money(m.monthlyRunCost, cur)} a month`),
    fact('Benefit at full adoption', `${money(m.monthlyBenefitAtFull, cur)} a month`),
    fact('NPV / expected NPV', `${money(m.npv, cur)} / ${money(m.expectedNpv, cur)}`),
    fact('Probability of production', `${percent(m.probability)}${m.blockers.length ? ` — blocked by ${m.blockers.map((d) => READINESS_LABELS[d]).join(', ')}` : ''}`),
    fact('Payback', typeof payback === 'number' ? `plan month ${payback}` : payback),
    fact('IRR', typeof irr === 'number' ? percent(irr, 1) : irr),
    fact('Readiness (1–5)', READINESS_DIMENSIONS.map((d) => `${READINESS_LABELS[d]} ${uc.readiness[d].score}`).join(' · ')),
  ];
  if (row.forced) facts.push(fact(`Forced ${row.forced.mode}`, row.forced.reason || 'by the team'));
  slide.addTable(facts, {
    x: MARGIN,
    y: 1.25,
    w: 6.4,
    colW: [1.9, 4.5],
    fontFace: FONT,
    fontSize: 11,
    valign: 'top',
    border: { type: 'solid', pt: 0.5, color: COLORS.rule },
  });
  slide.addChart(pptx.ChartType.line, [{ name: 'Cumulative net cash', labels: model.monthLabels, values: row.schedule.cumulative }], {
    x: 7.1,
    y: 1.25,
    w: 5.7,
    h: 5.2,
    chartColors: [COLORS.accent],
    lineDataSymbol: 'none',
    lineSize: 2,
    showLegend: false,
    showTitle: true,
    title: 'Cumulative net cash (unrisked)',
    titleFontSize: 12,
    valAxisLabelFormatCode: axisMoneyFormat(cur),
    catAxisLabelRotate: -45,
    catAxisLabelFontSize: 9,
    valAxisLabelFontSize: 9,
  });
}
