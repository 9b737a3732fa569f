import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveAppFilePath,
} from '../../../electron/main/protocol/appProtocol';
import { contentSecurityPolicy, workerContentSecurityPolicy } from '../../../electron/main/security/csp';

describe('the app:// scheme', () => {
  it('is registered as standard and secure (a real origin, not file://), without service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toHaveLength(1);
    const [scheme] = APP_SCHEME_PRIVILEGES;
    expect(scheme?.scheme).toBe('app');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, allowServiceWorkers: false });
    expect(scheme?.privileges).not.toHaveProperty('bypassCSP');
    expect(scheme?.privileges).not.toHaveProperty('corsEnabled');
  });
});

describe('resolving app:// URLs to files of the built renderer', () => {
  const posixRoot = '/opt/Lastmile/resources/app.asar/out/renderer';

  it('maps files inside the renderer folder', () => {
    expect(resolveAppFilePath('app://lastmile/index.html', posixRoot, path.posix)).toBe(`${posixRoot}/index.html`);
    expect(resolveAppFilePath('app://lastmile/assets/index-abc.js', posixRoot, path.posix)).toBe(`${posixRoot}/assets/index-abc.js`);
    expect(resolveAppFilePath('app://lastmile/assets/my%20font.woff2', posixRoot, path.posix)).toBe(`${posixRoot}/assets/my font.woff2`);
  });

  it('serves index.html for the root and for app routes without an extension', () => {
    expect(resolveAppFilePath('app://lastmile/', posixRoot, path.posix)).toBe(`${posixRoot}/index.html`);
    expect(resolveAppFilePath('app://lastmile/workspaces/42', posixRoot, path.posix)).toBe(`${posixRoot}/index.html`);
  });

  it.each([
    'app://lastmile/../../../etc/passwd.txt',
    'app://lastmile/%2e%2e/%2e%2e/etc/passwd.txt',
    'app://lastmile/assets/..%2f..%2f..%2fetc%2fpasswd.txt',
    'app://lastmile/%2F%2E%2E%2Fsecret.json',
    'app://lastmile/a%00.js',
    'app://lastmile/%E0%A4%A.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://lastmile/index.html',
  ])('refuses %s (posix)', (url) => {
    const resolved = resolveAppFilePath(url, posixRoot, path.posix);
    if (resolved !== null) expect(resolved.startsWith(`${posixRoot}/`)).toBe(true);
    expect(resolved === null || !resolved.includes('..')).toBe(true);
  });

  it('refuses traversal that would leave the folder (posix and Windows)', () => {
    // %2e%2e segments are normalised by the URL parser (they stay inside); an encoded slash is what could escape.
    expect(resolveAppFilePath('app://lastmile/%2e%2e/%2e%2e/etc/passwd.txt', posixRoot, path.posix)).toBe(`${posixRoot}/etc/passwd.txt`);
    expect(resolveAppFilePath('app://lastmile/..%2f..%2f..%2fetc%2fpasswd.txt', posixRoot, path.posix)).toBeNull();
    expect(resolveAppFilePath('app://lastmile/assets/..%2F..%2F..%2Fsecret.json', posixRoot, path.posix)).toBeNull();
    expect(resolveAppFilePath('app://lastmile/a%00.js', posixRoot, path.posix)).toBeNull();
    const winRoot = 'C:\\Program Files\\Lastmile\\resources\\app.asar\\out\\renderer';
    expect(resolveAppFilePath('app://lastmile/..%5C..%5C..%5Cwin.ini', winRoot, path.win32)).toBeNull();
    expect(resolveAppFilePath('app://lastmile/C:%5CWindows%5Cwin.ini', winRoot, path.win32)).toBeNull();
    expect(resolveAppFilePath('app://lastmile/%5C%5Cserver%5Cshare%5Cx.js', winRoot, path.win32)).toBeNull();
    expect(resolveAppFilePath('app://lastmile/assets/app.js', winRoot, path.win32)).toBe(`${winRoot}\\assets\\app.js`);
  });

  it('gives the right MIME types (modules and wasm need theirs)', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/glpk.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('the protocol handler', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'lastmile-proto-'));
  const rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Lastmile</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(rendererDir, 'assets', 'funding.worker-AbC1.js'), 'self.onmessage = () => {}');
  writeFileSync(path.join(rendererDir, 'assets', 'highs-AbC1.wasm'), new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  writeFileSync(path.join(root, 'secret.json'), '{"token":"do not serve"}');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const csp = contentSecurityPolicy();
  const workerCsp = workerContentSecurityPolicy();
  const handler = createAppProtocolHandler({ root: rendererDir, csp, workerCsp, path, readFile: (p) => readFile(p) });

  it('sends the worker CSP (WebAssembly allowed) with the worker script only, and the solver as application/wasm', async () => {
    const worker = await handler(new Request('app://lastmile/assets/funding.worker-AbC1.js'));
    expect(worker.headers.get('content-security-policy')).toBe(workerCsp);
    expect(worker.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
    const page = await handler(new Request('app://lastmile/'));
    expect(page.headers.get('content-security-policy')).not.toContain('wasm-unsafe-eval');
    const wasm = await handler(new Request('app://lastmile/assets/highs-AbC1.wasm'));
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(wasm.headers.get('content-security-policy')).toBe(csp);
  });

  it('serves the page with the CSP and hardening headers', async () => {
    const response = await handler(new Request('app://lastmile/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Lastmile</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their type and the CSP too', async () => {
    const response = await handler(new Request('app://lastmile/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
  });

  it('never serves a file outside the renderer folder', async () => {
    const response = await handler(new Request('app://lastmile/..%2fsecret.json'));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
    expect(response.headers.get('content-security-policy')).toBe(csp);
  });

  it('answers 404 for a missing file and 405 for anything but GET/HEAD', async () => {
    expect((await handler(new Request('app://lastmile/assets/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://lastmile/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
