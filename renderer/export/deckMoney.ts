/**
 * The deck's money slides: spend by plan year (table against the caps, and a native chart), pilot vs last mile per
 * candidate (stacked bars), and the funded set's cumulative cash (line).
 */
import type PptxGenJS from 'pptxgenjs';
import type { ExportModel, ExportRow } from '@shared/export/exportModel';
import { clipCodePoints, oneLine } from '@shared/export/xmlText';
import { CHART_COLORS } from './deckPalette';
import { slideNotes } from './deckSlides';
import { addTableSlides, type DeckCell } from './deckTables';
import { axisMoneyFormat, CONTENT_BOX, FONT, footnote, noData, titledSlide } from './deckStyle';

const chartText = { catAxisLabelFontFace: FONT, valAxisLabelFontFace: FONT, legendFontFace: FONT, catAxisLabelColor: CHART_COLORS.muted, valAxisLabelColor: CHART_COLORS.muted };

function runLine(model: ExportModel): string {
  const p = model.present;
  const m = model.moneyByYear;
  return `Once everything funded is live it costs ${p.money(m.monthlyRunCost)} a month to run (${p.money(m.annualRunCost)} a year).`;
}

/** Spend of the funded set per plan year against each year's cap, with the totals, as a table. */
export function spendByYearSlides(pptx: PptxGenJS, model: ExportModel): void {
  const p = model.present;
  const m = model.moneyByYear;
  const headroom = (h: number | null): DeckCell =>
    h === null ? { text: 'no cap', color: CHART_COLORS.muted } : h < 0 ? { text: p.headroom(h), bold: true, color: CHART_COLORS.blocker } : { text: p.headroom(h) };
  const rows: DeckCell[][] = m.years.map((y) => [
    { text: p.planYear(y.year), note: y.beyondHorizon ? 'partly after the horizon: run and benefit counted to the horizon' : null },
    { text: p.money(y.pilot) },
    { text: p.money(y.lastMile) },
    { text: p.money(y.investment), bold: true },
    { text: y.cap === null ? 'no cap' : p.money(y.cap), color: y.cap === null ? CHART_COLORS.muted : undefined },
    headroom(y.headroom),
    { text: p.money(y.run) },
    { text: p.money(y.benefit) },
    { text: p.money(y.net) },
  ]);
  const t = m.totals;
  if (rows.length > 0) {
    rows.push([{ text: 'Total', bold: true }, ...[t.pilot, t.lastMile, t.investment].map((v) => ({ text: p.money(v), bold: true })), { text: '' }, { text: '' }, ...[t.run, t.benefit, t.net].map((v) => ({ text: p.money(v), bold: true }))]);
  }
  const money = { share: 1.1, align: 'right' as const, maxLines: 2 };
  addTableSlides(pptx, {
    title: 'Spend by plan year',
    columns: [
      { header: 'Plan year', share: 1.9, maxLines: 2 },
      { header: 'Pilot', ...money },
      { header: 'Last mile', ...money },
      { header: 'Investment', ...money },
      { header: "Year's cap", ...money },
      { header: 'Headroom', ...money },
      { header: 'Run cost', ...money },
      { header: 'Benefit', ...money },
      { header: 'Net', ...money },
    ],
    rows,
    empty: 'No plan years to show.',
    footnote: `Funded set; benefit if every funded candidate reaches production (unrisked). ${runLine(model)}`,
    notes: () =>
      slideNotes(model, [
        ...m.years.map(
          (y) =>
            `${p.planYear(y.year)}: investment ${p.money(y.investment)} (pilot ${p.money(y.pilot)}, last mile ${p.money(y.lastMile)})` +
            `${y.cap === null ? ', no cap' : ` against a cap of ${p.money(y.cap)}`}; run ${p.money(y.run)}; benefit ${p.money(y.benefit)}; net ${p.money(y.net)}.`,
        ),
        `Total investment ${p.money(t.investment)}; benefit ${p.money(t.benefit)}; net ${p.money(t.net)} within the horizon.`,
        runLine(model),
      ]),
  });
}

/** The same years as a native chart: pilot, last mile and run stacked, the benefit as a line. */
export function spendByYearChartSlide(pptx: PptxGenJS, model: ExportModel): void {
  const p = model.present;
  const years = model.moneyByYear.years;
  const slide = titledSlide(
    pptx,
    'Spend and benefit by plan year',
    slideNotes(model, [...years.map((y) => `${p.planYear(y.year)}: pilot ${p.money(y.pilot)}, last mile ${p.money(y.lastMile)}, run ${p.money(y.run)}, benefit ${p.money(y.benefit)}.`), runLine(model)]),
  );
  if (years.length === 0 || model.fundedSummary.fundedCount === 0) return noData(slide, 'No use case is funded yet.');
  const labels = years.map((y) => oneLine(p.planYear(y.year)));
  const fmt = axisMoneyFormat(p);
  // For a multi-type chart pptxgenjs takes the options from the second argument when there is one (`data || options`).
  const comboData = undefined as unknown as [];
  slide.addChart(
    [
      {
        type: pptx.ChartType.bar,
        data: [
          { name: 'Pilot', labels, values: years.map((y) => y.pilot) },
          { name: 'Last mile', labels, values: years.map((y) => y.lastMile) },
          { name: 'Run cost', labels, values: years.map((y) => y.run) },
        ],
        options: { barDir: 'col', barGrouping: 'stacked', chartColors: [CHART_COLORS.pilot, CHART_COLORS.lastMile, CHART_COLORS.runEdge] },
      },
      {
        type: pptx.ChartType.line,
        data: [{ name: 'Benefit (unrisked)', labels, values: years.map((y) => y.benefit) }],
        options: { chartColors: [CHART_COLORS.valueCreation], lineSize: 3, lineDataSymbol: 'circle', lineDataSymbolSize: 8 },
      },
    ],
    comboData,
    { ...CONTENT_BOX, ...chartText, showLegend: true, legendPos: 'b', valAxisLabelFormatCode: fmt },
  );
  footnote(slide, runLine(model));
}

