import { z } from 'zod';
import type { Result } from './result';

/**
 * The IPC contract, defined once: API method → channel, payload schema (a tuple of the arguments)
 * and result schema. The preload builds its API object from this table and is checked with
 * `satisfies LastmileApi`; main validates every payload against the same schemas; the browser host
 * implements the same `LastmileApi` type.
 */

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  host: z.enum(['desktop', 'browser']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const invokeContract = {
  getAppInfo: {
    channel: 'app:get-info',
    args: z.tuple([]),
    result: appInfoSchema,
  },
} as const;

export type InvokeContract = typeof invokeContract;
export type InvokeMethod = keyof InvokeContract;
export type InvokeArgs<M extends InvokeMethod> = z.input<InvokeContract[M]['args']>;
export type InvokeValue<M extends InvokeMethod> = z.output<InvokeContract[M]['result']>;

/** The one typed object the renderer uses to reach the desktop (or its browser stand-in). */
export type LastmileApi = {
  [M in InvokeMethod]: (...args: InvokeArgs<M>) => Promise<Result<InvokeValue<M>>>;
};
