import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../../electron/main/voting/protocol';
import { answerApi, isOwnHost, PAGE_CSP, parseJsonBody, precheck, SECURITY_HEADERS, type RequestHead } from '../../../../electron/main/voting/requests';
import { CODE, joined, room } from './fixtures';

const PORT = 41234;
const head = (method: string, url: string, headers: RequestHead['headers'] = {}): RequestHead => ({
  method,
  url,
  headers: { host: `192.168.1.5:${PORT}`, ...headers },
});
const json = { 'content-type': 'application/json' };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('routes', () => {
  it('serve the page, its script and style, and the three API calls; nothing else', () => {
    expect(precheck(head('GET', '/'), PORT)).toMatchObject({ ok: true, route: 'page', readBody: false });
    expect(precheck(head('GET', '/#ACD347'), PORT)).toMatchObject({ ok: true, route: 'page' });
    expect(precheck(head('GET', '/voter.js'), PORT)).toMatchObject({ ok: true, route: 'script' });
    expect(precheck(head('GET', '/voter.css'), PORT)).toMatchObject({ ok: true, route: 'style' });
    expect(precheck(head('POST', '/api/join', json), PORT)).toMatchObject({ ok: true, route: 'join', readBody: true });
    expect(precheck(head('POST', '/api/ballot', json), PORT)).toMatchObject({ ok: true, route: 'ballot', readBody: true });
    expect(precheck(head('GET', '/api/status?code=A&token=B'), PORT)).toMatchObject({ ok: true, route: 'status' });
    for (const path of ['/index.html', '/api', '/api/votes', '/../etc/passwd', '/favicon.png', '/voter.js/x']) {
      expect(precheck(head('GET', path), PORT)).toMatchObject({ ok: false, answer: { status: 404 } });
    }
  });

  it('answer 405 with the allowed method to any other method', () => {
    expect(precheck(head('GET', '/api/join'), PORT)).toMatchObject({ ok: false, answer: { status: 405, headers: { Allow: 'POST' } } });
    for (const method of ['PUT', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE']) {
      expect(precheck(head(method, '/'), PORT)).toMatchObject({ ok: false, answer: { status: 405, headers: { Allow: 'GET' } } });
    }
  });

  it('refuse a host name (DNS rebinding) or another port, and requests from another origin', () => {
    expect(isOwnHost(`192.168.1.5:${PORT}`, PORT)).toBe(true);
    expect(isOwnHost(`localhost:${PORT}`, PORT)).toBe(true);
    for (const host of [undefined, 'evil.example', `evil.example:${PORT}`, '192.168.1.5:80', '192.168.1.5', `999.1.1.1:${PORT}`]) expect(isOwnHost(host, PORT)).toBe(false);
    expect(precheck(head('GET', '/', { host: `attacker.example:${PORT}` }), PORT)).toMatchObject({ ok: false, answer: { status: 421 } });
    expect(precheck(head('POST', '/api/join', { ...json, origin: 'http://attacker.example' }), PORT)).toMatchObject({ ok: false, answer: { status: 403 } });
    expect(precheck(head('POST', '/api/join', { ...json, origin: `http://192.168.1.5:${PORT}` }), PORT)).toMatchObject({ ok: true });
  });

  it('refuse a body that is not JSON by its type, or declared larger than the limit, before reading it', () => {
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect(precheck(head('POST', '/api/ballot', type === undefined ? {} : { 'content-type': type }), PORT)).toMatchObject({ ok: false, answer: { status: 415 } });
    }
    expect(precheck(head('POST', '/api/ballot', { 'content-type': 'application/json; charset=utf-8' }), PORT)).toMatchObject({ ok: true });
    expect(precheck(head('POST', '/api/ballot', { ...json, 'content-length': String(MAX_BODY_BYTES + 1) }), PORT)).toMatchObject({
      ok: false,
      answer: { status: 413, headers: { Connection: 'close' } },
    });
    expect(precheck(head('POST', '/api/ballot', { ...json, 'content-length': String(MAX_BODY_BYTES) }), PORT)).toMatchObject({ ok: true });
  });
});

describe('answers', () => {
  it('refuse malformed JSON and bytes that are not UTF-8 with 400', () => {
    const r = room();
    expect(parseJsonBody(bytes('{"code":'))).toEqual({ ok: false });
    expect(parseJsonBody(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({ ok: false });
    expect(answerApi(r, 'join', new URLSearchParams(), bytes('{"code": "ACD347", name: Ana}'), 'a')).toMatchObject({ status: 400, body: { error: 'malformed' } });
    expect(answerApi(r, 'ballot', new URLSearchParams(), bytes(''), 'a')).toMatchObject({ status: 400 });
    expect(answerApi(r, 'join', new URLSearchParams(), bytes('[]'), 'a')).toMatchObject({ status: 422 });
  });

  it('read status from the query, and say the session ended when voting is closed', () => {
    const r = room();
    const { token } = joined(r);
    expect(answerApi(r, 'status', new URLSearchParams({ code: CODE, token }), new Uint8Array(), 'a')).toMatchObject({ status: 200, body: { revealed: false } });
    expect(answerApi(r, 'status', new URLSearchParams({ code: CODE }), new Uint8Array(), 'a')).toMatchObject({ status: 422 });
    expect(answerApi(null, 'join', new URLSearchParams(), bytes('{}'), 'a')).toMatchObject({ status: 410 });
  });

  it('all carry the strict CSP, nosniff and no-store', () => {
    expect(PAGE_CSP).toContain("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'");
    expect(SECURITY_HEADERS).toMatchObject({ 'Content-Security-Policy': PAGE_CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  });
});
