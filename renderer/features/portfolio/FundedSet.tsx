import { useState } from 'react';
import type { CandidateAnalysis, FundedSummary } from '@shared/analysis';
import { fundingMessage, type FundingResult } from '@shared/portfolio';
import type { Presenter } from '@shared/presentation';

/** Funded candidates named at first; a larger funded set shows the rest on request (and all of them are in the table). */
export const FUNDED_SHOWN = 25;

/** The answer by name: the funded candidates in rank order, each opening its use case; what is left to do before more can be funded. */
export function FundedSet({
  rows,
  fundedIds,
  funding,
  summary,
  present,
  onOpen,
}: {
  rows: readonly CandidateAnalysis[];
  fundedIds: ReadonlySet<string>;
  funding: FundingResult | null;
  summary: FundedSummary | null;
  present: Presenter;
  onOpen: (useCaseId: string) => void;
}) {
  const [all, setAll] = useState(false);
  const funded = rows.filter((r) => fundedIds.has(r.useCase.id));
  const shown = all ? funded : funded.slice(0, FUNDED_SHOWN);
  const open = [
    summary && summary.notAssessedCount > 0 ? `${summary.notAssessedCount} with readiness not assessed` : null,
    summary && summary.blockerCount > 0 ? `${summary.blockerCount} with a readiness blocker` : null,
  ].filter((x): x is string => x !== null);
  return (
    <div className="funded-set">
      <h2 id="funded-set-title">What we fund</h2>
      {!funding ? (
        <p className="muted">Working out the best funded set…</p>
      ) : funded.length === 0 ? (
        <p className="funded-set__none">Nothing is funded: {fundingMessage(funding, present)}</p>
      ) : (
        <ol className="funded-set__list" aria-labelledby="funded-set-title">
          {shown.map((r) => (
            <li key={r.useCase.id}>
              <button type="button" className="link funded-set__name" onClick={() => onOpen(r.useCase.id)}>
                {r.useCase.name}
              </button>
            </li>
          ))}
        </ol>
      )}
      {funding && funded.length > FUNDED_SHOWN && (
        <button type="button" className="link funded-set__more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the first ${FUNDED_SHOWN} only` : `Show all ${present.number(funded.length, 0)} funded candidates`}
        </button>
      )}
      {open.length > 0 && <p className="funded-set__open muted">Not fundable yet: {open.join(' and ')} (see the table).</p>}
    </div>
  );
}
