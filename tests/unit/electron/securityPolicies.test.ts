import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, userDataPath } from '../../../electron/main/constants';
import { contentSecurityPolicy, CSP_DIRECTIVES, isWorkerScript, workerContentSecurityPolicy, WORKER_CSP_DIRECTIVES } from '../../../electron/main/security/csp';
import {
  ALLOWED_PERMISSIONS,
  isAllowedNavigation,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  isTrustedSender,
  type IpcSenderLike,
} from '../../../electron/main/security/policies';
import path from 'node:path';

const sender = (id: number, url: string | null, parent: unknown = null): IpcSenderLike => ({
  sender: { id },
  senderFrame: url === null ? null : { url, parent },
});

describe('which URLs the window may load', () => {
  it('accepts our own origin only', () => {
    expect(APP_ORIGIN).toBe('app://lastmile');
    expect(isAllowedNavigation('app://lastmile/index.html')).toBe(true);
    expect(isAllowedNavigation('app://lastmile/workspaces/1')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:4173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://lastmile.evil.com/',
    'app://user:pw@lastmile/',
    'app://lastmile:8080/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('which IPC sender is trusted', () => {
  it('trusts our window main frame at our origin', () => {
    expect(isTrustedSender(sender(7, 'app://lastmile/index.html'), 7)).toBe(true);
  });

  it('refuses another webContents, even at our origin', () => {
    expect(isTrustedSender(sender(8, 'app://lastmile/index.html'), 7)).toBe(false);
  });

  it('refuses a subframe of our window', () => {
    expect(isTrustedSender(sender(7, 'app://lastmile/frame.html', { url: 'app://lastmile/' }), 7)).toBe(false);
  });

  it('refuses our window once it shows a foreign page', () => {
    expect(isTrustedSender(sender(7, 'https://attacker.example/'), 7)).toBe(false);
    expect(isTrustedSender(sender(7, 'file:///tmp/x.html'), 7)).toBe(false);
  });

  it('refuses a destroyed frame and any sender before the window exists', () => {
    expect(isTrustedSender(sender(7, null), 7)).toBe(false);
    expect(isTrustedSender(sender(7, 'app://lastmile/index.html'), null)).toBe(false);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'midi', 'hid', 'serial', 'usb', 'openExternal', 'clipboard-read', 'display-capture', 'pointerLock'])(
    'refuses %s even to our own page',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://lastmile/index.html', true)).toBe(false);
    },
  );

  it('grants fullscreen (presentation mode) and clipboard writes to our main frame only', () => {
    expect(isPermissionAllowed('fullscreen', 'app://lastmile/index.html', true)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://lastmile/', true)).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'app://lastmile/index.html', false)).toBe(false);
    expect(isPermissionAllowed('fullscreen', 'https://example.com/', true)).toBe(false);
    expect(isPermissionAllowed('fullscreen', undefined, true)).toBe(false);
  });

  it('grants persistent storage (so IndexedDB is never evicted) to our main frame only, and nothing else beyond the three', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://lastmile/index.html#/workspaces', true)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://lastmile', true)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://lastmile/index.html', false)).toBe(false);
    for (const other of ['https://example.com/', 'app://evil/', 'app://lastmile:8080/', 'app://user@lastmile/', 'file:///index.html', 'http://localhost:5173/']) {
      expect(isPermissionAllowed('persistent-storage', other, true)).toBe(false);
    }
    expect(isPermissionAllowed('persistent-storage', undefined, true)).toBe(false);
    expect([...ALLOWED_PERMISSIONS].sort()).toEqual(['clipboard-sanitized-write', 'fullscreen', 'persistent-storage']);
    for (const near of ['storage-access', 'top-level-storage-access', 'background-sync', 'fileSystem']) {
      expect(isPermissionAllowed(near, 'app://lastmile/index.html', true)).toBe(false);
    }
  });
});

describe('external links', () => {
  it('hands only https links without credentials to the system browser', () => {
    expect(isSafeExternalUrl('https://www.example.com/article?id=1')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'smb://server/share', 'javascript:alert(1)', 'https://user:pw@example.com/', 'ms-msdt:/id', 'app://lastmile/']) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });
});

describe('Content-Security-Policy', () => {
  const csp = contentSecurityPolicy();

  it("starts from default-src 'self' and names no remote source", () => {
    expect(csp.startsWith("default-src 'self'")).toBe(true);
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
  });

  it('allows no inline script, no eval and no inline style', () => {
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain('wasm-unsafe-eval');
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
  });

  it("lets only worker scripts compile WebAssembly (the funding solver): 'wasm-unsafe-eval' and nothing else more than the page", () => {
    const worker = workerContentSecurityPolicy();
    expect(WORKER_CSP_DIRECTIVES['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(worker).not.toContain("'unsafe-eval'");
    expect(worker).not.toContain("'unsafe-inline'");
    expect(worker).not.toMatch(/https?:|wss?:|\*/);
    expect(worker.replace(" 'wasm-unsafe-eval'", '')).toBe(csp);
    expect(isWorkerScript('assets/funding.worker-Dx3_a9.js')).toBe(true);
    expect(isWorkerScript('/assets/funding.worker-Dx3_a9.js?x=1')).toBe(true);
    for (const page of ['index.html', 'assets/index-Dx3_a9.js', 'assets/highs-Dx3_a9.wasm', 'assets/worker.js', 'assets/fileWork.worker-Dx3_a9.js', 'assets/funding.worker-a.js.map']) expect(isWorkerScript(page)).toBe(false);
  });

  it('shuts plugins, framing, base-tag and form tricks', () => {
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
  });
});

describe('userData location', () => {
  it('is pinned to the product name under appData, whatever the package name', () => {
    expect(userDataPath('/home/ann/.config', path.posix.join)).toBe('/home/ann/.config/Lastmile');
    expect(userDataPath('C:\\Users\\ann\\AppData\\Roaming', path.win32.join)).toBe('C:\\Users\\ann\\AppData\\Roaming\\Lastmile');
  });
});
