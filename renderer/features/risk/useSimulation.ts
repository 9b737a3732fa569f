import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseCase, WorkspaceSettings } from '@shared/domain';
import type { SimulationResult } from '@shared/uncertainty/simulate';
import { runSimulation, SimulationCancelled, type SimulationRun } from './simulationService';

/** What a simulation runs on: the workspace (its uncertainty policy: ranges, seed, trials), its use cases, the funded set, today. */
export interface SimulationInputs {
  workspace: WorkspaceSettings;
  useCases: readonly UseCase[];
  fundedIds: readonly string[];
  /** Plan month of today. */
  today: number;
}

export interface SimulationState {
  /** The latest finished run's figures (kept while a new run goes on, or after one is cancelled). */
  result: SimulationResult | null;
  /** True when the data, the funded set or the policy changed since `result` was worked out. */
  stale: boolean;
  running: boolean;
  /** Share of the running simulation done (0–1). */
  fraction: number;
  /** The last run was cancelled before it finished. */
  cancelled: boolean;
  error: string | null;
  run: () => void;
  cancel: () => void;
}

const sameInputs = (a: SimulationInputs | null, b: SimulationInputs | null): boolean =>
  a !== null &&
  b !== null &&
  a.workspace === b.workspace &&
  a.useCases === b.useCases &&
  a.today === b.today &&
  a.fundedIds.length === b.fundedIds.length &&
  a.fundedIds.every((id, i) => id === b.fundedIds[i]);

/**
 * A Monte Carlo run in a Web Worker with its progress, for a page or an export (docs/uncertainty.md). `run` starts one
 * on the current inputs (a run still going is cancelled first); `cancel` stops it and keeps the previous figures.
 * With `auto`, a run starts by itself whenever the inputs change. Leaving the page stops a run.
 */
export function useSimulation(inputs: SimulationInputs | null, options: { auto?: boolean } = {}): SimulationState {
  const [result, setResult] = useState<{ inputs: SimulationInputs; result: SimulationResult } | null>(null);
  const [running, setRunning] = useState(false);
  const [fraction, setFraction] = useState(0);
  const [cancelled, setCancelled] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = useRef<SimulationRun | null>(null);
  const latest = useRef(inputs);
  latest.current = inputs;

  const cancel = useCallback(() => {
    const run = active.current;
    if (!run) return;
    active.current = null;
    run.cancel();
    setRunning(false);
    setCancelled(true);
  }, []);

  const run = useCallback(() => {
    const given = latest.current;
    if (!given) return;
    active.current?.cancel();
    const started = runSimulation(
      { workspace: given.workspace, useCases: given.useCases, fundedIds: [...given.fundedIds], today: given.today },
      (f) => active.current === started && setFraction(f),
    );
    active.current = started;
    setRunning(true);
    setFraction(0);
    setCancelled(false);
    setError(null);
    started.result.then(
      (r) => {
        if (active.current !== started) return;
        active.current = null;
        setResult({ inputs: given, result: r });
        setRunning(false);
      },
      (e: unknown) => {
        if (active.current !== started || e instanceof SimulationCancelled) return;
        active.current = null;
        setRunning(false);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, []);

  useEffect(() => () => active.current?.cancel(), []);
  const stale = result !== null && !sameInputs(result.inputs, inputs);
  const auto = options.auto === true;
  useEffect(() => {
    if (auto && inputs && (result === null || stale) && !running && !error && !cancelled) run();
  }, [auto, inputs, result, stale, running, error, cancelled, run]);

  return { result: result?.result ?? null, stale, running, fraction, cancelled, error, run, cancel };
}
