/// <reference lib="webworker" />
import '@shared/zod';
import { efficientFrontier, frontierMaxBudget, optimiseFunding } from '@shared/portfolio';
import type { FundingReply, FundingRequest } from './fundingMessages';

/** Limits of the one funding search (fundingService.ts): the answer every screen and export shows. */
const FUNDING_TIME_LIMIT_MS = 5_000;
/** Per frontier point: 50 points stay within 10 s on the hardest instances (a point stopped early is drawn as best found). */
const FRONTIER_POINT_LIMIT_MS = 200;

/** Runs the exact funding search, or the efficient frontier, off the UI thread. */
self.onmessage = (event: MessageEvent<FundingRequest>) => {
  const request = event.data;
  const clock = () => performance.now();
  try {
    let reply: FundingReply;
    if (request.kind === 'funding') {
      reply = { id: request.id, kind: 'funding', funding: optimiseFunding(request.candidates, request.constraints, { clock, timeLimitMs: FUNDING_TIME_LIMIT_MS }) };
    } else {
      // Drawn up to where nothing more can be bought, or to the chosen budget when it lies beyond that.
      const maxBudget = Math.max(frontierMaxBudget(request.candidates, request.constraints), request.constraints.budget);
      const frontier = efficientFrontier(request.candidates, request.constraints, request.points, { clock, timeLimitMs: FRONTIER_POINT_LIMIT_MS, maxBudget });
      reply = { id: request.id, kind: 'frontier', frontier };
    }
    self.postMessage(reply);
  } catch (e) {
    const reply: FundingReply = { id: request.id, kind: 'error', message: e instanceof Error ? e.message : String(e) };
    self.postMessage(reply);
  }
};
