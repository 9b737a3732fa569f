/**
 * CSV of the ranked table (one row per candidate, best first), from the export model so its figures match
 * the workbook, the deck and the board pack. Money is plain numbers in the workspace currency (named in
 * the headers); shares are fractions (0.25 = 25%); text is neutralised against formula injection. Words (funded or
 * not and why, classification, "readiness not assessed", payback, IRR, ROI, months) are the app's own, from the
 * funding notes (shared/analysis) and shared/presentation. Once the plan has started the forward-looking figures say
 * "from <month>" and the whole-life ones follow them; once the portfolio has a life, its stage, what the budget counts
 * (not yet spent or committed) beside the plan's total, committed and sunk money (docs/living-portfolio.md).
 */
import { classificationLabel, READINESS_LABELS } from '@shared/domain/constants';
import { COMMITTED_LABEL, exportToday, forwardLabel, NOT_ASSESSED, planStarted, showsLife, stageLabel, SUNK_LABEL, TO_FUND_LABEL, wholeLifeLabel } from '@shared/presentation';
import { tableCsv, type CsvColumn, type CsvOptions } from './csv';
import { fundingStatusText, type ExportModel, type ExportRow } from './exportModel';

/** The columns of the ranked table, with the currency in the money headers. */
export function rankedTableColumns(model: ExportModel): CsvColumn<ExportRow>[] {
  const cur = model.workspace.currency;
  const h = model.workspace.horizonMonths;
  const p = model.present;
  const objective = model.plan.objective === 'score' ? 'score' : 'expected NPV';
  const today = exportToday(model);
  const life = showsLife(model.rows, today);
  const fwd = (label: string) => forwardLabel(label, p, today);
  const w = (r: ExportRow) => r.metrics.living.wholeLife;
  const lifeColumns: CsvColumn<ExportRow>[] = life ? [{ header: 'Stage', value: (r) => stageLabel(r.metrics.living.stage) }] : [];
  const moneyColumns: CsvColumn<ExportRow>[] = life
    ? [
        { header: `${TO_FUND_LABEL} (${cur})`, value: (r) => r.metrics.living.fundingCost },
        { header: `Total investment in the plan (${cur})`, value: (r) => r.metrics.totalInvestment },
        { header: `${COMMITTED_LABEL} (${cur})`, value: (r) => r.metrics.living.committed },
        { header: `${SUNK_LABEL} (${cur})`, value: (r) => r.metrics.living.sunk.total },
      ]
    : [{ header: `Total investment (${cur})`, value: (r) => r.metrics.totalInvestment }];
  const wholeLifeColumns: CsvColumn<ExportRow>[] = planStarted(today)
    ? [
        { header: `${wholeLifeLabel('NPV')} (${cur})`, value: (r) => w(r).npv },
        { header: wholeLifeLabel('IRR (annual)'), value: (r) => w(r).irr ?? p.irr(null) },
        { header: wholeLifeLabel('Payback'), value: (r) => p.payback(w(r).paybackMonth) },
        { header: wholeLifeLabel('ROI'), value: (r) => w(r).roi ?? p.roi(null) },
      ]
    : [];
  return [
    { header: 'Rank', value: (r) => r.rank },
    { header: `Rank by funding objective (${objective})`, value: (r) => r.objectiveRank },
    { header: 'Use case', value: (r) => r.useCase.name },
    { header: 'Problem', value: (r) => r.problem?.title ?? '' },
    { header: 'Function', value: (r) => r.problem?.function ?? '' },
    { header: 'Classification', value: (r) => classificationLabel(r.useCase.classification.kind) },
    ...lifeColumns,
    { header: 'Score (0-100)', value: (r) => r.score.total },
    { header: 'Funded', value: (r) => fundingStatusText(r.note) },
    { header: 'Why not funded', value: (r) => (r.note.funded ? '' : r.note.detail) },
    { header: 'Trade-off', value: (r) => r.note.tradeOff ?? '' },
    { header: 'Probability of production', value: (r) => r.metrics.probability ?? NOT_ASSESSED },
    { header: 'Blockers', value: (r) => r.metrics.blockers.map((d) => READINESS_LABELS[d]).join('; ') },
    { header: `Pilot cost (${cur})`, value: (r) => r.metrics.pilotCost },
    { header: `Last-mile cost (${cur})`, value: (r) => r.metrics.lastMileCost },
    ...moneyColumns,
    { header: `Monthly run cost (${cur})`, value: (r) => r.metrics.monthlyRunCost },
    { header: `Monthly benefit at full adoption (${cur})`, value: (r) => r.metrics.monthlyBenefitAtFull },
    { header: `${fwd('NPV')} (${cur})`, value: (r) => r.metrics.npv },
    { header: `${fwd('Expected NPV')} (${cur})`, value: (r) => r.metrics.expectedNpv ?? NOT_ASSESSED },
    { header: fwd('IRR (annual)'), value: (r) => r.metrics.irr ?? p.irr(null) },
    { header: fwd('Payback'), value: (r) => p.payback(r.metrics.paybackMonth) },
    { header: planStarted(today) ? fwd('ROI') : 'ROI over horizon', value: (r) => r.metrics.roi ?? p.roi(null) },
    ...wholeLifeColumns,
    { header: 'Go-live', value: (r) => (r.metrics.goLiveMonth <= h ? p.planMonth(r.metrics.goLiveMonth) : 'after the horizon') },
    { header: 'Use case id', value: (r) => r.useCase.id },
  ];
}

/** The ranked table as a CSV file's text (with the UTF-8 byte order mark Excel needs, unless `bom: false`). */
export function rankedTableCsv(model: ExportModel, columns: ReadonlyArray<CsvColumn<ExportRow>> = rankedTableColumns(model), options: CsvOptions = { bom: true }): string {
  return tableCsv(model.rows, columns, options);
}
