/**
 * The deck's portfolio charts, native and editable: value vs feasibility (readiness across, expected NPV up, like the
 * PDF), the roadmap of the funded candidates on the plan calendar, and the efficient frontier.
 */
import type PptxGenJS from 'pptxgenjs';
import { classificationLabel, type Classification } from '@shared/domain';
import type { ExportModel, ExportRow } from '@shared/export/exportModel';
import { clipCodePoints, oneLine } from '@shared/export/xmlText';
import type { FrontierPoint } from '@shared/portfolio';
import { CHART_COLORS, kindColor, paler } from './deckPalette';
import { slideNotes } from './deckSlides';
import { axisMoneyFormat, COLORS, CONTENT_H, CONTENT_TOP, CONTENT_W, FONT, footnote, MARGIN, noData, titledSlide } from './deckStyle';
import { charsPerLine, clipLines, linesHeight, wrap } from './deckText';

const chartText = { catAxisLabelFontFace: FONT, valAxisLabelFontFace: FONT, legendFontFace: FONT, catAxisLabelColor: CHART_COLORS.muted, valAxisLabelColor: CHART_COLORS.muted };
const KINDS: (Classification | null)[] = ['automation', 'value-creation', null];
const name = (r: ExportRow) => `${r.rank}. ${oneLine(r.useCase.name)}`;

/**
 * A bubble series name: pptxgenjs writes it unescaped into the attribute `name="…"` of the table in the chart's embedded
 * workbook (and escaped everywhere else), so the characters that would end or break that attribute become lookalikes.
 */
export function rawAttributeText(text: string): string {
  return oneLine(text).replace(/&/g, '+').replace(/</g, '‹').replace(/>/g, '›').replace(/"/g, '”').replace(/'/g, '’');
}

/** Lines that fit a side panel of `w` × `h` inches at `pt`, the rest summed up as "… and N more". */
function panelText(title: string, items: readonly string[], w: number, h: number, pt: number): string {
  const perLine = charsPerLine(w - 0.2, pt);
  const room = Math.floor((h - 0.15) / linesHeight(1, pt)) - wrap(title, perLine).length;
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    const item = clipLines(items[i]!, perLine, 2);
    const lines = wrap(item, perLine).length;
    const reserve = i < items.length - 1 ? 1 : 0;
    if (used + lines + reserve > room) {
      out.push(`… and ${items.length - i} more (see the ranked table)`);
      break;
    }
    out.push(item);
    used += lines;
  }
  return [title, ...out].join('\n');
}

