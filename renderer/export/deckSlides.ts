/** The deck's text slides: the title, the decision asked of the board with its headline figures, and the method. */
import type PptxGenJS from 'pptxgenjs';
import { fundingMessage } from '@shared/portfolio';
import { exportRoomVote, type ExportModel } from '@shared/export/exportModel';
import { COMMITTED_LABEL, exportToday, forwardLabel, planStarted, SUNK_LABEL, TO_FUND_LABEL, wholeLifeLabel } from '@shared/presentation';
import { methodSections, methodSummary } from '@shared/presentation/methodText';
import { oneLine, xmlSafe } from '@shared/export/xmlText';
import { bullets, COLORS, CONTENT_W, FONT, footnote, MARGIN, SLIDE_H, titledSlide } from './deckStyle';

/** Speaker notes: the slide's figures, one a line, then the method in one short paragraph. */
export function slideNotes(model: ExportModel, figures: readonly string[]): string {
  return [...figures.filter((f) => f.length > 0), '', methodSummary(model.workspace, model.present, exportToday(model))].join('\n');
}

function dateOf(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function titleSlide(pptx: PptxGenJS, model: ExportModel): void {
  const ws = model.workspace;
  const p = model.present;
  const slide = pptx.addSlide();
  slide.background = { color: COLORS.titleFill };
  const line = `${dateOf(model.generatedAt, p.format)} · figures in ${ws.currency} · plan from ${p.planMonth(1)} over ${ws.horizonMonths} months`;
  slide.addText(oneLine(ws.name), { x: MARGIN, y: 2.2, w: CONTENT_W, h: 1.2, fontFace: FONT, fontSize: 40, bold: true, color: COLORS.ink, fit: 'shrink' });
  slide.addText(oneLine(ws.organisation) || ' ', { x: MARGIN, y: 3.4, w: CONTENT_W, h: 0.6, fontFace: FONT, fontSize: 22, color: COLORS.muted, fit: 'shrink' });
  slide.addText('AI use-case portfolio — board pack', { x: MARGIN, y: 4.2, w: CONTENT_W, h: 0.6, fontFace: FONT, fontSize: 20, color: COLORS.accent });
  slide.addText(line, { x: MARGIN, y: SLIDE_H - 1.2, w: CONTENT_W, h: 0.4, fontFace: FONT, fontSize: 14, color: COLORS.muted });
  slide.addNotes(
    xmlSafe(
      slideNotes(model, [
        `Board pack for ${oneLine(ws.name)}${ws.organisation ? ` (${oneLine(ws.organisation)})` : ''}, made ${dateOf(model.generatedAt, p.format)}.`,
        `${model.rows.length} candidate use cases; ${model.fundedSummary.fundedCount} proposed for funding.`,
        `Figures in ${ws.currency}; plan from ${p.planMonth(1)} over ${ws.horizonMonths} months; discount rate ${p.percent(ws.discountRate)} a year.`,
      ]),
    ),
  );
}

/** The figures under the decision, each with its label. */
function headline(model: ExportModel): { label: string; value: string }[] {
  const s = model.fundedSummary;
  const p = model.present;
  const started = planStarted(s.today);
  return [
    { label: started ? TO_FUND_LABEL : 'Investment asked', value: p.money(s.totalInvestment) },
    { label: forwardLabel('Expected NPV', p, s.today), value: p.money(s.expectedNpv) },
    { label: started ? wholeLifeLabel('Payback (unrisked)') : 'Payback (unrisked)', value: p.payback(s.cash.paybackMonth) },
    { label: 'Run cost a year once live', value: p.money(model.moneyByYear.annualRunCost) },
  ];
}

/** The lines under the headline figures: the split, the shares, what is not ready. */
function decisionLines(model: ExportModel): string[] {
  const s = model.fundedSummary;
  const p = model.present;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `Fund ${s.fundedCount} of ${model.rows.length} candidate use cases. ${fundingMessage(model.funding, p)}`,
    `Pilots ${p.money(s.pilotInvestment)}, last miles ${p.money(s.lastMileInvestment)}${s.pilotInvestment > 0 ? ` (${p.multiple(s.lastMileInvestment / s.pilotInvestment)} the pilots)` : ''}; unrisked ${forwardLabel('NPV', p, s.today)} ${p.money(s.npv)}.`,
    planStarted(s.today)
      ? `Outside the budget: ${COMMITTED_LABEL.toLowerCase()} ${p.money(s.committedInvestment)}; ${SUNK_LABEL.toLowerCase()} ${p.money(s.sunkCost)}, never a reason to fund.`
      : '',
    `Value creation ${p.percent(s.valueCreationShare, 0)} and automation ${p.percent(s.automationShare, 0)} of the funded investment${s.unclassifiedShare > 0 ? `; ${p.percent(s.unclassifiedShare, 0)} not classified yet` : ''}.`,
    s.blockerCount > 0 ? `${plural(s.blockerCount, 'candidate has', 'candidates have')} a readiness blocker (a score of 1).` : 'No candidate has a readiness blocker.',
    s.notAssessedCount > 0 ? `${plural(s.notAssessedCount, 'candidate is', 'candidates are')} not fully assessed for readiness: no probability, no expected NPV.` : '',
    s.unclassifiedCount > 0 ? `${plural(s.unclassifiedCount, 'candidate is', 'candidates are')} not classified yet.` : '',
  ].filter((l) => l.length > 0);
}