/** Candidates in the pilot-vs-last-mile bars: the funded set (or every candidate when none is funded), largest investment first. */
const PER_CHART = 15;

export function costBarsSlides(pptx: PptxGenJS, model: ExportModel): void {
  const p = model.present;
  const funded = model.rows.filter((r) => r.funded);
  const set = [...(funded.length > 0 ? funded : model.rows)].sort((a, b) => b.metrics.totalInvestment - a.metrics.totalInvestment);
  const pages: ExportRow[][] = [];
  for (let i = 0; i < set.length; i += PER_CHART) pages.push(set.slice(i, i + PER_CHART));
  if (pages.length === 0) pages.push([]);
  const pilot = set.reduce((s, r) => s + r.metrics.pilotCost, 0);
  const last = set.reduce((s, r) => s + r.metrics.lastMileCost, 0);
  const multiple = pilot > 0 ? `Across ${funded.length > 0 ? 'the funded candidates' : 'the candidates'} the last mile is ${p.multiple(last / pilot)} the pilot.` : 'Pilot and last-mile cost per candidate.';
  pages.forEach((page, i) => {
    const title = `The last mile costs more than the pilot${pages.length > 1 ? ` (${i + 1} of ${pages.length})` : ''}`;
    const slide = titledSlide(
      pptx,
      title,
      slideNotes(model, [multiple, ...page.map((r) => `${r.rank}. ${oneLine(r.useCase.name)}: pilot ${p.money(r.metrics.pilotCost)}, last mile ${p.money(r.metrics.lastMileCost)} (${p.multiple(r.metrics.lastMileRatio)}).`)]),
    );
    if (page.length === 0) return noData(slide, 'No use cases yet.');
    // Horizontal bars are drawn bottom-up: reverse so the largest is at the top.
    const rows = [...page].reverse();
    const labels = rows.map((r) => `${r.rank}. ${clipCodePoints(oneLine(r.useCase.name), 40)}`);
    slide.addChart(
      pptx.ChartType.bar,
      [
        { name: 'Pilot', labels, values: rows.map((r) => r.metrics.pilotCost) },
        { name: 'Last mile', labels, values: rows.map((r) => r.metrics.lastMileCost) },
      ],
      { ...CONTENT_BOX, ...chartText, barDir: 'bar', barGrouping: 'stacked', chartColors: [CHART_COLORS.pilot, CHART_COLORS.lastMile], showLegend: true, legendPos: 'b', valAxisLabelFormatCode: axisMoneyFormat(p), catAxisLabelFontSize: 10 },
    );
    footnote(slide, `${funded.length > 0 ? 'Funded candidates' : 'All candidates'}, largest investment first. ${multiple}`);
  });
}

/** Cumulative net cash of the funded set over the plan horizon. */
export function cumulativeCashSlide(pptx: PptxGenJS, model: ExportModel): void {
  const p = model.present;
  const cash = model.fundedSummary.cash;
  const trough = Math.min(0, ...cash.cumulative);
  const line = `Unrisked: deepest point ${p.money(trough)}, payback ${p.payback(cash.paybackMonth)}, ${p.money(cash.cumulative.at(-1) ?? 0)} at the end of the ${model.workspace.horizonMonths}-month horizon.`;
  const slide = titledSlide(pptx, 'Cumulative cash of the funded portfolio', slideNotes(model, [`${model.fundedSummary.fundedCount} funded candidates.`, line]));
  if (model.fundedSummary.fundedCount === 0) return noData(slide, 'No use case is funded yet.');
  slide.addChart(pptx.ChartType.line, [{ name: 'Cumulative net cash (funded set)', labels: model.monthLabels.map(oneLine), values: cash.cumulative }], {
    ...CONTENT_BOX,
    ...chartText,
    chartColors: [CHART_COLORS.text],
    lineDataSymbol: 'none',
    lineSize: 3,
    showLegend: true,
    legendPos: 'b',
    valAxisLabelFormatCode: axisMoneyFormat(p),
    catAxisLabelRotate: -45,
    catAxisLabelFontSize: 10,
  });
  footnote(slide, line);
}
