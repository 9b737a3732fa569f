import type { Page } from 'playwright-core';
import type { AppHarness } from './harness';

/** Notes (in the page) whether a progress line ever appears from now on, however briefly. */
export async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const flags = globalThis as unknown as { sawProgress: boolean; observer?: MutationObserver };
    flags.sawProgress = false;
    flags.observer?.disconnect();
    flags.observer = new MutationObserver(() => {
      if (document.querySelector('.progress-line progress')) flags.sawProgress = true;
    });
    flags.observer.observe(document.body, { childList: true, subtree: true });
  });
}

/** Whether a progress line appeared since watchProgress. */
export const sawProgress = (page: Page): Promise<boolean> => page.evaluate(() => (globalThis as unknown as { sawProgress: boolean }).sawProgress);

/**
 * A fresh browser profile with the app open on the Export page, watching for progress, and the workspace file at
 * `file` chosen through "Open a workspace file…" (the import dialog then reads it).
 */
export async function openWorkspaceFileFromExportPage(app: AppHarness, file: string): Promise<Page> {
  const ctx = await app.newContext();
  const page = await app.open(ctx);
  await page.getByRole('heading', { name: 'Business problems' }).waitFor();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Export' }).click();
  await page.getByRole('heading', { name: 'Export and import' }).waitFor();
  await watchProgress(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a workspace file…' }).click();
  await (await chooser).setFiles(file);
  return page;
}
