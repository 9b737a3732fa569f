import highsLoader, { type Highs } from 'highs';
import type { ExactEngine } from '@shared/portfolio';
import { highsEngine } from '@renderer/features/portfolio/highsEngine';

/**
 * HiGHS for the Node tests and benchmarks: loaded once from node_modules (the wasm file beside its loader), handed
 * to the same adapter the funding worker uses. A module that broke is dropped and loaded afresh by the next call.
 */
let module: Promise<Highs> | null = null;

export async function loadHighsEngine(): Promise<ExactEngine> {
  module ??= highsLoader();
  const highs = await module;
  return highsEngine(highs, () => (module = null));
}
