import { useEffect } from 'react';
import { useHistory } from '@renderer/state/history';
import { useToasts } from '@renderer/state/toasts';
import { backupWorkspace, workspacesTouched } from './backupActions';

/** How often changed workspaces are snapshotted while the app is in use. */
export const BACKUP_INTERVAL_MS = 3 * 60 * 1000;

const dirty = new Set<string>();
let flushing: Promise<void> | null = null;

/** Backs up every workspace changed since the last backup; a failure (e.g. a full disk) is reported, and retried next time. */
export function flushBackups(): Promise<void> {
  flushing ??= (async () => {
    for (const id of [...dirty]) {
      dirty.delete(id);
      const r = await backupWorkspace(id);
      if (!r.ok) {
        dirty.add(id);
        useToasts.getState().show(`Automatic backup failed: ${r.error}`, { tone: 'error', timeoutMs: 15_000 });
        break;
      }
    }
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

/**
 * Automatic backups: every edit, undo and redo marks its workspaces as changed; every few minutes, and when
 * the window is hidden, each changed workspace is snapshotted through the host (atomic write and retention
 * are the host's job).
 */
export function useBackups(): void {
  useEffect(() => {
    const unsubscribe = useHistory.subscribe((state, prev) => {
      const moved = state.past.length > prev.past.length ? state.past.at(-1) : state.future.length > prev.future.length ? state.future.at(-1) : state.past.at(-1);
      if (moved && (state.past !== prev.past || state.future !== prev.future)) for (const id of workspacesTouched(moved)) dirty.add(id);
    });
    const timer = setInterval(() => void flushBackups(), BACKUP_INTERVAL_MS);
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flushBackups();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unsubscribe();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);
}
