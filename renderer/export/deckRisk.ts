/**
 * The deck's risk slides, from the export model's simulation (shared/export/exportRisk.ts): the funded set's S-curve and
 * tornado as native charts with its P10 / P50 / P90, the chance NPV is positive, the seed and trials and the break-even
 * values; then every funded use case's P10 / P50 / P90 in a table. Left out when the model carries no simulation.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ExportModel } from '@shared/export/exportModel';
import type { ExportRisk } from '@shared/export/exportRisk';
import { oneLine } from '@shared/export/xmlText';
import { forwardLabel, NOT_ASSESSED } from '@shared/presentation';
import { breakEvenSentence, swingText } from '@shared/uncertainty/sensitivityText';
import { CHART_COLORS } from './deckPalette';
import { slideNotes } from './deckSlides';
import { axisMoneyFormat, bullets, CONTENT_TOP, CONTENT_W, FONT, footnote, MARGIN, noData, titledSlide } from './deckStyle';
import { addTableSlides, fitTable, type DeckCell } from './deckTables';

const chartText = { catAxisLabelFontFace: FONT, valAxisLabelFontFace: FONT, legendFontFace: FONT, catAxisLabelColor: CHART_COLORS.muted, valAxisLabelColor: CHART_COLORS.muted };
/** Bars the tornado shows (the inputs that move NPV most). */
export const DECK_TORNADO_BARS = 7;

/** The run in one sentence: trials, law, seed. */
export function runSentence(risk: ExportRisk, model: ExportModel): string {
  const p = model.present;
  const law = risk.distribution === 'pert' ? 'PERT' : 'triangular';
  return `${p.number(risk.trials)} trials of the ${risk.funded.count} funded use cases (${law} ranges${risk.sharedOverrun ? ', overruns moving together' : ''}); seed ${risk.seed}: the same seed gives the same answer.`;
}

export function riskSlide(pptx: PptxGenJS, model: ExportModel): void {
  const risk = model.risk;
  if (!risk) return;
  const p = model.present;
  const f = risk.funded;
  const npvLabel = forwardLabel('NPV', p, risk.today);
  const sentences = risk.breakEvens.map((b) => breakEvenSentence(b, p, risk.today, true));
  const figures = [
    `Funded set ${npvLabel}: P10 ${p.money(f.p10)}, P50 ${p.money(f.p50)}, P90 ${p.money(f.p90)}; mean ${p.money(f.mean)}.`,
    `Chance ${npvLabel} is above 0: ${p.percent(f.probPositive, 0)}.`,
    ...f.spendP90ByYear.map((v, i) => `${p.planYear(i + 1)} investment: P50 ${p.money(f.spendP50ByYear[i] ?? 0)}, P90 ${p.money(v)}.`),
  ];
  const bars = risk.tornado?.bars.filter((b) => b.swing > 0).slice(0, DECK_TORNADO_BARS) ?? [];
  const slide = titledSlide(
    pptx,
    'Risk: how sure are the figures?',
    slideNotes(model, [runSentence(risk, model), ...figures, ...bars.map((b) => `${b.label} ${swingText(b.values, b.unit, p)}: NPV ${p.money(b.npvLow)} to ${p.money(b.npvHigh)}.`), ...sentences]),
  );
  if (f.count === 0) return noData(slide, 'No use case is funded: there is no funded set to simulate.');
  // Top: the percentiles as a table and the break-even values; below, the S-curve and the tornado side by side.
  const tableW = 5.6;
  const rows: DeckCell[][] = [
    [{ text: `Funded set ${npvLabel}`, bold: true }, { text: p.money(f.p10) }, { text: p.money(f.p50) }, { text: p.money(f.p90) }],
    ...f.spendP90ByYear.map((v, i): DeckCell[] => [{ text: `${p.planYear(i + 1)} investment` }, { text: '' }, { text: p.money(f.spendP50ByYear[i] ?? 0) }, { text: p.money(v) }]),
  ];
  const shown = fitTable(
    slide,
    [
      { header: '', share: 2.2 },
      { header: 'P10', share: 1, align: 'right' },
      { header: 'P50', share: 1, align: 'right' },
      { header: 'P90', share: 1, align: 'right' },
    ],
    rows,
    { x: MARGIN, y: CONTENT_TOP, w: tableW, h: 1.75 },
    [11, 10, 9],
  );
  const side = [`Chance NPV > 0: ${p.percent(f.probPositive, 0)}. Seed ${risk.seed}, ${p.number(risk.trials)} trials: the same seed gives the same answer.`, ...sentences];
  bullets(slide, side, { x: MARGIN + tableW + 0.3, y: CONTENT_TOP, w: CONTENT_W - tableW - 0.3, h: 1.75 }, [13, 12, 11, 10, 9]);
  const chartY = CONTENT_TOP + 1.9;
  const chartH = 6.85 - chartY;
  const half = (CONTENT_W - 0.3) / 2;
  // The S-curve as its quantile function (a native line: share of trials across, NPV up), so both axes keep their own format.
  slide.addChart(
    pptx.ChartType.line,
    [{ name: npvLabel, labels: f.curve.map((c) => oneLine(p.percent(c.share, 0))), values: f.curve.map((c) => Math.round(c.npv)) }],
    {
      x: MARGIN,
      y: chartY,
      w: half,
      h: chartH,
      ...chartText,
      chartColors: [CHART_COLORS.lastMile],
      lineSize: 2,
      lineDataSymbol: 'none',
      showLegend: false,
      showTitle: true,
      title: `S-curve: the funded set's ${npvLabel} at each share of trials`,
      titleFontFace: FONT,
      titleFontSize: 12,
      catAxisLabelFrequency: '5',
      valAxisLabelFormatCode: axisMoneyFormat(p),
      showCatAxisTitle: true,
      catAxisTitle: 'Share of trials with NPV at most this',
    },
  );
  if (bars.length === 0) noData(slide, 'No input of the funded set has a range.', { x: MARGIN + half + 0.3, y: chartY, w: half, h: chartH });
  else {
    // Drawn bottom-up: reversed so the widest bar is at the top; each bar is the change from the NPV at the likely values.
    const order = [...bars].reverse();
    const labels = order.map((b) => oneLine(b.label));
    const centre = risk.tornado!.npv;
    slide.addChart(
      pptx.ChartType.bar,
      [
        { name: 'Input at its low', labels, values: order.map((b) => Math.round(b.npvLow - centre)) },
        { name: 'Input at its high', labels, values: order.map((b) => Math.round(b.npvHigh - centre)) },
      ],
      {
        x: MARGIN + half + 0.3,
        y: chartY,
        w: half,
        h: chartH,
        ...chartText,
        barDir: 'bar',
        barGrouping: 'clustered',
        barOverlapPct: 100,
        barGapWidthPct: 40,
        chartColors: [CHART_COLORS.pilot, CHART_COLORS.lastMile],
        showLegend: true,
        legendPos: 'b',
        showTitle: true,
        title: `What moves it most: change from ${p.moneyCompact(centre)}`,
        titleFontFace: FONT,
        titleFontSize: 12,
        valAxisLabelFormatCode: axisMoneyFormat(p),
        catAxisLabelFontSize: 10,
        catAxisLabelPos: 'low',
      },
    );
  }
  footnote(slide, `${runSentence(risk, model)}${shown < rows.length ? ' Every plan year is in the speaker notes.' : ''}`);
}

