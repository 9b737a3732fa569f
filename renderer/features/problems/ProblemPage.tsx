import { useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { repositories, useProblems, useUseCases, useWorkspace } from '@renderer/db';
import { AddCandidateDialog } from '@renderer/features/useCases/AddCandidateDialog';
import { CandidatesTable } from '@renderer/features/useCases/CandidatesTable';
import { perform } from '@renderer/state/actions';
import { problemMonthlyCost, type Problem, type Workspace } from '@shared/domain';
import { NOT_GIVEN, presenter } from '@shared/presentation';
import { problemInputOf } from './problemConflict';
import { ProblemForm, STATUS_LABELS } from './ProblemForm';
import '@renderer/features/useCases/useCases.css';

function Facts({ problem, workspace }: { problem: Problem; workspace: Workspace }) {
  const present = presenter(workspace);
  const hours = problem.monthlyHours;
  const facts: [string, string][] = [
    ['Business owner', problem.owner || 'no owner yet'],
    ['Function', problem.function || '—'],
    ['People affected', present.numberGiven(problem.peopleAffected, 0)],
    ['Hours lost per month', hours === null ? NOT_GIVEN : `${present.number(hours)} h (${present.money(hours * workspace.labourRate)})`],
    ['Other monthly cost', present.moneyGiven(problem.monthlyCost)],
    ['Strategic importance', `${problem.strategicImportance} of 5`],
    ['Status', STATUS_LABELS[problem.status]],
  ];
  return (
    <dl className="pp-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A business problem as a one-pager: what it costs today and the AI candidates competing to solve it. */
export function ProblemPage({ workspaceId, problemId }: { workspaceId: string; problemId: string }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  if (workspace === undefined || problems === undefined || useCases === undefined) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;
  const problemsHref = `#/w/${encodeURIComponent(workspaceId)}/problems`;
  const problem = problems.find((p) => p.id === problemId);
  if (!problem) {
    return (
      <p className="empty">
        This problem no longer exists (it may have been deleted; Undo brings it back). <a href={problemsHref}>Back to the problems</a>
      </p>
    );
  }
  const candidates = useCases.filter((u) => u.problemId === problem.id).sort((a, b) => a.name.localeCompare(b.name));
  const monthly = problemMonthlyCost(problem, workspace.labourRate);
  const present = presenter(workspace);

  return (
    <section className="page" aria-labelledby="problem-title">
      <nav aria-label="Breadcrumb" className="uc-breadcrumb">
        <a href={problemsHref}>Problems</a>
      </nav>
      <header className="page__header">
        <h1 id="problem-title">{problem.title}</h1>
        <div className="page__actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit problem
          </button>
        </div>
      </header>
      <div className="card">
        <p className="callout">
          {monthly === null ? (
            <>
              What this problem costs a month today: <strong>{NOT_GIVEN}</strong>. Edit the problem to add the hours lost or a monthly cost.
            </>
          ) : (
            <>
              This problem costs <strong>{present.money(monthly)}</strong> a month today.
            </>
          )}
        </p>
        <h2>Problem statement</h2>
        <p className="pp-text">{problem.statement || <span className="muted">No statement yet.</span>}</p>
        <Facts problem={problem} workspace={workspace} />
        <h2>Evidence</h2>
        <p className="pp-text">{problem.evidence || <span className="muted">No evidence recorded yet.</span>}</p>
      </div>

      <section className="card" aria-labelledby="candidates-title">
        <div className="pp-candidates-header">
          <h2 id="candidates-title">Candidates ({candidates.length})</h2>
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            Add candidate
          </button>
        </div>
        <p className="muted">
          Candidates compete: they solve the same problem, so its benefit is counted once and the portfolio funds at most one of them.
        </p>
        {candidates.length === 0 ? (
          <p className="empty">No candidate yet. Add the AI use cases that could solve this problem and compare their business cases.</p>
        ) : (
          <CandidatesTable useCases={candidates} workspace={workspace} caption={`Candidates for “${problem.title}”`} />
        )}
      </section>

      <Dialog title="Edit problem" open={editing} onClose={() => setEditing(false)} className="dialog--wide">
        {editing && (
          <ProblemForm
            workspace={workspace}
            initial={problemInputOf(problem)}
            live={problem}
            submitLabel="Save problem"
            onCancel={() => setEditing(false)}
            onSave={async (input, expectedRevision) => {
              const r = await perform(repositories().problems.update(problem.id, input, expectedRevision), { toast: `Saved “${input.title}”`, undoable: true });
              if (r.ok) setEditing(false);
              return r;
            }}
          />
        )}
      </Dialog>
      <AddCandidateDialog open={adding} problem={problem} workspace={workspace} onClose={() => setAdding(false)} />
    </section>
  );
}
