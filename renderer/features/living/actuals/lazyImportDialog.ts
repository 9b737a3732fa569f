import { lazy } from 'react';

/** The CSV import of actuals (papaparse and the mapping), loaded when first opened: the pages that offer it stay light. */
export const ActualsCsvImportDialog = lazy(() => import('./ActualsCsvImportDialog').then((m) => ({ default: m.ActualsCsvImportDialog })));
