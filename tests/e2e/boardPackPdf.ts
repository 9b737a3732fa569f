import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { initialPortfolioPlan } from '@shared/analysis';
import { problemSchema, scenarioSchema, useCaseSchema, validate, workspaceSchema, type Problem, type Scenario, type UseCase, type Workspace } from '@shared/domain';
import { portfolioPlanSchema, type PortfolioPlan } from '@shared/portfolio';

/** Helpers of the board-pack e2e test: reading the app's data back, and reading the PDF (poppler's pdftotext / pdftoppm / pdfinfo). */

export interface StoredWorkspace {
  workspace: Workspace;
  problems: Problem[];
  useCases: UseCase[];
  /** The saved plan, or the plan the app uses when none is saved. */
  plan: PortfolioPlan;
}

/** The workspace id in the app's current route (#/w/<id>/…). */
export async function currentWorkspaceId(page: Page): Promise<string> {
  const hash = await page.evaluate(() => window.location.hash);
  const id = /^#\/w\/([^/]+)/.exec(hash)?.[1];
  if (!id) throw new Error(`No workspace in the route ${hash}`);
  return decodeURIComponent(id);
}

/** Reads a workspace straight out of the app's IndexedDB (not through the app's code) and checks it against the shared schemas. */
export async function readStoredWorkspace(page: Page, workspaceId: string): Promise<StoredWorkspace> {
  const raw = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('lastmile');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const ask = <T>(store: string, query: (s: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const request = query(db.transaction(store).objectStore(store));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const workspace: unknown = await ask('workspaces', (s) => s.get(id));
    const problems: unknown[] = await ask('problems', (s) => s.index('workspaceId').getAll(id));
    const useCases: unknown[] = await ask('useCases', (s) => s.index('workspaceId').getAll(id));
    const plan: unknown = await ask('plans', (s) => s.get(id));
    db.close();
    return { workspace, problems, useCases, plan: (plan as { plan?: unknown } | undefined)?.plan ?? null };
  }, workspaceId);
  const parse = <T>(label: string, result: { ok: true; value: T } | { ok: false; errors: { path: string; message: string }[] }): T => {
    if (!result.ok) throw new Error(`${label} in IndexedDB does not validate: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    return result.value;
  };
  const workspace = parse('Workspace', validate(workspaceSchema, raw.workspace));
  const problems = raw.problems.map((p, i) => parse(`Problem ${i}`, validate(problemSchema, p)));
  const useCases = raw.useCases.map((u, i) => parse(`Use case ${i}`, validate(useCaseSchema, u)));
  const storedPlan = raw.plan === null ? null : validate(portfolioPlanSchema, raw.plan);
  const plan = storedPlan?.ok ? storedPlan.value : initialPortfolioPlan(useCases);
  return { workspace, problems, useCases, plan };
}

/** The workspace's scenarios straight out of IndexedDB, checked against the shared schema, oldest first. */
export async function readStoredScenarios(page: Page, workspaceId: string): Promise<Scenario[]> {
  const raw = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('lastmile');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('scenarios').objectStore('scenarios').index('workspaceId').getAll(id);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all;
  }, workspaceId);
  return raw
    .map((s, i) => {
      const checked = validate(scenarioSchema, s);
      if (!checked.ok) throw new Error(`Scenario ${i} in IndexedDB does not validate: ${checked.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
      return checked.value;
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Copies every use case of the workspace `times` more times (fresh ids, numbered names), straight into IndexedDB. */
export async function multiplyUseCases(page: Page, workspaceId: string, times: number): Promise<void> {
  await page.evaluate(
    async ({ id, times }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('lastmile');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('useCases', 'readwrite');
      const store = tx.objectStore('useCases');
      const all = await new Promise<{ id: string; name: string }[]>((resolve, reject) => {
        const r = store.index('workspaceId').getAll(id);
        r.onsuccess = () => resolve(r.result as { id: string; name: string }[]);
        r.onerror = () => reject(r.error);
      });
      for (let k = 1; k <= times; k++) for (const uc of all) store.put({ ...uc, id: crypto.randomUUID(), name: `${uc.name} (variant ${k})` });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { id: workspaceId, times },
  );
}

/** Changes one stored record straight in IndexedDB (shallow merge), e.g. to give a workspace a name full of markup. */
export async function patchStored(page: Page, store: 'workspaces' | 'useCases' | 'problems', key: string, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ({ store, key, patch }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('lastmile');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(store, 'readwrite');
      const objects = tx.objectStore(store);
      const request = objects.get(key);
      request.onsuccess = () => objects.put({ ...(request.result as object), ...patch });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, key, patch },
  );
}

/** Number of pages of a PDF (pdfinfo). */
export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1];
  if (!pages) throw new Error(`pdfinfo gave no page count:\n${info}`);
  return Number(pages);
}

/** The text of each page (pdftotext), whitespace collapsed to single spaces; index 0 = page 1. */
export function pdfPagesText(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').map((p) => p.replace(/\s+/g, ' ').trim());
  if (pages.at(-1) === '') pages.pop();
  return pages;
}

/** The text of each page with its physical layout kept (pdftotext -layout): one table row per line, cells side by side. */
export function pdfPagesLayout(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Pixel statistics of one page rendered at 50 dpi in grey (pdftoppm → binary PGM): mean, standard deviation, share of non-white pixels. */
export function pageInk(file: string, pageNumber: number, dir: string): { mean: number; deviation: number; inked: number } {
  const prefix = join(dir, `ink-${pageNumber}`);
  execFileSync('pdftoppm', ['-r', '50', '-gray', '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', file, prefix]);
  const data = readFileSync(`${prefix}.pgm`);
  // Binary PGM: "P5", width, height, maxval separated by whitespace, one whitespace byte, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const [, w, h] = header.map(Number) as [number, number, number, number];
  const pixels = data.subarray(header[0].length, header[0].length + w * h);
  let sum = 0;
  let squares = 0;
  let inked = 0;
  for (const v of pixels) {
    sum += v;
    squares += v * v;
    if (v < 235) inked++;
  }
  const n = pixels.length;
  const mean = sum / n;
  return { mean, deviation: Math.sqrt(Math.max(0, squares / n - mean * mean)), inked: inked / n };
}
