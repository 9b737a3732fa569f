import { APP_HOST, APP_SCHEME } from '../constants';

/** Security policies as pure functions: each decision the main process makes about URLs, senders and permissions. */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for `app://lastmile/...` (no credentials, no port): the one origin our renderer lives at. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** Which URL a window or frame may load or navigate to: our own origin only (no remote content, no file://). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** Which links may be handed to the system browser: https without embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === 'https:' && u.username === '' && u.password === '' && u.hostname !== '';
}

/** The parts of an IPC event the sender check reads (Electron's IpcMainInvokeEvent has them). */
export interface IpcSenderLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * Trusted sender = our main window's webContents, its main frame (no subframe), currently at our origin.
 * `trustedWebContentsId` is null before the window exists: then nobody is trusted.
 */
export function isTrustedSender(event: IpcSenderLike, trustedWebContentsId: number | null): boolean {
  if (trustedWebContentsId === null || event.sender.id !== trustedWebContentsId) return false;
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/**
 * Permissions our own page may use; everything else (camera, microphone, geolocation, notifications,
 * media, MIDI, HID, serial, USB, …) is refused, and everything is refused to any other origin.
 * Fullscreen is for presentation mode; clipboard-sanitized-write for "copy" buttons; persistent-storage so
 * that the workspaces in IndexedDB are never evicted under storage pressure.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen', 'clipboard-sanitized-write', 'persistent-storage']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && requestingUrl !== undefined && isAppUrl(requestingUrl) && ALLOWED_PERMISSIONS.has(permission);
}

/** Network requests the renderer's session cancels outright: the app is offline by design. */
export const BLOCKED_REQUEST_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];
