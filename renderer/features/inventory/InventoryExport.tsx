import { useId, useState } from 'react';
import type { ImportPreset } from '@shared/domain';
import { exportInventory, type InventoryExportKind } from './inventoryExportActions';

/**
 * "Export inventory (CSV)" and "(Excel)": the portfolio back out as the client's register, with the column names of a
 * saved mapping (so the register they keep stays in step) or the app's own.
 */
export function InventoryExport({ workspaceId, presets }: { workspaceId: string; presets: readonly ImportPreset[] }) {
  const [presetId, setPresetId] = useState('');
  const [busy, setBusy] = useState<InventoryExportKind | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string } | null>(null);
  const selectId = useId();
  const preset = presets.find((p) => p.id === presetId) ?? null;
  const run = async (kind: InventoryExportKind) => {
    setBusy(kind);
    setMessage(null);
    try {
      const text = await exportInventory(kind, workspaceId, preset);
      setMessage({ tone: text.startsWith('Not saved') || text.startsWith('This workspace') ? 'error' : 'done', text });
    } catch (e) {
      setMessage({ tone: 'error', text: `The inventory could not be exported: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card inv-export" aria-labelledby="inv-export-title">
      <h2 id="inv-export-title">Export the inventory</h2>
      <p>One row per use case with its register fields, stage, costs, flags, where its estimate comes from and whether it is funded — for the register the organisation keeps.</p>
      <div className="inv-apply__row">
        <div className="field">
          <label htmlFor={selectId}>Column names</label>
          <select id={selectId} value={preset?.id ?? ''} onChange={(e) => setPresetId(e.target.value)}>
            <option value="">Lastmile’s own</option>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                As in the saved mapping “{p.name}”
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('csv')}>
          {busy === 'csv' ? 'Exporting…' : 'Export inventory (CSV)'}
        </button>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('xlsx')}>
          {busy === 'xlsx' ? 'Exporting…' : 'Export inventory (Excel)'}
        </button>
      </div>
      {message && (
        <p className={message.tone === 'error' ? 'field__error' : 'inv-apply__done'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
