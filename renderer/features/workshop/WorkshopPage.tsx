import { useState } from 'react';
import { errorsByPath } from '@shared/domain';
import { repositories, useSessions } from '@renderer/db';
import { settleWrite } from '@renderer/components/settleWrite';
import { perform } from '@renderer/state/actions';
import { useNumberFormat } from '@renderer/components/NumberFormatContext';
import { sessionDay } from './sessionDay';
import { SessionView } from './SessionView';
import { StartSessionForm } from './StartSessionForm';
import './workshop.css';

const makeId = () => crypto.randomUUID();

/**
 * The workshop: a facilitated session run from the laptop on the projector (docs/workshop.md). Shows the open session
 * if there is one, else a new session's form and the past sessions, each of which opens as its record.
 */
export function WorkshopPage({ workspaceId }: { workspaceId: string }) {
  const sessions = useSessions(workspaceId);
  const format = useNumberFormat();
  // null: the page chooses (the open session, if any); '': the list and the new session's form.
  const [chosen, setChosen] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  if (!sessions) return <p role="status">Opening the workshop…</p>;
  const openSession = sessions.find((s) => s.status === 'open');
  const shown = chosen === null ? openSession : sessions.find((s) => s.id === chosen);
  if (shown) {
    return (
      <section className="page workshop-page" aria-labelledby="workshop-title">
        <SessionView key={shown.id} session={shown} makeId={makeId} onLeave={() => setChosen('')} />
      </section>
    );
  }
  return (
    <section className="page workshop-page" aria-labelledby="workshop-title">
      <header className="page__header">
        <h1 id="workshop-title">Workshop</h1>
      </header>
      <p className="workshop-lead">
        Run a planning session with the room: capture the business problems, pick the candidates, let everyone vote with the votes hidden until the reveal,
        and record what the room decides to fund.
      </p>
      {openSession ? (
        <p>
          A session is under way:{' '}
          <button type="button" className="button" onClick={() => setChosen(openSession.id)}>
            Continue “{openSession.title}”
          </button>
        </p>
      ) : (
        <StartSessionForm
          makeId={makeId}
          onStart={async (input) => {
            const r = await settleWrite(perform(repositories().sessions.create(workspaceId, input)));
            if (!r.ok) return errorsByPath(r.errors);
            setChosen(r.value.id);
            return null;
          }}
        />
      )}
      {sessions.length > 0 && (
        <section aria-labelledby="workshop-past-title">
          <h2 id="workshop-past-title">Sessions</h2>
          {deleteError && (
            <p className="field__error" role="alert">
              {deleteError}
            </p>
          )}
          <ul className="workshop-sessions">
            {sessions.map((s) => (
              <li key={s.id}>
                <button type="button" className="button button--small" onClick={() => setChosen(s.id)}>
                  Open “{s.title}”
                </button>{' '}
                <span className="muted">
                  {sessionDay(s.date, format)} · {s.participants.length} participant{s.participants.length === 1 ? '' : 's'} · {s.decisions.length} decision{s.decisions.length === 1 ? '' : 's'} ·{' '}
                  {s.status === 'open' ? 'under way' : 'closed'}
                </span>{' '}
                <button
                  type="button"
                  className="button button--small button--danger"
                  aria-label={`Delete the session “${s.title}” of ${sessionDay(s.date, format)}`}
                  onClick={() =>
                    void settleWrite(perform(repositories().sessions.delete(s.id, s.revision), { toast: `Deleted the session “${s.title}”`, undoable: true })).then((r) =>
                      setDeleteError(r.ok ? null : (r.errors[0]?.message ?? 'The session could not be deleted.')),
                    )
                  }
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
