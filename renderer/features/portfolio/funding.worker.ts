/// <reference lib="webworker" />
import '@shared/zod';
import highsLoader, { type Highs } from 'highs';
import highsWasmUrl from 'highs/runtime?url';
import { efficientFrontier, FAST_PATH_MS, fastPathFor, frontierMaxBudget, optimiseFunding, type ExactEngine, type FundingCandidate, type FundingResult } from '@shared/portfolio';
import { MISSING_CANDIDATES, SETS_KEPT, type FundingReply, type FundingRequest } from './fundingMessages';
import { highsEngine } from './highsEngine';

/** Limits of the one funding search (fundingService.ts): the answer every screen and export shows. */
const FUNDING_TIME_LIMIT_MS = 5_000;
/** Per frontier point: 50 points stay within 10 s on the hardest instances (a point stopped early is drawn as best found). */
const FRONTIER_POINT_LIMIT_MS = 200;

/**
 * HiGHS, loaded once per worker from the wasm file Vite bundles (served as application/wasm; this worker's CSP, and
 * only this worker's, allows WebAssembly). If it cannot load, or breaks, the search works alone and says "best found"
 * honestly where it cannot prove; a broken module is dropped and loaded afresh for the next request.
 */
let highs: Promise<Highs | null> | null = null;
/** The module once loaded (null while loading, after a failure or after it broke). */
let ready: Highs | null = null;

async function engine(): Promise<ExactEngine | undefined> {
  highs ??= highsLoader({ locateFile: () => highsWasmUrl }).then(
    (loaded) => (ready = loaded),
    () => null,
  );
  const loaded = await highs;
  return loaded ? highsEngine(loaded, drop) : undefined;
}
const drop = () => {
  highs = null;
  ready = null;
};

/**
 * A short search on a made-up portfolio of 400 candidates (fixed figures, every rule in play), run while the window is
 * idle: a fresh worker's first real search would otherwise also pay for compiling the search code (2–4× slower).
 */
function warmUp(clock: () => number): void {
  let seed = 12_345;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const candidates: FundingCandidate[] = Array.from({ length: 400 }, (_, i) => {
    const investment = 50_000 + next() * 950_000;
    return {
      id: `w${String(i).padStart(3, '0')}`,
      problemId: `p${i % 160}`,
      kind: next() < 0.4 ? 'value-creation' : 'automation',
      investment,
      investmentByYear: [investment * 0.6, investment * 0.4],
      value: investment * (next() * 1.6 - 0.3),
      hasBlocker: false,
    };
  });
  const total = candidates.reduce((sum, c) => sum + c.investment, 0);
  optimiseFunding(candidates, { budget: total * 0.25, yearCaps: [total * 0.12], minValueCreationShare: 0.25 }, { clock, timeLimitMs: 300 });
}

/** The latest candidate lists, by fingerprint, most recently used last: a request over a held list comes without it. */
const held = new Map<string, FundingCandidate[]>();

function candidatesOf(request: Exclude<FundingRequest, { kind: 'prepare' }>): FundingCandidate[] | null {
  const list = request.candidates ?? held.get(request.setKey) ?? null;
  if (!list) return null;
  held.delete(request.setKey);
  held.set(request.setKey, list);
  while (held.size > SETS_KEPT) held.delete(held.keys().next().value as string);
  return list;
}

/** Runs the exact funding search, or the efficient frontier, off the UI thread. */
self.onmessage = async (event: MessageEvent<FundingRequest>) => {
  const request = event.data;
  const clock = () => performance.now();
  // Taken before anything is awaited: the requests are read in the order they were posted, as the service counts them.
  const candidates = request.kind === 'prepare' ? null : candidatesOf(request);
  try {
    let reply: FundingReply;
    if (request.kind === 'prepare') {
      const loading = engine();
      warmUp(clock);
      reply = { id: request.id, kind: 'prepared', engine: (await loading) !== undefined };
    } else if (request.kind === 'hold') {
      reply = { id: request.id, kind: 'held' };
    } else if (!candidates) {
      reply = { id: request.id, kind: 'error', message: MISSING_CANDIDATES };
    } else if (request.kind === 'funding') {
      const started = clock();
      const timeLimitMs = request.timeLimitMs ?? FUNDING_TIME_LIMIT_MS;
      // Our search's set, posted before HiGHS takes over: what "Stop searching" keeps if the user stops there.
      const onProgress = (best: FundingResult) => self.postMessage({ id: request.id, kind: 'progress', funding: best } satisfies FundingReply);
      let funding: FundingResult | null = null;
      if (request.withEngine !== false && !ready) {
        // HiGHS starts loading (the frontier's worker never loads it); meanwhile our fast path runs, and only if that
        // does not settle the answer does the search wait for HiGHS. An easy first answer never waits for the download.
        void engine();
        const fast = fastPathFor(candidates.length);
        const quick = optimiseFunding(candidates, request.constraints, { clock, timeLimitMs: fast.ms, maxNodes: fast.nodes });
        if (quick.status === 'optimal' || quick.status === 'infeasible') funding = quick;
        else onProgress(quick);
      }
      if (!funding) {
        const withEngine = request.withEngine === false ? undefined : await engine();
        const left = Math.max(FAST_PATH_MS, timeLimitMs - (clock() - started));
        funding = optimiseFunding(candidates, request.constraints, { clock, timeLimitMs: left, engine: withEngine, onProgress });
      }
      reply = { id: request.id, kind: 'funding', funding };
    } else {
      // Drawn up to where nothing more can be bought, or to the chosen budget when it lies beyond that.
      const maxBudget = Math.max(frontierMaxBudget(candidates, request.constraints), request.constraints.budget);
      // Our search alone: HiGHS's start-up per solve (tens to hundreds of ms here) would eat most of a point's 200 ms.
      const limits = { clock, timeLimitMs: FRONTIER_POINT_LIMIT_MS, maxBudget };
      const frontier = efficientFrontier(candidates, request.constraints, request.points, limits);
      reply = { id: request.id, kind: 'frontier', frontier };
    }
    self.postMessage(reply);
  } catch (e) {
    const reply: FundingReply = { id: request.id, kind: 'error', message: e instanceof Error ? e.message : String(e) };
    self.postMessage(reply);
  }
};
