import { describe, expect, it, vi } from 'vitest';
import { readStorageState, requestPersistentStorage, type StorageLike } from '@renderer/state/storagePersistence';
import { storageSentence } from '@renderer/features/layout/AboutDialog';

function fakeStorage(persistedNow: boolean, grant: boolean | Error): StorageLike & { persist: ReturnType<typeof vi.fn> } {
  let persisted = persistedNow;
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      if (grant instanceof Error) throw grant;
      persisted = grant;
      return grant;
    }),
    estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 2048 * 1024 * 1024 })),
  };
}

describe('persistent storage', () => {
  it('asks once at start, however often it is called, and reports the answer', async () => {
    const storage = fakeStorage(false, true);
    const answers = await Promise.all([requestPersistentStorage(storage), requestPersistentStorage(storage)]);
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(answers).toEqual([true, true]);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await readStorageState(storage)).toEqual({ persisted: true, usage: 3 * 1024 * 1024, quota: 2048 * 1024 * 1024 });
  });

  it('does not ask again when the storage is already persistent; a refusal or a failure is reported, not thrown', async () => {
    const kept = fakeStorage(true, false);
    expect(await requestPersistentStorage(kept)).toBe(true);
    expect(kept.persist).not.toHaveBeenCalled();
    expect(await requestPersistentStorage(fakeStorage(false, false))).toBe(false);
    expect(await requestPersistentStorage(fakeStorage(false, new Error('not allowed')))).toBeNull();
  });

  it('without a storage manager (old browsers) there is nothing to ask and nothing known', async () => {
    expect(await requestPersistentStorage({})).toBeNull();
    expect(await requestPersistentStorage(undefined)).toBeNull();
    expect(await readStorageState({})).toEqual({ persisted: null, usage: null, quota: null });
  });

  it('Help → About says in plain words whether the workspaces are kept, with the space used', () => {
    const MB = 1024 * 1024;
    expect(storageSentence({ persisted: true, usage: 3.2 * MB, quota: 2048 * MB })).toBe('Storage: kept until you delete it. Using 3.2 MB of about 2048 MB available.');
    expect(storageSentence({ persisted: false, usage: 3.2 * MB, quota: null })).toBe(
      'Storage: may be cleared by the system when space runs low; export your workspaces to keep a copy. Using 3.2 MB.',
    );
    expect(storageSentence({ persisted: null, usage: null, quota: null })).toBe('Storage: this browser does not say whether it keeps it when space runs low.');
  });
});
