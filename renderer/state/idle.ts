/**
 * Work that can wait for the first screen (checking the stored workspaces, fetching other pages' code): run once the
 * window is idle, no sooner than `afterMs` from now, and at the latest `timeoutMs` after that. Answers a cancel.
 */
export function whenIdle(run: () => void, afterMs = 0, timeoutMs = 3_000): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: timeoutMs });
    else run();
  }, afterMs);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

/** Longest wait for a painted frame (a window in the background paints none). */
const PAINT_WAIT_MS = 250;

/**
 * Resolves once the next frame is painted and the tasks that frame queued have run (or after PAINT_WAIT_MS when no
 * frame comes): for background work that should not hold up what the frame shows.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const after = () => setTimeout(resolve, 0);
    const fallback = setTimeout(resolve, PAINT_WAIT_MS);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(after, 0);
    });
  });
}
