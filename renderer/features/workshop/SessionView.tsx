import { useEffect, useMemo, useRef, useState } from 'react';
import type { BallotCandidate } from '@shared/domain';
import { closeSession, nextStep, startStep } from '@shared/workshop';
import { sessionInputOf as inputOf, useProblems, useUseCases, type StoredSession } from '@renderer/db';
import { QuickCapture } from '@renderer/features/problems/QuickCapture';
import { useNumberFormat } from '@renderer/components/NumberFormatContext';
import { sessionDay } from './sessionDay';
import { AgendaPanel } from './AgendaPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { PickCandidates, type PickOption } from './PickCandidates';
import { useNow } from './useNow';
import { useDeviceVoting } from './useDeviceVoting';
import { useSessionWriter } from './useSessionWriter';
import { VoteStep } from './VoteStep';

const LINE = 200;
const oneLine = (text: string) => {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? '';
  return first.length > LINE ? `${first.slice(0, LINE - 1)}…` : first;
};

/** One session run from the laptop: its agenda with timers, and the step shown (the one under way unless another is chosen). */
export function SessionView({ session, makeId, onLeave }: { session: StoredSession; makeId: () => string; onLeave: () => void }) {
  const writer = useSessionWriter(session);
  const format = useNumberFormat();
  const devices = useDeviceVoting(session, writer);
  const useCases = useUseCases(session.workspaceId);
  const problems = useProblems(session.workspaceId);
  const open = session.status === 'open';
  const current = session.currentStep;
  const [viewing, setViewing] = useState(Math.min(current, session.agenda.length - 1));
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const now = useNow(open && session.agenda[current]?.startedAt != null);
  useEffect(() => {
    setViewing(Math.min(current, session.agenda.length - 1));
  }, [current, session.agenda.length]);
  const view = (i: number) => {
    setViewing(i);
    heading.current?.focus();
  };

  const options = useMemo((): PickOption[] => {
    const titles = new Map((problems ?? []).map((p) => [p.id, p.title]));
    // by name, so the list reads the same every time it is opened
    return (useCases ?? []).map((u) => ({ id: u.id, name: u.name, problem: titles.get(u.problemId) ?? '' })).sort((a, b) => a.name.localeCompare(b.name));
  }, [useCases, problems]);
  const names = useMemo(() => new Map(options.map((o) => [o.id, o.name])), [options]);
  const withoutUseCases = useMemo(() => {
    const answered = new Set((useCases ?? []).map((u) => u.problemId));
    return (problems ?? []).filter((p) => p.status !== 'parked' && !answered.has(p.id)).length;
  }, [useCases, problems]);
  const candidates = useMemo((): BallotCandidate[] => {
    const byId = new Map((useCases ?? []).map((u) => [u.id, u]));
    return session.candidateIds.flatMap((id) => {
      const u = byId.get(id);
      return u ? [{ id, name: u.name, line: oneLine(u.description) || oneLine(options.find((o) => o.id === id)?.problem ?? '') }] : [];
    });
  }, [session.candidateIds, useCases, options]);

  const step = session.agenda[viewing];
  const at = () => new Date().toISOString();
  const saved = (message: string | null) => setError(message);
  const portfolio = `#/w/${encodeURIComponent(session.workspaceId)}/portfolio`;
  return (
    <>
      <header className="page__header workshop-session__header">
        <div>
          <h1 id="workshop-title">{session.title}</h1>
          <p className="muted">
            {sessionDay(session.date, format)}
            {session.facilitator ? ` · facilitated by ${session.facilitator}` : ''} ·{' '}
            {session.participants.length === 0 ? 'no participants listed' : session.participants.map((p) => p.name).join(', ')}
            {open ? '' : ' · closed'}
          </p>
        </div>
        <button type="button" className="button" onClick={onLeave}>
          All sessions
        </button>
      </header>
      <AgendaPanel
        agenda={session.agenda}
        current={current}
        viewing={viewing}
        now={now}
        open={open}
        busy={writer.busy}
        onView={view}
        onStart={() => void writer.step(`Start “${session.agenda[current]?.title ?? ''}”`, (latest) => startStep(inputOf(latest), latest.currentStep, at())).then(saved)}
        onNext={() => void writer.step('Next agenda step', (latest) => nextStep(inputOf(latest), at())).then(saved)}
      />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {step && (
        <section className="card workshop-step" aria-labelledby="workshop-step-title">
          <h2 id="workshop-step-title" ref={heading} tabIndex={-1}>
            {step.title}
          </h2>
          {step.kind === 'capture' &&
            (open ? (
              <>
                <p>Type each business problem as the room says it and press Enter. A list pasted from a document becomes one problem per line.</p>
                <QuickCapture workspaceId={session.workspaceId} />
                <p>
                  {problems ? `${problems.length} problems in the workspace. ` : ''}
                  <a href={`#/w/${encodeURIComponent(session.workspaceId)}/problems`}>Open the problem list</a> to complete them or add use cases.
                </p>
              </>
            ) : (
              <p>Problems were captured into the workspace’s problem list.</p>
            ))}
          {step.kind === 'pick' && (
            <PickCandidates
              options={options}
              withoutUseCases={withoutUseCases}
              problemsHref={`#/w/${encodeURIComponent(session.workspaceId)}/problems`}
              selected={session.candidateIds}
              locked={!open || session.votes.length > 0}
              onChange={(ids) =>
                writer.edit('Choose the candidates', (latest) => ({ ...inputOf(latest), candidateIds: ids })).then((refusal) => {
                  saved(refusal);
                  return refusal;
                })
              }
            />
          )}
          {step.kind === 'vote' && (
            <VoteStep session={session} writer={writer} candidates={candidates} names={names} devices={devices} makeId={makeId} onPick={() => view(session.agenda.findIndex((s) => s.kind === 'pick'))} onSaveError={saved} />
          )}
          {step.kind === 'fund' && (
            <>
              {open && (
                <p>
                  <a href={portfolio}>Open the portfolio</a> to choose what to fund under the budget, then record what the room decided here.
                </p>
              )}
              <DecisionsPanel
                decisions={session.decisions}
                candidates={session.candidateIds}
                names={names}
                open={open}
                onRecord={(text, useCaseId) =>
                  writer.edit('Record a decision', (latest) => ({ ...inputOf(latest), decisions: [...latest.decisions, { id: makeId(), text, useCaseId, at: at() }] }))
                }
              />
              {!open && (
                <p>
                  The session is closed and kept as a record. The board pack prints the latest such session as its “Session record” page:{' '}
                  <a href={`#/w/${encodeURIComponent(session.workspaceId)}/board-pack`}>open the board pack</a>.
                </p>
              )}
              {open && (
                <div className="workshop-actions">
                  <button type="button" className="button" disabled={writer.busy} onClick={() => void devices.stop().then(() => writer.step('Close the session', (latest) => closeSession(inputOf(latest), at()))).then(saved)}>
                    Close the session
                  </button>
                  <span className="muted">Closing ends the agenda and keeps the session as a record; it prints as a page of the board pack.</span>
                </div>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
