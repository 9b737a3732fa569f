/**
 * A compressed workspace file in the browser host: a 600-problem / 600-use-case workspace with every field at its
 * maximum size (about 19 MB of JSON, 4 MB compressed) opens through the file chooser with a progress bar, imports,
 * and exports again to a file that opens equal (apart from the fresh ids an import as a new workspace gives).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWorkspaceFile, parseWorkspaceFile } from '@shared/export/workspaceFile';
import { maxFieldBundle } from '../unit/export/maxFieldBundle';
import { axeViolations, startApp, type AppHarness } from './harness';

let app: AppHarness;
const dir = mkdtempSync(join(tmpdir(), 'lastmile-e2e-big-'));
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('compressed workspace files in the browser', () => {
  it('opens a compressed file with progress, imports it, and exports it back equal', async () => {
    const bundle = maxFieldBundle(600, 600);
    const encoded = encodeWorkspaceFile(bundle, { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: 'e2e' }, { compress: 'always' });
    if (!encoded.ok || typeof encoded.data === 'string') throw new Error('not written');
    const file = join(dir, 'big.lastmile');
    writeFileSync(file, encoded.data);

    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Export' }).click();
    await page.getByRole('heading', { name: 'Export and import' }).waitFor();
    // Records whether the dialog showed its progress bar while the file was read (however briefly).
    await page.evaluate(() => {
      const flags = globalThis as unknown as { sawProgress: boolean };
      flags.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('.progress-line progress')) flags.sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a workspace file…' }).click();
    await (await chooser).setFiles(file);
    const dialog = page.getByRole('dialog', { name: 'Open workspace file “big.lastmile”' });
    await dialog.getByText('600 problems, 600 use cases').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (globalThis as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import as a new workspace' }).click();
    await page.getByRole('heading', { name: 'Business problems' }).waitFor({ timeout: 60_000 });

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export workspace file' }).click();
    const again = join(dir, 'again.lastmile');
    await (await download).saveAs(again);
    const back = parseWorkspaceFile(new Uint8Array(readFileSync(again)));
    if (!back.ok) throw new Error(back.errors[0]?.message);
    const texts = (b: typeof bundle) => ({
      problems: b.problems.map((p) => [p.title, p.statement, p.evidence, p.monthlyCost]).sort(),
      useCases: b.useCases.map((uc) => [uc.name, uc.description, uc.classification.rationale, uc.readiness.data.note, uc.pilot.cost]).sort(),
      forced: Object.values(b.plan?.forced ?? {}).map((f) => f.reason).sort(),
    });
    expect(texts(back.bundle)).toEqual(texts(bundle));
    await ctx.close();
  });
});