/** Expected NPV against average readiness (1–5); bubble area = investment; colour = classification, full when funded, pale when not. */
export function matrixSlide(pptx: PptxGenJS, model: ExportModel): void {
  const p = model.present;
  const plotted = model.rows.filter((r) => r.readinessAverage !== null && r.metrics.expectedNpv !== null);
  const notAssessed = model.rows.filter((r) => !plotted.includes(r));
  const slide = titledSlide(
    pptx,
    'Value vs feasibility',
    slideNotes(model, [
      'Across: feasibility, the average readiness (1 to 5). Up: expected NPV. Bubble area: investment. Colour: automation or value creation (grey: not classified); full colour when funded, pale when not.',
      ...plotted.map((r) => `${name(r)}: readiness ${p.number(r.readinessAverage ?? 0, 1)}, expected NPV ${p.money(r.metrics.expectedNpv ?? 0)}, investment ${p.money(r.metrics.totalInvestment)}, ${classificationLabel(r.useCase.classification.kind).toLowerCase()}, ${r.funded ? 'funded' : 'not funded'}.`),
      notAssessed.length > 0 ? `Not plotted, readiness not assessed: ${notAssessed.map(name).join('; ')}.` : '',
    ]),
  );
  const panelW = 3.4;
  const chart = { x: MARGIN, y: CONTENT_TOP, w: CONTENT_W - panelW - 0.2, h: CONTENT_H };
  const panel = { x: MARGIN + chart.w + 0.2, y: CONTENT_TOP, w: panelW, h: CONTENT_H };
  const groups = KINDS.flatMap((kind) =>
    [true, false].map((funded) => ({ kind, funded, rows: plotted.filter((r) => r.useCase.classification.kind === kind && r.funded === funded) })),
  ).filter((g) => g.rows.length > 0);
  if (plotted.length === 0) noData(slide, model.rows.length === 0 ? 'No use cases yet.' : 'No candidate has its readiness fully assessed yet.', chart);
  else {
    const data = [
      { name: 'Average readiness (1–5)', values: plotted.map((r) => Math.round((r.readinessAverage ?? 0) * 100) / 100) },
      ...groups.map((g) => ({
        name: rawAttributeText(`${classificationLabel(g.kind)} — ${g.funded ? 'funded' : 'not funded'}`),
        values: plotted.map((r) => (g.rows.includes(r) ? Math.round(r.metrics.expectedNpv ?? 0) : null)) as number[],
        sizes: plotted.map((r) => (g.rows.includes(r) ? Math.max(Math.round(r.metrics.totalInvestment), 1) : 0)),
      })),
    ];
    slide.addChart(pptx.ChartType.bubble, data, {
      ...chart,
      ...chartText,
      chartColors: groups.map((g) => (g.funded ? kindColor(g.kind) : paler(kindColor(g.kind)))),
      dataBorder: { pt: 1, color: CHART_COLORS.funded },
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 11,
      catAxisMinVal: 1,
      catAxisMaxVal: 5,
      catAxisMajorUnit: 1,
      showCatAxisTitle: true,
      catAxisTitle: 'Feasibility: average readiness (1 → 5)',
      showValAxisTitle: true,
      valAxisTitle: `Expected NPV (${p.currency})`,
      valAxisLabelFormatCode: '#,##0',
    });
  }
  const items = notAssessed.map(name);
  const intro = notAssessed.length > 0 ? `Not plotted: readiness not assessed (${notAssessed.length})` : 'Every candidate is plotted.';
  slide.addText(oneLine(`Funded: ${plotted.filter((r) => r.funded).length} of ${plotted.length} plotted, in full colour; pale = not funded; grey = not classified.`), {
    x: panel.x,
    y: panel.y,
    w: panel.w,
    h: 0.9,
    fontFace: FONT,
    fontSize: 12,
    color: COLORS.ink,
    valign: 'top',
  });
  slide.addText(panelText(intro, items, panel.w, panel.h - 1.0, 11), {
    x: panel.x,
    y: panel.y + 1.0,
    w: panel.w,
    h: panel.h - 1.0,
    fontFace: FONT,
    fontSize: 11,
    color: COLORS.muted,
    valign: 'top',
  });
  footnote(slide, 'Bubble area = investment (pilot + last mile). Candidates are named in the speaker notes and the ranked table.');
}

const ROADMAP_PER_SLIDE = 15;

