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
import { openWorkspaceFileFromExportPage, sawProgress } from './workspaceFileSteps';

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

    // The dialog shows its progress bar while the file is read (however briefly).
    const page = await openWorkspaceFileFromExportPage(app, file);
    const dialog = page.getByRole('dialog', { name: 'Open workspace file “big.lastmile”' });
    await dialog.getByText('600 problems, 600 use cases').waitFor({ timeout: 60_000 });
    expect(await sawProgress(page)).toBe(true);
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
    await page.context().close();
  });
});
