import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import nodePath from 'node:path';
import type { PathLike } from '../protocol/appProtocol';

/**
 * File access in main is limited to paths the user chose in a dialog (or handed over through the OS)
 * and the app's own folders (userData: backups, settings). The renderer never names a path.
 * Paths are compared by where they really lead (symbolic links resolved), so a link inside an allowed
 * folder cannot reach a file outside it.
 */

/** Where a path really leads, or null when that cannot be told (a link loop, no permission to look). */
export type RealPathResolver = (target: string) => string | null;

const MAX_LINK_HOPS = 40;
const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * The real path of an absolute `target` on this machine: fs.realpath of the path when it exists; for a new
 * file, the real path of its nearest existing folder with the rest appended; a symbolic link whose target
 * does not exist yet is followed to where a write would create the file.
 */
export function realPathOf(target: string): string | null {
  const rest: string[] = [];
  let current = target;
  let hops = 0;
  for (;;) {
    try {
      const real = realpathSync.native(current);
      return rest.length === 0 ? real : nodePath.join(real, ...rest);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') return null;
    }
    try {
      if (lstatSync(current).isSymbolicLink()) {
        hops += 1;
        if (hops > MAX_LINK_HOPS) return null;
        current = nodePath.resolve(nodePath.dirname(current), readlinkSync(current));
        continue;
      }
      return null; // exists, yet realpath said it does not: a race; refuse rather than guess
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') return null;
    }
    const base = nodePath.basename(current);
    const parent = nodePath.dirname(current);
    if (parent === current || base === '..' || base === '.') return null;
    rest.unshift(base);
    current = parent;
  }
}

/** True when `candidate` is `folder` itself or inside it (after resolving `..`). */
export function isInsideFolder(folder: string, candidate: string, path: PathLike): boolean {
  const rel = path.relative(path.resolve(folder), path.resolve(candidate));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export interface PathGrants {
  /** Records a path the user chose (save/open dialog, OS open-file, second launch), by where it really leads. */
  grant(target: string): void;
  isGranted(target: string): boolean;
}

/** `realPath` defaults to this machine's file system; tests of another platform's paths pass their own. */
export function createPathGrants(path: PathLike, realPath: RealPathResolver = realPathOf): PathGrants {
  const granted = new Set<string>();
  const key = (target: string): string | null => {
    if (target.includes('\0') || !path.isAbsolute(target)) return null;
    const real = realPath(target);
    return real === null ? null : path.resolve(real);
  };
  return {
    grant: (target) => {
      const k = key(target);
      if (k !== null) granted.add(k);
    },
    isGranted: (target) => {
      const k = key(target);
      return k !== null && granted.has(k);
    },
  };
}

export interface PathPolicy {
  grants: PathGrants;
  appFolders: readonly string[];
  path: PathLike;
  /** Defaults to this machine's file system (realPathOf). */
  realPath?: RealPathResolver;
}

type PathCheck = { allowed: true } | { allowed: false; real: string | null };

function checkPath(target: string, policy: PathPolicy): PathCheck {
  if (target.includes('\0') || !policy.path.isAbsolute(target)) return { allowed: false, real: null };
  const realPath = policy.realPath ?? realPathOf;
  const real = realPath(target);
  if (real === null) return { allowed: false, real: null };
  if (policy.grants.isGranted(target)) return { allowed: true };
  const inside = policy.appFolders.some((folder) => {
    const realFolder = realPath(folder);
    return realFolder !== null && isInsideFolder(realFolder, real, policy.path);
  });
  return inside ? { allowed: true } : { allowed: false, real };
}

/** The one check before main reads or writes a file. */
export function isPathAllowed(target: string, policy: PathPolicy): boolean {
  return checkPath(target, policy).allowed;
}

export class PathNotAllowedError extends Error {
  constructor(target: string, real: string | null = null, path: PathLike | null = null) {
    const leadsElsewhere = real !== null && path !== null && path.resolve(real) !== path.resolve(target);
    super(
      leadsElsewhere
        ? `Refused: ${target} leads (through a link) to ${real}, which was not chosen in a dialog and is not an app folder`
        : `Refused: ${target} was not chosen in a dialog and is not an app folder`,
    );
    this.name = 'PathNotAllowedError';
  }
}

export function assertPathAllowed(target: string, policy: PathPolicy): void {
  const check = checkPath(target, policy);
  if (!check.allowed) throw new PathNotAllowedError(target, check.real, policy.path);
}
