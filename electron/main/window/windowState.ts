import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs: the normal (unmaximised) bounds and whether it was maximised. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

const rectSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});
const windowStateSchema = z.object({ bounds: rectSchema, maximized: z.boolean() });

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/** Reads a saved state; anything malformed (hand-edited, truncated) counts as "nothing saved". */
export function parseWindowState(raw: string | null): WindowState | null {
  if (raw === null) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function intersectionArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function fitInside(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.max(Math.min(size.width, area.width), Math.min(MIN_WINDOW_SIZE.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(MIN_WINDOW_SIZE.height, area.height)),
  };
}

function centredIn(size: { width: number; height: number }, area: Rect): Rect {
  const fitted = fitInside(size, area);
  return {
    ...fitted,
    x: Math.round(area.x + (area.width - fitted.width) / 2),
    y: Math.round(area.y + (area.height - fitted.height) / 2),
  };
}

/**
 * Where the window opens: the saved bounds when they are still mostly on a connected display (moved and
 * shrunk to lie fully inside that display's work area), otherwise centred on the primary display.
 * "Mostly" = at least a quarter of the window was on one display; a monitor unplugged since the last
 * run never leaves the window off-screen.
 */
export function restoreWindowState(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowState {
  if (saved === null) return { bounds: centredIn(DEFAULT_WINDOW_SIZE, primary), maximized: false };
  const { bounds } = saved;
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = intersectionArea(bounds, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  if (best === null || bestArea < (bounds.width * bounds.height) / 4) {
    return { bounds: centredIn(bounds, primary), maximized: saved.maximized };
  }
  const size = fitInside(bounds, best);
  const x = Math.min(Math.max(bounds.x, best.x), best.x + best.width - size.width);
  const y = Math.min(Math.max(bounds.y, best.y), best.y + best.height - size.height);
  return { bounds: { x, y, ...size }, maximized: saved.maximized };
}
