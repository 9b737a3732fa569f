import type { CandidateAnalysis, FundedSummary } from '@shared/analysis';
import type { FundingResult } from '@shared/portfolio';

/** The answer by name: the funded candidates in rank order, each opening its use case; what is left to do before more can be funded. */
export function FundedSet({
  rows,
  fundedIds,
  funding,
  summary,
  onOpen,
}: {
  rows: readonly CandidateAnalysis[];
  fundedIds: ReadonlySet<string>;
  funding: FundingResult | null;
  summary: FundedSummary | null;
  onOpen: (useCaseId: string) => void;
}) {
  const funded = rows.filter((r) => fundedIds.has(r.useCase.id));
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
        <p className="funded-set__none">Nothing is funded: {funding.message}</p>
      ) : (
        <ol className="funded-set__list" aria-labelledby="funded-set-title">
          {funded.map((r) => (
            <li key={r.useCase.id}>
              <button type="button" className="link funded-set__name" onClick={() => onOpen(r.useCase.id)}>
                {r.useCase.name}
              </button>
            </li>
          ))}
        </ol>
      )}
      {open.length > 0 && <p className="funded-set__open muted">Not fundable yet: {open.join(' and ')} (see the table).</p>}
    </div>
  );
}
