import { useEffect, useState } from 'react';

/**
 * The one clock of the workshop page: the time now (ms since the epoch), ticking every `intervalMs` while `running`.
 * The step timers read it from here; shared/ never reads the clock.
 */
export function useNow(running: boolean, intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [running, intervalMs]);
  return now;
}
