/**
 * The presentation and its presenter view are two windows (or tabs) of the same origin: they keep in step through a
 * BroadcastChannel. The presentation says where it is (screen, titles, notes, when it started); the presenter view
 * asks to move and to restart the timer. Nothing else crosses, and nothing leaves the machine.
 */
export const PRESENT_CHANNEL = 'lastmile-presentation';

/** One screen as the presenter view shows it. */
export interface SlideOutline {
  title: string;
  notes: string[];
}

export type PresentMessage =
  /** The presentation's state: sent on every change, and in answer to `hello`. */
  | { type: 'state'; workspaceId: string; slide: number; slides: SlideOutline[]; startedAt: number }
  /** The presentation was left. */
  | { type: 'ended'; workspaceId: string }
  /** A presenter view opened and asks where the presentation is. */
  | { type: 'hello'; workspaceId: string }
  /** The presenter view moves the presentation to a screen (1-based). */
  | { type: 'go'; workspaceId: string; slide: number }
  | { type: 'restart-timer'; workspaceId: string };

const isString = (v: unknown): v is string => typeof v === 'string';
const isSlide = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1;

function isOutline(v: unknown): v is SlideOutline {
  const o = v as SlideOutline;
  return typeof o === 'object' && o !== null && isString(o.title) && Array.isArray(o.notes) && o.notes.every(isString);
}

/** A message as received, checked field by field (another tab of the origin may run another version of the app). */
export function readPresentMessage(data: unknown): PresentMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (!isString(m.workspaceId)) return null;
  const workspaceId = m.workspaceId;
  switch (m.type) {
    case 'state':
      return isSlide(m.slide) && Array.isArray(m.slides) && m.slides.every(isOutline) && typeof m.startedAt === 'number'
        ? { type: 'state', workspaceId, slide: m.slide as number, slides: m.slides as SlideOutline[], startedAt: m.startedAt }
        : null;
    case 'go':
      return isSlide(m.slide) ? { type: 'go', workspaceId, slide: m.slide as number } : null;
    case 'ended':
    case 'hello':
    case 'restart-timer':
      return { type: m.type, workspaceId };
    default:
      return null;
  }
}

export interface PresentChannel {
  post(message: PresentMessage): void;
  close(): void;
}

/** Opens the channel; `onMessage` gets the messages of the other windows about `workspaceId`. Without BroadcastChannel, a channel that carries nothing. */
export function openPresentChannel(workspaceId: string, onMessage: (message: PresentMessage) => void): PresentChannel {
  if (typeof BroadcastChannel !== 'function') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(PRESENT_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const message = readPresentMessage(event.data);
    if (message && message.workspaceId === workspaceId) onMessage(message);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
