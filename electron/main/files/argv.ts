import { WORKSPACE_FILE_EXTENSION } from '@shared/ipc';
import type { PathLike } from '../protocol/appProtocol';

/**
 * Workspace files named on a command line: the OS passes a double-clicked `.lastmile` file as an
 * argument (Windows, Linux) and a second launch forwards its argv to the running instance.
 * Skips the executable (and, unpackaged, the app path), every switch (`--flag`, Chromium's own),
 * and anything that is not a `.lastmile` file; relative paths resolve against `cwd`.
 */
export function workspaceFilesFromArgv(argv: readonly string[], options: { isPackaged: boolean; cwd: string; path: PathLike }): string[] {
  const skip = options.isPackaged ? 1 : 2;
  const files: string[] = [];
  let afterDoubleDash = false;
  for (const arg of argv.slice(skip)) {
    if (arg === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && arg.startsWith('-')) continue;
    const candidate = fileUrlToPathMaybe(arg);
    if (candidate === null || !hasWorkspaceExtension(candidate) || candidate.includes('\0')) continue;
    const resolved = options.path.resolve(options.cwd, candidate);
    if (!files.includes(resolved)) files.push(resolved);
  }
  return files;
}

export function hasWorkspaceExtension(filePath: string): boolean {
  return filePath.toLowerCase().endsWith(`.${WORKSPACE_FILE_EXTENSION}`);
}

/** Linux desktop launchers may pass `file:///…` URLs (%U); other URL schemes are not files. */
function fileUrlToPathMaybe(arg: string): string | null {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return arg;
  if (!arg.toLowerCase().startsWith('file://')) return null;
  try {
    const url = new URL(arg);
    if (url.hostname !== '' && url.hostname !== 'localhost') return null;
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}
