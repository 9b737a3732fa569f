import { useId, useState } from 'react';
import { repositories, type StoredInventorySettings } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { MAX_IMPORT_PRESETS, type ImportPreset } from '@shared/domain';
import type { InventoryMapping, InventoryTable } from '@shared/inventory';
import { presetFromMapping } from '@shared/inventory/presets';
import { DEFAULT_REFERENCE_CLASSES } from '@shared/inventory/referenceClasses';

const newId = () => crypto.randomUUID();

/**
 * The workspace's saved mappings: apply one (its columns are found by their header names, whatever their order in
 * this file), or save the mapping on the screen under a name (a name already saved is replaced). Saving is checked
 * against the settings as this page read them: if another window saved in between, nothing is saved and it says so.
 */
export function ImportPresets({
  workspaceId,
  settings,
  table,
  mapping,
  onApply,
}: {
  workspaceId: string;
  settings: StoredInventorySettings | null;
  table: InventoryTable;
  mapping: InventoryMapping;
  onApply: (preset: ImportPreset) => void;
}) {
  const id = useId();
  const presets = settings?.presets ?? [];
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string } | null>(null);
  const picked = presets.find((p) => p.id === chosen) ?? presets[0];

  const save = async () => {
    const trimmed = name.trim();
    if (trimmed === '') return setMessage({ tone: 'error', text: 'Give the mapping a name to save it.' });
    const same = presets.find((p) => p.name.trim().toLowerCase() === trimmed.toLowerCase());
    if (!same && presets.length >= MAX_IMPORT_PRESETS) return setMessage({ tone: 'error', text: `At most ${MAX_IMPORT_PRESETS} mappings can be saved: replace one by saving under its name.` });
    const preset = presetFromMapping(trimmed, same?.id ?? newId(), mapping, table);
    const input = {
      presets: same ? presets.map((p) => (p.id === same.id ? preset : p)) : [...presets, preset],
      referenceClasses: settings ? settings.referenceClasses : DEFAULT_REFERENCE_CLASSES(newId),
    };
    setBusy(true);
    setMessage(null);
    const r = await perform(repositories().inventory.saveSettings(workspaceId, input, settings?.revision ?? null), { toast: `Saved the mapping “${trimmed}”`, undoable: true });
    setBusy(false);
    if (r.ok) {
      setName('');
      setChosen(preset.id);
      return setMessage({ tone: 'done', text: same ? `The mapping “${trimmed}” was replaced.` : `The mapping “${trimmed}” was saved for this workspace.` });
    }
    if (r.reason === 'conflict')
      return setMessage({ tone: 'error', text: 'The saved mappings were changed in another window since this page read them, so nothing was saved. Press Save again to save yours with them.' });
    setMessage({ tone: 'error', text: `Not saved: ${r.errors[0]?.message ?? 'the mapping could not be saved.'}` });
  };

  return (
    <fieldset className="inventory-import__presets">
      <legend>Saved mappings</legend>
      {presets.length === 0 ? (
        <p className="muted">No mapping saved in this workspace yet. Save this one to import the next export of the same register in one step.</p>
      ) : (
        <div className="inventory-import__row">
          <label className="field" htmlFor={`${id}-preset`}>
            Saved mapping
          </label>
          <select id={`${id}-preset`} value={picked?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <button type="button" className="button" disabled={!picked} onClick={() => picked && (onApply(picked), setMessage({ tone: 'done', text: `The mapping “${picked.name}” is applied.` }))}>
            Apply
            <span className="visually-hidden"> the saved mapping</span>
          </button>
        </div>
      )}
      <div className="inventory-import__row">
        <label className="field" htmlFor={`${id}-name`}>
          Save this mapping as…
        </label>
        <input id={`${id}-name`} type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>
          Save mapping
        </button>
      </div>
      {message && (
        <p className={message.tone === 'error' ? 'field__error' : 'muted'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
