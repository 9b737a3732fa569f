import { useMemo } from 'react';
import type { Problem, UseCase } from '@shared/domain';
import { INVENTORY_FLAG_LABELS, INVENTORY_FLAGS, inventoryFlagCounts, type InventoryImportResult } from '@shared/inventory';
import type { Presenter } from '@shared/presentation';

/**
 * After the import: what was created, updated and skipped, and what the inventory reveals about the imported use
 * cases — how many carry each flag ("163 AI first — no problem stated").
 */
export function ImportSummary({
  fileName,
  result,
  useCases,
  problems,
  present,
  onAnother,
}: {
  fileName: string;
  result: InventoryImportResult;
  useCases: readonly UseCase[];
  problems: readonly Problem[];
  present: Presenter;
  onAnother: () => void;
}) {
  const n = (v: number) => present.number(v, 0);
  // The flags of the use cases as stored (null until the live list holds every one imported).
  const counts = useMemo(() => {
    const ids = new Set(result.useCaseIds);
    const imported = useCases.filter((u) => ids.has(u.id));
    return imported.length < ids.size ? null : inventoryFlagCounts(imported, problems);
  }, [result, useCases, problems]);
  const flagged = counts ? INVENTORY_FLAGS.filter((f) => counts[f] > 0) : [];
  const plural = (v: number, one: string, many: string) => `${n(v)} ${v === 1 ? one : many}`;
  return (
    <section className="inventory-import__summary" aria-labelledby="inventory-import-summary-title" data-testid="inventory-import-summary">
      <h3 id="inventory-import-summary-title">Imported from {fileName}</h3>
      <ul className="inventory-import__results">
        <li>{plural(result.useCasesCreated, 'use case created', 'use cases created')}</li>
        <li>{plural(result.useCasesUpdated, 'use case updated', 'use cases updated')} (imported before, found by register id)</li>
        <li>{plural(result.problemsCreated, 'problem created', 'problems created')}</li>
        <li>{plural(result.rowsSkipped, 'faulty row skipped', 'faulty rows skipped')}</li>
      </ul>
      <h4>What the inventory reveals</h4>
      {!counts ? (
        <p className="muted">Reading the imported use cases…</p>
      ) : flagged.length === 0 ? (
        <p>None of the imported use cases is flagged.</p>
      ) : (
        <ul className="inventory-import__flags" aria-label="Flags of the imported use cases">
          {flagged.map((f) => (
            <li key={f}>
              <strong>{n(counts?.[f] ?? 0)}</strong> {INVENTORY_FLAG_LABELS[f]}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </section>
  );
}
