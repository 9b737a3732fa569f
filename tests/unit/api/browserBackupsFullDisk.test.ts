import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserBackups } from '@renderer/api/browserBackups';

const proto = FakeObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => unknown>;
const original = { put: proto.put, add: proto.add };
/** From the `after`-th write on, IndexedDB refuses writes for quota (as Chromium does on a full disk). */
function fullDisk(after = 0): void {
  let writes = 0;
  for (const method of ['put', 'add'] as const) {
    proto[method] = function refuseWhenFull(this: unknown, ...args: unknown[]) {
      if (writes++ >= after) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original[method].apply(this, args);
    };
  }
}
afterEach(() => Object.assign(proto, original));

const json = (name: string) => JSON.stringify({ format: 'lastmile-workspace', workspace: { name } });

describe('browser-host backups on a full disk', () => {
  it('reports it in plain words, keeps every earlier backup, leaves no half-written entry, and writes again once there is space', async () => {
    let clock = Date.parse('2027-03-01T09:00:00Z');
    const backups = createBrowserBackups(new IDBFactory(), () => new Date((clock += 60_000)));
    const first = await backups.write({ workspaceId: 'w1', name: 'Acme', data: json('Acme') });

    fullDisk(1); // the content is written, the entry is refused: the whole backup must be rolled back
    await expect(backups.write({ workspaceId: 'w1', name: 'Acme', data: json('Acme 2') })).rejects.toThrow(
      'The disk is full: could not write the backup of "Acme"; the earlier backups are kept. Free some space and try again.',
    );
    fullDisk(0);
    await expect(backups.write({ workspaceId: 'w1', name: 'Acme', data: json('Acme 3') })).rejects.toThrow(/The disk is full/);
    Object.assign(proto, original);

    expect((await backups.list()).map((e) => e.id)).toEqual([first.id]);
    expect((await backups.read(first.id)).data).toBe(json('Acme'));

    const next = await backups.write({ workspaceId: 'w1', name: 'Acme', data: json('Acme 4') });
    expect((await backups.list()).map((e) => e.id)).toEqual([next.id, first.id]);
    expect((await backups.read(next.id)).data).toBe(json('Acme 4'));
  });
});
