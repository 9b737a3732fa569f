/** A fixed-window counter per key (a device's address): at most `limit` tries per window; at most `maxKeys` keys remembered. */
export function createRateLimit(options: { limit: number; windowMs: number; now: () => number; maxKeys?: number }) {
  const { limit, windowMs, now, maxKeys = 1000 } = options;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts one try for `key`; false when the key has used up its window. */
    allow(key: string): boolean {
      const t = now();
      let w = windows.get(key);
      if (w === undefined || t - w.start >= windowMs) {
        if (w === undefined && windows.size >= maxKeys) {
          for (const [k, old] of windows) if (t - old.start >= windowMs) windows.delete(k);
          if (windows.size >= maxKeys) return false;
        }
        w = { start: t, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      return w.count <= limit;
    },
  };
}
