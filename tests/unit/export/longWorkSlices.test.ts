/**
 * Long work in slices: reading a workspace file pauses between parsing the JSON and checking the records (so neither
 * holds the page with the other), a cancelled read stops at the next pause, and the file jobs behind every export report
 * where they are and stop when cancelled, handing out nothing.
 */
import { describe, expect, it } from 'vitest';
import * as ExcelJS from 'exceljs';
import { isCancelled } from '@renderer/components/ProgressTask';
import { runFileJob, type FileJob } from '@renderer/features/exchange/fileJobs';
import { buildFile } from '@renderer/features/exchange/fileWork';
import { StepsCancelled } from '@shared/export/compression';
import { computeFunding } from '@shared/export/exportModel';
import { parseWorkspaceFile, parseWorkspaceFileAsync, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { scaledBundle } from './scaledBundle';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: 'test' };
const bundle = scaledBundle(40);
const boardJob = (kind: 'pptx' | 'xlsx' | 'csv'): FileJob => ({ kind, bundle, funding: computeFunding(bundle, bundle.workspace.planningStartMonth), frontier: null, generatedAt: META.exportedAt, todayMonth: bundle.workspace.planningStartMonth });

describe('reading a workspace file in slices', () => {
  const text = serializeWorkspaceFile(bundle, META);

  it('pauses between parsing the JSON and checking the records, and gives the same result as the one-step read', async () => {
    const seen: number[] = [];
    const parsed = await parseWorkspaceFileAsync(text, { sliceMs: 0, pause: () => Promise.resolve(), onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([0.4]);
    expect(parsed).toEqual(parseWorkspaceFile(text));
  });

  it('stops at the next pause once cancelled', async () => {
    const signal = { aborted: false };
    const reading = parseWorkspaceFileAsync(text, { sliceMs: 0, signal, pause: async () => void (signal.aborted = true) });
    await expect(reading).rejects.toBeInstanceOf(StepsCancelled);
  });
});

describe('the file jobs behind the exports', () => {
  it('the workbook job reports its stages in order, then packs the file (no percentage), and the file opens', async () => {
    const said: [string, number | null][] = [];
    const result = await runFileJob(boardJob('xlsx'), { say: (s, f) => said.push([s, f]), pause: () => Promise.resolve() });
    const fractions = said.map(([, f]) => f).filter((f): f is number => f !== null);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(said.at(-1)?.[1]).toBeNull();
    expect(said.at(-1)?.[0]).toMatch(/^Packing the sheets/);
    if (!result.ok || typeof result.data === 'string') throw new Error('no workbook');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.data.slice().buffer);
    expect(workbook.getWorksheet('Ranked')?.rowCount).toBeGreaterThan(40);
  });

  it('the deck job ends with a PowerPoint file (a zip) after telling where the slides are', async () => {
    const said: string[] = [];
    const result = await runFileJob(boardJob('pptx'), { say: (s) => said.push(s), pause: () => Promise.resolve() });
    expect(said).toContain('Laying out the slides…');
    if (!result.ok || typeof result.data === 'string') throw new Error('no deck');
    expect(String.fromCharCode(result.data[0]!, result.data[1]!)).toBe('PK');
  });

  it('a cancelled job hands out nothing: building stops at its next stage', async () => {
    const controller = new AbortController();
    const said: string[] = [];
    const building = buildFile(boardJob('xlsx'), {
      signal: controller.signal,
      onStep: (sentence) => {
        said.push(sentence);
        controller.abort();
      },
    });
    const outcome = await building.then(
      () => 'built',
      (e: unknown) => (isCancelled(e) ? 'cancelled' : String(e)),
    );
    expect(outcome).toBe('cancelled');
    expect(said).toEqual(['Working out every candidate’s figures…']);
  });

  it('a cancelled workspace file stops while it is checked or compressed', async () => {
    const controller = new AbortController();
    const outcome = await buildFile(
      { kind: 'workspace-file', bundle: scaledBundle(1500), meta: META, compress: 'always' },
      { signal: controller.signal, onStep: (_s, f) => void (f !== null && f > 0 && controller.abort()) },
    ).then(
      () => 'built',
      (e: unknown) => (isCancelled(e) ? 'cancelled' : String(e)),
    );
    expect(outcome).toBe('cancelled');
  });
});
