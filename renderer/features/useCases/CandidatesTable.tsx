import { READINESS_LABELS, type UseCase, type Workspace } from '@shared/domain';
import { useCaseMetrics } from '@shared/finance';
import { NOT_ASSESSED, presenter } from '@shared/presentation';
import { ClassificationBadge } from './ClassificationBadge';
import { readinessNames } from './readinessGuide';

/** The competing candidates of one problem with the figures that decide between them. */
export function CandidatesTable({ useCases, workspace, caption }: { useCases: readonly UseCase[]; workspace: Workspace; caption: string }) {
  const present = presenter(workspace);
  const { money } = present;
  const rows = useCases.map((u) => ({ useCase: u, metrics: useCaseMetrics(u, workspace) }));
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Candidate</th>
          <th scope="col">Classification</th>
          <th scope="col" className="num">
            Investment
          </th>
          <th scope="col" className="num">
            Expected NPV
          </th>
          <th scope="col">Payback</th>
          <th scope="col">Blockers</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ useCase: u, metrics: m }) => (
          <tr key={u.id}>
            <th scope="row">
              <a href={`#/w/${encodeURIComponent(workspace.id)}/use-cases/${encodeURIComponent(u.id)}`}>{u.name}</a>
              <div className="muted">{u.aiPattern}</div>
            </th>
            <td>
              <ClassificationBadge kind={u.classification.kind} />
            </td>
            <td className="num">
              {money(m.totalInvestment)}
              <div className="muted">
                pilot {money(m.pilotCost)} + last mile {money(m.lastMileCost)}
              </div>
            </td>
            <td className="num">
              {m.expectedNpv === null || m.probability === null ? (
                <>
                  <span className="uc-not-assessed-cell">{NOT_ASSESSED}</span>
                  <div className="muted">not funded until {readinessNames(m.notAssessed)} {m.notAssessed.length === 1 ? 'is' : 'are'} scored</div>
                </>
              ) : (
                <>
                  {money(m.expectedNpv)}
                  <div className="muted">p = {present.probability(m.probability)}</div>
                </>
              )}
            </td>
            <td>{present.payback(m.paybackMonth)}</td>
            <td>
              {m.blockers.length === 0 ? (
                <span className="muted">none</span>
              ) : (
                <span className="pp-badges">
                  {m.blockers.map((d) => (
                    <span key={d} className="badge badge--blocker">
                      {READINESS_LABELS[d]}
                    </span>
                  ))}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
