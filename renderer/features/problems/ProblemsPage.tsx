import { useMemo, useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { repositories, useProblems, useUseCases, useWorkspace, type StoredProblem } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { problemMonthlyCost, quickProblemInput } from '@shared/domain';
import { presenter } from '@shared/presentation';
import { DeleteProblemDialog } from './DeleteProblemDialog';
import { ProblemFilters } from './ProblemFilters';
import { problemInputOf } from './problemConflict';
import { ProblemForm, STATUS_LABELS } from './ProblemForm';
import { deleteProblem, toggleParked } from './problemActions';
import { DEFAULT_PROBLEM_QUERY, functionsInUse, queryProblems, type ProblemListQuery } from './problemListModel';
import { QuickCapture } from './QuickCapture';

/** Rows listed at first, and added by each "Show more": a list of thousands would be laid out again at every change. */
export const PROBLEMS_PER_PAGE = 200;

/** The problems of a workspace, captured before any AI is discussed: list, search, filter, sort, edit, park, delete. */
export function ProblemsPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const [query, setQuery] = useState<ProblemListQuery>(DEFAULT_PROBLEM_QUERY);
  const [editing, setEditing] = useState<StoredProblem | 'new' | null>(null);
  const [deleting, setDeleting] = useState<StoredProblem | null>(null);
  const [listed, setListed] = useState(PROBLEMS_PER_PAGE);

  const candidateCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const u of useCases ?? []) m.set(u.problemId, (m.get(u.problemId) ?? 0) + 1);
    return m;
  }, [useCases]);

  if (workspace === undefined || problems === undefined) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;
  const shown = queryProblems(problems, query, workspace.labourRate);
  const present = presenter(workspace);

  const askDelete = (p: StoredProblem) => {
    if ((candidateCount.get(p.id) ?? 0) === 0) void deleteProblem(p, { mode: 'delete' });
    else setDeleting(p);
  };

  return (
    <section className="page" aria-labelledby="problems-title">
      <header className="page__header">
        <h1 id="problems-title">Business problems</h1>
        <div className="page__actions">
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            New problem
          </button>
        </div>
      </header>
      <QuickCapture workspaceId={workspaceId} />
      <ProblemFilters query={query} onChange={setQuery} functions={functionsInUse(problems)} />
      <p className="muted" role="status">
        Showing {shown.length} of {problems.length} problems
      </p>
      {shown.length === 0 ? (
        <p className="empty">{problems.length === 0 ? 'No problems yet: start with the quick capture above.' : 'No problem matches these filters.'}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Business problems</caption>
          <thead>
            <tr>
              <th scope="col">Problem</th>
              <th scope="col">Owner</th>
              <th scope="col">Function</th>
              <th scope="col" className="num">Monthly cost</th>
              <th scope="col" className="num">Importance</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">Candidates</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, listed).map((p) => (
              <tr key={p.id} className={p.status === 'parked' ? 'row--muted' : undefined}>
                <th scope="row">
                  <a href={`#/w/${encodeURIComponent(workspaceId)}/problems/${encodeURIComponent(p.id)}`}>{p.title}</a>
                </th>
                <td>{p.owner || <span className="muted">no owner yet</span>}</td>
                <td>{p.function}</td>
                <td className="num">{present.moneyGiven(problemMonthlyCost(p, workspace.labourRate))}</td>
                <td className="num">{p.strategicImportance}</td>
                <td>
                  <span className={`status status--${p.status}`}>{STATUS_LABELS[p.status]}</span>
                </td>
                <td className="num">{candidateCount.get(p.id) ?? 0}</td>
                <td className="row-actions">
                  <button type="button" className="button button--small" onClick={() => setEditing(p)}>
                    Edit<span className="visually-hidden"> {p.title}</span>
                  </button>
                  <button type="button" className="button button--small" onClick={() => void toggleParked(p)}>
                    {p.status === 'parked' ? 'Reopen' : 'Park'}
                    <span className="visually-hidden"> {p.title}</span>
                  </button>
                  <button type="button" className="button button--small button--danger" onClick={() => askDelete(p)}>
                    Delete<span className="visually-hidden"> {p.title}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length > listed && (
        <p className="list-more">
          <span className="muted">
            Listed: the first {listed} of {shown.length}; search or filter to find the others.{' '}
          </span>
          <button type="button" className="button button--small" onClick={() => setListed(listed + PROBLEMS_PER_PAGE)}>
            Show {Math.min(PROBLEMS_PER_PAGE, shown.length - listed)} more
          </button>
        </p>
      )}

      <Dialog title={editing === 'new' ? 'New problem' : 'Edit problem'} open={editing !== null} onClose={() => setEditing(null)} className="dialog--wide">
        {editing !== null && (
          <ProblemForm
            key={editing === 'new' ? 'new' : editing.id}
            workspace={workspace}
            initial={editing === 'new' ? { ...quickProblemInput(''), status: 'captured' } : problemInputOf(editing)}
            live={editing === 'new' ? null : (problems.find((p) => p.id === editing.id) ?? null)}
            submitLabel={editing === 'new' ? 'Add problem' : 'Save problem'}
            onCancel={() => setEditing(null)}
            onSave={async (input, expectedRevision) => {
              const r =
                editing === 'new'
                  ? await perform(repositories().problems.create(workspaceId, input))
                  : await perform(repositories().problems.update(editing.id, input, expectedRevision), { toast: `Saved “${input.title}”`, undoable: true });
              if (r.ok) setEditing(null);
              return r;
            }}
          />
        )}
      </Dialog>

      <DeleteProblemDialog
        key={deleting?.id ?? 'none'}
        problem={deleting}
        useCaseCount={deleting ? (candidateCount.get(deleting.id) ?? 0) : 0}
        others={problems.filter((p) => p.id !== deleting?.id)}
        onClose={() => setDeleting(null)}
        onConfirm={(p, disposal) => {
          setDeleting(null);
          void deleteProblem(p, disposal);
        }}
      />
    </section>
  );
}
