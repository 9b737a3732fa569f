import { useEffect, useId, useMemo, useState } from 'react';
import { MAX_SESSION_CANDIDATES } from '@shared/domain';
import { matchesSearch } from '@shared/presentation';

export interface PickOption {
  id: string;
  name: string;
  /** The problem it answers, shown under its name. */
  problem: string;
}

/**
 * Choosing the candidates put to the room: a checkbox per use case, a search over names and problems, at most
 * MAX_SESSION_CANDIDATES. Fixed once the first ballot is in (a changed list would make the votes incomparable).
 */
export function PickCandidates({
  options,
  selected: stored,
  locked,
  onChange,
  withoutUseCases = 0,
  problemsHref,
}: {
  options: readonly PickOption[];
  /** Open problems with no use case yet: they cannot be voted on until one is added. */
  withoutUseCases?: number;
  /** The problem list, where use cases are added. */
  problemsHref?: string;
  selected: readonly string[];
  locked: boolean;
  /** Saves the choice; answers why it was refused, or null. */
  onChange: (ids: string[]) => Promise<string | null>;
}) {
  const base = useId();
  const [query, setQuery] = useState('');
  // The choice as clicked, shown until the stored session has it (or the save was refused).
  const [draft, setDraft] = useState<readonly string[] | null>(null);
  useEffect(() => {
    setDraft((d) => (d && d.length === stored.length && d.every((id, i) => stored[i] === id) ? null : d));
  }, [stored]);
  const selected = draft ?? stored;
  const chosen = useMemo(() => new Set(selected), [selected]);
  const shown = useMemo(() => {
    return query.trim() === '' ? options : options.filter((o) => matchesSearch(query, [o.name, o.problem]));
  }, [options, query]);
  const full = selected.length >= MAX_SESSION_CANDIDATES;
  const choose = (ids: string[]) => {
    setDraft(ids);
    void onChange(ids).then((refusal) => {
      if (refusal !== null) setDraft((d) => (d === ids ? null : d));
    });
  };
  const toggle = (id: string, on: boolean) => {
    if (on) choose(chosen.has(id) ? [...selected] : [...selected, id]);
    else choose(selected.filter((x) => x !== id));
  };
  const unanswered =
    withoutUseCases > 0 ? (
      <p className="muted">
        {withoutUseCases === 1 ? '1 open problem has' : `${withoutUseCases} open problems have`} no use case yet, so the room cannot vote on{' '}
        {withoutUseCases === 1 ? 'it' : 'them'}.{' '}
        {problemsHref ? (
          <>
            <a href={problemsHref}>Open the problem list</a> to add a use case to a problem; it then appears here.
          </>
        ) : null}
      </p>
    ) : null;
  if (options.length === 0) {
    return (
      <>
        <p className="empty">The workspace has no use cases yet. Add candidate use cases to the problems first, then put them to the room.</p>
        {unanswered}
      </>
    );
  }
  return (
    <div className="workshop-pick">
      <p role="status">
        {selected.length === 0 ? 'No candidates chosen yet.' : `${selected.length} of at most ${MAX_SESSION_CANDIDATES} candidates chosen.`}
        {locked ? ' The candidates are fixed now that votes are in.' : ''}
      </p>
      {!locked && unanswered}
      <div className="field workshop-pick__search">
        <label htmlFor={`${base}-search`}>Find a use case</label>
        <input id={`${base}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${base}-count`} />
        <p id={`${base}-count`} className="field__hint">
          {shown.length === options.length ? `${options.length} use cases` : `${shown.length} of ${options.length} use cases match`}
        </p>
      </div>
      <fieldset className="workshop-pick__list" disabled={locked}>
        <legend>Candidates put to the room</legend>
        {full && !locked && <p className="muted">That is the most one session can vote on; clear one to choose another.</p>}
        <ul>
          {shown.map((o) => (
            <li key={o.id}>
              <label>
                <input type="checkbox" checked={chosen.has(o.id)} disabled={!chosen.has(o.id) && full} onChange={(e) => toggle(o.id, e.target.checked)} />
                <span className="workshop-pick__name">{o.name}</span>
                <span className="muted workshop-pick__problem">{o.problem}</span>
              </label>
            </li>
          ))}
        </ul>
        {selected.length > 0 && !locked && (
          <button type="button" className="button button--small" onClick={() => choose([])}>
            Clear the choice
          </button>
        )}
      </fieldset>
    </div>
  );
}
