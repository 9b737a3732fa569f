/**
 * Backup ids, the same in both hosts: `<workspace id as base64url>.<UTC stamp>` with `-n` appended when
 * two snapshots of one workspace fall in the same millisecond. Safe as a file name on every OS, sortable
 * by time within a workspace, and retention can read workspace and time from the id alone.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding (RFC 4648 §5) of the UTF-8 bytes of `text`. */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2];
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)];
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)];
    if (c !== undefined) out += ALPHABET[c & 63];
  }
  return out;
}

/** `2026-11-25T08:27:41.123Z` → `20261125T082741123Z`. */
export function stampOf(iso: string): string {
  return iso.replace(/[-:.]/g, '');
}

export function backupIdFor(workspaceId: string, createdAtIso: string, collision = 0): string {
  const base = `${toBase64Url(workspaceId)}.${stampOf(createdAtIso)}`;
  return collision === 0 ? base : `${base}-${collision}`;
}

/** Workspace key (encoded) and ISO time from an id, or null when it is not one. */
export function parseBackupId(id: string): { workspaceKey: string; createdAt: string } | null {
  const m = /^([A-Za-z0-9_-]{1,200})\.(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z(-\d{1,3})?$/.exec(id);
  if (m === null) return null;
  return { workspaceKey: m[1] ?? '', createdAt: `${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}.${m[8]}Z` };
}
