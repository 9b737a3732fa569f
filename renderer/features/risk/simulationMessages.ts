import type { UseCase, WorkspaceSettings } from '@shared/domain';
import type { SimulationResult } from '@shared/uncertainty/simulate';

/** What the page sends the simulation worker (simulation.worker.ts) and what it answers. */
export interface SimulationRequest {
  id: number;
  /** The workspace's settings: its uncertainty policy gives the ranges, the seed and the number of trials. */
  workspace: WorkspaceSettings;
  useCases: readonly UseCase[];
  /** The funded set (the portfolio's funding answer). */
  fundedIds: readonly string[];
  /** Plan month of today: every figure counts from it. */
  today: number;
}

export type SimulationReply =
  | { id: number; kind: 'progress'; fraction: number }
  | { id: number; kind: 'result'; result: SimulationResult }
  | { id: number; kind: 'error'; message: string };
