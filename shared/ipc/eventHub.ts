import type { Unsubscribe } from './contract';

/**
 * A listener list that keeps what arrives before anybody listens (e.g. a file handed over at launch,
 * before React has mounted) and delivers it to the first listener. Capped so nothing piles up unseen.
 */
export interface EventHub<T> {
  emit(value: T): void;
  subscribe(listener: (value: T) => void): Unsubscribe;
}

export function createEventHub<T>(options: { buffer: boolean; maxBuffered?: number }): EventHub<T> {
  const listeners = new Set<(value: T) => void>();
  const pending: T[] = [];
  const maxBuffered = options.maxBuffered ?? 10;
  return {
    emit(value) {
      if (listeners.size === 0) {
        if (options.buffer && pending.length < maxBuffered) pending.push(value);
        return;
      }
      for (const listener of [...listeners]) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      while (pending.length > 0) listener(pending.shift() as T);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
