import type { PathLike } from '../protocol/appProtocol';

/**
 * File access in main is limited to paths the user chose in a dialog (or handed over through the OS)
 * and the app's own folders (userData: backups, settings). The renderer never names a path.
 */

/** True when `candidate` is `folder` itself or inside it (after resolving `..`). */
export function isInsideFolder(folder: string, candidate: string, path: PathLike): boolean {
  const rel = path.relative(path.resolve(folder), path.resolve(candidate));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export interface PathGrants {
  /** Records a path the user chose (save/open dialog, OS open-file, second launch). */
  grant(target: string): void;
  isGranted(target: string): boolean;
}

export function createPathGrants(path: PathLike): PathGrants {
  const granted = new Set<string>();
  return {
    grant: (target) => {
      granted.add(path.resolve(target));
    },
    isGranted: (target) => granted.has(path.resolve(target)),
  };
}

export interface PathPolicy {
  grants: PathGrants;
  appFolders: readonly string[];
  path: PathLike;
}

/** The one check before main reads or writes a file. */
export function isPathAllowed(target: string, policy: PathPolicy): boolean {
  if (target.includes('\0')) return false;
  if (!policy.path.isAbsolute(target)) return false;
  return policy.grants.isGranted(target) || policy.appFolders.some((folder) => isInsideFolder(folder, target, policy.path));
}

export class PathNotAllowedError extends Error {
  constructor(target: string) {
    super(`Refused: ${target} was not chosen in a dialog and is not an app folder`);
    this.name = 'PathNotAllowedError';
  }
}

export function assertPathAllowed(target: string, policy: PathPolicy): void {
  if (!isPathAllowed(target, policy)) throw new PathNotAllowedError(target);
}
