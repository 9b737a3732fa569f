/** The deck's table slides: every candidate ranked with what the funding did with it, not funded and why, and the risks. */
import type PptxGenJS from 'pptxgenjs';
import { packRisks, type PackRisk, type RiskSeverity } from '@renderer/features/boardPack/boardPackModel';
import { classificationLabel } from '@shared/domain';
import type { ExportModel, ExportRow } from '@shared/export/exportModel';
import { useCaseWarnings } from '@shared/finance';
import { exportToday, forwardLabel, NOT_ASSESSED, planStarted, stageLabel, TO_FUND_SHORT } from '@shared/presentation';
import { CHART_COLORS } from './deckPalette';
import { slideNotes } from './deckSlides';
import { addTableSlides, type DeckCell, type TablePage } from './deckTables';
import { COLORS } from './deckStyle';

/** "Funded", or "Not funded: over budget by $40,000" (the funding note's status, the one wording). */
export function fundingStatus(row: ExportRow): string {
  const status = row.note.status;
  if (row.funded) return status;
  return `Not funded: ${status.charAt(0).toLowerCase()}${status.slice(1)}`;
}

const pageLine = (page: TablePage, what: string) => (page.count > 1 ? `Slide ${page.index + 1} of ${page.count} of ${what}.` : '');

/** Every candidate (or the top N), best score first, with its money, readiness and funding status. */
export function rankedTableSlides(pptx: PptxGenJS, model: ExportModel, topN: number): void {
  const p = model.present;
  const shown = model.rows.slice(0, topN);
  const byNpv = model.plan.objective !== 'score';
  const objectiveLine = byNpv
    ? 'The funded set has the highest total expected NPV within the budget and rules, so a lower score can be funded before a higher one; the line under such a candidate says why.'
    : 'The funded set has the highest total score within the budget and rules.';
  // Once the plan has started: what is left to fund (money not yet spent or committed) and figures from today.
  const today = exportToday(model);
  const started = planStarted(today);
  const investment = (r: ExportRow) => (started ? r.metrics.living.fundingCost : r.metrics.totalInvestment);
  const stage = (r: ExportRow) => (r.metrics.living.stage === 'idea' ? '' : ` (${stageLabel(r.metrics.living.stage)})`);
  addTableSlides(pptx, {
    title: 'Ranked candidates',
    columns: [
      { header: '#', share: 0.4, align: 'right', maxLines: 1 },
      { header: 'Use case', share: 2.1, maxLines: 10 },
      { header: 'Problem', share: 1.6, maxLines: 2 },
      { header: 'Type', share: 1.1, maxLines: 2 },
      { header: 'Score', share: 0.65, align: 'right', maxLines: 1 },
      { header: started ? TO_FUND_SHORT : 'Investment', share: 1.1, align: 'right', maxLines: 2 },
      { header: forwardLabel('Expected NPV', p, today), share: 1.0, align: 'right', maxLines: 2 },
      { header: forwardLabel('Payback', p, today), share: 1.25, maxLines: 2 },
      { header: 'Funding', share: 3.05, maxLines: 2 },
    ],
    rows: shown.map((r): DeckCell[] => [
      { text: String(r.rank) },
      { text: r.useCase.name, bold: r.funded },
      { text: r.problem?.title ?? '—' },
      { text: classificationLabel(r.useCase.classification.kind), color: r.useCase.classification.kind === null ? COLORS.muted : undefined },
      { text: p.number(r.score.total, 0) },
      { text: p.moneyCompact(investment(r)) },
      { text: r.metrics.expectedNpv === null ? NOT_ASSESSED : p.moneyCompact(r.metrics.expectedNpv) },
      { text: p.payback(r.metrics.paybackMonth) },
      { text: fundingStatus(r), bold: r.funded, color: r.funded ? CHART_COLORS.payback : undefined, note: r.note.tradeOff },
    ]),
    empty: 'No use cases yet.',
    footnote: `Score 0–100 from the weighted criteria. Expected NPV = NPV of the pilot + probability × NPV of the rest.${shown.length < model.rows.length ? ` Top ${shown.length} of ${model.rows.length}.` : ''}`,
    notes: (page) =>
      slideNotes(model, [
        `${model.rows.length} candidates ranked by score; ${model.fundedSummary.fundedCount} funded. ${objectiveLine}`,
        pageLine(page, 'the ranked table'),
        ...page.rows.map((i) => {
          const r = shown[i]!;
          const enpv = r.metrics.expectedNpv === null ? NOT_ASSESSED : p.money(r.metrics.expectedNpv);
          return `${r.rank}. ${r.useCase.name}${stage(r)}: score ${p.number(r.score.total, 0)}, ${started ? 'to fund' : 'investment'} ${p.money(investment(r))}, ${forwardLabel('expected NPV', p, today)} ${enpv}, ${forwardLabel('payback', p, today)} ${p.payback(r.metrics.paybackMonth)}. ${fundingStatus(r)}.${r.note.tradeOff ? ` ${r.note.tradeOff}` : ''}`;
        }),
      ]),
  });
}

