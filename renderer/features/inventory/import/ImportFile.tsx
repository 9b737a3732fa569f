import { useId, useState, type DragEvent } from 'react';
import { megabytes } from '@shared/export/fileLimits';
import { INVENTORY_MAX_BYTES } from '@shared/inventory/readInventory';

export type ChosenFile = { name: string; bytes: Uint8Array } | { error: string };

async function readChosen(file: File): Promise<ChosenFile> {
  if (file.size > INVENTORY_MAX_BYTES) return { error: `${file.name} is ${megabytes(file.size)}, more than the ${megabytes(INVENTORY_MAX_BYTES)} this import reads.` };
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { error: `${file.name} could not be read. It may have been moved, or be open in another program.` };
  }
}

/** Choose the inventory: a labelled file input, or a file dropped on the area around it. */
export function ImportFile({ disabled, onFile }: { disabled: boolean; onFile: (file: ChosenFile) => void }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const take = (file: File | undefined) => {
    if (file && !disabled) void readChosen(file).then(onFile);
  };
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files[0]);
  };
  return (
    <div
      className={`inventory-import__drop${over ? ' inventory-import__drop--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (!over) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={`${id}-file`}>The inventory file (CSV or Excel .xlsx)</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          take(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <p className="field__hint" id={`${id}-hint`}>
        Or drop the file here. The first sheet of a workbook is read; you can choose another once it is open.
      </p>
    </div>
  );
}
