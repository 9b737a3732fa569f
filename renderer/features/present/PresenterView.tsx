import { useEffect, useRef, useState } from 'react';
import { formatClock } from '@shared/presentation';
import { openPresentChannel, type PresentChannel, type PresentMessage } from './presenterSync';
import { movedSlide, slideMove } from './slideKeys';
import './present.css';

type Shown = Extract<PresentMessage, { type: 'state' }>;

/**
 * The presenter view, in a second window (desktop) or tab (browser): the screen on the projector and the next one, the
 * speaker notes of the screen shown (worked out from its figures), and the time since the presentation started. Its
 * buttons and keys move the presentation; it reads nothing of its own, so both windows always agree.
 */
export function PresenterView({ workspaceId }: { workspaceId: string }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [ended, setEnded] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<PresentChannel | null>(null);
  const latest = useRef<Shown | null>(null);
  latest.current = shown;

  useEffect(() => {
    const c = openPresentChannel(workspaceId, (m) => {
      if (m.type === 'state') {
        setShown(m);
        setEnded(false);
      } else if (m.type === 'ended') setEnded(true);
    });
    channel.current = c;
    c.post({ type: 'hello', workspaceId });
    return () => {
      c.close();
      channel.current = null;
    };
  }, [workspaceId]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const go = (slide: number) => channel.current?.post({ type: 'go', workspaceId, slide });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const move = slideMove(e);
      const s = latest.current;
      if (!move || !s || move === 'leave' || move === 'fullscreen') return;
      e.preventDefault();
      const to = movedSlide(move, s.slide, s.slides.length);
      if (to !== null && to !== s.slide) channel.current?.post({ type: 'go', workspaceId, slide: to });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [workspaceId]);

  const current = shown?.slides[shown.slide - 1];
  const next = shown?.slides[shown.slide];
  return (
    <main id="main" className="presenter" aria-labelledby="presenter-title">
      <header className="presenter__head">
        <h1 id="presenter-title">Presenter view</h1>
        <p className="presenter__timer">
          <span className="presenter__label">Time since the start</span> {shown ? formatClock(now - shown.startedAt) : '0:00'}
        </p>
        <button type="button" className="present__button" disabled={!shown} onClick={() => channel.current?.post({ type: 'restart-timer', workspaceId })}>
          Restart the timer
        </button>
      </header>
      {!shown || !current || ended ? (
        <p className="presenter__waiting" role="status">
          {ended ? 'The presentation has ended. Press Present in the main window to start it again.' : 'Waiting for the presentation: press Present in the main window.'}
        </p>
      ) : (
        <div className="presenter__grid">
          <section className="presenter__now" aria-labelledby="presenter-now">
            <p className="presenter__label">
              Now · screen {shown.slide} of {shown.slides.length}
            </p>
            <h2 id="presenter-now">{current.title}</h2>
            <h3 className="presenter__label">Notes</h3>
            <ul className="presenter__notes">
              {current.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </section>
          <section className="presenter__next" aria-labelledby="presenter-next">
            <p className="presenter__label">Next</p>
            <h2 id="presenter-next">{next ? next.title : 'End of the presentation'}</h2>
            {next?.notes[0] ? <p className="presenter__preview">{next.notes[0]}</p> : null}
            <nav className="presenter__moves" aria-label="Move the presentation">
              <button type="button" className="present__button" disabled={shown.slide <= 1} onClick={() => go(shown.slide - 1)}>
                ← Previous screen
              </button>
              <button type="button" className="present__button" disabled={shown.slide >= shown.slides.length} onClick={() => go(shown.slide + 1)}>
                Next screen →
              </button>
            </nav>
          </section>
        </div>
      )}
    </main>
  );
}
