import { useEffect, useRef, useState } from 'react';

/** Width of an element, following resizes (charts draw at the width they are given). */
export function useElementWidth<T extends HTMLElement>(fallback = 900) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(Math.max(320, Math.floor(el.clientWidth)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