export function decisionSlide(pptx: PptxGenJS, model: ExportModel): void {
  const figures = headline(model);
  const lines = decisionLines(model);
  const slide = titledSlide(
    pptx,
    'The decision asked of the board',
    slideNotes(model, [model.decision, ...figures.map((f) => `${f.label}: ${f.value}.`), ...lines]),
  );
  slide.addText(oneLine(model.decision), { x: MARGIN, y: 1.25, w: CONTENT_W, h: 1.45, fontFace: FONT, fontSize: 18, color: COLORS.ink, valign: 'top', fit: 'shrink' });
  const gap = 0.25;
  const w = (CONTENT_W - gap * (figures.length - 1)) / figures.length;
  figures.forEach((f, i) => {
    const x = MARGIN + i * (w + gap);
    slide.addShape('rect', { x, y: 2.85, w, h: 1.2, fill: { color: COLORS.titleFill }, line: { color: COLORS.rule, width: 0.75 } });
    slide.addText(oneLine(f.value), { x: x + 0.1, y: 2.9, w: w - 0.2, h: 0.7, fontFace: FONT, fontSize: 24, bold: true, color: COLORS.ink, align: 'center', fit: 'shrink' });
    slide.addText(f.label, { x: x + 0.1, y: 3.6, w: w - 0.2, h: 0.4, fontFace: FONT, fontSize: 12, color: COLORS.muted, align: 'center' });
  });
  bullets(slide, lines, { x: MARGIN, y: 4.25, w: CONTENT_W, h: 2.55 }, [16, 14, 13, 12, 11]);
}

export function methodSlide(pptx: PptxGenJS, model: ExportModel, frontierShown: boolean): void {
  const sections = methodSections(model.workspace, model.present, exportToday(model), model.plan.costBasis, exportRoomVote(model));
  const extra = frontierShown
    ? []
    : ['The efficient frontier is not in this deck: it had not been computed when the deck was made (the portfolio page shows it).'];
  const slide = titledSlide(
    pptx,
    'Assumptions & method',
    slideNotes(model, [...sections.map((s) => `${s.title}: ${s.text}`), ...extra]),
  );
  bullets(slide, [...sections.map((s) => `${s.title}: ${s.text}`), ...extra], { x: MARGIN, y: 1.2, w: CONTENT_W, h: 5.65 }, [14, 13, 12, 11, 10, 9]);
  footnote(slide, 'The same figures are in the Excel workbook, where NPV and payback are live formulas.');
}
