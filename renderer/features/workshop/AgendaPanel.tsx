import type { AgendaStep } from '@shared/domain';
import { formatClock } from '@shared/presentation';
import { actualMinutes } from '@shared/workshop';

const minutesText = (m: number) => (m === 1 ? '1 min' : `${m} min`);

/** The countdown of the step under way: time left of the planned minutes, or how far over it is (said plainly). */
export function StepTimer({ step, now }: { step: AgendaStep; now: number }) {
  if (step.startedAt === null) return <span className="workshop-timer muted">{minutesText(step.minutes)} planned, not started</span>;
  const left = step.minutes * 60_000 - (now - Date.parse(step.startedAt));
  const over = left < 0;
  return (
    <span role="timer" className={`workshop-timer${over ? ' workshop-timer--over' : ''}`} aria-label={`${step.title}: ${over ? 'over time' : 'time left'}`}>
      {over ? `${formatClock(Math.abs(left))} over the ${minutesText(step.minutes)} planned` : `${formatClock(Math.abs(left))} left of ${minutesText(step.minutes)}`}
    </span>
  );
}

function stepState(step: AgendaStep, index: number, current: number, now: number) {
  if (step.endedAt !== null) {
    const took = actualMinutes(step);
    return `took ${minutesText(took ?? 0)} of ${minutesText(step.minutes)} planned`;
  }
  if (index === current && step.startedAt !== null) return <StepTimer step={step} now={now} />;
  return `${minutesText(step.minutes)} planned`;
}

/**
 * The agenda as run: each step with its planned minutes, the step under way with its countdown, the steps done with
 * the time they took. The facilitator starts the first step and moves on with "Next step"; any step can be shown.
 */
export function AgendaPanel({
  agenda,
  current,
  viewing,
  now,
  open,
  busy,
  onView,
  onStart,
  onNext,
}: {
  agenda: readonly AgendaStep[];
  current: number;
  viewing: number;
  now: number;
  open: boolean;
  busy: boolean;
  onView: (index: number) => void;
  onStart: () => void;
  onNext: () => void;
}) {
  const step = agenda[current];
  const next = agenda[current + 1];
  return (
    <nav className="card workshop-agenda" aria-label="Agenda">
      <ol className="workshop-agenda__steps">
        {agenda.map((s, i) => (
          <li key={s.id} className={`workshop-agenda__step${i === current ? ' workshop-agenda__step--current' : ''}${s.endedAt ? ' workshop-agenda__step--done' : ''}`}>
            <button type="button" className="workshop-agenda__show" aria-current={i === current ? 'step' : undefined} aria-pressed={i === viewing} onClick={() => onView(i)}>
              <span className="workshop-agenda__number">{i + 1}.</span> {s.title}
            </button>
            <span className="workshop-agenda__state">{stepState(s, i, current, now)}</span>
          </li>
        ))}
      </ol>
      {open && step && (
        <div className="workshop-actions">
          {step.startedAt === null ? (
            <button type="button" className="button button--primary" disabled={busy} onClick={onStart}>
              Start: {step.title}
            </button>
          ) : (
            <button type="button" className="button button--primary" disabled={busy} onClick={onNext}>
              {next ? `Next step: ${next.title}` : `Finish: ${step.title}`}
            </button>
          )}
        </div>
      )}
      {open && !step && <p className="muted">The agenda is done. Record the decisions and close the session.</p>}
    </nav>
  );
}
