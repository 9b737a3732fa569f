import { startTransition, useEffect, useState } from 'react';

/**
 * False until the page has been painted once with `ready` true, then true for good: for parts of a page that can
 * follow its first screen (they are then rendered at a transition's priority, which gives way to any input).
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!ready || shown) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame after this commit is painted before the timer's task runs.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, shown]);
  return shown;
}
