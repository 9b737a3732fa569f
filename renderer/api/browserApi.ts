import {
  backupIdSchema,
  externalUrlSchema,
  fail,
  formatIssues,
  invokeContract,
  ok,
  type InvokeMethod,
  type InvokeParsedArgs,
  type InvokeValue,
  type LastmileApi,
  type Result,
  VOTING_NEEDS_DESKTOP,
} from '@shared/ipc';
import { version } from '../../package.json';
import { createBrowserBackups, type BrowserBackups } from './browserBackups';
import { downloadFile, pickFile } from './browserFiles';

/** What the browser implementation touches (the real window, or jsdom + fake-indexeddb in tests). */
export interface BrowserHostDeps {
  window: Pick<Window, 'print' | 'open' | 'navigator'>;
  document: Document;
  indexedDB: IDBFactory | undefined;
}

/**
 * Runs one method with the same argument check as the desktop host, and turns a thrown error into
 * `{ ok: false, error }`, so the renderer handles both hosts alike.
 */
async function run<M extends InvokeMethod>(
  method: M,
  args: unknown[],
  body: (...parsed: InvokeParsedArgs<M>) => Promise<InvokeValue<M>> | InvokeValue<M>,
): Promise<Result<InvokeValue<M>>> {
  const parsed = invokeContract[method].args.safeParse(args);
  if (!parsed.success) return fail(`Invalid request: ${formatIssues(parsed.error.issues)}`);
  try {
    return ok(await body(...(parsed.data as InvokeParsedArgs<M>)));
  } catch (error) {
    return fail(error instanceof Error && error.message !== '' ? error.message : 'Something went wrong');
  }
}

const BACKUPS_UNAVAILABLE = 'Backups need IndexedDB, which this browser does not offer (private mode?)';

/**
 * The browser host's implementation of the API (`npm run web`, e2e tests): downloads instead of save
 * dialogs, a file input instead of the open dialog, the browser's print dialog instead of printToPDF,
 * backups in a separate IndexedDB database. There is no native menu and no OS file hand-over in a
 * browser, so onMenuCommand and openFileRequested never fire here.
 */
export function createBrowserApi(deps: BrowserHostDeps): LastmileApi {
  let backups: BrowserBackups | null = null;
  const backupStore = (): BrowserBackups => {
    if (deps.indexedDB === undefined) throw new Error(BACKUPS_UNAVAILABLE);
    backups ??= createBrowserBackups(deps.indexedDB);
    return backups;
  };

  return {
    host: 'browser',
    getAppInfo: (...args) =>
      run('getAppInfo', args, () => ({ name: 'Lastmile', version, platform: deps.window.navigator.platform || 'web', host: 'browser' as const })),
    saveFile: (...args) =>
      run('saveFile', args, (request) => {
        downloadFile(deps.document, request.suggestedName, request.data);
        return { saved: true };
      }),
    openFile: (...args) => run('openFile', args, (request) => pickFile(deps.document, request.filters, request.maxBytes)),
    printToPdf: (...args) =>
      run('printToPdf', args, (request) => {
        // The print dialog proposes the document title as the PDF's file name.
        const title = deps.document.title;
        deps.document.title = request.suggestedName.replace(/\.pdf$/i, '');
        try {
          deps.window.print();
        } finally {
          deps.document.title = title;
        }
        return { saved: false, printDialog: true };
      }),
    writeBackup: (...args) => run('writeBackup', args, (request) => backupStore().write(request)),
    listBackups: (...args) => run('listBackups', args, () => backupStore().list()),
    readBackup: (...args) => run('readBackup', args, (id) => backupStore().read(backupIdSchema.parse(id))),
    openExternal: (...args) =>
      run('openExternal', args, (url) => {
        const opened = deps.window.open(externalUrlSchema.parse(url), '_blank', 'noopener,noreferrer');
        return { opened: opened !== null };
      }),
    // A browser has no second window of its own: the presenter view opens as a second tab of the same origin (one, reused).
    openPresenterView: (...args) =>
      run('openPresenterView', args, (request) => ({ opened: deps.window.open(`#/w/${encodeURIComponent(request.workspaceId)}/presenter`, 'lastmile-presenter') !== null })),
    // A browser cannot serve a page to the room's phones: the room votes in turn on this screen instead.
    votingStart: (...args) => run('votingStart', args, () => Promise.reject(new Error(VOTING_NEEDS_DESKTOP))),
    votingStop: (...args) => run('votingStop', args, () => ({ stopped: false })),
    votingTake: (...args) => run('votingTake', args, () => Promise.reject(new Error(VOTING_NEEDS_DESKTOP))),
    votingReveal: (...args) => run('votingReveal', args, () => ({ revealed: false })),
    onMenuCommand: () => () => undefined,
    openFileRequested: () => () => undefined,
  } satisfies LastmileApi;
}