/** Every candidate left out, in rank order, with the reason and the figures behind it. */
export function notFundedSlides(pptx: PptxGenJS, model: ExportModel): void {
  const left = model.rows.filter((r) => !r.funded);
  addTableSlides(pptx, {
    title: 'Not funded, and why',
    columns: [
      { header: '#', share: 0.4, align: 'right', maxLines: 1 },
      { header: 'Use case', share: 2.6, maxLines: 10 },
      { header: 'Reason', share: 2.6 },
      { header: 'Detail', share: 5.4, maxLines: 4 },
    ],
    rows: left.map((r): DeckCell[] => [
      { text: String(r.rank) },
      { text: r.useCase.name },
      { text: r.note.status, bold: true },
      { text: r.note.detail, note: r.note.tradeOff },
    ]),
    empty: model.rows.length === 0 ? 'No use cases yet.' : 'Every candidate is funded.',
    notes: (page) =>
      slideNotes(model, [
        `${left.length} of ${model.rows.length} candidates are not funded.`,
        pageLine(page, 'the candidates not funded'),
        ...page.rows.map((i) => {
          const r = left[i]!;
          return `${r.rank}. ${r.useCase.name}: ${r.note.status}. ${r.note.detail}${r.note.tradeOff ? ` ${r.note.tradeOff}` : ''}`;
        }),
      ]),
  });
}

const SEVERITY_LABELS: Record<RiskSeverity, string> = { blocker: 'Blocker', weak: 'Weak readiness', warning: 'Warning' };

/** The board pack's blockers and risks (packRisks: blockers, weak readiness and warnings of the funded set), most serious first. */
export function deckRisks(model: ExportModel): PackRisk[] {
  const fundedIds = new Set(model.funding.selectedIds);
  const warnings = new Map(model.rows.map((r) => [r.useCase.id, useCaseWarnings(r.useCase, model.workspace, r.problem)]));
  return packRisks(model.rows, fundedIds, warnings);
}

export function riskSlides(pptx: PptxGenJS, model: ExportModel): void {
  const risks = deckRisks(model);
  const count = (s: RiskSeverity) => risks.filter((r) => r.severity === s).length;
  addTableSlides(pptx, {
    title: 'Risks and blockers',
    columns: [
      { header: 'Severity', share: 1.2, maxLines: 1 },
      { header: 'Use case', share: 3.0, maxLines: 10 },
      { header: 'Funded', share: 0.8, maxLines: 1 },
      { header: 'What is wrong', share: 7.0, maxLines: 4 },
    ],
    rows: risks.map((r): DeckCell[] => [
      { text: SEVERITY_LABELS[r.severity], bold: r.severity === 'blocker', color: r.severity === 'blocker' ? CHART_COLORS.blocker : undefined },
      { text: r.useCaseName },
      { text: r.funded ? 'Funded' : 'No' },
      { text: r.message },
    ]),
    empty: 'No blockers, weak readiness or warnings.',
    footnote: 'Blockers (a readiness score of 1) of every candidate; weak readiness (a score of 2) and reviewer warnings of the funded ones.',
    notes: (page) =>
      slideNotes(model, [
        `${count('blocker')} blockers, ${count('weak')} weak readiness scores and ${count('warning')} warnings.`,
        pageLine(page, 'the risks'),
        ...page.rows.map((i) => {
          const r = risks[i]!;
          return `${SEVERITY_LABELS[r.severity]} — ${r.useCaseName}${r.funded ? ' (funded)' : ''}: ${r.message}`;
        }),
      ]),
  });
}
