import { CLASSIFICATION_LABELS, READINESS_LABELS } from '@shared/domain/constants';
import { tableCsv, type CsvColumn } from './csv';
import { irrText, paybackText, type ExportModel, type ExportRow } from './exportModel';

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The ranked table's columns: figures stay numbers; every text cell is neutralised by the CSV writer. */
export const RANKED_TABLE_COLUMNS: ReadonlyArray<CsvColumn<ExportRow>> = [
  { header: 'Rank', value: (r) => r.rank },
  { header: 'Use case', value: (r) => r.useCase.name },
  { header: 'Problem', value: (r) => r.problem?.title ?? '' },
  { header: 'Classification', value: (r) => CLASSIFICATION_LABELS[r.useCase.classification.kind] },
  { header: 'Pilot cost', value: (r) => round2(r.metrics.pilotCost) },
  { header: 'Last-mile cost', value: (r) => round2(r.metrics.lastMileCost) },
  { header: 'Total investment', value: (r) => round2(r.metrics.totalInvestment) },
  { header: 'Last mile ÷ pilot', value: (r) => (r.metrics.lastMileRatio === null ? 'Not defined' : round2(r.metrics.lastMileRatio)) },
  { header: 'Expected NPV', value: (r) => round2(r.metrics.expectedNpv) },
  { header: 'NPV', value: (r) => round2(r.metrics.npv) },
  { header: 'IRR (annual)', value: (r) => irrText(r.metrics.irr) },
  { header: 'Payback month', value: (r) => paybackText(r.metrics.paybackMonth) },
  { header: 'ROI over horizon', value: (r) => (r.metrics.roi === null ? 'Not defined' : r.metrics.roi) },
  { header: 'Probability of production', value: (r) => r.metrics.probability },
  { header: 'Average readiness (1-5)', value: (r) => round2(r.readinessAverage) },
  { header: 'Blockers', value: (r) => r.metrics.blockers.map((d) => READINESS_LABELS[d]).join('; ') },
  { header: 'Strategic importance (1-5)', value: (r) => r.problem?.strategicImportance ?? '' },
  { header: 'Score (0-100)', value: (r) => round2(r.score.total) },
  { header: 'Funded', value: (r) => (r.funded ? 'Yes' : 'No') },
  { header: 'Forced', value: (r) => (r.forced ? `${r.forced.mode === 'in' ? 'In' : 'Out'}: ${r.forced.reason}` : '') },
  { header: 'Why not funded', value: (r) => r.exclusion?.detail ?? '' },
];

/** The ranked portfolio table as CSV (with a byte order mark so spreadsheets read UTF-8 names right). */
export function rankedTableCsv(model: ExportModel): string {
  return tableCsv(model.rows, RANKED_TABLE_COLUMNS, { bom: true });
}
