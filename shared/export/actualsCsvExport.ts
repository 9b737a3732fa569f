/**
 * The actuals of use cases as CSV, in the columns the actuals import reads back (its suggested mapping matches every
 * header): one row per use case and month. Names are text cells, neutralised so no spreadsheet runs them as a formula;
 * amounts are numbers; a category of the last mile is blank where the split is not known.
 */
import type { ActualMonth } from '../domain/actuals';
import { LAST_MILE_CATEGORIES } from '../domain/constants';
import { ACTUALS_IMPORT_FIELD_LABELS } from './actualsCsvMapping';
import { tableCsv, type CsvColumn } from './csv';

interface Row {
  name: string;
  id: string;
  actual: ActualMonth;
}

const COLUMNS: CsvColumn<Row>[] = [
  { header: 'Use case', value: (r) => r.name },
  { header: 'Use case id', value: (r) => r.id },
  { header: ACTUALS_IMPORT_FIELD_LABELS.month, value: (r) => r.actual.month },
  { header: ACTUALS_IMPORT_FIELD_LABELS.pilot, value: (r) => r.actual.pilot },
  { header: ACTUALS_IMPORT_FIELD_LABELS.lastMile, value: (r) => r.actual.lastMile },
  ...LAST_MILE_CATEGORIES.map((c): CsvColumn<Row> => ({ header: ACTUALS_IMPORT_FIELD_LABELS[c], value: (r) => r.actual.lastMileByCategory?.[c] ?? null })),
  { header: ACTUALS_IMPORT_FIELD_LABELS.run, value: (r) => r.actual.run },
  { header: ACTUALS_IMPORT_FIELD_LABELS.benefit, value: (r) => r.actual.benefit },
];

/** Every month of actuals of the given use cases (in their order, months in order), with a header row and a BOM for Excel. */
export function actualsCsv(useCases: readonly { id: string; name: string; actuals: readonly ActualMonth[] }[]): string {
  const rows = useCases.flatMap((u) => u.actuals.map((actual) => ({ name: u.name, id: u.id, actual })));
  return tableCsv(rows, COLUMNS, { bom: true });
}
