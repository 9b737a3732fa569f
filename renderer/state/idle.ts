let holds = 0;
let released: Promise<void> = Promise.resolve();
let release: () => void = () => undefined;

/** Longest a hold keeps idle-time work waiting (a hold never released must not stop it for good). */
export const LONGEST_HOLD_MS = 60_000;

/**
 * Holds idle-time work (whenIdle) while something the person started is under way (a workspace file being read and
 * written): the machine's two cores go to it rather than to warming up the funding worker or fetching pages' code.
 * Answers the release (idempotent); a hold is released after LONGEST_HOLD_MS at the latest.
 */
export function holdIdleWork(): () => void {
  if (holds++ === 0) released = new Promise((resolve) => (release = resolve));
  let done = false;
  const timer = setTimeout(() => end(), LONGEST_HOLD_MS);
  const end = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (--holds === 0) release();
  };
  return end;
}

/**
 * Work that can wait for the first screen (checking the stored workspaces, fetching other pages' code): run once the
 * window is idle, no sooner than `afterMs` from now, and at the latest `timeoutMs` after that; while idle-time work is
 * held (holdIdleWork), once the hold is released. Answers a cancel.
 */
export function whenIdle(run: () => void, afterMs = 0, timeoutMs = 3_000): () => void {
  let idle: number | null = null;
  let cancelled = false;
  const go = () => {
    if (cancelled) return;
    if (holds > 0) return void released.then(go);
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => (holds > 0 ? go() : run()), { timeout: timeoutMs });
    else run();
  };
  const timer = setTimeout(go, afterMs);
  return () => {
    cancelled = true;
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
