/**
 * The board pack's figures are worked out in slices (a hundred business cases, two hundred candidates' warnings, then
 * each portfolio-wide step), so a pack of thousands of candidates keeps the page responsive and shows how far it is;
 * the sliced build gives exactly the export model every exporter reads, and stops at the next pause once cancelled.
 */
import { describe, expect, it } from 'vitest';
import { boardPackSteps, packRisks } from '@renderer/features/boardPack/boardPackModel';
import { runSteps, runStepsAsync, StepsCancelled } from '@shared/export/compression';
import { buildExportModel, exportModelSteps } from '@shared/export/exportModel';
import { exportModelOf } from './fixtures';
import { scaledBundle } from './scaledBundle';

const COUNT = 600;
const GENERATED_AT = '2027-02-01T09:30:00.000Z';
const bundle = scaledBundle(COUNT);
const funding = exportModelOf({ bundle, generatedAt: GENERATED_AT }).funding;
/** The build's input, with the month the figures are as of (its planning start: nothing spent yet). */
const input = { bundle: { ...bundle, plan: bundle.plan! }, funding, generatedAt: GENERATED_AT, todayMonth: bundle.workspace.planningStartMonth };

/** The model without its formatters (functions, made afresh by each build). */
const data = <T extends { present: unknown }>({ present: _p, ...rest }: T) => rest;

function stepsOf<T>(steps: Generator<number, T, void>): { fractions: number[]; value: T } {
  const fractions: number[] = [];
  let r = steps.next();
  for (; !r.done; r = steps.next()) fractions.push(r.value);
  return { fractions, value: r.value };
}

describe('the board pack built in slices', () => {
  it('the export model in slices equals the export model every exporter reads', () => {
    const { fractions, value } = stepsOf(exportModelSteps(input));
    expect(fractions.length).toBeGreaterThanOrEqual(COUNT / 100 + 5);
    expect(data(value)).toEqual(data(buildExportModel(input)));
  });

  it('yields its share done, rising to 1 over many slices, and carries the model, the funded rows, every warning and the risks', () => {
    const { fractions, value: pack } = stepsOf(boardPackSteps(input));
    expect(fractions.length).toBeGreaterThan(COUNT / 100 + COUNT / 200);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[0]).toBeGreaterThan(0);
    expect(fractions.at(-1)).toBe(1);
    const model = buildExportModel(input);
    const { funded, fundedIds, warnings, risks, ...rest } = pack;
    expect(data(rest)).toEqual(data(model));
    expect(funded.map((r) => r.useCase.id)).toEqual(model.rows.filter((r) => r.funded).map((r) => r.useCase.id));
    expect([...fundedIds].sort()).toEqual([...funding.selectedIds].sort());
    expect([...warnings.keys()]).toEqual(model.rows.map((r) => r.useCase.id));
    expect(risks).toEqual(packRisks(model.rows, fundedIds, warnings));
    expect(data(runSteps(boardPackSteps(input)))).toEqual(data(pack));
  });

  it('reports its progress on the way and stops at the next pause once cancelled', async () => {
    const seen: number[] = [];
    const pack = await runStepsAsync(boardPackSteps(input), { sliceMs: 0, pause: () => Promise.resolve(), onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(10);
    expect(pack.rows).toHaveLength(COUNT);
    const signal = { aborted: false };
    const stopped = runStepsAsync(boardPackSteps(input), { sliceMs: 0, signal, pause: async () => void (signal.aborted = true) });
    await expect(stopped).rejects.toBeInstanceOf(StepsCancelled);
  });
});
