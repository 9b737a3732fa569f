import { useCallback, useRef, useState } from 'react';
import { repositories, type SessionChange, type StoredSession } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { settleWrite } from '@renderer/components/settleWrite';
import type { Vote } from '@shared/domain';

/**
 * The page's writes to one session, one at a time, through the sessions repository:
 * - `edit`: a facilitator's edit (candidates, rules, decisions), checked against the revision the page last saw
 *   (the live session's, or the one its own previous edit stored), so quick edits in a row do not trip over each other
 *   while an edit from another window is refused as a conflict;
 * - `step`: the agenda's steps, the reveal and closing, applied to the session as stored (they build on whatever is there);
 * - `vote`: a participant's ballot, replacing any earlier one.
 * Each answers the reason it was refused in plain words, or null; `busy` is true while a write runs.
 */
export function useSessionWriter(session: StoredSession) {
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const saved = useRef<{ id: string; revision: number } | null>(null);
  const [busy, setBusy] = useState(0);
  const id = session.id;
  const liveRevision = session.revision;

  const run = useCallback(
    (write: () => Promise<{ ok: true; value: StoredSession } | { ok: false; errors: { message: string }[]; reason?: string }>): Promise<string | null> => {
      setBusy((n) => n + 1);
      const next = chain.current.then(async () => {
        const r = await settleWrite(write);
        if (r.ok) {
          saved.current = { id: r.value.id, revision: r.value.revision };
          return null;
        }
        return r.errors[0]?.message ?? 'The session could not be saved.';
      });
      chain.current = next.catch(() => undefined);
      return next.finally(() => setBusy((n) => n - 1));
    },
    [],
  );

  const edit = useCallback(
    (label: string, change: SessionChange) =>
      run(() => {
        const own = saved.current?.id === id ? saved.current.revision : 0;
        return perform(repositories().sessions.save(id, change, Math.max(own, liveRevision), label));
      }),
    [run, id, liveRevision],
  );
  const step = useCallback((label: string, change: SessionChange) => run(() => perform(repositories().sessions.apply(id, change, label))), [run, id]);
  const vote = useCallback((participantId: string, votes: Vote[]) => run(() => perform(repositories().sessions.vote(id, participantId, votes))), [run, id]);
  return { edit, step, vote, busy: busy > 0 };
}
