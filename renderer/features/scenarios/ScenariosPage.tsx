import { useCallback, useMemo, useState } from 'react';
import { TextField } from '@renderer/components/inputs';
import { repositories, useProblems, useScenarios, useSessions, useUseCases, useWorkspace, type StoredScenario } from '@renderer/db';
import { roomScoresOf } from '@shared/workshop/roomVote';
import { useTodayMonth } from '@renderer/features/living/today';
import { usePortfolioPlan } from '@renderer/features/portfolio/usePortfolioPlan';
import { perform } from '@renderer/state/actions';
import { blankScenarioInput, MAX_COMPARED_SCENARIOS, MAX_SCENARIOS, type Workspace } from '@shared/domain';
import { presenter } from '@shared/presentation';
import { BASE_KEY, BASE_NAME, type ScenarioBase } from '@shared/scenarios';
import { ScenarioCompare } from './ScenarioCompare';
import { ScenarioEditor } from './ScenarioEditor';
import { changesInWords, inputOfScenario, type SaveScenario } from './scenarioEdits';
import { useBaseCases, useScenarioComparison } from './useScenarioComparison';
import './scenarios.css';

/**
 * Scenarios (docs/scenarios.md): named what-ifs layered on the workspace — assumptions, funding rules and chosen use
 * cases changed without copying anything — listed, created, renamed, edited and deleted (each undoable), and compared
 * two to four at a time with the base plan.
 */
export function ScenariosPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const scenarios = useScenarios(workspaceId);
  const sessions = useSessions(workspaceId);
  const { plan } = usePortfolioPlan(workspaceId, useCases);
  const todayMonth = useTodayMonth();
  const present = useMemo(() => (workspace ? presenter(workspace) : null), [workspace]);
  const [name, setName] = useState('');
  const [createError, setCreateError] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[] | null>(null);

  const base: ScenarioBase<Workspace> | null = useMemo(
    () => (workspace && problems && useCases && plan && sessions ? { workspace, problems, useCases, plan, todayMonth, roomScores: roomScoresOf(sessions).scores } : null),
    [workspace, problems, useCases, plan, todayMonth, sessions],
  );
  const baseCases = useBaseCases(base);
  // Until the person chooses: the base plan beside the first scenarios.
  const compared = useMemo(() => {
    const ids = picked ?? [BASE_KEY, ...(scenarios ?? []).slice(0, MAX_COMPARED_SCENARIOS - 1).map((s) => s.id)];
    return ids.filter((id) => id === BASE_KEY || scenarios?.some((s) => s.id === id));
  }, [picked, scenarios]);
  const chosen = useMemo(() => compared.map((id) => (id === BASE_KEY ? null : (scenarios?.find((s) => s.id === id) ?? null))), [compared, scenarios]);
  const { comparison, busy, error } = useScenarioComparison(compared.length >= 2 ? base : null, baseCases, chosen);

  const toggle = (id: string, on: boolean) => setPicked((compared.includes(id) === on ? compared : on ? [...compared, id] : compared.filter((x) => x !== id)));
  const edited = scenarios?.find((s) => s.id === editing) ?? null;
  const save: SaveScenario = useCallback(
    async (change, label) => {
      if (!edited) return 'This scenario no longer exists';
      const r = await perform(repositories().scenarios.update(edited.id, change(inputOfScenario(edited)), edited.revision, label));
      return r.ok ? null : (r.errors[0]?.message ?? 'The scenario was not changed');
    },
    [edited],
  );

  if (workspace === undefined || !present || !scenarios || !useCases || !plan) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;

  const create = async () => {
    const r = await perform(repositories().scenarios.create(workspaceId, blankScenarioInput(name.trim())));
    if (!r.ok) return setCreateError(r.errors[0]?.message);
    setName('');
    setCreateError(undefined);
    setEditing(r.value.id);
    if (compared.length < MAX_COMPARED_SCENARIOS) setPicked([...compared, r.value.id]);
  };
  const remove = async (s: StoredScenario) => {
    const r = await perform(repositories().scenarios.remove(s.id, s.revision), { toast: `Deleted the scenario “${s.name}”.`, undoable: true });
    if (r.ok && editing === s.id) setEditing(null);
  };
  const words = (s: StoredScenario) => changesInWords(s, present.money, (v) => present.percent(v), (v) => present.number(v, 2));
  const full = compared.length >= MAX_COMPARED_SCENARIOS;
  const compareBox = (id: string, label: string) => (
    <input
      type="checkbox"
      aria-label={`Compare ${label}`}
      checked={compared.includes(id)}
      disabled={!compared.includes(id) && full}
      onChange={(e) => toggle(id, e.target.checked)}
    />
  );

  return (
    <section className="page scenarios-page" aria-labelledby="scenarios-title">
      <header className="page__header">
        <h1 id="scenarios-title">Scenarios</h1>
      </header>
      <p className="page__intro">
        A scenario changes assumptions, funding rules or chosen use cases without copying the workspace: it follows every later edit of the base plan.
        Compare two to four side by side.
      </p>
      <section className="card" aria-labelledby="scenario-list-title">
        <h2 id="scenario-list-title">Scenarios of this workspace</h2>
        <div className="table-scroll">
          <table className="table scenario-list">
            <caption className="visually-hidden">Scenarios, what each changes, and whether it is compared</caption>
            <thead>
              <tr>
                <th scope="col">Compare</th>
                <th scope="col">Scenario</th>
                <th scope="col">What it changes</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>{compareBox(BASE_KEY, BASE_NAME)}</td>
                <th scope="row">{BASE_NAME}</th>
                <td>The workspace and its portfolio plan as they are.</td>
                <td />
              </tr>
              {scenarios.map((s) => (
                <tr key={s.id} aria-current={editing === s.id ? 'true' : undefined}>
                  <td>{compareBox(s.id, s.name)}</td>
                  <th scope="row">{s.name}</th>
                  <td>{words(s)}</td>
                  <td className="scenario-list__actions">
                    <button type="button" className="button button--small" aria-label={`Edit ${s.name}`} onClick={() => setEditing(s.id)}>
                      Edit
                    </button>
                    <button type="button" className="button button--small button--danger" aria-label={`Delete ${s.name}`} onClick={() => void remove(s)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form
          className="scenario-create"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <TextField label="New scenario" value={name} onChange={(v) => (setName(v), setCreateError(undefined))} error={createError} hint={`For example “Budget cut by 20%”; at most ${MAX_SCENARIOS} per workspace`} />
          <button type="submit" className="button button--primary" disabled={name.trim() === ''}>
            Create scenario
          </button>
        </form>
      </section>
      {edited && <ScenarioEditor key={edited.id} scenario={edited} workspace={workspace} plan={plan} useCases={useCases} present={present} onSave={save} />}
      {compared.length < 2 ? (
        <p className="card" role="status">
          Choose two to four (the base plan counts as one) to compare them side by side.
        </p>
      ) : error ? (
        <p className="card field__error" role="alert">
          The comparison could not be worked out: {error}
        </p>
      ) : comparison ? (
        <ScenarioCompare comparison={comparison} present={present} busy={busy} />
      ) : (
        <p className="card" role="status">
          Working out each scenario's funded set…
        </p>
      )}
    </section>
  );
}
