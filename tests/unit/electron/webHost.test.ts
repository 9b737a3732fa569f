import path from 'node:path';
import { runnerImport } from 'vite';
import { describe, expect, it } from 'vitest';
import type * as AppProtocol from '../../../electron/main/protocol/appProtocol';
import type * as Csp from '../../../electron/main/security/csp';
import type * as PreviewHeaders from '../../../electron/main/security/previewHeaders';

const root = path.resolve(import.meta.dirname, '../../..');

describe('npm run web (the browser host)', () => {
  it('loads the desktop CSP and security headers the way scripts/web.mjs does (Vite module runner, no path aliases)', async () => {
    const options = { configFile: false as const, logLevel: 'error' as const };
    const [{ module: csp }, { module: protocol }] = await Promise.all([
      runnerImport<typeof Csp>(path.join(root, 'electron/main/security/csp.ts'), options),
      runnerImport<typeof AppProtocol>(path.join(root, 'electron/main/protocol/appProtocol.ts'), options),
    ]);
    const headers = protocol.securityHeaders(csp.contentSecurityPolicy());
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it("sends the page's CSP without WebAssembly and the worker script's with it, per request (electron/main/security/previewHeaders.ts)", async () => {
    const { module } = await runnerImport<typeof PreviewHeaders>(path.join(root, 'electron/main/security/previewHeaders.ts'), { configFile: false, logLevel: 'error' });
    let middleware: Parameters<Parameters<ReturnType<typeof module.previewSecurityHeaders>['configurePreviewServer']>[0]['middlewares']['use']>[0] | null = null;
    module.previewSecurityHeaders().configurePreviewServer({ middlewares: { use: (fn) => (middleware = fn) } });
    const headersOf = (url: string) => {
      const sent: Record<string, string> = {};
      let passed = false;
      middleware?.({ url }, { setHeader: (name, value) => (sent[name] = value) }, () => (passed = true));
      expect(passed).toBe(true);
      return sent;
    };
    expect(headersOf('/')['content-security-policy']).toContain("script-src 'self';");
    expect(headersOf('/assets/index-AbC1.js')['content-security-policy']).not.toContain('wasm-unsafe-eval');
    expect(headersOf('/assets/funding.worker-AbC1.js')['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(headersOf('/assets/funding.worker-AbC1.js')['x-content-type-options']).toBe('nosniff');
  });
});
