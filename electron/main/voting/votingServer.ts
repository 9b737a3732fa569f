import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';
import type { Ballot } from '@shared/domain/workshop';
import type { VotingStarted, VotingTaken } from '@shared/ipc/votingSchemas';
import { lanAddresses, votingUrl } from './addresses';
import { randomCode, type RandomBytes } from './codes';
import { MAX_BODY_BYTES } from './protocol';
import { answerApi, precheck, SECURITY_HEADERS, tooLarge } from './requests';
import { createVotingRoom, refuse, type ApiAnswer, type VotingRoom } from './votingRoom';
import { VOTING_CSS, VOTING_HTML, VOTING_SCRIPT } from './votingPage';

/**
 * The LAN voting server (docs/voting.md): Node's http server, listening on every IPv4 interface on a free port only
 * while a session's voting is open. No Electron here: the app passes in randomness, the clock, the network interfaces
 * and the QR maker, and the e2e test starts it in plain Node.
 */
export interface VotingServerDeps {
  randomBytes: RandomBytes;
  now: () => number;
  networkInterfaces: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** The QR code of a URL as an SVG document. */
  qrSvg: (text: string) => Promise<string>;
  /** Where to listen: '0.0.0.0' in the app (every IPv4 interface); tests may pass '127.0.0.1'. */
  host?: string;
  log?: (message: string, error?: unknown) => void;
}

const ASSETS = {
  page: { type: 'text/html; charset=utf-8', body: VOTING_HTML },
  script: { type: 'text/javascript; charset=utf-8', body: VOTING_SCRIPT },
  style: { type: 'text/css; charset=utf-8', body: VOTING_CSS },
} as const;

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(body);
}

const sendAnswer = (res: ServerResponse, answer: ApiAnswer): void =>
  send(res, answer.status, 'application/json; charset=utf-8', JSON.stringify(answer.body), answer.headers);

/**
 * The rest of an oversized body is never read: the connection is dropped once the answer is out (after a moment, so
 * that the answer reaches the device before the reset that unread data causes).
 */
function dropAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  res.on('finish', () => setTimeout(() => req.destroy(), 250).unref());
}

/** Reads at most `limit` bytes; resolves null (and stops reading) as soon as the body is larger. */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function createVotingServer(deps: VotingServerDeps) {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  let server: Server | null = null;
  let room: VotingRoom | null = null;
  let started: VotingStarted | null = null;
  let ballotJson = '';
  /** Codes of sessions ended since the app started: a device still holding one is told the session ended. */
  const formerCodes = new Set<string>();

  const handle = async (req: IncomingMessage, res: ServerResponse, port: number): Promise<void> => {
    const head = precheck({ method: req.method ?? '', url: req.url ?? '', headers: req.headers }, port);
    if (!head.ok) {
      if (head.answer.status === 413) dropAfterAnswer(req, res);
      sendAnswer(res, head.answer);
      return;
    }
    if (head.route === 'icon') {
      res.writeHead(204, SECURITY_HEADERS);
      res.end();
      return;
    }
    if (head.route === 'page' || head.route === 'script' || head.route === 'style') {
      const asset = ASSETS[head.route];
      send(res, 200, asset.type, asset.body);
      return;
    }
    const body = head.readBody ? await readBody(req, MAX_BODY_BYTES) : new Uint8Array();
    if (body === null) {
      dropAfterAnswer(req, res);
      sendAnswer(res, tooLarge());
      return;
    }
    sendAnswer(res, answerApi(room, head.route, head.query, body, req.socket.remoteAddress ?? 'unknown'));
  };

  // start and stop run one after the other, never interleaved (a second start waits for the first to listen).
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };

  const stopNow = async (): Promise<{ stopped: boolean }> => {
    const running = server;
    if (room !== null) {
      formerCodes.add(room.code);
      room.expire();
    }
    server = null;
    room = null;
    started = null;
    ballotJson = '';
    if (running === null) return { stopped: false };
    await new Promise<void>((resolve) => {
      running.close(() => resolve());
      running.closeAllConnections();
    });
    return { stopped: true };
  };

  const startNow = async (sessionId: string, ballot: Ballot): Promise<VotingStarted> => {
    const json = JSON.stringify(ballot);
    if (started !== null && room?.sessionId === sessionId && json === ballotJson) return { ...started, addresses: [...started.addresses] };
    await stopNow();
    let code = randomCode(deps.randomBytes);
    while (formerCodes.has(code)) code = randomCode(deps.randomBytes);
    const current = createVotingRoom(sessionId, ballot, code, { randomBytes: deps.randomBytes, now: deps.now, wasCode: (c) => formerCodes.has(c) });
    const http = createServer({ maxHeaderSize: 8192, requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 });
    http.maxHeadersCount = 50;
    http.maxConnections = 256;
    let port = 0;
    http.on('request', (req, res) => {
      handle(req, res, port).catch((error: unknown) => {
        log('Voting server: a request failed', error);
        if (!res.headersSent) sendAnswer(res, refuse(500, 'server', 'Something went wrong. Try again.'));
        else res.destroy();
      });
    });
    http.on('clientError', (_error, socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(0, deps.host ?? '0.0.0.0', () => {
        http.off('error', reject);
        resolve();
      });
    });
    port = (http.address() as AddressInfo).port;
    const addresses = lanAddresses(deps.networkInterfaces());
    const url = votingUrl(addresses, port, code);
    let qrSvg: string;
    try {
      qrSvg = await deps.qrSvg(url);
    } catch (error) {
      http.close();
      http.closeAllConnections();
      throw error;
    }
    server = http;
    room = current;
    ballotJson = json;
    started = { url, addresses, code, port, qrSvg };
    return { ...started, addresses: [...addresses] };
  };

  return {
    /**
     * Opens voting for a session: a new code, a free port. Called again for the same session and ballot while open, it
     * answers the same address and keeps the devices; any other session or ballot ends the voting under way first.
     */
    start: (sessionId: string, ballot: Ballot): Promise<VotingStarted> => serial(() => startNow(sessionId, ballot)),

    /** Ends voting: the port closes, open connections are dropped, and the code is refused from then on. */
    stop: (): Promise<{ stopped: boolean }> => serial(stopNow),

    /** The ballots that came in since the last take; null when voting is not open for this session. */
    take(sessionId: string): VotingTaken | null {
      if (room === null || room.sessionId !== sessionId) return null;
      return room.take();
    },

    /** Tells the devices the votes are revealed; their later ballots are refused. */
    reveal(sessionId: string): boolean {
      if (room === null || room.sessionId !== sessionId) return false;
      room.reveal();
      return true;
    },

    get running(): boolean {
      return server !== null;
    },
  };
}

export type VotingServer = ReturnType<typeof createVotingServer>;
