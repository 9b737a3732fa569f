import { eventContract, type EventName, type EventPayload } from '@shared/ipc';

/** The part of a webContents that receives events (the real one, or a stand-in in tests). */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** Sends a typed event of the contract; the payload is checked first, so nothing off-contract leaves main. */
export function sendEvent<E extends EventName>(target: EventTarget | null, name: E, payload: EventPayload<E>): boolean {
  if (target === null || target.isDestroyed()) return false;
  const { channel, payload: schema } = eventContract[name];
  const checked = schema.safeParse(payload);
  if (!checked.success) return false;
  target.send(channel, checked.data);
  return true;
}
