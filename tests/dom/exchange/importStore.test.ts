/**
 * A workspace file offered for import opens the import window once the window's code is here (fetched on first use),
 * and is read from then on, with its progress: the window finds the file being read, then read. A file withdrawn (the
 * window closed) or replaced by another one stops being read, and its result never shows up in place of the other's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWorkspaceImport } from '@renderer/features/exchange/importStore';
import { encodeWorkspaceFile, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { scaledBundle } from '../../unit/export/scaledBundle';

const META = { exportedAt: '2027-02-01T00:00:00.000Z', appVersion: '0.1.0' };
const store = () => useWorkspaceImport.getState();
const read = () => vi.waitFor(() => expect(store().parsed).not.toBeNull(), { timeout: 20_000, interval: 5 });

afterEach(() => store().clear());

describe('the workspace file offered for import', () => {
  it('opens the import window, is read, and the summary the window shows is there once the reading ends', async () => {
    store().offer({ name: 'big.lastmile', data: Uint8Array.from(new TextEncoder().encode(serializeWorkspaceFile(scaledBundle(400), META))) });
    expect(store().parsed).toBeNull();
    await read();
    // The window opens on it once its code is here.
    await vi.waitFor(() => expect(store().pending?.name).toBe('big.lastmile'), { timeout: 20_000 });
    const parsed = store().parsed;
    if (!parsed?.ok) throw new Error(`the file did not read: ${JSON.stringify(parsed)}`);
    expect(parsed.bundle.useCases).toHaveLength(400);
    expect(parsed.meta).toEqual(META);
    expect(store().progress).toBe(1);
  });

  it('a faulty file is read into its faults, with their paths', async () => {
    store().offer({ name: 'broken.lastmile', data: serializeWorkspaceFile(scaledBundle(4), META).replace('"currency": "USD"', '"currency": 12') });
    await read();
    const parsed = store().parsed;
    expect(parsed?.ok).toBe(false);
    expect(parsed && !parsed.ok && parsed.errors.map((e) => e.path)).toContain('workspace.currency');
  });

  it('a file withdrawn while it is read leaves nothing behind', async () => {
    const encoded = encodeWorkspaceFile(scaledBundle(2000), META, { compress: 'always' });
    if (!encoded.ok || typeof encoded.data === 'string') throw new Error('the file was not compressed');
    store().offer({ name: 'large.lastmile', data: encoded.data });
    await vi.waitFor(() => expect(store().progress).toBeGreaterThan(0), { timeout: 20_000, interval: 1 });
    store().clear();
    // Nothing the withdrawn reading would still report (progress, its result) reaches the store.
    const changes = vi.fn();
    const unsubscribe = useWorkspaceImport.subscribe(changes);
    await new Promise((r) => setTimeout(r, 1_500));
    unsubscribe();
    expect(changes).not.toHaveBeenCalled();
    expect(store()).toMatchObject({ pending: null, parsed: null, progress: 0 });
  });

  it('a second file offered while the first is read replaces it: the first one’s result never shows', async () => {
    const first = encodeWorkspaceFile(scaledBundle(2000), META, { compress: 'always' });
    if (!first.ok) throw new Error('the file was not built');
    store().offer({ name: 'first.lastmile', data: first.data });
    store().offer({ name: 'second.lastmile', data: serializeWorkspaceFile(scaledBundle(6), META) });
    await read();
    const parsed = store().parsed;
    if (!parsed?.ok) throw new Error('the second file did not read');
    await vi.waitFor(() => expect(store().pending?.name).toBe('second.lastmile'), { timeout: 20_000 });
    expect(parsed.bundle.useCases).toHaveLength(6);
    await new Promise((r) => setTimeout(r, 300));
    expect(store().parsed).toBe(parsed);
  });
});
