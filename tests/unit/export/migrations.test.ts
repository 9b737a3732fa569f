import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateDocument, type Migration } from '@shared/export/migrations';
import { v0ToV1 } from '@shared/export/migrations/v0ToV1';
import { WORKSPACE_FILE_VERSION } from '@shared/export/workspaceFile';

describe('migrations table', () => {
  it('has one step per version up to the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: WORKSPACE_FILE_VERSION }, (_, v) => v));
  });

  it('runs the steps in order and stamps each version', () => {
    const steps: Migration[] = [
      { from: 0, summary: 'a', migrate: (d) => ({ ok: true, document: { ...d, trail: [...(d.trail as string[]), 'a'] } }) },
      { from: 1, summary: 'b', migrate: (d) => ({ ok: true, document: { ...d, trail: [...(d.trail as string[]), `b@${String(d.version)}`] } }) },
    ];
    expect(migrateDocument({ version: 0, trail: [] }, 0, 2, steps)).toEqual({ ok: true, document: { version: 2, trail: ['a', 'b@1'] } });
  });

  it('says so when a version has no upgrade path, and contains a failing step instead of throwing', () => {
    expect(migrateDocument({}, 0, 2, [v0ToV1])).toEqual({ ok: false, errors: [{ path: 'version', message: 'Files of version 1 cannot be opened by this Lastmile (no upgrade path)' }] });
    const broken: Migration = { from: 0, summary: 'x', migrate: () => { throw new Error('boom'); } };
    expect(migrateDocument({}, 0, 1, [broken])).toEqual({ ok: false, errors: [{ path: 'version', message: 'Upgrading the file from version 0 failed: boom' }] });
  });
});

