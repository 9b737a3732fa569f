import { startTransition, useEffect, useState } from 'react';

/** How long the rest of a page waits for its answer before it is drawn anyway (a long search shows its progress then). */
export const REST_WAITS_MS = 300;

/**
 * False until the page has been painted with its answer (`answered`), or REST_WAITS_MS after it had what it needs to
 * start (`begun`) when the answer takes longer; then true for good. For the parts of a page that can follow its answer:
 * they are then drawn at a transition's priority, which gives way to any input.
 */
export function useAfterFirstPaint(begun: boolean, answered: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!begun || shown) return;
    const show = () => startTransition(() => setShown(true));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame: number | undefined;
    if (answered) {
      // The frame showing the answer is painted before the timer's task runs.
      frame = requestAnimationFrame(() => {
        timer = setTimeout(show, 0);
      });
    } else timer = setTimeout(show, REST_WAITS_MS);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [begun, answered, shown]);
  return shown;
}
