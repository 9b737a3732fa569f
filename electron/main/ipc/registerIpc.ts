import type { IpcMainInvokeEvent, WebContents } from 'electron';
import {
  INVOKE_METHODS,
  fail,
  formatIssues,
  invokeContract,
  ok,
  type InvokeMethod,
  type InvokeParsedArgs,
  type InvokeValue,
  type Result,
} from '@shared/ipc';

/** What a handler learns about the call: the page that made it (to print it, or to parent a dialog). */
export interface IpcCallContext {
  sender: WebContents;
}

/** One handler per contract method; handlers return a value or throw an Error with a plain message. */
export type IpcHandlers = {
  [M in InvokeMethod]: (context: IpcCallContext, ...args: InvokeParsedArgs<M>) => Promise<InvokeValue<M>> | InvokeValue<M>;
};

/** The parts of ipcMain used here (the real ipcMain, or a stand-in in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export const UNTRUSTED_SENDER_ERROR = 'Refused: the request did not come from the Lastmile window';

type AnyHandler = (context: IpcCallContext, ...args: unknown[]) => unknown;

/**
 * Registers every channel of the contract. For each call: the sender must be trusted, the payload must
 * match the contract's argument tuple, and the answer is a Result checked against the contract's result
 * schema. Nothing is thrown across the boundary: errors become `{ ok: false, error }`.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log: (message: string, error?: unknown) => void = (message, error) => console.error(message, error),
): void {
  for (const method of INVOKE_METHODS) {
    const { channel, args: argsSchema, result: resultSchema } = invokeContract[method];
    const handler = handlers[method] as AnyHandler;
    ipcMain.handle(channel, async (event, ...rawArgs): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        log(`IPC ${channel}: refused an untrusted sender`);
        return fail(UNTRUSTED_SENDER_ERROR);
      }
      const parsed = argsSchema.safeParse(rawArgs);
      if (!parsed.success) return fail(`Invalid request: ${formatIssues(parsed.error.issues)}`);
      try {
        const value = await handler({ sender: event.sender }, ...(parsed.data as unknown[]));
        const checked = resultSchema.safeParse(value);
        if (!checked.success) {
          log(`IPC ${channel}: handler answered outside the contract`, checked.error);
          return fail('Internal error: unexpected answer');
        }
        return ok(checked.data);
      } catch (error) {
        log(`IPC ${channel} failed`, error);
        return fail(error instanceof Error && error.message !== '' ? error.message : 'Something went wrong');
      }
    });
  }
}
