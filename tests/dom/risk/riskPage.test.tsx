/**
 * The risk page on the demo workspace: run the simulation, read the funded set's P10 / P50 / P90 off the screen, the
 * seed shown (the same seed gives the same answer; a new one is saved with the workspace and changes the figures), a
 * run cancelled from its progress bar, readiness not assessed shown as such, and no accessibility violations axe can
 * find. (jsdom has no workers: a stand-in worker runs the worker's own code on this thread, or holds a run so it can be
 * cancelled; the funding answer is the same search, run here.)
 */
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repositories } from '@renderer/db';
import { demoBundle } from '@renderer/features/workspaces/workspaceActions';
import type * as FundingServiceModule from '@renderer/features/portfolio/fundingService';
import type { SimulationReply, SimulationRequest } from '@renderer/features/risk/simulationMessages';
import { runRequest } from '@renderer/features/risk/simulationRun';
import { currentStage } from '@shared/domain';
import { parseNumberText } from '@shared/presentation';

vi.mock('@renderer/features/portfolio/fundingService', async (original) => {
  const real = await original<FundingService>();
  const { optimiseFunding } = await import('@shared/portfolio');
  return {
    ...real,
    fundingAnswerFor: async (bundle: Parameters<typeof real.fundingAnswerFor>[0]) => {
      const { candidates, constraints } = real.workspaceFundingProblem(bundle.workspace, bundle.problems, bundle.useCases, bundle.plan, bundle.todayMonth, bundle.sessions);
      return optimiseFunding(candidates, constraints, { clock: () => performance.now(), timeLimitMs: 2_000 });
    },
  };
});

