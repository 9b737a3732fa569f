/**
 * Big workspace files: a workspace of 3,000 problems and 3,000 use cases with every field at its maximum size,
 * exported (serialised, read back through the import's parse, gzip-compressed), opened again (unpacked in slices,
 * parsed, validated) and passed through the desktop backup store over a real folder. Prints time and memory per step
 * (heap sampled while each step runs, peak RSS from the process's high-water mark).
 *
 * Check mode (`BENCH_CHECK=1 npx vitest run --project bench tests/bench/workspaceFile.bench.ts`) fails when a target
 * is missed: export < 30 s, open < 30 s, backup write + read < 5 s (the process's CPU time, with the margin of
 * benchCheck.ts), peak RSS < 3 GB. `BENCH_SIZE=5000` runs the 5,000 × 5,000 workspace instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWorkspaceFileAsync, parseWorkspaceFileAsync } from '@shared/export/workspaceFile';
import { createBackupStore } from '../../electron/main/backups/backupStore';
import { maxFieldBundle } from '../unit/export/maxFieldBundle';
import { CHECK, checkModeLine, checkTime, cpuNow } from './benchCheck';

const SIZE = Number(process.env.BENCH_SIZE ?? 3000);
const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: 'bench' };
const MB = 1024 * 1024;
const TARGETS = { exportMs: 30_000, openMs: 30_000, backupMs: 5_000, peakRssMb: 3 * 1024 };

let heapPeak = 0;
const sample = () => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};

async function step<T>(label: string, run: () => Promise<T> | T): Promise<{ value: T; ms: number; cpu: number }> {
  heapPeak = 0;
  sample();
  const cpu0 = cpuNow();
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  const cpu = cpuNow() - cpu0;
  sample();
  const { rss, heapUsed } = process.memoryUsage();
  console.info(
    `${label}: ${(ms / 1000).toFixed(2)} s (CPU ${(cpu / 1000).toFixed(2)} s); heap peak ${(heapPeak / MB).toFixed(0)} MB (now ${(heapUsed / MB).toFixed(0)} MB); rss ${(rss / MB).toFixed(0)} MB; peak rss so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  return { value, ms, cpu };
}

const verdict = (cpu: number, target: number) => `${(cpu / 1000).toFixed(2)} s CPU (target < ${target / 1000} s: ${cpu < target ? 'met' : 'NOT met'})`;

describe('big workspace files', () => {
  it(`${SIZE} problems × ${SIZE} use cases at maximum field sizes: export, open, back up, restore`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lastmile-bench-'));
    try {
      const slices = { sliceMs: 20, onProgress: sample };
      const bundle = (await step('Build the workspace in memory', () => maxFieldBundle(SIZE, SIZE))).value;
      const exported = await step('Export (serialise, read back through the import, compress)', () => encodeWorkspaceFileAsync(bundle, META, slices));
      if (!exported.value.ok) throw new Error(exported.value.errors[0]?.message);
      const data = exported.value.data;
      console.info(`  file ${(data.length / MB).toFixed(1)} MB, compressed: ${exported.value.compressed}`);
      const opened = await step('Open (unpack in slices, parse, validate)', () => parseWorkspaceFileAsync(data, slices));
      expect(opened.value.ok && opened.value.bundle.useCases.length).toBe(SIZE);
      const backups = createBackupStore({ dir, fs: fsp, join: path.join, now: () => new Date(), dayOf: (iso) => iso.slice(0, 10), tempSuffix: () => 'tmp' });
      const backup = await step('Backup write + list + read (desktop store, real folder)', async () => {
        const entry = await backups.write({ workspaceId: bundle.workspace.id, name: 'bench', data });
        await backups.list();
        return backups.read(entry.id);
      });
      expect(backup.value.data.length).toBe(data.length);
      const peakRssMb = process.resourceUsage().maxRSS / 1024;
      console.info(`Export ${verdict(exported.cpu, TARGETS.exportMs)}; open ${verdict(opened.cpu, TARGETS.openMs)}; backup ${verdict(backup.cpu, TARGETS.backupMs)}; ${checkModeLine()}`);
      console.info(`Peak RSS of the process: ${peakRssMb.toFixed(0)} MB (target < ${TARGETS.peakRssMb} MB: ${peakRssMb < TARGETS.peakRssMb ? 'met' : 'NOT met'})`);
      if (CHECK) {
        checkTime('export', exported.cpu, TARGETS.exportMs);
        checkTime('open', opened.cpu, TARGETS.openMs);
        checkTime('backup write + list + read', backup.cpu, TARGETS.backupMs);
        expect(peakRssMb).toBeLessThan(TARGETS.peakRssMb);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
