import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../../electron/main/voting/protocol';
import { qrSvg } from '../../../../electron/main/voting/qr';
import { createVotingServer, type VotingServer } from '../../../../electron/main/voting/votingServer';
import { dotsBallot, scaleBallot } from './fixtures';

const lan = () => ({
  lo: [{ address: '127.0.0.1', family: 'IPv4' as const, internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
  eth0: [
    { address: '169.254.3.4', family: 'IPv4' as const, internal: false, netmask: '255.255.0.0', mac: '', cidr: null },
    { address: 'fe80::1', family: 'IPv6' as const, internal: false, netmask: 'ffff::', mac: '', cidr: null, scopeid: 1 },
  ],
  wlan0: [{ address: '192.168.1.23', family: 'IPv4' as const, internal: false, netmask: '255.255.255.0', mac: '', cidr: null }],
});

let server: VotingServer | null = null;
const open = () => {
  server = createVotingServer({ randomBytes, now: Date.now, networkInterfaces: lan, qrSvg, host: '127.0.0.1', log: () => undefined });
  return server;
};
afterEach(async () => {
  await server?.stop();
  server = null;
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request to the server on this machine (loopback only); `chunks` are written one by one, as a streamed body. */
function send(port: number, method: string, path: string, options: { headers?: Record<string, string>; chunks?: string[] } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: options.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

describe('the voting server', () => {
  it('opens on a free port with a code, the LAN address first in its URL, and the QR code of that URL', async () => {
    const started = await open().start('s1', scaleBallot);
    expect(started.addresses).toEqual(['192.168.1.23', '169.254.3.4']);
    expect(started.url).toBe(`http://192.168.1.23:${started.port}/#${started.code}`);
    expect(started.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(started.qrSvg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox/);
    const page = await send(started.port, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-store');
    // Nothing inline for the CSP to allow: the script and the style are files of their own.
    expect(page.body).not.toMatch(/<script>|<script [^>]*>[^<]|\sstyle=|<style|\son[a-z]+=/i);
    expect(page.body).toContain('<script src="/voter.js" defer></script>');
    expect((await send(started.port, 'GET', '/voter.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(started.port, 'GET', '/voter.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers the same address again for the same session and ballot, and a new code for another ballot', async () => {
    const voting = open();
    const first = await voting.start('s1', scaleBallot);
    expect(await voting.start('s1', scaleBallot)).toEqual(first);
    const join = await send(first.port, 'POST', '/api/join', { headers: { 'content-type': 'application/json' }, chunks: [JSON.stringify({ code: first.code, name: 'Ana' })] });
    expect(join.status).toBe(200);
    const second = await voting.start('s1', dotsBallot);
    expect(second.code).not.toBe(first.code);
    // The first session's port is closed; its code, sent to the new one, is refused as ended.
    await expect(send(first.port, 'GET', '/')).rejects.toThrow(/ECONNREFUSED/);
    const late = await send(second.port, 'POST', '/api/join', { headers: { 'content-type': 'application/json' }, chunks: [JSON.stringify({ code: first.code, name: 'Ana' })] });
    expect(late.status).toBe(410);
    expect(JSON.parse(late.body)).toMatchObject({ error: 'expired' });
  });

  it('stops reading a streamed body past the limit and answers 413', async () => {
    const { port } = await open().start('s1', scaleBallot);
    const chunk = 'x'.repeat(8 * 1024);
    const reply = await send(port, 'POST', '/api/ballot', { headers: { 'content-type': 'application/json' }, chunks: Array.from({ length: MAX_BODY_BYTES / chunk.length + 2 }, () => chunk) });
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
  });

  it('closes its port when stopped, and hands out nothing for another session', async () => {
    const voting = open();
    const { port } = await voting.start('s1', scaleBallot);
    expect(voting.take('s2')).toBeNull();
    expect(voting.reveal('s2')).toBe(false);
    expect(voting.take('s1')).toEqual({ ballots: [], devices: 0, received: 0 });
    expect(await voting.stop()).toEqual({ stopped: true });
    expect(voting.running).toBe(false);
    await expect(send(port, 'GET', '/')).rejects.toThrow(/ECONNREFUSED/);
    expect(voting.take('s1')).toBeNull();
    expect(await voting.stop()).toEqual({ stopped: false });
  });
});
