/**
 * Export and import figures against the targets: XLSX for 1,000 use cases < 3 s; import of a 5,000-use-case
 * workspace file < 3 s. Also printed: the deck for 50 use cases, the ranked CSV, and writing the 5,000-use-case file.
 * Check mode (BENCH_CHECK=1) fails when a target is missed, judged as every benchmark that takes both times: on the
 * smaller of the wall and the process's CPU time, with the margin of benchCheck.ts (the CPU time also counts V8's
 * garbage-collector threads, which run beside the export: a workbook of 1,000 use cases took 3.0 s on 3.6 s of CPU).
 */
import { describe, expect, it } from 'vitest';
import { exportModelOf } from '../unit/export/fixtures';
import { rankedTableCsv } from '@shared/export/rankedTableCsv';
import { parseWorkspaceFile, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { deckPptx } from '@renderer/export/deckPptx';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { scaledBundle } from '../unit/export/scaledBundle';
import { checkModeLine, checkTime, judgedMs, measureAsync } from './benchCheck';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: 'bench' };

async function timed<T>(label: string, target: number | null, run: () => Promise<T> | T): Promise<T> {
  const { value, wallMs, cpuMs } = await measureAsync(run);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const judged = judgedMs(wallMs, cpuMs);
  console.info(`${label}: ${s(wallMs)} (CPU ${s(cpuMs)})${target === null ? '' : ` (target < ${target / 1000} s: ${judged < target ? 'met' : 'NOT met'} on the smaller of wall and CPU time; ${checkModeLine()})`}`);
  if (target !== null) checkTime(label, { wallMs, cpuMs }, target);
  return value;
}

describe('export benchmarks', () => {
  it('XLSX for 1,000 use cases', async () => {
    const model = await timed('Export model for 1,000 use cases (analysis, ranking, funding)', null, () =>
      exportModelOf({ bundle: scaledBundle(1000), generatedAt: META.exportedAt }),
    );
    const bytes = await timed('XLSX for 1,000 use cases', 3000, () => workbookXlsx(model));
    console.info(`  file size ${(bytes.byteLength / 1e6).toFixed(1)} MB`);
    await timed('Ranked CSV for 1,000 use cases', null, () => rankedTableCsv(model));
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('deck for 50 use cases', async () => {
    const model = exportModelOf({ bundle: scaledBundle(50), generatedAt: META.exportedAt });
    const bytes = await timed(`PPTX deck for 50 use cases (${model.fundedSummary.fundedCount} funded)`, null, () => deckPptx(model));
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('import of a 5,000-use-case workspace file', async () => {
    const bundle = scaledBundle(5000);
    const text = await timed('Write a 5,000-use-case workspace file', null, () => serializeWorkspaceFile(bundle, META));
    console.info(`  file size ${(text.length / 1e6).toFixed(1)} MB`);
    const result = await timed('Import (parse + validate) a 5,000-use-case workspace file', 3000, () => parseWorkspaceFile(text));
    expect(result.ok).toBe(true);
  });
});
