/** One slide per funded use case: the problem, the case, the money, readiness, the funding note, and its cumulative cash. */
import type PptxGenJS from 'pptxgenjs';
import { classificationLabel, READINESS_DIMENSIONS, READINESS_LABELS } from '@shared/domain';
import type { ExportModel, ExportRow } from '@shared/export/exportModel';
import { exportToday, forwardLabel, NEEDS_EVIDENCE, NOT_ASSESSED, ofPlanTotal, planStarted, stageLabel, TO_FUND_LABEL, wholeLifeFigures, wholeLifeLabel } from '@shared/presentation';
import { CHART_COLORS } from './deckPalette';
import { slideNotes } from './deckSlides';
import { fitTable, type DeckCell } from './deckTables';
import { axisMoneyFormat, CONTENT_H, CONTENT_TOP, FONT, footnote, MARGIN, SLIDE_W, titledSlide } from './deckStyle';

/** The facts of one candidate, label and value, in the workspace's number format. */
export function useCaseFacts(model: ExportModel, row: ExportRow): [string, string][] {
  const p = model.present;
  const m = row.metrics;
  const uc = row.useCase;
  const readiness = READINESS_DIMENSIONS.map((d) => `${READINESS_LABELS[d]} ${uc.readiness[d].score ?? 'not assessed'}`).join(' · ');
  const blocked = m.blockers.length ? ` — blocked by ${m.blockers.map((d) => READINESS_LABELS[d]).join(', ')}` : '';
  // Once the plan has started: the stage, what is left to fund, figures from today, and the whole-life ones after them.
  const today = exportToday(model);
  const started = planStarted(today);
  const fwd = (label: string) => forwardLabel(label, p, today);
  const enpv = m.expectedNpv === null ? (m.living.needsEvidence ? NEEDS_EVIDENCE : NOT_ASSESSED) : p.money(m.expectedNpv);
  const living: [string, string][] = started ? [['Stage', `${stageLabel(m.living.stage)}; ${TO_FUND_LABEL.toLowerCase()} ${p.money(m.living.fundingCost)} ${ofPlanTotal(p.money(m.totalInvestment))}`]] : [];
  // The whole-life figures in one line, then money spent and committed in another.
  const [npv, irr, payback, roi, sunk, committed] = wholeLifeFigures(m.living, p);
  const wholeLife: [string, string][] =
    npv && irr && payback && roi && sunk && committed
      ? [
          [wholeLifeLabel('NPV / IRR / payback / ROI'), [npv, irr, payback, roi].map((f) => f.value).join(' / ')],
          [`${sunk.label} / ${committed.label.toLowerCase()}`, `${sunk.value} / ${committed.value}`],
        ]
      : [];
  // The simulation's percentiles of this use case's NPV from today, when the deck carries the run (exportRisk.ts).
  const outcome = model.risk?.cases.get(uc.id);
  const simulated: [string, string][] =
    outcome && !outcome.notAssessed
      ? [[`Simulated ${fwd('NPV')}`, `P10 ${p.money(outcome.p10)} / P50 ${p.money(outcome.p50)} / P90 ${p.money(outcome.p90)}; chance above 0 ${p.percent(outcome.probPositive, 0)}`]]
      : [];
  const facts: [string, string][] = [
    ...living,
    ['Problem', row.problem ? `${row.problem.title}${row.problem.owner ? ` (owner: ${row.problem.owner})` : ''}` : '—'],
    ['Classification', `${classificationLabel(uc.classification.kind)}${uc.classification.rationale ? ` — ${uc.classification.rationale}` : ''}`],
    ['Pilot', `${p.money(m.pilotCost)} over ${uc.pilot.months} months`],
    ['Last mile', `${p.money(m.lastMileCost)} over ${uc.lastMile.months} months (${p.multiple(m.lastMileRatio)} the pilot)`],
    ['Run cost', `${p.money(m.monthlyRunCost)} a month`],
    ['Benefit at full adoption', `${p.money(m.monthlyBenefitAtFull)} a month`],
    [fwd('NPV / expected NPV'), `${p.money(m.npv)} / ${enpv}`],
    ...simulated,
    ['Probability of production', `${p.probability(m.probability)}${blocked}`],
    [fwd('Payback'), p.payback(m.paybackMonth)],
    [fwd('IRR'), p.irr(m.irr)],
    ...wholeLife,
    ['Readiness (1–5)', readiness],
    ['Funding', `${row.note.status}. ${row.note.detail}`],
  ];
  if (row.forced) facts.push([`Forced ${row.forced.mode}`, row.forced.reason || 'by the team']);
  return facts;
}

export function useCaseSlide(pptx: PptxGenJS, model: ExportModel, row: ExportRow): void {
  const p = model.present;
  const facts = useCaseFacts(model, row);
  const slide = titledSlide(pptx, `${row.rank}. ${row.useCase.name}`, slideNotes(model, facts.map(([k, v]) => `${k}: ${v}.`)));
  const tableW = 6.6;
  const cells: DeckCell[][] = facts.map(([k, v]) => [
    { text: k, bold: true, color: CHART_COLORS.muted },
    { text: v, color: CHART_COLORS.text },
  ]);
  const shown = fitTable(
    slide,
    [
      { header: 'Figure', share: 1.9, maxLines: 2 },
      { header: 'Value', share: 4.7, maxLines: 3 },
    ],
    cells,
    { x: MARGIN, y: CONTENT_TOP, w: tableW, h: CONTENT_H },
  );
  const chartX = MARGIN + tableW + 0.25;
  slide.addChart(pptx.ChartType.line, [{ name: 'Cumulative net cash', labels: model.monthLabels, values: row.schedule.cumulative }], {
    x: chartX,
    y: CONTENT_TOP,
    w: SLIDE_W - MARGIN - chartX,
    h: CONTENT_H,
    chartColors: [CHART_COLORS.text],
    lineDataSymbol: 'none',
    lineSize: 2,
    showLegend: false,
    showTitle: true,
    title: 'Cumulative net cash (unrisked)',
    titleFontSize: 12,
    titleFontFace: FONT,
    valAxisLabelFormatCode: axisMoneyFormat(p),
    catAxisLabelRotate: -45,
    catAxisLabelFontSize: 9,
    valAxisLabelFontSize: 9,
  });
  const payback = planStarted(exportToday(model)) ? `Payback, whole life ${p.payback(row.metrics.living.wholeLife.paybackMonth)}` : `Payback ${p.payback(row.metrics.paybackMonth)}`;
  footnote(slide, shown < facts.length ? 'More figures in the speaker notes.' : `${payback}; unrisked cash of this use case alone.`);
}
