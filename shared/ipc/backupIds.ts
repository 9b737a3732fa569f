/**
 * Backup ids, the same in both hosts: `<workspace key>.<UTC stamp>` with `-n` appended when two snapshots
 * of one workspace fall in the same millisecond. Safe and short as a file name on every OS (at most 39
 * characters of key whatever the workspace id), sortable by time within a workspace, and retention reads
 * the workspace and the time from the id alone. The workspace id itself is kept inside the backup.
 *
 * The key is `_<readable part of the id>_<hash of the whole id>`. Earlier versions used the whole id in
 * base64url, which a 100-character id made too long for a file name; those ids still parse, and their
 * key is translated to the new one so old and new backups of a workspace are counted together.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const READABLE_MAX = 24;

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

/** The text whose base64url is `key`, or null when `key` is not the base64url of UTF-8 text. */
export function fromBase64Url(key: string): string | null {
  if (key.length % 4 === 1 || !/^[A-Za-z0-9_-]*$/.test(key)) return null;
  const bytes: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (const ch of key) {
    buffer = (buffer << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    return toBase64Url(text) === key ? text : null;
  } catch {
    return null;
  }
}

/** FNV-1a, 64 bits, of the UTF-8 bytes of `text`, as 13 lowercase base-32 digits (0-9, a-v). */
export function shortHashOf(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(32).padStart(13, '0');
}

/**
 * The workspace part of a backup id: a readable prefix of the id (letters and digits, accents dropped,
 * other runs as "-", at most 24 characters) and a hash of the whole id. It starts with "_", which no
 * base64url of UTF-8 text does (that would need a first byte of 0xFC or more), so old and new keys never mix up.
 */
export function workspaceKeyOf(workspaceId: string): string {
  const readable = workspaceId
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, READABLE_MAX)
    .replace(/-+$/, '');
  return `_${readable}_${shortHashOf(workspaceId)}`;
}

/** `2026-11-25T08:27:41.123Z` → `20261125T082741123Z`. */
export function stampOf(iso: string): string {
  return iso.replace(/[-:.]/g, '');
}

export function backupIdFor(workspaceId: string, createdAtIso: string, collision = 0): string {
  const base = `${workspaceKeyOf(workspaceId)}.${stampOf(createdAtIso)}`;
  return collision === 0 ? base : `${base}-${collision}`;
}

/**
 * Workspace key and ISO time from an id, or null when it is not one. Ids of the earlier form (the whole
 * workspace id in base64url) answer the key of the current form, and `workspaceId` (decoded from the id).
 */
export function parseBackupId(id: string): { workspaceKey: string; createdAt: string; workspaceId?: string } | null {
  const m = /^([A-Za-z0-9_-]{1,200})\.(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z(-\d{1,3})?$/.exec(id);
  if (m === null) return null;
  const createdAt = `${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}.${m[8]}Z`;
  const key = m[1] ?? '';
  if (key.startsWith('_')) return { workspaceKey: key, createdAt };
  const workspaceId = fromBase64Url(key);
  return workspaceId === null || workspaceId === '' ? { workspaceKey: key, createdAt } : { workspaceKey: workspaceKeyOf(workspaceId), createdAt, workspaceId };
}
