import { getApi } from '@renderer/api';
import { decodeUtf8 } from '@shared/export/utf8Text';
import type { FileFilter } from '@shared/ipc';

/**
 * Asks the host for a file (open dialog or file input) and reads it as UTF-8 text, strictly: a file with a byte that
 * is not UTF-8 is refused with its offset (never read with U+FFFD in place of what was typed); null when cancelled.
 */
export async function chooseTextFile(filters: FileFilter[], maxBytes: number): Promise<{ name: string; text: string } | { error: string } | null> {
  const r = await getApi().openFile({ filters, maxBytes });
  if (!r.ok) return { error: r.error };
  if (r.value.cancelled) return null;
  const decoded = decodeUtf8(r.value.data);
  return decoded.ok ? { name: r.value.name, text: decoded.text } : { error: decoded.message };
}
