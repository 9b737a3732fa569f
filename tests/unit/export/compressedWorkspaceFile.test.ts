import { describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { gunzipTextSteps, gzipText, isGzip, runSteps } from '@shared/export/compression';
import {
  encodeWorkspaceFile,
  formatFileError,
  parseWorkspaceFile,
  parseWorkspaceFileAsync,
  serializeWorkspaceFile,
  WORKSPACE_TEXT_MAX_BYTES,
  type WorkspaceBundle,
} from '@shared/export/workspaceFile';
import { mimeTypeFor } from '@renderer/api/browserFiles';
import { fixedBundle } from './fixtures';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };
const utf8 = (text: string) => new TextEncoder().encode(text);
const errorsOf = (data: string | Uint8Array, options?: Parameters<typeof parseWorkspaceFile>[1]) => {
  const r = parseWorkspaceFile(data, options);
  return r.ok ? [] : r.errors.map(formatFileError);
};

describe('compressed workspace files', () => {
  it('opens a gzip-compressed file (told apart by its magic bytes) equal to the workspace written', () => {
    const bundle = fixedBundle();
    const file = encodeWorkspaceFile(bundle, META, { compress: 'always' });
    if (!file.ok) throw new Error(file.errors.map(formatFileError).join('\n'));
    expect(file.compressed).toBe(true);
    expect(typeof file.data).not.toBe('string');
    const bytes = file.data as Uint8Array;
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(parseWorkspaceFile(bytes)).toEqual({ ok: true, bundle, meta: META });
    // The container holds exactly the plain file's JSON: same format, same version 2.
    const inflated = runSteps(gunzipTextSteps(bytes, 1e9));
    expect(inflated.ok && inflated.text).toBe(serializeWorkspaceFile(bundle, META));
  });

  it('keeps small files plain JSON (any Lastmile opens them) and writes the same bytes for the same workspace', () => {
    const auto = encodeWorkspaceFile(fixedBundle(), META);
    expect(auto).toEqual({ ok: true, data: serializeWorkspaceFile(fixedBundle(), META), compressed: false });
    const a = encodeWorkspaceFile(fixedBundle(), META, { compress: 'always' });
    const b = encodeWorkspaceFile(fixedBundle(), META, { compress: 'always' });
    expect(a.ok && b.ok && a.data).toEqual(b.ok && b.data);
  });

  it('still opens plain files, as text or as the bytes read from disk (with or without a byte order mark)', () => {
    const text = serializeWorkspaceFile(fixedBundle(), META);
    const expected = { ok: true, bundle: fixedBundle(), meta: META };
    expect(parseWorkspaceFile(text)).toEqual(expected);
    expect(parseWorkspaceFile(utf8(text))).toEqual(expected);
    expect(parseWorkspaceFile(utf8(`\uFEFF${text}`))).toEqual(expected);
    // A file written before compression existed (version 1, plain) opens too.
    const v1 = JSON.parse(text) as Record<string, unknown>;
    v1.version = 1;
    delete (v1.workspace as Record<string, unknown>).numberFormat;
    const r = parseWorkspaceFile(utf8(JSON.stringify(v1)));
    expect(r.ok && r.migratedFrom).toBe(1);
  });

  it('is offered to the browser as a gzip download, a plain file as JSON', () => {
    const compressed = encodeWorkspaceFile(fixedBundle(), META, { compress: 'always' });
    expect(compressed.ok && mimeTypeFor('Acme.lastmile', compressed.data)).toBe('application/gzip');
    expect(mimeTypeFor('Acme.lastmile', serializeWorkspaceFile(fixedBundle(), META))).toBe('application/json');
  });

  it('reads a large file in slices, reporting progress, to the same result', async () => {
    const bundle = fixedBundle();
    const file = encodeWorkspaceFile(bundle, META, { compress: 'always' });
    if (!file.ok) throw new Error('not written');
    const seen: number[] = [];
    const r = await parseWorkspaceFileAsync(file.data, { sliceMs: 0, onProgress: (p) => seen.push(p) });
    expect(r).toEqual({ ok: true, bundle, meta: META });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= seen[i - 1]!))).toBe(true);
    await expect(parseWorkspaceFileAsync(file.data, { sliceMs: 0, signal: { aborted: true } })).rejects.toThrow('Cancelled');
  });
});