type FundingService = typeof FundingServiceModule;

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** How the stand-in worker behaves: run the request here, or hold it (reporting a little progress) until terminated. */
let mode: 'run' | 'hold' = 'run';
let terminated = 0;
class StandInWorker {
  onmessage: ((event: MessageEvent<SimulationReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private ended = false;
  postMessage(request: SimulationRequest) {
    const post = (reply: SimulationReply) => setTimeout(() => !this.ended && this.onmessage?.({ data: reply } as MessageEvent<SimulationReply>), 0);
    if (mode === 'hold') return post({ id: request.id, kind: 'progress', fraction: 0.3 });
    setTimeout(() => runRequest(structuredClone(request), post), 0);
  }
  terminate() {
    this.ended = true;
    terminated++;
  }
}

let root: Root | null = null;
let container: HTMLDivElement;
beforeEach(() => {
  mode = 'run';
  terminated = 0;
  vi.stubGlobal('Worker', StandInWorker);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
  vi.unstubAllGlobals();
});

const text = () => container.textContent ?? '';
async function waitFor(probe: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1_000; i++) {
    if (probe()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}\n${text()}`);
}
async function click(name: string): Promise<void> {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`No button “${name}”`);
  await act(async () => b.click());
}
async function type(label: string, value: string): Promise<void> {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent === label);
  const el = l ? (document.getElementById(l.htmlFor) as HTMLInputElement | null) : null;
  if (!el) throw new Error(`No control “${label}”`);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The funded set's figures as shown: label → amount (read back with the app's own number reading). */
function fundedFigures(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const div of container.querySelectorAll('.risk-figures div')) {
    const label = div.querySelector('dt')!.textContent!;
    const shown = div.querySelector('dd')!.textContent!;
    const read = parseNumberText(shown, label.startsWith('Chance') ? 'share' : 'money');
    if (!read.ok) throw new Error(`Not a figure: ${shown}`);
    out[label.split(' ')[0] === 'Chance' ? 'chance' : label.split(' ')[0]!] = read.value;
  }
  return out;
}

async function openDemo(prepare: (workspaceId: string) => Promise<void> = async () => undefined): Promise<string> {
  const written = await repositories().workspaces.createDemo(demoBundle(), { firstStart: false });
  if (!written?.ok) throw new Error('demo');
  await prepare(written.value.id);
  const { RiskPage } = await import('@renderer/features/risk/RiskPage');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<RiskPage workspaceId={written.value.id} />));
  await waitFor(() => [...container.querySelectorAll('button')].some((b) => b.textContent === 'Run the simulation' && !b.disabled), 'the run button');
  return written.value.id;
}

describe('the risk page', () => {
  it('runs the demo, shows P10 ≤ P50 ≤ P90 with its seed, repeats itself for the same seed, and changes with a new one', { timeout: 120_000 }, async () => {
    const id = await openDemo();
    const seed = (await repositories().workspaces.get(id))!.uncertainty.seed;
    await click('Run the simulation');
    await waitFor(() => container.querySelector('.risk-figures') !== null, 'the funded set');
    const first = fundedFigures();
    expect(first.P10).toBeLessThanOrEqual(first.P50!);
    expect(first.P50).toBeLessThanOrEqual(first.P90!);
    expect(first.P10).toBeLessThan(first.P90!);
    expect(first.chance).toBeGreaterThanOrEqual(0);
    expect(first.chance).toBeLessThanOrEqual(1);
    // The seed as it is typed and printed in the board pack (an identifier, not an amount: no thousands separators).
    expect(text()).toContain(`Seed ${seed}, 10,000 trials: the same seed gives the same answer.`);
    expect(container.querySelector('svg[role="img"][aria-label^="The funded set’s NPV"]')).not.toBeNull();
    expect(container.querySelector('svg[role="img"][aria-label^="The funded set’s cumulative cash from today"]')).not.toBeNull();
    // Every use case has a row; the table's first columns are the name and whether it is funded.
    expect(container.querySelectorAll('.risk-cases tbody tr').length).toBe(demoBundle().useCases.length);

    await click('Run again');
    await waitFor(() => !text().includes('Simulating the portfolio'), 'the second run');
    expect(fundedFigures()).toEqual(first);

    await type('Seed', '12345');
    await click('Save seed');
    await waitFor(() => text().includes('run it again to update the figures'), 'the figures marked as from the old seed');
    expect((await repositories().workspaces.get(id))!.uncertainty.seed).toBe(12_345);
    await click('Run again');
    await waitFor(() => text().includes('Seed 12345, 10,000 trials'), 'the run with the new seed');
    const other = fundedFigures();
    expect(other.P50).not.toBe(first.P50);
    expect(other.P10).toBeLessThanOrEqual(other.P50!);
    expect(other.P50).toBeLessThanOrEqual(other.P90!);
  });

  it('cancels a run from its progress bar: the worker is stopped and no figures are made up', { timeout: 60_000 }, async () => {
    mode = 'hold';
    await openDemo();
    await click('Run the simulation');
    await waitFor(() => container.querySelector('progress') !== null && text().includes('30% done'), 'the progress bar');
    await click('Cancel simulating the portfolio');
    expect(terminated).toBe(1);
    expect(container.querySelector('progress')).toBeNull();
    expect(text()).toContain('The run was cancelled.');
    expect(container.querySelector('.risk-figures')).toBeNull();
  });

  it('shows a use case whose readiness is not assessed as such, and has no accessibility violations axe can find', { timeout: 120_000 }, async () => {
    let name = '';
    const workspaceId = await openDemo(async (id) => {
      const uc = (await repositories().useCases.list(id)).find((u) => currentStage(u.lifecycle) === 'idea')!;
      name = uc.name;
      const blank = Object.fromEntries(Object.entries(uc.readiness).map(([d, r]) => [d, { ...r, score: null }]));
      const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision, lifecycle: _l, actuals: _a, ...input } = uc;
      const r = await repositories().useCases.update(uc.id, { ...input, readiness: blank as typeof uc.readiness }, revision);
      expect(r.ok).toBe(true);
    });
    await click('Run the simulation');
    await waitFor(() => container.querySelector('.risk-figures') !== null, 'the funded set');
    const row = [...container.querySelectorAll('.risk-cases tbody tr')].find((tr) => tr.querySelector('th')?.textContent === name)!;
    expect(row.textContent).toContain('Readiness not assessed: no chance of production to simulate yet');
    // The demo's AP agent was stopped during its pilot: nothing of it is still to come, and the table says so.
    const stopped = (await repositories().useCases.list(workspaceId)).find((u) => currentStage(u.lifecycle) === 'stopped')!;
    const stoppedRow = [...container.querySelectorAll('.risk-cases tbody tr')].find((tr) => tr.querySelector('th')?.textContent === stopped.name)!;
    expect(stoppedRow.textContent).toContain('Stopped: nothing of it is still to come');
    let result: axe.AxeResults | undefined;
    await act(async () => {
      result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    });
    expect(result!.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
