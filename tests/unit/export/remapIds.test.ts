import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { remapIds } from '@shared/export/remapIds';
import { formatFileError, parseWorkspaceFile, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { bundleArbitrary } from './bundleArbitrary';
import { fixedBundle } from './fixtures';

const counter = () => {
  let n = 0;
  return (kind: string) => `${kind}-${++n}`;
};

describe('remapIds: import as a new workspace', () => {
  it('gives every record a fresh id and keeps every reference', () => {
    const before = fixedBundle();
    const after = remapIds(before, counter());
    expect(after.workspace.id).toBe('workspace-1');
    expect(after.problems.map((p) => p.id)).toEqual(['problem-2', 'problem-3', 'problem-4']);
    expect(after.useCases.map((u) => u.id)).toEqual(['useCase-5', 'useCase-6', 'useCase-7', 'useCase-8']);
    expect(after.useCases.map((u) => u.problemId)).toEqual(['problem-2', 'problem-3', 'problem-4', 'problem-2']);
    expect([...after.problems, ...after.useCases].every((r) => r.workspaceId === 'workspace-1')).toBe(true);
    expect(after.plan?.forced).toEqual({ 'useCase-6': { mode: 'in', reason: 'Board priority' } });
    // Everything else is unchanged, and the input is not touched.
    expect(after.useCases[1]?.name).toBe(before.useCases[1]?.name);
    expect(before.workspace.id).toBe('ws-acme');
  });

  it('refuses an id generator that repeats itself', () => {
    expect(() => remapIds(fixedBundle(), () => 'same')).toThrow('the id generator repeated "same"');
  });

  it('always gives a file that reads back valid, with the same data under new ids', () => {
    fc.assert(
      fc.property(bundleArbitrary, (bundle) => {
        const after = remapIds(bundle, counter());
        const r = parseWorkspaceFile(serializeWorkspaceFile(after, { exportedAt: '2027-01-01T00:00:00Z', appVersion: '1' }));
        if (!r.ok) throw new Error(r.errors.map(formatFileError).join('\n'));
        const oldIds = new Set([bundle.workspace.id, ...bundle.problems.map((p) => p.id), ...bundle.useCases.map((u) => u.id)]);
        expect([r.bundle.workspace.id, ...r.bundle.problems.map((p) => p.id), ...r.bundle.useCases.map((u) => u.id)].some((id) => oldIds.has(id))).toBe(false);
        // Each use case still hangs under the problem with the same title as before.
        r.bundle.useCases.forEach((uc, i) => {
          const was = bundle.problems.find((p) => p.id === bundle.useCases[i]?.problemId);
          expect(r.bundle.problems.find((p) => p.id === uc.problemId)?.title).toBe(was?.title);
        });
      }),
      { numRuns: 50 },
    );
  });
});
