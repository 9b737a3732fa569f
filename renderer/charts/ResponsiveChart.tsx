import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface ChartSize {
  width: number;
  height: number;
}

export interface ResponsiveChartProps {
  /** Fixed height in px; when absent the height follows the width through aspectRatio. */
  height?: number;
  /** Width ÷ height when no fixed height is given; default 2. */
  aspectRatio?: number;
  /** Smallest width passed to the chart; default 240. */
  minWidth?: number;
  /** Width used before the first measurement (and when rendering without a DOM); default 640. */
  initialWidth?: number;
  className?: string;
  /** Renders the chart at the measured size. */
  children: (size: ChartSize) => ReactNode;
}

/** Measures its container's width (ResizeObserver) and renders the chart at that size. */
export function ResponsiveChart(props: ResponsiveChartProps): ReactNode {
  const { height, aspectRatio = 2, minWidth = 240, initialWidth = 640, className, children } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initialWidth);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = (measured: number): void => {
      if (measured > 0) setWidth(Math.floor(measured));
    };
    update(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const w = Math.max(minWidth, width);
  const h = height ?? Math.round(w / (aspectRatio > 0 ? aspectRatio : 2));
  return (
    <div ref={ref} className={className ? `lm-responsive ${className}` : 'lm-responsive'}>
      {children({ width: w, height: h })}
    </div>
  );
}
