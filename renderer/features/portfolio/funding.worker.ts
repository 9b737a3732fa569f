/// <reference lib="webworker" />
import '@shared/zod';
import highsLoader, { type Highs } from 'highs';
import highsWasmUrl from 'highs/runtime?url';
import { efficientFrontier, frontierMaxBudget, optimiseFunding, type ExactEngine, type FundingResult } from '@shared/portfolio';
import type { FundingReply, FundingRequest } from './fundingMessages';
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

async function engine(): Promise<ExactEngine | undefined> {
  highs ??= highsLoader({ locateFile: () => highsWasmUrl }).catch(() => null);
  const loaded = await highs;
  return loaded ? highsEngine(loaded, () => (highs = null)) : undefined;
}

/** Runs the exact funding search, or the efficient frontier, off the UI thread. */
self.onmessage = async (event: MessageEvent<FundingRequest>) => {
  const request = event.data;
  const clock = () => performance.now();
  try {
    let reply: FundingReply;
    if (request.kind === 'funding') {
      const limits = { clock, timeLimitMs: request.timeLimitMs ?? FUNDING_TIME_LIMIT_MS, engine: request.withEngine === false ? undefined : await engine() };
      // Our search's set, posted before HiGHS takes over: what "Stop searching" keeps if the user stops there.
      const onProgress = (best: FundingResult) => self.postMessage({ id: request.id, kind: 'progress', funding: best } satisfies FundingReply);
      reply = { id: request.id, kind: 'funding', funding: optimiseFunding(request.candidates, request.constraints, { ...limits, onProgress }) };
    } else {
      // Drawn up to where nothing more can be bought, or to the chosen budget when it lies beyond that.
      const maxBudget = Math.max(frontierMaxBudget(request.candidates, request.constraints), request.constraints.budget);
      // Our search alone: HiGHS's start-up per solve (tens to hundreds of ms here) would eat most of a point's 200 ms.
      const limits = { clock, timeLimitMs: FRONTIER_POINT_LIMIT_MS, maxBudget };
      const frontier = efficientFrontier(request.candidates, request.constraints, request.points, limits);
      reply = { id: request.id, kind: 'frontier', frontier };
    }
    self.postMessage(reply);
  } catch (e) {
    const reply: FundingReply = { id: request.id, kind: 'error', message: e instanceof Error ? e.message : String(e) };
    self.postMessage(reply);
  }
};
