import { MAX_BODY_BYTES } from './protocol';
import { refuse, type ApiAnswer, type VotingRoom } from './votingRoom';

/**
 * The voting server's request handling as pure functions (docs/voting.md): which route a request is, what is refused
 * before its body is read (wrong host, wrong origin, wrong content type, a body declared too large), and the answer to
 * a body once read. votingServer.ts only moves bytes between these and the socket.
 */

export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Headers on every answer: nothing is cached, sniffed, framed, or sent on as a referrer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': PAGE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export type Route = 'page' | 'script' | 'style' | 'icon' | 'join' | 'ballot' | 'status';

const ROUTES: Readonly<Record<string, { method: 'GET' | 'POST'; route: Route }>> = {
  '/': { method: 'GET', route: 'page' },
  '/voter.js': { method: 'GET', route: 'script' },
  '/voter.css': { method: 'GET', route: 'style' },
  // Browsers ask for it by themselves: answered with no content rather than a 404 in the page's console.
  '/favicon.ico': { method: 'GET', route: 'icon' },
  '/api/join': { method: 'POST', route: 'join' },
  '/api/ballot': { method: 'POST', route: 'ballot' },
  '/api/status': { method: 'GET', route: 'status' },
};

export interface RequestHead {
  method: string;
  /** The request target as sent: `/api/status?code=…`. */
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

export type Precheck = { ok: true; route: Route; query: URLSearchParams; readBody: boolean } | { ok: false; answer: ApiAnswer };

const header = (head: RequestHead, name: string): string | undefined => {
  const value = head.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Only requests addressed to this server by IP address (or localhost) and its port: a name in the Host header would
 * mean a page elsewhere reached us by DNS rebinding.
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}|localhost):(\d{1,5})$/i.exec(host);
  if (match === null || Number(match[2]) !== port) return false;
  return match[1]?.toLowerCase() === 'localhost' || (match[1] ?? '').split('.').every((part) => Number(part) <= 255);
}

/** What is decided from the request line and headers alone, before a byte of the body is read. */
export function precheck(head: RequestHead, port: number): Precheck {
  const host = header(head, 'host');
  if (!isOwnHost(host, port)) return { ok: false, answer: refuse(421, 'wrong-host', 'Open the address shown on the screen.') };
  if (head.url.length > 2048 || !head.url.startsWith('/')) return { ok: false, answer: refuse(400, 'bad-request', 'Not a request this server understands.') };
  const target = new URL(head.url, `http://${host}`);
  const entry = ROUTES[target.pathname];
  if (entry === undefined) return { ok: false, answer: refuse(404, 'not-found', 'There is nothing here.') };
  if (head.method !== entry.method) {
    return { ok: false, answer: refuse(405, 'method-not-allowed', 'Not a request this server understands.', { Allow: entry.method }) };
  }
  const origin = header(head, 'origin');
  if (origin !== undefined && origin !== `http://${host}`) return { ok: false, answer: refuse(403, 'cross-origin', 'Requests come only from the voting page.') };
  if (entry.method === 'GET') return { ok: true, route: entry.route, query: target.searchParams, readBody: false };
  const type = (header(head, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, answer: refuse(415, 'wrong-type', 'Votes are sent as JSON.') };
  const length = header(head, 'content-length');
  if (length !== undefined && !(/^\d{1,12}$/.test(length) && Number(length) <= MAX_BODY_BYTES)) return { ok: false, answer: tooLarge() };
  return { ok: true, route: entry.route, query: target.searchParams, readBody: true };
}

export const tooLarge = (): ApiAnswer => refuse(413, 'too-large', 'The request is too large.', { Connection: 'close' });

/** The body as JSON, or null when it is not JSON (or not UTF-8). */
export function parseJsonBody(body: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The answer to an API request once its body is read (empty for GET). `address` is the device's IP address. */
export function answerApi(room: VotingRoom | null, route: 'join' | 'ballot' | 'status', query: URLSearchParams, body: Uint8Array, address: string): ApiAnswer {
  if (room === null) return refuse(410, 'expired', 'This voting session has ended.');
  if (route === 'status') return room.status({ code: query.get('code') ?? '', token: query.get('token') ?? '' });
  const json = parseJsonBody(body);
  if (!json.ok) return refuse(400, 'malformed', 'The request is not valid JSON.');
  return route === 'join' ? room.join(json.value, address) : room.submit(json.value);
}