/** Every funded use case's simulated NPV from today: P10 / P50 / P90, the chance it is positive, beside its expected NPV. */
export function riskCasesSlides(pptx: PptxGenJS, model: ExportModel): void {
  const risk = model.risk;
  if (!risk) return;
  const p = model.present;
  const funded = model.rows.filter((r) => r.funded);
  const npvLabel = forwardLabel('NPV', p, risk.today);
  const rows = funded.map((r): DeckCell[] => {
    const o = risk.cases.get(r.useCase.id);
    const none = !o || o.notAssessed;
    return [
      { text: `${r.rank}. ${oneLine(r.useCase.name)}` },
      { text: r.metrics.expectedNpv === null ? NOT_ASSESSED : p.money(r.metrics.expectedNpv) },
      { text: none ? NOT_ASSESSED : p.money(o.p10) },
      { text: none ? NOT_ASSESSED : p.money(o.p50) },
      { text: none ? NOT_ASSESSED : p.money(o.p90) },
      { text: none ? NOT_ASSESSED : p.percent(o.probPositive, 0) },
    ];
  });
  addTableSlides(pptx, {
    title: `Each funded use case: ${npvLabel} at P10 / P50 / P90`,
    columns: [
      { header: 'Use case', share: 3.2 },
      { header: 'Expected NPV', share: 1.3, align: 'right' },
      { header: 'P10', share: 1.2, align: 'right' },
      { header: 'P50', share: 1.2, align: 'right' },
      { header: 'P90', share: 1.2, align: 'right' },
      { header: 'Chance NPV > 0', share: 1.1, align: 'right' },
    ],
    rows,
    empty: 'No use case is funded yet.',
    footnote: runSentence(risk, model),
    notes: (page) =>
      slideNotes(model, [
        runSentence(risk, model),
        ...page.rows.map((i) => {
          const r = funded[i]!;
          const o = risk.cases.get(r.useCase.id);
          return o && !o.notAssessed
            ? `${r.rank}. ${oneLine(r.useCase.name)}: P10 ${p.money(o.p10)}, P50 ${p.money(o.p50)}, P90 ${p.money(o.p90)}; chance above 0 ${p.percent(o.probPositive, 0)}.`
            : `${r.rank}. ${oneLine(r.useCase.name)}: readiness not assessed, no chance of production to simulate.`;
        }),
      ]),
  });
}
