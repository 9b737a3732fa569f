/**
 * Long work on the Export page shows a progress line with Cancel, and Cancel leaves nothing behind: an export saves no
 * file, a problem import and a backup restore change nothing in the database. A run left to finish still saves a file
 * that opens again. (In jsdom there are no workers: the file jobs run on the page, pausing between stages.)
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as ExcelJS from 'exceljs';
import type { FundingResult } from '@shared/portfolio';
import { computeFunding } from '@shared/export/exportModel';
import { encodeWorkspaceFile, parseWorkspaceFile, type WorkspaceBundle } from '@shared/export/workspaceFile';
import { scaledBundle } from '../../unit/export/scaledBundle';

/** The funding answer the export waits for: held back by the test, to cancel while it is awaited. */
let fundingGate: Promise<void> = Promise.resolve();
vi.mock('@renderer/features/portfolio/fundingService', () => ({
  fundingAnswerFor: async (bundle: WorkspaceBundle): Promise<FundingResult> => {
    await fundingGate;
    return computeFunding(bundle, bundle.workspace.planningStartMonth);
  },
  frontierFor: async () => null,
}));

const BACKUP = { id: 'ws.20270201T093000000Z', createdAt: '2027-02-01T09:30:00.000Z', bytes: 100 };
const api = {
  getAppInfo: vi.fn(async () => ({ ok: true, value: { version: 'test' } })),
  saveFile: vi.fn(async (_request: { suggestedName: string; data: Uint8Array | string }) => ({ ok: true, value: { saved: true } })),
  openFile: vi.fn(),
  listBackups: vi.fn(),
  readBackup: vi.fn(),
  writeBackup: vi.fn(async () => ({ ok: true, value: { ...BACKUP, id: 'ws.20270201T100000000Z', workspaceId: 'x', name: 'x' } })),
};
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
Object.defineProperty(window, 'lastmile', { value: api, configurable: true });

const { repositories } = await import('@renderer/db');
const { ExportPage } = await import('@renderer/features/exchange/ExportPage');

let workspaceId = '';
let root: Root | null = null;
let container: HTMLDivElement;

beforeAll(async () => {
  const written = await repositories().bundles.write(scaledBundle(60), 'Test workspace');
  if (!written.ok) throw new Error('the test workspace did not validate');
  workspaceId = written.value.id;
  api.listBackups.mockImplementation(async () => ({ ok: true, value: [{ ...BACKUP, workspaceId, name: written.value.name }] }));
});

afterEach(async () => {
  await act(async () => root?.unmount());
  root = null;
  container?.remove();
  fundingGate = Promise.resolve();
  vi.clearAllMocks();
});

async function waitFor<T>(probe: () => T | null | undefined | false, what: string, tries = 1000): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const found = probe();
    if (found) return found;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const button = (name: string | RegExp) =>
  [...container.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? '')));

async function renderExportPage(): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<ExportPage workspaceId={workspaceId} />));
  await waitFor(() => button('Export Excel workbook'), 'the Export page');
}

