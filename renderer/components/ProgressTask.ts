import { useCallback, useEffect, useRef, useState } from 'react';
import { StepsCancelled } from '@shared/export/compression';

/**
 * Long work the user can watch and stop (imports, exports, restores): a label, a sentence of what is happening, how far
 * it is (0–1, or null when a step cannot say), and whether Cancel still applies. The work checks its signal between
 * slices; once it reaches the step that writes (one transaction, one file hand-over), Cancel is withdrawn, so a cancelled
 * run never leaves anything half-written.
 */
export interface ProgressState {
  label: string;
  sentence: string;
  fraction: number | null;
  cancellable: boolean;
}

/** What a piece of long work gets: its signal, a way to say where it is, and the point after which it can no longer stop. */
export interface ProgressContext {
  signal: AbortSignal;
  /** Says what is happening, without pausing (for work running elsewhere, e.g. in a worker). */
  say: (sentence: string, fraction?: number | null) => void;
  /** Says what is happening (and how far, 0–1; null when the step cannot tell); rejects with a cancellation when asked to stop. */
  report: (sentence: string, fraction?: number | null) => Promise<void>;
  /** From here on the work finishes even if the user asked to stop (the write itself); Cancel disappears. */
  finishing: (sentence: string) => void;
}

export type ProgressOutcome<T> = { ok: true; value: T } | { ok: false; cancelled: true };

/** The error long work throws when it is stopped. */
export class WorkCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'AbortError';
  }
}

/** Whether an error means "stopped on request" (ours, an AbortSignal's, or the sliced steps' of shared/export). */
export function isCancelled(error: unknown): boolean {
  return error instanceof WorkCancelled || error instanceof StepsCancelled || (error instanceof Error && error.name === 'AbortError');
}

export function throwIfCancelled(signal: { readonly aborted: boolean }): void {
  if (signal.aborted) throw new WorkCancelled();
}

/** A macrotask turn: the page paints and handles clicks (e.g. Cancel) before the work goes on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A promise that rejects with WorkCancelled as soon as the signal fires (for waiting on work that cannot itself be stopped). */
export function untilCancelled<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new WorkCancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new WorkCancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/**
 * One long task at a time for a part of a page: `run` starts it with a fresh signal and shows its progress, `cancel`
 * stops it (while it is still cancellable). A cancelled run resolves `{ ok: false, cancelled: true }`; other failures
 * reject as before. Leaving the page stops the work.
 */
export function useProgressTask() {
  const [state, setState] = useState<ProgressState | null>(null);
  const controller = useRef<AbortController | null>(null);
  const finishing = useRef(false);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async <T>(label: string, first: string, work: (context: ProgressContext) => Promise<T>): Promise<ProgressOutcome<T>> => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    finishing.current = false;
    const live = () => controller.current === own;
    setState({ label, sentence: first, fraction: 0, cancellable: true });
    const say = (sentence: string, fraction: number | null = null) => {
      if (live()) setState({ label, sentence, fraction, cancellable: !finishing.current });
    };
    const context: ProgressContext = {
      signal: own.signal,
      say,
      report: async (sentence, fraction = null) => {
        say(sentence, fraction);
        await nextTurn();
        if (!finishing.current) throwIfCancelled(own.signal);
      },
      finishing: (sentence) => {
        throwIfCancelled(own.signal);
        finishing.current = true;
        if (live()) setState({ label, sentence, fraction: null, cancellable: false });
      },
    };
    try {
      await nextTurn(); // the progress line shows before the first slice of work
      throwIfCancelled(own.signal);
      return { ok: true, value: await work(context) };
    } catch (error) {
      if (isCancelled(error)) return { ok: false, cancelled: true };
      throw error;
    } finally {
      if (live()) {
        controller.current = null;
        setState(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    if (!finishing.current) controller.current?.abort();
  }, []);

  return { progress: state, run, cancel };
}

/** A context for work started where no progress is shown (e.g. from the menu): it never stops early. */
export function silentProgress(): ProgressContext {
  return { signal: new AbortController().signal, say: () => undefined, report: () => Promise.resolve(), finishing: () => undefined };
}