describe('compressed files the import refuses', () => {
  const good = (): Uint8Array => {
    const file = encodeWorkspaceFile(fixedBundle(), META, { compress: 'always' });
    if (!file.ok || typeof file.data === 'string') throw new Error('not written');
    return file.data;
  };

  it('refuses a decompression bomb without unpacking it: inflating stops just past the limit', () => {
    // 64 MB of zeros in about 64 KB.
    const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024), { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(errorsOf(bomb, { maxTextBytes: 1024 * 1024 })).toEqual(['The file is too large: it unpacks to more than 1 MB of workspace data, the most Lastmile opens']);
    const stopped = runSteps(gunzipTextSteps(bomb, 1024 * 1024));
    expect(stopped).toMatchObject({ ok: false, reason: 'too-large' });
    // It stopped within one slice of 16 KB of input (at most ~17 MB of output), far before the 64 MB.
    expect(stopped.bytes).toBeLessThan(18 * 1024 * 1024);
  });

  it('refuses a bomb against the real limit (many small members that unpack to more than 384 MB)', () => {
    const member = gzipSync(new Uint8Array(4 * 1024 * 1024), { level: 1 });
    const count = Math.ceil(WORKSPACE_TEXT_MAX_BYTES / (4 * 1024 * 1024)) + 2;
    const bomb = new Uint8Array(member.length * count);
    for (let i = 0; i < count; i++) bomb.set(member, i * member.length);
    expect(errorsOf(bomb)).toEqual(['The file is too large: it unpacks to more than 384 MB of workspace data, the most Lastmile opens']);
  });

  it('refuses a damaged or cut-off compressed file with a plain message', () => {
    const bytes = good();
    const flipped = bytes.slice();
    flipped[Math.floor(bytes.length / 2)]! ^= 0x10;
    expect(errorsOf(flipped)).toEqual([expect.stringMatching(/^The file is (damaged|incomplete)/)]);
    expect(errorsOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toEqual([
      'The file is incomplete: it ends before the workspace data does (it may have been cut off while copying or downloading)',
    ]);
    expect(errorsOf(bytes.subarray(0, bytes.length - 4))).toEqual(['The file is damaged: its compressed data cannot be read']);
    expect(errorsOf(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]))).toEqual([expect.stringMatching(/^The file is (damaged|incomplete)/)]);
  });

  it('refuses text inside the container that is not UTF-8, with the offset of the byte', () => {
    const text = utf8('{"format":"lastmile-workspace","version":2,"x":"caf\u00e9"}');
    const bad = text.slice();
    bad[bad.length - 4] = 0xff; // the first byte of "é"
    expect(errorsOf(gzipSync(bad))).toEqual([
      `The file is not valid UTF-8 text: the byte at offset ${bad.length - 4} of its unpacked data is not part of any character; nothing was imported.`,
    ]);
  });

  it('refuses a compressed file that is not a workspace as any other JSON would be', () => {
    expect(errorsOf(gzipText('{"hello":"world"}'))).toEqual(['format: This is not a Lastmile workspace file (it has no "format": "lastmile-workspace" marker)']);
    expect(isGzip(gzipText(''))).toBe(true);
    expect(errorsOf(gzipText(''))).toEqual(['The file is empty']);
  });
});

describe('every file the app writes opens again', () => {
  it('drops a forced choice whose use case is gone, so old data exports to a file the import accepts', () => {
    const bundle = fixedBundle();
    const kept = bundle.useCases[0]!.id;
    const withGhost: WorkspaceBundle = {
      ...bundle,
      plan: { ...bundle.plan!, forced: { [kept]: { mode: 'in', reason: 'Board asked' }, 'uc-deleted': { mode: 'in', reason: 'Was forced before deletion' } } },
    };
    // The import refuses a file that forces a missing use case ...
    const raw = JSON.parse(serializeWorkspaceFile(bundle, META)) as { plan: { forced: Record<string, unknown> } };
    raw.plan.forced = withGhost.plan!.forced;
    expect(errorsOf(JSON.stringify(raw))).toEqual(['plan.forced.uc-deleted: Forces use case "uc-deleted", which is not in the file']);
    // ... so the app never writes one: plain or compressed, the file opens and keeps the other choices.
    for (const compress of ['never', 'always'] as const) {
      const file = encodeWorkspaceFile(withGhost, META, { compress });
      if (!file.ok) throw new Error(file.errors.map(formatFileError).join('\n'));
      const back = parseWorkspaceFile(file.data);
      expect(back.ok && back.bundle.plan?.forced).toEqual({ [kept]: { mode: 'in', reason: 'Board asked' } });
      expect(back.ok && back.bundle.useCases).toEqual(bundle.useCases);
    }
  });

  it('refuses to write a file the import would refuse, with the fault and its path', () => {
    const bundle = fixedBundle();
    const orphan: WorkspaceBundle = { ...bundle, useCases: bundle.useCases.map((uc, i) => (i === 1 ? { ...uc, problemId: 'p-gone' } : uc)) };
    const file = encodeWorkspaceFile(orphan, META, { compress: 'always' });
    expect(file.ok).toBe(false);
    expect(file.ok ? [] : file.errors.map(formatFileError)).toEqual(['useCases[1].problemId: Refers to problem "p-gone", which is not in the file']);
  });
});
