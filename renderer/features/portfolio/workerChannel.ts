import type { FundingCandidate, FundingResult } from '@shared/portfolio';
import { MISSING_CANDIDATES, SETS_KEPT, type FundingReply, type FundingRequest } from './fundingMessages';

type Waiting = { request: FundingRequest; resolve: (reply: FundingReply) => void; onProgress?: (best: FundingResult) => void };
export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The error message a stopped request answers with (never shown: the funding service turns it into the kept best set). */
export const STOPPED = 'stopped by the user';

/**
 * One funding worker and the requests waiting for its answers. A request's candidates are posted only when the worker
 * does not hold its list yet (fundingMessages SETS_KEPT): a budget change sends the rules, not 5,000 candidates again.
 */
export class WorkerChannel {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();
  /** The candidate lists the worker holds, most recently used first (the worker keeps the same ones). */
  private held: string[] = [];

  send(request: WithoutId<FundingRequest>, onProgress?: (best: FundingResult) => void): Promise<FundingReply> {
    const worker = this.ensure();
    const id = ++this.nextId;
    const full = { ...request, id } as FundingRequest;
    return new Promise((resolve) => {
      this.waiting.set(id, { request: full, resolve, onProgress });
      worker.postMessage(this.wire(full));
    });
  }

  /**
   * Hands the worker a candidate list before any search over it, unless it holds that list already: the first search
   * then posts only its key and rules (at 5,000 candidates, copying the list costs the page tens of milliseconds).
   */
  hold(setKey: string, candidates: FundingCandidate[]): void {
    if (this.worker && this.held.includes(setKey)) return;
    void this.send({ kind: 'hold', setKey, candidates });
  }

  /** The request as posted: without its candidates when the worker already holds them. */
  private wire(request: FundingRequest): FundingRequest {
    if (request.kind === 'prepare') return request;
    const known = this.held.includes(request.setKey);
    this.held = [request.setKey, ...this.held.filter((k) => k !== request.setKey)].slice(0, SETS_KEPT);
    if (!known || !request.candidates || request.kind === 'hold') return request;
    const { candidates: _sent, ...light } = request;
    return light;
  }

  /**
   * Ends every search in this worker now: the worker is terminated (a search cannot be interrupted from outside) and
   * each waiting request answers with the STOPPED error, which requestFunding turns into an answer.
   */
  stopAll(): void {
    const stopped = [...this.waiting.values()];
    this.waiting.clear();
    this.worker?.terminate();
    this.worker = null;
    for (const w of stopped) w.resolve({ id: w.request.id, kind: 'error', message: STOPPED });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    this.held = [];
    const w = new Worker(new URL('./funding.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<FundingReply>) => {
      const waiting = this.waiting.get(event.data.id);
      if (event.data.kind === 'progress') {
        waiting?.onProgress?.(event.data.funding);
        return;
      }
      const asked = waiting?.request;
      if (event.data.kind === 'error' && event.data.message === MISSING_CANDIDATES && asked && asked.kind !== 'prepare' && asked.kind !== 'hold' && asked.candidates) {
        // The worker no longer holds the list (it should not happen: both sides keep the same ones): send it again, whole.
        this.held = [asked.setKey, ...this.held.filter((k) => k !== asked.setKey)].slice(0, SETS_KEPT);
        w.postMessage(asked);
        return;
      }
      this.waiting.delete(event.data.id);
      waiting?.resolve(event.data);
    };
    w.onerror = (e) => {
      // A crashed worker answers every waiting request with the error, and a fresh one serves the next.
      for (const [id, waiting] of this.waiting) waiting.resolve({ id, kind: 'error', message: e.message || 'The funding calculation failed' });
      this.waiting.clear();
      w.terminate();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }
}