/** Pilot, last mile and live months of the funded candidates (every candidate when none is funded), earliest start first. */
export function roadmapSlides(pptx: PptxGenJS, model: ExportModel): void {
  const p = model.present;
  const h = model.workspace.horizonMonths;
  const funded = model.rows.filter((r) => r.funded);
  const set = [...(funded.length > 0 ? funded : model.rows)].sort((a, b) => a.useCase.startMonth - b.useCase.startMonth || a.useCase.name.localeCompare(b.useCase.name));
  const pages: ExportRow[][] = [];
  for (let i = 0; i < set.length; i += ROADMAP_PER_SLIDE) pages.push(set.slice(i, i + ROADMAP_PER_SLIDE));
  if (pages.length === 0) pages.push([]);
  const phases = (r: ExportRow) => {
    const s = Math.max(1, Math.round(r.useCase.startMonth));
    const pilot = Math.max(0, Math.round(r.useCase.pilot.months));
    const last = Math.max(0, Math.round(r.useCase.lastMile.months));
    return { s, pilot, last, live: s + pilot + last };
  };
  const range = (a: number, b: number) => (b < a ? 'none' : a === b ? p.planMonth(a) : `${p.planMonth(a)} – ${p.planMonth(b)}`);
  pages.forEach((page, i) => {
    const title = `Roadmap${pages.length > 1 ? ` (${i + 1} of ${pages.length})` : ''}`;
    const slide = titledSlide(
      pptx,
      title,
      slideNotes(model, [
        `${funded.length > 0 ? 'Funded candidates' : 'Candidates'} on the plan calendar, earliest start first.`,
        ...page.map((r) => {
          const f = phases(r);
          return `${name(r)}: pilot ${range(f.s, f.s + f.pilot - 1)}, last mile ${range(f.s + f.pilot, f.live - 1)}, live from ${f.live <= h ? p.planMonth(f.live) : `${p.planMonth(f.live)} (after the horizon)`}.`;
        }),
      ]),
    );
    if (page.length === 0) return noData(slide, 'No use cases yet.');
    const rows = [...page].reverse();
    const labels = rows.map((r) => clipCodePoints(name(r), 40));
    const within = (v: number) => Math.max(0, Math.min(v, h));
    slide.addChart(
      pptx.ChartType.bar,
      [
        { name: 'Before the start', labels, values: rows.map((r) => within(phases(r).s - 1)) },
        { name: 'Pilot', labels, values: rows.map((r) => within(phases(r).s - 1 + phases(r).pilot) - within(phases(r).s - 1)) },
        { name: 'Last mile', labels, values: rows.map((r) => within(phases(r).live - 1) - within(phases(r).s - 1 + phases(r).pilot)) },
        { name: 'Live', labels, values: rows.map((r) => h - within(phases(r).live - 1)) },
      ],
      {
        x: MARGIN,
        y: CONTENT_TOP,
        w: CONTENT_W,
        h: CONTENT_H,
        ...chartText,
        barDir: 'bar',
        barGrouping: 'stacked',
        barGapWidthPct: 40,
        chartColors: ['transparent', CHART_COLORS.pilot, CHART_COLORS.lastMile, CHART_COLORS.run],
        showLegend: false,
        valAxisMinVal: 0,
        valAxisMaxVal: h,
        valAxisMajorUnit: h > 36 ? 12 : 6,
        showValAxisTitle: true,
        valAxisTitle: `Plan month (month 1 = ${p.planMonth(1)}, month ${h} = ${p.planMonth(h)})`,
        catAxisLabelFontSize: 10,
      },
    );
    footnote(slide, `Light blue: pilot · dark blue: last mile · green: live (run cost and benefit). Month 1 = ${p.planMonth(1)}.`);
  });
}

/** Best value against budget (the page's frontier, passed in); the plan's budget and funded set in the footnote. */
export function frontierSlide(pptx: PptxGenJS, model: ExportModel, frontier: readonly FrontierPoint[]): void {
  const p = model.present;
  const byScore = model.plan.objective === 'score';
  const show = (v: number) => (byScore ? p.number(v, 1) : p.money(v));
  const points = frontier.filter((f): f is FrontierPoint & { value: number } => f.value !== null);
  const s = model.fundedSummary;
  const here = `Plan budget ${p.money(model.plan.budget)}: the funded set invests ${p.money(s.totalInvestment)} for ${byScore ? `a total score of ${p.number(model.funding.totalValue, 1)}` : `an expected NPV of ${p.money(s.expectedNpv)}`}.`;
  const slide = titledSlide(
    pptx,
    'Efficient frontier',
    slideNotes(model, [
      `The best ${byScore ? 'total score' : 'total expected NPV'} reachable at each budget under the plan's other rules.`,
      here,
      ...points.map((f) => `Budget ${p.money(f.budget)}: ${show(f.value)} (invests ${p.money(f.totalInvestment)}, ${f.selectedIds.length} funded).`),
    ]),
  );
  if (points.length < 2) return noData(slide, 'Too few budgets with a feasible funded set to draw the frontier.');
  slide.addChart(pptx.ChartType.line, [{ name: byScore ? 'Best total score' : 'Best total expected NPV', labels: points.map((f) => oneLine(p.moneyCompact(f.budget))), values: points.map((f) => Math.round(f.value * 100) / 100) }], {
    x: MARGIN,
    y: CONTENT_TOP,
    w: CONTENT_W,
    h: CONTENT_H,
    ...chartText,
    chartColors: [CHART_COLORS.payback],
    lineSize: 3,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 5,
    showLegend: false,
    showCatAxisTitle: true,
    catAxisTitle: 'Budget',
    showValAxisTitle: true,
    valAxisTitle: byScore ? 'Best total score' : `Best total expected NPV (${p.currency})`,
    valAxisLabelFormatCode: byScore ? '#,##0' : axisMoneyFormat(p),
    catAxisLabelRotate: -45,
    catAxisLabelFontSize: 10,
  });
  footnote(slide, here);
}
