/**
 * The deck's options slides, from the export model's comparison (shared/export/exportOptions.ts): the plan beside the
 * scenarios chosen for the pack, with totals, what each scenario changes and a native chart of the investment per plan
 * year; then the funded sets with the differences marked. Left out when no scenario is chosen.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ExportModel } from '@shared/export/exportModel';
import { oneLine } from '@shared/export/xmlText';
import { CHART_COLORS } from './deckPalette';
import { slideNotes } from './deckSlides';
import { axisMoneyFormat, bullets, CONTENT_TOP, CONTENT_W, FONT, footnote, MARGIN, titledSlide } from './deckStyle';
import { addTableSlides, fitTable, type DeckCell } from './deckTables';

const chartText = { catAxisLabelFontFace: FONT, valAxisLabelFontFace: FONT, legendFontFace: FONT, catAxisLabelColor: CHART_COLORS.muted, valAxisLabelColor: CHART_COLORS.muted };
const SERIES_COLORS = [CHART_COLORS.text, CHART_COLORS.automation, CHART_COLORS.valueCreation, CHART_COLORS.payback, CHART_COLORS.blocker];
const BASIS = { likely: 'Likely cost', p90: 'P90 cost' } as const;

export function optionsSlides(pptx: PptxGenJS, model: ExportModel): void {
  const options = model.options;
  if (!options) return;
  const p = model.present;
  const { comparison, columns: about } = options;
  const cols = comparison.columns;
  const totals: { label: string; value: (i: number) => string }[] = [
    { label: 'Funded against', value: (i) => BASIS[cols[i]!.costBasis] },
    { label: 'Budget', value: (i) => p.money(cols[i]!.budget) },
    { label: 'Funded candidates', value: (i) => String(cols[i]!.fundedCount) },
    { label: 'Investment (likely cost)', value: (i) => p.money(cols[i]!.investment) },
    { label: 'Expected NPV', value: (i) => p.money(cols[i]!.expectedNpv) },
    { label: 'Value-creation share', value: (i) => p.percent(cols[i]!.valueCreationShare, 0) },
    { label: 'Payback (unrisked)', value: (i) => p.payback(cols[i]!.paybackMonth) },
  ];
  const changes = about.slice(1).map((c) => `${oneLine(c.name)}: ${c.changes.length > 0 ? c.changes.join('; ') : 'nothing yet, the same as the plan'}.`);
  const slide = titledSlide(
    pptx,
    'Options: scenarios side by side',
    slideNotes(model, [
      ...cols.map((c, i) => `${oneLine(c.name)}: ${totals.map((t) => `${t.label.toLowerCase()} ${t.value(i)}`).join(', ')}.`),
      ...changes,
      comparison.differenceCount === 0 ? 'Every option funds the same candidates.' : `${comparison.differenceCount} candidates are funded in some options and not in others.`,
    ]),
  );
  const tableW = CONTENT_W * 0.55;
  fitTable(
    slide,
    [{ header: '', share: 2 }, ...cols.map((c) => ({ header: oneLine(c.name), share: 1.2, align: 'right' as const }))],
    totals.map((t): DeckCell[] => [{ text: t.label, bold: true }, ...cols.map((_, i) => ({ text: t.value(i) }))]),
    { x: MARGIN, y: CONTENT_TOP, w: tableW, h: 2.9 },
    [12, 11, 10, 9],
  );
  bullets(slide, changes, { x: MARGIN + tableW + 0.3, y: CONTENT_TOP, w: CONTENT_W - tableW - 0.3, h: 2.9 }, [13, 12, 11, 10, 9]);
  const labels = Array.from({ length: comparison.planYears }, (_, i) => oneLine(p.planYear(i + 1)));
  slide.addChart(
    pptx.ChartType.bar,
    cols.map((c) => ({ name: oneLine(c.name), labels, values: labels.map((_, i) => Math.round(c.spendByYear[i] ?? 0)) })),
    {
      x: MARGIN,
      y: CONTENT_TOP + 3.05,
      w: CONTENT_W,
      h: 6.85 - CONTENT_TOP - 3.05,
      ...chartText,
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: SERIES_COLORS.slice(0, cols.length),
      showLegend: true,
      legendPos: 'r',
      showTitle: true,
      title: 'Investment per plan year',
      titleFontFace: FONT,
      titleFontSize: 12,
      valAxisLabelFormatCode: axisMoneyFormat(p),
    },
  );
  footnote(slide, 'Each scenario is a set of changes to the same workspace, funded under its own budget and rules as the portfolio page funds it.');

  const rows = comparison.candidates.map((c): DeckCell[] => [
    { text: oneLine(c.name), bold: !c.inAll },
    ...c.funded.map((f): DeckCell => ({ text: f ? 'Funded' : 'Not funded', color: f ? CHART_COLORS.payback : CHART_COLORS.muted, bold: f && !c.inAll })),
    { text: c.inAll ? '' : 'Differs', bold: true },
  ]);
  addTableSlides(pptx, {
    title: 'Options: funded sets, differences marked',
    columns: [{ header: 'Use case', share: 3 }, ...cols.map((c) => ({ header: oneLine(c.name), share: 1.3 })), { header: '', share: 0.9 }],
    rows: [...rows.filter((_, i) => !comparison.candidates[i]!.inAll), ...rows.filter((_, i) => comparison.candidates[i]!.inAll)],
    empty: 'No option funds any candidate.',
    footnote: `${comparison.inAllCount} funded in every option; ${comparison.differenceCount} differ (listed first).`,
    notes: () =>
      slideNotes(model, [
        ...comparison.candidates.filter((c) => !c.inAll).map((c) => `${oneLine(c.name)}: funded in ${cols.filter((_, i) => c.funded[i]).map((x) => oneLine(x.name)).join(', ') || 'none'}.`),
        `Funded in every option: ${comparison.inAllCount}.`,
      ]),
  });
}
