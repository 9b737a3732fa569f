/**
 * The Content-Security-Policy of the renderer, sent as a response header by the app:// protocol
 * handler (and by `npm run web`). Everything comes from our own origin; nothing remote, no inline
 * script, no eval, no WebAssembly (add 'wasm-unsafe-eval' to script-src only if a .wasm library is
 * ever bundled: it allows WebAssembly compilation, not JS eval).
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
