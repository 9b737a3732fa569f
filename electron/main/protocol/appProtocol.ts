import type { CustomScheme } from 'electron';
import { APP_SCHEME } from '../constants';
import { isWorkerScript } from '../security/csp';
import { isAppUrl } from '../security/policies';

/**
 * The renderer is served from `app://lastmile/` instead of file://: a standard, secure scheme gives it
 * a real origin (IndexedDB, CSP 'self', fetch of the solver's .wasm) with none of file://'s extra powers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, allowServiceWorkers: false },
  },
];

/** The path functions the resolver needs (node:path, or path.win32 / path.posix in tests). */
export interface PathLike {
  resolve(...parts: string[]): string;
  relative(from: string, to: string): string;
  isAbsolute(path: string): boolean;
}

/**
 * Maps an app:// URL to a file inside `root` (the built renderer), or null when the URL is foreign,
 * malformed or would leave `root` (../, encoded %2e%2e%2f, backslashes, drive letters, NUL bytes).
 * Paths without a file extension are app routes and get index.html.
 */
export function resolveAppFilePath(url: string, root: string, path: PathLike): string | null {
  if (!isAppUrl(url)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const lastSegment = decoded.split('/').pop() ?? '';
  const relativePath = lastSegment.includes('.') ? decoded.replace(/^\/+/, '') : 'index.html';
  if (relativePath === '') return null;
  const full = path.resolve(root, relativePath);
  const rel = path.relative(root, full);
  if (rel === '' || rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || path.isAbsolute(rel)) return null;
  return full;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  const ext = filePath.slice(filePath.lastIndexOf('.') + 1).toLowerCase();
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}

/** Headers on every response of our origin; the CSP header is what protects the page. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}

export interface AppProtocolDeps {
  root: string;
  csp: string;
  /** The CSP sent with worker scripts instead of `csp` (csp.ts: the page's plus WebAssembly); `csp` when absent. */
  workerCsp?: string;
  path: PathLike;
  readFile(path: string): Promise<Uint8Array>;
}

/** The handler given to `protocol.handle('app', …)`: reads files of the built renderer, nothing else. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = securityHeaders(deps.csp);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers });
    }
    const filePath = resolveAppFilePath(request.url, deps.root, deps.path);
    if (filePath === null) return new Response('Not found', { status: 404, headers });
    try {
      const body = await deps.readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { ...(isWorkerScript(filePath) && deps.workerCsp ? securityHeaders(deps.workerCsp) : headers), 'content-type': mimeTypeFor(filePath) },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const notFound = code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
      return new Response(notFound ? 'Not found' : 'Could not read file', { status: notFound ? 404 : 500, headers });
    }
  };
}
