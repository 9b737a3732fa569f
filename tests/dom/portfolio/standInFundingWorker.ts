import type { FundingReply, FundingRequest } from '@renderer/features/portfolio/fundingMessages';

/**
 * A stand-in for the funding worker in DOM tests (jsdom has no workers): each request it is posted is handed to
 * `answer`, and what that returns (if anything) comes back as the worker's reply after `delayMs`. `vi.stubGlobal(
 * 'Worker', standInFundingWorker(...))` puts it in place. Termination is counted and silences the worker, as a real
 * terminate does.
 */
export interface StandInWorkerClass {
  new (): { onmessage: ((event: MessageEvent<FundingReply>) => void) | null; postMessage: (request: FundingRequest) => void; terminate: () => void };
  /** How many of its workers were terminated. */
  terminated: number;
}

export function standInFundingWorker(answer: (request: FundingRequest) => FundingReply | null, delayMs = 1): StandInWorkerClass {
  return class StandInFundingWorker {
    static terminated = 0;
    onmessage: ((event: MessageEvent<FundingReply>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    postMessage(request: FundingRequest) {
      const reply = answer(request);
      if (reply) setTimeout(() => this.onmessage?.({ data: reply } as MessageEvent<FundingReply>), delayMs);
    }
    terminate() {
      StandInFundingWorker.terminated++;
      this.onmessage = null;
    }
  };
}
