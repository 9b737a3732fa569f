import { z } from '../zod';
import type { Result } from './result';
import { menuCommandSchema, type MenuCommand } from './menuCommands';
import {
  appInfoSchema,
  backupContentSchema,
  backupEntrySchema,
  backupIdSchema,
  externalUrlSchema,
  openedFileSchema,
  openFileRequestSchema,
  openFileResultSchema,
  printToPdfRequestSchema,
  printToPdfResultSchema,
  saveFileRequestSchema,
  saveFileResultSchema,
  writeBackupRequestSchema,
  type OpenedFile,
} from './schemas';
import { votingSessionRequestSchema, votingStartedSchema, votingStartRequestSchema, votingTakenSchema } from './votingSchemas';

/**
 * The IPC contract, defined once: API method → channel, payload schema (a tuple of the arguments)
 * and result schema. The preload builds its API object from this table and is checked with
 * `satisfies LastmileApi`; main validates every payload (and the sender) against the same schemas;
 * the browser host implements the same `LastmileApi` type.
 */
export const invokeContract = {
  getAppInfo: { channel: 'app:get-info', args: z.tuple([]), result: appInfoSchema },
  /** Save dialog, then main writes `data` to the path the dialog returned (and only there). */
  saveFile: { channel: 'file:save', args: z.tuple([saveFileRequestSchema]), result: saveFileResultSchema },
  /** Open dialog, then main reads the chosen file (refused above `maxBytes`). */
  openFile: { channel: 'file:open', args: z.tuple([openFileRequestSchema]), result: openFileResultSchema },
  /** Prints the calling page (its print CSS) to PDF and saves it through a save dialog. */
  printToPdf: { channel: 'file:print-to-pdf', args: z.tuple([printToPdfRequestSchema]), result: printToPdfResultSchema },
  /** Writes a snapshot of one workspace to the backups folder (atomic; retention applied). */
  writeBackup: { channel: 'backup:write', args: z.tuple([writeBackupRequestSchema]), result: backupEntrySchema },
  /** Every backup, newest first. */
  listBackups: { channel: 'backup:list', args: z.tuple([]), result: z.array(backupEntrySchema) },
  readBackup: { channel: 'backup:read', args: z.tuple([backupIdSchema]), result: backupContentSchema },
  /** Opens an https link in the system browser; only during a user's click. */
  openExternal: { channel: 'shell:open-external', args: z.tuple([externalUrlSchema]), result: z.object({ opened: z.boolean() }) },
  /** Opens the presenter view (next screen, speaker notes, timer) of a workspace's presentation in a second window. */
  openPresenterView: { channel: 'window:open-presenter', args: z.tuple([z.object({ workspaceId: z.string().min(1).max(100) }).strict()]), result: z.object({ opened: z.boolean() }) },
  /** Opens voting from devices for a session: a LAN voting page with a new code (docs/voting.md). Browser host: refused. */
  votingStart: { channel: 'voting:start', args: z.tuple([votingStartRequestSchema]), result: votingStartedSchema },
  /** Ends voting from devices (the session ended or voting closed): the port closes and the code is refused. */
  votingStop: { channel: 'voting:stop', args: z.tuple([]), result: z.object({ stopped: z.boolean() }) },
  /** The devices' ballots that came in since the last take. */
  votingTake: { channel: 'voting:take', args: z.tuple([votingSessionRequestSchema]), result: votingTakenSchema },
  /** Tells the devices the votes are revealed; ballots sent after it are refused. */
  votingReveal: { channel: 'voting:reveal', args: z.tuple([votingSessionRequestSchema]), result: z.object({ revealed: z.boolean() }) },
} as const;

/** Events main sends to the renderer (never answered). */
export const eventContract = {
  menuCommand: { channel: 'event:menu-command', payload: menuCommandSchema },
  /** A `.lastmile` file handed over by the OS (double-click, second launch, recent files), read by main. */
  openFileRequested: { channel: 'event:open-file-requested', payload: openedFileSchema },
} as const;

export type InvokeContract = typeof invokeContract;
export type InvokeMethod = keyof InvokeContract;
export type InvokeArgs<M extends InvokeMethod> = z.input<InvokeContract[M]['args']>;
/** Arguments after validation (what main's handlers receive). */
export type InvokeParsedArgs<M extends InvokeMethod> = z.output<InvokeContract[M]['args']>;
export type InvokeValue<M extends InvokeMethod> = z.output<InvokeContract[M]['result']>;

export type EventContract = typeof eventContract;
export type EventName = keyof EventContract;
export type EventPayload<E extends EventName> = z.output<EventContract[E]['payload']>;

export type Unsubscribe = () => void;

export type InvokeApi = {
  [M in InvokeMethod]: (...args: InvokeArgs<M>) => Promise<Result<InvokeValue<M>>>;
};

/** The one typed object the renderer uses to reach the desktop (or its browser stand-in). */
export type LastmileApi = InvokeApi & {
  /** Which host runs the renderer: the desktop app (Electron) or a plain browser (`npm run web`). */
  readonly host: 'desktop' | 'browser';
  /** Native menu commands (desktop). Returns a function that unsubscribes. */
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** Workspace files handed over by the OS (desktop). Files that arrived before subscribing are delivered on subscribe. */
  openFileRequested(listener: (file: OpenedFile) => void): Unsubscribe;
};

export const INVOKE_METHODS = Object.keys(invokeContract) as InvokeMethod[];
