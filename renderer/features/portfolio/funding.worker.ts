/// <reference lib="webworker" />
import { efficientFrontier, frontierMaxBudget, optimiseFunding } from '@shared/portfolio';
import type { FundingReply, FundingRequest } from './fundingMessages';

/** Runs the exact funding search and the efficient frontier off the UI thread. */
self.onmessage = (event: MessageEvent<FundingRequest>) => {
  const { id, candidates, constraints, frontierPoints } = event.data;
  const clock = () => performance.now();
  try {
    const funding = optimiseFunding(candidates, constraints, { clock, timeLimitMs: 5_000 });
    const reply: FundingReply = { id, kind: 'funding', funding };
    self.postMessage(reply);
    if (frontierPoints > 0) {
      // Drawn up to where nothing more can be bought, or to the chosen budget when it lies beyond that.
      const maxBudget = Math.max(frontierMaxBudget(candidates, constraints), constraints.budget);
      const frontier = efficientFrontier(candidates, constraints, frontierPoints, { clock, timeLimitMs: 1_000, maxBudget });
      const frontierReply: FundingReply = { id, kind: 'frontier', frontier };
      self.postMessage(frontierReply);
    }
  } catch (e) {
    const reply: FundingReply = { id, kind: 'error', message: e instanceof Error ? e.message : String(e) };
    self.postMessage(reply);
  }
};
