import { revisionOf, settleWrite } from '@renderer/components/settleWrite';
import { repositories, type StoredUseCase } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { useToasts } from '@renderer/state/toasts';
import type { ActualMonth, UseCase } from '@shared/domain';
import type { ActualsCsvEntry } from '@shared/export/actualsCsvImport';
import { formatCalendarMonth, type NumberFormat } from '@shared/presentation';

/** Enters (or replaces) one month of actuals of a use case, on the revision the page shows; undoable from the toast. */
export function saveActualMonth(useCase: UseCase, actual: ActualMonth, todayMonth: string, format: NumberFormat) {
  return settleWrite(
    perform(repositories().actuals.set(useCase.id, [actual], revisionOf(useCase), todayMonth), {
      toast: `Saved the actuals for ${formatCalendarMonth(actual.month, format)} of “${useCase.name}”`,
      undoable: true,
    }),
  );
}

/** Deletes one month of actuals (the plan counts for it again); undoable from the toast, a refusal said in a toast. */
export async function deleteActualMonth(useCase: UseCase, month: string, format: NumberFormat): Promise<void> {
  const when = formatCalendarMonth(month, format);
  const r = await settleWrite(perform(repositories().actuals.remove(useCase.id, month, revisionOf(useCase)), { toast: `Deleted the actuals for ${when} of “${useCase.name}”`, undoable: true }));
  if (!r.ok) useToasts.getState().show(r.errors.map((e) => e.message).join('; '), { tone: 'error' });
}

/** Writes an import's actuals, each use case on the revision the preview was checked against: all or nothing, undoable. */
export function importActuals(workspaceId: string, entries: readonly ActualsCsvEntry[], useCases: readonly StoredUseCase[], fileName: string, todayMonth: string) {
  const byId = new Map(useCases.map((u) => [u.id, u]));
  const months = entries.reduce((n, e) => n + e.months.length, 0);
  const what = `${months} ${months === 1 ? 'month' : 'months'} of actuals of ${entries.length} ${entries.length === 1 ? 'use case' : 'use cases'}`;
  const list = entries.map((e) => ({ useCaseId: e.useCaseId, expectedRevision: revisionOf(byId.get(e.useCaseId) ?? {}), months: e.months }));
  return settleWrite(perform(repositories().actuals.importMany(workspaceId, list, `Import ${what} from ${fileName}`, todayMonth), { toast: `Imported ${what} from ${fileName}`, undoable: true }));
}

/** Saves the actuals of the given use cases as CSV (the columns the import reads back); a message for the user. */
export async function downloadActuals(fileLabel: string, useCases: readonly UseCase[]): Promise<string> {
  // The export code is loaded when first used: the pages that offer it stay light.
  const [{ saveExport, safeFileName }, { actualsCsv }] = await Promise.all([import('@renderer/features/exchange/exportActions'), import('@shared/export/actualsCsvExport')]);
  return saveExport(safeFileName(`${fileLabel} actuals`, 'csv'), [{ name: 'CSV', extensions: ['csv'] }], actualsCsv(useCases));
}
