/**
 * The Content-Security-Policy of the renderer, sent as a response header by the app:// protocol
 * handler (and by `npm run web`). Everything comes from our own origin; nothing remote, no inline
 * script, no eval, no WebAssembly in the page. Only the funding worker's script gets 'wasm-unsafe-eval' (see
 * WORKER_CSP_DIRECTIVES): a dedicated worker takes its CSP from its own script's response, so the page never has it.
 * - style-src 'self' without 'unsafe-inline': React's `style={{…}}` sets styles through the CSSOM,
 *   which CSP allows; only `style="…"` in HTML strings or setAttribute('style') is blocked.
 * - img-src/font-src allow data: and blob: for Vite-inlined small assets and generated images.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function contentSecurityPolicy(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The CSP of worker scripts: the page's, plus 'wasm-unsafe-eval' in script-src so that the funding worker can compile
 * the HiGHS solver (WebAssembly, served from our own origin as application/wasm). It allows WebAssembly compilation
 * only: JS eval, inline script and anything remote stay refused.
 */
export const WORKER_CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  ...CSP_DIRECTIVES,
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
};

export const workerContentSecurityPolicy = (): string => contentSecurityPolicy(WORKER_CSP_DIRECTIVES);

/** Is this path the funding worker's script (Vite emits it as `assets/funding.worker-<hash>.js`)? No other gets WebAssembly. */
export const isWorkerScript = (path: string): boolean => /(^|\/)funding\.worker-[\w-]+\.js$/.test(path.split('?')[0] ?? '');
