import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdIdleWork, LONGEST_HOLD_MS, whenIdle } from '@renderer/state/idle';

/**
 * Idle-time work (warming up the funding worker, fetching pages' code, checking the stored workspaces) waits while a
 * workspace file is being read and written, so the import gets the machine; it runs once the import is over.
 */
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('idle-time work and a hold', () => {
  it('waits while held and runs once released', async () => {
    const ran = vi.fn();
    const release = holdIdleWork();
    whenIdle(ran, 100);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(ran).not.toHaveBeenCalled();
    release();
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('runs as before without a hold, and a released hold does not hold later work', async () => {
    const first = vi.fn();
    whenIdle(first, 100);
    await vi.advanceTimersByTimeAsync(100);
    expect(first).toHaveBeenCalledTimes(1);
    const release = holdIdleWork();
    release();
    release(); // idempotent: a second release does not release someone else's hold
    const other = holdIdleWork();
    const second = vi.fn();
    whenIdle(second, 0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(second).not.toHaveBeenCalled();
    other();
    await vi.advanceTimersByTimeAsync(10);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('a hold never released stops holding after LONGEST_HOLD_MS; a cancelled task never runs', async () => {
    const ran = vi.fn();
    const cancelledRun = vi.fn();
    holdIdleWork();
    whenIdle(ran, 0);
    const cancel = whenIdle(cancelledRun, 0);
    cancel();
    await vi.advanceTimersByTimeAsync(LONGEST_HOLD_MS - 10);
    expect(ran).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(20);
    expect(ran).toHaveBeenCalledTimes(1);
    expect(cancelledRun).not.toHaveBeenCalled();
  });
});
