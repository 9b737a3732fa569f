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
