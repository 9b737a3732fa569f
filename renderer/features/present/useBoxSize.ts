import { useEffect, useRef, useState } from 'react';

/** The content box of an element, following resizes (a chart on a screen is drawn to the room it has). */
export function useBoxSize<T extends HTMLElement>(fallback = { width: 960, height: 480 }) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const update = () => {
      const width = Math.floor(el.clientWidth);
      const height = Math.floor(el.clientHeight);
      if (width > 0 && height > 0) setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, ...size };
}

/** Charts are drawn this wide and scaled to the screen: their type grows with the projector's picture. */
export const CHART_DRAWN_WIDTH = 900;

/** The size to draw a chart at so that, scaled to `box`, it fills it exactly. */
export function drawnSize(box: { width: number; height: number }): { width: number; height: number } {
  const scale = box.width / CHART_DRAWN_WIDTH;
  return { width: CHART_DRAWN_WIDTH, height: Math.max(200, Math.floor(box.height / Math.max(scale, 0.01))) };
}
