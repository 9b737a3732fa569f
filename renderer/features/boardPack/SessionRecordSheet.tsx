import { DISAGREEMENT_SPREAD, type WorkshopSession } from '@shared/domain';
import type { Presenter } from '@shared/presentation';
import { actualMinutes, reveal, type CandidateResult } from '@shared/workshop';
import type { BoardPackModel } from './boardPackModel';
import { longDate } from './packFormat';
import { Sheet } from './Sheet';

const VIA: Record<WorkshopSession['participants'][number]['via'], string> = { room: 'in the room', device: 'from a device' };

/**
 * The session record (docs/workshop.md): the latest workshop session that is closed or has revealed its votes: when
 * and who, the agenda as run (planned against actual minutes), the votes as revealed (average and spread per criterion,
 * the candidates the room disagrees on flagged; dots and rank with dot voting) and the decisions taken. Votes that were
 * never revealed stay hidden here too.
 */
export function SessionRecordSheet({ model }: { model: BoardPackModel }) {
  const session = model.sessionRecord;
  if (!session) return null;
  const p = model.present;
  const names = new Map(model.rows.map((r) => [r.useCase.id, r.useCase.name]));
  const nameOf = (id: string) => names.get(id) ?? 'A use case no longer in the workspace';
  const day = longDate(new Date(`${session.date}T12:00:00Z`), model.workspace.numberFormat);
  const people = session.participants.map((x) => `${x.name} (${VIA[x.via]})`).join(', ');
  const shown = reveal(session);
  return (
    <Sheet title={`Session record: ${session.title}`} eyebrow="Workshop" className="bp-session">
      <p className="bp-lead">
        {day}
        {session.facilitator.trim() ? `, facilitated by ${session.facilitator.trim()}` : ''}. {session.participants.length === 0 ? 'No participants were listed.' : `Participants: ${people}.`}{' '}
        {session.status === 'closed' ? 'The session is closed.' : 'The session is still open: this is the record so far.'}
      </p>
      <AgendaTable session={session} p={p} />
      {shown.revealed ? (
        <VotesTable results={shown.candidates} session={session} nameOf={nameOf} p={p} voters={shown.voters} />
      ) : (
        <p className="bp-lead">The votes were not revealed, so they are not shown.</p>
      )}
      <table className="bp-table">
        <caption>Decisions taken</caption>
        <thead>
          <tr>
            <th scope="col">Decision</th>
            <th scope="col">About</th>
          </tr>
        </thead>
        <tbody>
          {session.decisions.length === 0 ? (
            <tr>
              <td colSpan={2}>No decisions were recorded.</td>
            </tr>
          ) : (
            session.decisions.map((d) => (
              <tr key={d.id}>
                <td>{d.text}</td>
                <td>{d.useCaseId === null ? 'The portfolio' : nameOf(d.useCaseId)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </Sheet>
  );
}

function AgendaTable({ session, p }: { session: WorkshopSession; p: Presenter }) {
  const minutes = (n: number) => `${p.number(n, 0)} min`;
  const rows = session.agenda.map((step) => ({ step, actual: actualMinutes(step) }));
  const planned = rows.reduce((s, r) => s + r.step.minutes, 0);
  const actual = rows.reduce((s, r) => s + (r.actual ?? 0), 0);
  const overUnder = (a: number, planned: number) => (a === planned ? 'On time' : `${a > planned ? '+' : '−'}${minutes(Math.abs(a - planned))}`);
  return (
    <table className="bp-table">
      <caption>The agenda as run</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col" className="num">
            Planned
          </th>
          <th scope="col" className="num">
            Actual
          </th>
          <th scope="col" className="num">
            Over (+) or under (−)
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ step, actual: a }) => (
          <tr key={step.id}>
            <th scope="row">{step.title}</th>
            <td className="num">{minutes(step.minutes)}</td>
            <td className="num">{a === null ? (step.startedAt === null ? 'Not run' : 'Not finished') : minutes(a)}</td>
            <td className="num">{a === null ? '—' : overUnder(a, step.minutes)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="num">{minutes(planned)}</td>
          <td className="num">{minutes(actual)}</td>
          <td className="num">{rows.every((r) => r.actual !== null) ? overUnder(actual, planned) : '—'}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function VotesTable({ results, session, nameOf, p, voters }: { results: CandidateResult[]; session: WorkshopSession; nameOf: (id: string) => string; p: Presenter; voters: number }) {
  const dots = session.rules.mode === 'dots';
  const criteria = session.rules.criteria;
  const caption = dots
    ? `Votes revealed: ${p.number(session.rules.dotsPerPerson, 0)} dots each, ${p.number(voters, 0)} voted`
    : `Votes revealed: scores 1–5, ${p.number(voters, 0)} voted; a spread of ${DISAGREEMENT_SPREAD} or more is flagged for discussion`;
  return (
    <table className="bp-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Candidate</th>
          {dots ? (
            <>
              <th scope="col" className="num">
                Dots
              </th>
              <th scope="col" className="num">
                Rank
              </th>
            </>
          ) : (
            criteria.map((c) => (
              <th key={c.id} scope="col" className="num">
                {c.label}: average (spread)
              </th>
            ))
          )}
          {dots ? null : <th scope="col">Discuss first</th>}
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={r.useCaseId}>
            <th scope="row">{nameOf(r.useCaseId)}</th>
            {dots ? (
              <>
                <td className="num">{p.number(r.dots ?? 0, 0)}</td>
                <td className="num">{r.rank ?? '—'}</td>
              </>
            ) : (
              r.criteria.map((c) => (
                <td key={c.criterionId} className="num">
                  {c.average === null ? 'No votes' : `${p.number(c.average, 1)} (${p.number(c.spread ?? 0, 0)})`}
                </td>
              ))
            )}
            {dots ? null : <td>{r.disagree ? <span className="bp-flag">Discuss first</span> : '—'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
