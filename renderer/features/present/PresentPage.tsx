import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getApi } from '@renderer/api';
import { replaceRoute } from '@renderer/state/router';
import { leavePresentation } from './enterPresentation';
import { openPresentChannel, type PresentChannel } from './presenterSync';
import { movedSlide, slideMove } from './slideKeys';
import { SlideView } from './SlideView';
import { usePresentation } from './usePresentation';
import './present.css';

/** An Esc this soon after full screen ended is the one that ended it (where the browser passes it on too). */
const ESC_AFTER_FULLSCREEN_MS = 500;

/** Asks for full screen, or leaves it (F, or the button); a refusal leaves the presentation as it is, in the window. */
export function toggleFullscreen(): void {
  if (typeof document === 'undefined') return;
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Presentation mode for the projector: one 16:9 screen at a time, full screen on request, large type, no editing
 * chrome; moved through by keyboard or clicker (slideKeys.ts), with a screen counter. A presenter view in another window
 * or tab follows it and can move it (presenterSync.ts).
 */
export function PresentPage({ workspaceId, slide }: { workspaceId: string; slide: number }) {
  const state = usePresentation(workspaceId);
  const count = state.status === 'ready' ? state.slides.length : 0;
  const current = count > 0 ? Math.min(slide, count) : slide;
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [notice, setNotice] = useState<string | null>(null);
  const [fullscreen, setFullscreen] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);

  const go = useCallback((n: number) => replaceRoute({ page: 'present', workspaceId, slide: n }), [workspaceId]);
  // An address past the last screen (a deck that shrank) shows the last one.
  useEffect(() => {
    if (count > 0 && slide > count) go(count);
  }, [count, slide, go]);

  const latest = useRef({ current, count });
  latest.current = { current, count };
  // Esc in full screen leaves full screen only (the browser's own answer to it); the presentation stays.
  const fullscreenLeftAt = useRef(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const move = slideMove(e);
      if (!move) return;
      e.preventDefault();
      if (move === 'leave') {
        if (document.fullscreenElement) return void document.exitFullscreen().catch(() => undefined);
        if (Date.now() - fullscreenLeftAt.current < ESC_AFTER_FULLSCREEN_MS) return;
        return leavePresentation(workspaceId);
      }
      if (move === 'fullscreen') return toggleFullscreen();
      const to = movedSlide(move, latest.current.current, latest.current.count);
      if (to !== null && to !== latest.current.current) go(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [workspaceId, go]);

  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement === null) fullscreenLeftAt.current = Date.now();
      setFullscreen(document.fullscreenElement !== null);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // The presenter view: told where the presentation is at every change, and heard when it moves it.
  const outline = useMemo(() => (state.status === 'ready' ? state.slides.map((s) => ({ title: s.title, notes: s.notes })) : null), [state]);
  const channel = useRef<PresentChannel | null>(null);
  const announce = useRef(() => undefined as void);
  announce.current = () => {
    if (outline) channel.current?.post({ type: 'state', workspaceId, slide: current, slides: outline, startedAt });
  };
  useEffect(() => {
    const c = openPresentChannel(workspaceId, (m) => {
      if (m.type === 'hello') announce.current();
      else if (m.type === 'go') go(Math.min(m.slide, Math.max(1, latest.current.count)));
      else if (m.type === 'restart-timer') setStartedAt(Date.now());
    });
    channel.current = c;
    return () => {
      c.post({ type: 'ended', workspaceId });
      c.close();
      channel.current = null;
    };
  }, [workspaceId, go]);
  useEffect(() => announce.current(), [outline, current, startedAt]);

  const openPresenter = async () => {
    const api = getApi();
    const r = await api.openPresenterView({ workspaceId });
    if (r.ok && r.value.opened) return setNotice(null);
    setNotice(
      api.host === 'browser'
        ? 'The presenter view could not be opened: allow this site to open a new tab (or pop-up), then try again.'
        : `The presenter view could not be opened${r.ok ? '' : `: ${r.error}`}.`,
    );
  };

  if (state.status === 'missing') {
    return (
      <main id="main" className="present">
        <p className="present__empty">This workspace no longer exists.</p>
      </main>
    );
  }
  const shown = state.status === 'ready' ? state.slides[current - 1] : undefined;
  return (
    <main id="main" className="present" aria-labelledby="present-slide-title">
      <div className="present__stage">
        {state.status === 'ready' && shown ? (
          <SlideView slide={shown} index={current} count={count} input={state.input} fundedIds={state.fundedIds} />
        ) : (
          <p className="present__empty" role="status" id="present-slide-title">
            Preparing the presentation…
          </p>
        )}
        <nav className="present__controls" aria-label="Presentation">
          <span className="present__counter">{count > 0 ? `${current} / ${count}` : ''}</span>
          <span className="visually-hidden" role="status">
            {shown ? `Screen ${current} of ${count}: ${shown.title}` : ''}
          </span>
          <button type="button" className="present__button" onClick={() => go(Math.max(1, current - 1))} disabled={current <= 1} aria-label="Previous screen">
            ←
          </button>
          <button type="button" className="present__button" onClick={() => go(Math.min(count, current + 1))} disabled={current >= count} aria-label="Next screen">
            →
          </button>
          <button type="button" className="present__button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
            Full screen
          </button>
          <button type="button" className="present__button" onClick={() => void openPresenter()}>
            Presenter view
          </button>
          <button type="button" className="present__button" onClick={() => leavePresentation(workspaceId)}>
            Leave (Esc)
          </button>
          {notice ? (
            <span className="present__notice" role="alert">
              {notice}
            </span>
          ) : null}
        </nav>
      </div>
    </main>
  );
}
