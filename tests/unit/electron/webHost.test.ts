import path from 'node:path';
import { runnerImport } from 'vite';
import { describe, expect, it } from 'vitest';
import type * as AppProtocol from '../../../electron/main/protocol/appProtocol';
import type * as Csp from '../../../electron/main/security/csp';

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
});
