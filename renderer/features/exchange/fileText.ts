import { getApi } from '@renderer/api';
import type { FileFilter } from '@shared/ipc';

/** Asks the host for a file (open dialog or file input) and reads it as UTF-8 text; null when cancelled. */
export async function chooseTextFile(filters: FileFilter[], maxBytes: number): Promise<{ name: string; text: string } | { error: string } | null> {
  const r = await getApi().openFile({ filters, maxBytes });
  if (!r.ok) return { error: r.error };
  if (r.value.cancelled) return null;
  return { name: r.value.name, text: new TextDecoder('utf-8').decode(r.value.data) };
}
