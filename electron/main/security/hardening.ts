import type { Session, WebContents } from 'electron';
import { BLOCKED_REQUEST_URLS, isAllowedNavigation, isPermissionAllowed } from './policies';

/** Applies the session policies: permissions, devices, network and downloads. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
  // HID, serial, USB and Bluetooth devices: never.
  session.setDevicePermissionHandler(() => false);
  // Offline by design: the renderer's session reaches no network at all (the CSP says the same).
  session.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_URLS }, (_details, callback) => {
    callback({ cancel: true });
  });
  // Files leave the app only through the save dialog of the IPC API, never as browser downloads.
  session.on('will-download', (event) => {
    event.preventDefault();
  });
}

/**
 * Applies the per-page policies to every webContents the app creates: navigation only within our
 * origin, no new windows (links to the web go through the API's openExternal), no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