/** The progress line: its labelled bar, its sentence (a polite status) and its Cancel button. */
function progressLine() {
  const line = container.querySelector('.progress-line');
  if (!line) return null;
  const bar = line.querySelector('progress');
  const label = bar ? document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent : null;
  const sentence = line.querySelector('[role="status"]');
  return { bar, label, sentence: sentence?.textContent ?? '', live: sentence?.getAttribute('aria-live'), cancel: [...line.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Cancel')) };
}

const counts = async () => {
  const bundle = await repositories().bundles.read(workspaceId);
  return { problems: bundle?.problems.length, useCases: bundle?.useCases.length, names: bundle?.useCases.map((u) => u.name).sort() };
};

describe('long work on the Export page', () => {
  it('an export shows its progress, and Cancel saves no file', async () => {
    let release = () => undefined as void;
    fundingGate = new Promise<void>((r) => (release = r));
    await renderExportPage();
    await act(async () => button('Export Excel workbook')?.click());
    const line = await waitFor(() => progressLine()?.sentence.includes('funded') && progressLine(), 'the progress line');
    expect(line.label).toBe('Preparing the Excel workbook');
    expect(line.live).toBe('polite');
    expect(button('Export PowerPoint deck')?.disabled).toBe(true);
    await act(async () => line.cancel?.click());
    await waitFor(() => container.textContent?.includes('Cancelled. No file was saved.'), 'the cancelled message');
    release();
    await act(async () => new Promise((r) => setTimeout(r, 100)));
    expect(api.saveFile).not.toHaveBeenCalled();
    expect(progressLine()).toBeNull();
    expect(button('Export PowerPoint deck')?.disabled).toBe(false);
  });

  it('a finished export saves one workbook and one workspace file that open again', async () => {
    await renderExportPage();
    await act(async () => button('Export Excel workbook')?.click());
    await waitFor(() => api.saveFile.mock.calls.length === 1, 'the workbook to be saved', 3000);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((api.saveFile.mock.calls[0]![0].data as Uint8Array).slice().buffer);
    expect(workbook.getWorksheet('Ranked')?.rowCount).toBeGreaterThan(60);

    await waitFor(() => !button('Export workspace file')?.disabled, 'the export to end');
    await act(async () => button('Export workspace file')?.click());
    await waitFor(() => api.saveFile.mock.calls.length === 2, 'the workspace file to be saved', 3000);
    const back = parseWorkspaceFile(api.saveFile.mock.calls[1]![0].data);
    expect(back.ok && back.bundle.useCases.length).toBe(60);
  });

  it('Cancel during a problem import imports nothing', async () => {
    const csv = ['Title,Owner,Monthly cost', ...Array.from({ length: 300 }, (_, i) => `Imported problem ${i},Owner ${i},${1000 + i}`)].join('\n');
    api.openFile.mockResolvedValue({ ok: true, value: { cancelled: false, name: 'workshop.csv', data: new TextEncoder().encode(csv) } });
    const before = await counts();
    await renderExportPage();
    await act(async () => button('Choose a CSV file…')?.click());
    await waitFor(() => button('Import problems'), 'the mapping');
    act(() => button('Import problems')?.click());
    const line = progressLine();
    expect(line?.label).toBe('Importing problems');
    act(() => line?.cancel?.click());
    await waitFor(() => container.textContent?.includes('Cancelled. No problem was imported.'), 'the cancelled message');
    expect(await counts()).toEqual(before);
  });

  it('Cancel during a restore changes nothing and writes no backup', async () => {
    const other = scaledBundle(10);
    const stored = await repositories().bundles.read(workspaceId);
    const file = encodeWorkspaceFile({ ...other, workspace: { ...other.workspace, id: workspaceId } }, { exportedAt: BACKUP.createdAt, appVersion: 'test' }, { compress: 'always' });
    if (!file.ok || !stored) throw new Error('the backup could not be made');
    api.readBackup.mockResolvedValue({ ok: true, value: { entry: { ...BACKUP, workspaceId, name: stored.workspace.name }, data: file.data } });
    const before = await counts();
    await renderExportPage();
    const restore = await waitFor(() => button(/^Restore/), 'the list of backups');
    act(() => restore.click());
    expect(progressLine()?.label).toBe('Restoring a backup');
    act(() => progressLine()?.cancel?.click());
    await waitFor(() => container.textContent?.includes('Cancelled. Nothing was changed.'), 'the cancelled message');
    expect(api.writeBackup).not.toHaveBeenCalled();
    expect(await counts()).toEqual(before);

    // Left to finish, the same restore backs up the current state first and replaces the workspace.
    await act(async () => button(/^Restore/)?.click());
    await waitFor(() => container.textContent?.includes('Restored “'), 'the restore', 3000);
    expect(api.writeBackup).toHaveBeenCalledTimes(1);
    expect((await counts()).useCases).toBe(10);
  });
});
