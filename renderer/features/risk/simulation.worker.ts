/// <reference lib="webworker" />
import '@shared/zod';
import type { SimulationReply, SimulationRequest } from './simulationMessages';
import { runRequest } from './simulationRun';

/**
 * Runs the Monte Carlo simulation off the UI thread (simulationRun.ts), reporting its progress as it goes. A run is
 * stopped by terminating the worker (simulationService.ts).
 */
self.onmessage = (event: MessageEvent<SimulationRequest>) => runRequest(event.data, (reply: SimulationReply) => self.postMessage(reply));
