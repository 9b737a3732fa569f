import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { repositories } from '@renderer/db';
import { requestFunding } from '@renderer/features/portfolio/fundingService';
import type { Scenario } from '@shared/domain';
import { chosenScenarios, optionsOf, prepareOptions, type ExportOptions } from '@shared/export/exportOptions';
import type { BoardPackModel } from './boardPackModel';
import { packScenarioChoice, setPackScenarioChoice, subscribePackScenarioChoice } from './packChoice';

/** The workspace's scenarios, live (undefined while loading). */
export function usePackScenarios(workspaceId: string): readonly Scenario[] | undefined {
  return useLiveQuery(() => repositories().scenarios.list(workspaceId), [workspaceId]);
}

/** The scenarios chosen for the pack (ids, in the order chosen) and how to change the choice. */
export function usePackChoice(workspaceId: string): [string[], (ids: readonly string[]) => void] {
  const snapshot = useSyncExternalStore(subscribePackScenarioChoice, () => JSON.stringify(packScenarioChoice(workspaceId)));
  const ids = useMemo(() => JSON.parse(snapshot) as string[], [snapshot]);
  return [ids, (next) => setPackScenarioChoice(workspaceId, next)];
}

export type PackOptionsState = { status: 'none' } | { status: 'loading' } | { status: 'ready'; options: ExportOptions } | { status: 'error'; message: string };

/**
 * The options page's comparison: the pack's own plan and funded set beside each chosen scenario, funded by the funding
 * service (in its worker, the answers the Scenarios page shows), so choosing scenarios never rebuilds the rest of the pack.
 */
export function usePackOptions(model: BoardPackModel | null, scenarios: readonly Scenario[] | undefined, chosenIds: readonly string[]): PackOptionsState {
  const chosen = useMemo(() => chosenScenarios(scenarios, chosenIds), [scenarios, chosenIds]);
  const [state, setState] = useState<{ key: object | null; value: PackOptionsState }>({ key: null, value: { status: 'none' } });
  const key = useMemo(() => ({ model, chosen }), [model, chosen]);
  useEffect(() => {
    if (!model || chosen.length === 0) return;
    let current = true;
    setState({ key, value: { status: 'loading' } });
    const prepared = prepareOptions(model, { problems: model.problems, useCases: model.rows.map((r) => r.useCase) }, chosen);
    Promise.all(prepared.scenarios.map((s) => requestFunding(s.problem.candidates, s.problem.constraints)))
      .then((answers) => current && setState({ key, value: { status: 'ready', options: optionsOf(model, chosen, prepared, answers) } }))
      .catch((e: unknown) => current && setState({ key, value: { status: 'error', message: e instanceof Error ? e.message : String(e) } }));
    return () => {
      current = false;
    };
  }, [key, model, chosen]);
  if (!model || chosen.length === 0) return { status: 'none' };
  return state.key === key ? state.value : { status: 'loading' };
}
