import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { useHistory } from '@renderer/state/history';
import { button, control, group, input, radio, render, seed, text, type, unmount, waitFor } from './editorHarness';

const originalPut = IDBObjectStore.prototype.put;
const originalAdd = IDBObjectStore.prototype.add;
function fullDisk(on: boolean): void {
  const refuse = function refuse(): never {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  IDBObjectStore.prototype.put = on ? refuse : originalPut;
  IDBObjectStore.prototype.add = on ? refuse : originalAdd;
}

beforeEach(() => useHistory.setState({ past: [], future: [] }));
afterEach(async () => {
  fullDisk(false);
  await unmount();
});

/** Another window saves `patch` over the stored record (at its current revision). */
async function saveElsewhere(id: string, patch: Record<string, unknown>): Promise<void> {
  const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision, ...input } = (await repositories().useCases.get(id))!;
  const r = await repositories().useCases.update(id, { ...input, ...patch }, revision);
  if (!r.ok) throw new Error(r.errors[0]?.message);
}

describe('the use-case editor when another window saves the same use case', () => {
  it('shows both versions per field, keeps my description, takes their name, blocks Save until Apply, then saves both', async () => {
    const uc = await seed();
    await render(uc);
    await type('Description', 'Reads supplier invoices');
    await act(async () => saveElsewhere(uc.id, { name: 'Invoice reader (AP)' }));
    await waitFor(() => text().includes('was changed in another window while you were editing'), 'the conflict view');

    expect(button('Save changes').disabled).toBe(true);
    expect(group(/^Name/).textContent).toContain('Invoice reader (AP)');
    expect(radio(/^Name/, /Take theirs/).checked).toBe(true);
    expect(radio(/^Description/, /Keep mine/).checked).toBe(true);
    expect(control('Description').value).toBe('Reads supplier invoices');

    await act(async () => button('Apply and save (1 of yours kept)').click());
    await waitFor(() => text().includes('All changes saved'), 'the merged save');
    const stored = await repositories().useCases.get(uc.id);
    expect(stored?.name).toBe('Invoice reader (AP)');
    expect(stored?.description).toBe('Reads supplier invoices');
    expect(input('Name').value).toBe('Invoice reader (AP)');
  });

  it('lets me keep my own value for a field both windows changed', async () => {
    const uc = await seed();
    await render(uc);
    await type('Pilot cost', '50000');
    await act(async () => saveElsewhere(uc.id, { pilot: { cost: 80000, months: uc.pilot.months }, description: 'Theirs' }));
    await waitFor(() => text().includes('was changed in another window'), 'the conflict view');
    await act(async () => radio(/^Pilot cost/, /Take theirs/).click());
    await act(async () => radio(/^Pilot cost/, /Keep mine/).click());
    await act(async () => button('Apply and save (1 of yours kept)').click());
    await waitFor(() => text().includes('All changes saved'), 'the merged save');
    const stored = await repositories().useCases.get(uc.id);
    expect(stored?.pilot.cost).toBe(50000);
    expect(stored?.description).toBe('Theirs');
  });
});

describe('the use-case editor on a full disk', () => {
  it('says so in plain words, keeps what was typed, lets Save be pressed again, and saves once there is space', async () => {
    const uc = await seed();
    await render(uc);
    await type('Description', 'Typed while the disk was full');
    fullDisk(true);
    await act(async () => button('Save changes').click());
    await waitFor(() => text().includes('The disk is full'), 'the full-disk message');
    expect(text()).not.toContain('Saving…');
    expect(text()).toContain('Unsaved changes');
    expect(control('Description').value).toBe('Typed while the disk was full');
    expect(button('Save changes').disabled).toBe(false);
    expect((await repositories().useCases.get(uc.id))?.description).toBe('');

    fullDisk(false);
    await act(async () => button('Save changes').click());
    await waitFor(() => text().includes('All changes saved'), 'the retried save');
    expect(text()).not.toContain('The disk is full');
    expect((await repositories().useCases.get(uc.id))?.description).toBe('Typed while the disk was full');
  });
});
