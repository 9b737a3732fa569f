/** What a key does in the presentation (and in the presenter view): the keys a keyboard and a presentation clicker send. */
export type SlideMove = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'fullscreen';

interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * → ↓ Space PageDown: next screen; ← ↑ Shift+Space PageUp: previous (clickers send PageDown / PageUp); Home / End: first
 * and last; Esc leaves; F asks for full screen. A key held with Ctrl, Alt or Cmd is the browser's (zoom, back, tabs).
 */
export function slideMove(e: KeyLike): SlideMove | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}

/** The screen (1-based) a move leads to in a deck of `count`; null for moves that do not change the screen. */
export function movedSlide(move: SlideMove, slide: number, count: number): number | null {
  const last = Math.max(1, count);
  switch (move) {
    case 'next':
      return Math.min(last, slide + 1);
    case 'previous':
      return Math.max(1, slide - 1);
    case 'first':
      return 1;
    case 'last':
      return last;
    default:
      return null;
  }
}
