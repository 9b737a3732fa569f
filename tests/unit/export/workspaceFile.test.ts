import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WORKSPACE_FILE_MAX_BYTES, WORKSPACE_FILE_VERSION, checkWorkspaceFileSize, formatFileError, parseWorkspaceFile, serializeWorkspaceFile, type WorkspaceBundle } from '@shared/export/workspaceFile';
import { bundleArbitrary } from './bundleArbitrary';
import { fixedBundle } from './fixtures';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };

function fileWith(edit: (doc: Record<string, unknown> & { useCases: Record<string, unknown>[]; problems: Record<string, unknown>[] }) => void): string {
  const doc = JSON.parse(serializeWorkspaceFile(fixedBundle(), META));
  edit(doc);
  return JSON.stringify(doc);
}

function errorsOf(text: string): string[] {
  const r = parseWorkspaceFile(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map(formatFileError);
}

describe('workspace file: writing and reading back', () => {
  it('writes one versioned, pretty JSON document with the envelope first', () => {
    const text = serializeWorkspaceFile(fixedBundle(), META);
    expect(text.startsWith(`{\n  "format": "lastmile-workspace",\n  "version": ${WORKSPACE_FILE_VERSION},\n  "exportedAt": "2027-02-01T09:30:00.000Z",\n  "app": {\n    "version": "0.1.0"\n  },\n  "workspace": {`)).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'exportedAt', 'app', 'workspace', 'problems', 'useCases', 'plan']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads back exactly what was written', () => {
    const bundle = fixedBundle();
    const r = parseWorkspaceFile(serializeWorkspaceFile(bundle, META));
    expect(r).toEqual({ ok: true, bundle, meta: META });
  });

  it('does not depend on the order in which the data was built', () => {
    const bundle = fixedBundle();
    const reversed = (o: object): object => JSON.parse(JSON.stringify(o, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    const shuffled = reversed(bundle) as WorkspaceBundle;
    expect(serializeWorkspaceFile(shuffled, META)).toBe(serializeWorkspaceFile(bundle, META));
  });

  it('writes only the schema fields (extra fields a database adds are left out)', () => {
    const bundle = fixedBundle();
    const withExtra = { ...bundle, problems: bundle.problems.map((p) => ({ ...p, _rev: 7 })) };
    expect(serializeWorkspaceFile(withExtra, META)).toBe(serializeWorkspaceFile(bundle, META));
  });

  it('is lossless: write → read → write gives the identical file, for any valid workspace', () => {
    fc.assert(
      fc.property(bundleArbitrary, (bundle) => {
        const first = serializeWorkspaceFile(bundle, META);
        const read = parseWorkspaceFile(first);
        if (!read.ok) throw new Error(read.errors.map(formatFileError).join('\n'));
        expect(read.bundle).toEqual(bundle);
        expect(serializeWorkspaceFile(read.bundle, read.meta)).toBe(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe('workspace file: refusing what it cannot open', () => {
  it.each([
    ['', 'The file is empty'],
    ['   \n', 'The file is empty'],
    ['PK\u0003\u0004 binary', 'This is not a Lastmile workspace file (it is not JSON data; workspace files end in .lastmile)'],
    ['Title,Cost\nA,1', 'This is not a Lastmile workspace file (it is not JSON data; workspace files end in .lastmile)'],
    ['[1,2,3]', 'This is not a Lastmile workspace file (it holds no workspace data)'],
    ['{"format":"lastmile-workspace","version":1,"workspace":{"name":"Acme"', 'The file is incomplete: it ends before the workspace data does (it may have been cut off while copying or downloading)'],
    ['{"format": "lastmile-workspace",\n "version": 1,, }', 'The file is damaged: it is not valid JSON (line 2, column 15)'],
    ['{"hello":"world"}', 'format: This is not a Lastmile workspace file (it has no "format": "lastmile-workspace" marker)'],
    ['{"format":"excel","version":1}', 'format: This is not a Lastmile workspace file (its format is "excel")'],
    ['{"format":"lastmile-workspace","version":"one"}', 'version: The file has no valid format version (a whole number such as 1)'],
    [
      `{"format":"lastmile-workspace","version":${WORKSPACE_FILE_VERSION + 1}}`,
      `version: This file was made by a newer Lastmile (file version ${WORKSPACE_FILE_VERSION + 1}; this app reads up to version ${WORKSPACE_FILE_VERSION}). Update the app to open it.`,
    ],
  ])('explains %j', (text, message) => {
    expect(errorsOf(text)).toEqual([message]);
  });

  it('refuses a file over the size limit before parsing it, with the sizes in the message', () => {
    expect(errorsOf('x'.repeat(WORKSPACE_FILE_MAX_BYTES + 1))).toEqual(['The file is too large (200 MB); Lastmile opens workspace files of up to 200 MB']);
    expect(checkWorkspaceFileSize(300 * 1024 * 1024)?.message).toBe('The file is too large (300 MB); Lastmile opens workspace files of up to 200 MB');
    expect(checkWorkspaceFileSize(WORKSPACE_FILE_MAX_BYTES)).toBeNull();
    // Multi-byte text is measured in UTF-8 bytes, not characters.
    const r = parseWorkspaceFile(`{"a":"${'€'.repeat(400)}"}`, { maxBytes: 1000 });
    expect(r.ok === false && r.errors[0]?.message).toBe('The file is too large (0 MB); Lastmile opens workspace files of up to 0 MB');
  });

  it('tolerates a byte order mark', () => {
    expect(parseWorkspaceFile(`\uFEFF${serializeWorkspaceFile(fixedBundle(), META)}`).ok).toBe(true);
  });

  it('reports every invalid field with its path in the file', () => {
    const text = fileWith((doc) => {
      (doc.useCases[3] as { pilot: { cost: number } }).pilot.cost = -1;
      (doc.problems[1] as { title: string }).title = '   ';
      (doc.workspace as { currency: string }).currency = 'dollars';
      (doc.useCases[0] as { readiness: { data: { score: number } } }).readiness.data.score = 9;
    });
    expect(errorsOf(text)).toEqual([
      'workspace.currency: Currency must be a three-letter ISO 4217 code such as USD',
      'problems[1].title: Title is required',
      'useCases[0].readiness.data.score: Readiness: Data ready must be a score from 1 to 5',
      'useCases[3].pilot.cost: Pilot cost must be a number of 0 or more',
    ]);
  });

  it('checks references: use case → problem, unique ids, one workspace, forced choices → use cases', () => {
    const text = fileWith((doc) => {
      doc.useCases[1]!.problemId = 'p-missing';
      doc.problems[2]!.id = 'p-invoices';
      doc.useCases[2]!.workspaceId = 'ws-other';
      (doc.plan as { forced: Record<string, unknown> }).forced['uc-gone'] = { mode: 'out', reason: '' };
    });
    expect(errorsOf(text)).toEqual([
      'problems[2].id: Problem id "p-invoices" is used twice (also problems[0])',
      'useCases[2].workspaceId: Belongs to workspace "ws-other", but this file\'s workspace is "ws-acme"',
      'useCases[1].problemId: Refers to problem "p-missing", which is not in the file',
      'useCases[2].problemId: Refers to problem "p-churn", which is not in the file',
      'plan.forced.uc-gone: Forces use case "uc-gone", which is not in the file',
    ]);
  });

  it('refuses "__proto__" as an id, so no record can silently vanish while the file is read', () => {
    const text = fileWith((doc) => {
      doc.useCases[0]!.id = '__proto__';
      (doc.plan as { forced: Record<string, unknown> }).forced = JSON.parse('{"__proto__":{"mode":"in","reason":""}}');
    });
    expect(errorsOf(text)).toEqual(['useCases[0].id: "__proto__" cannot be used as an id', 'plan.forced: "__proto__" cannot be used as an id']);
  });

  it('names missing lists and a missing workspace', () => {
    expect(errorsOf('{"format":"lastmile-workspace","version":1,"exportedAt":"2027-01-01T00:00:00Z","app":{"version":"1"},"problems":{}}')).toEqual([
      'workspace: The file has no workspace',
      'problems: Problems must be a list',
      'useCases: The file has no use cases list',
    ]);
  });

  it('lists at most 200 faults and says how many more there were', () => {
    const text = fileWith((doc) => {
      const template = doc.useCases[0]!;
      doc.useCases = Array.from({ length: 300 }, (_, i) => ({ ...template, id: `u${i}`, startMonth: 0 }));
    });
    const errors = errorsOf(text);
    expect(errors).toHaveLength(201);
    expect(errors[0]).toBe('useCases[0].startMonth: Planned start month must be 1 or more months');
    expect(errors[200]).toBe('…and 101 more faults');
  });
});

describe('workspace file: fuzzing (never throws, always explains)', () => {
  const good = serializeWorkspaceFile(fixedBundle(), META);

  it('any cut-off copy of a good file is refused with a message, never a crash', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 2 }), (n) => {
        const r = parseWorkspaceFile(good.slice(0, n));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors[0]?.message).toMatch(/empty|incomplete|not a Lastmile/);
      }),
      { numRuns: 200 },
    );
  });

  it('random text and random JSON never throw and always give errors with a path and a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'lastmile-workspace', version: 1, ...(typeof v === 'object' && v && !Array.isArray(v) ? v : { workspace: v }) }))), (text) => {
        const r = parseWorkspaceFile(text);
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            expect(typeof e.path).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  /** Every leaf of the document with its path as the error report writes it. */
  function leaves(value: unknown, path = ''): { path: string; value: unknown }[] {
    if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`));
    return [{ path, value }];
  }
  const goodDoc = JSON.parse(good) as Record<string, unknown>;
  const goodLeaves = leaves(goodDoc);
  const wrongTyped = (v: unknown): unknown => (v === null ? 'x' : typeof v === 'number' ? 'x' : typeof v === 'string' ? 42 : typeof v === 'boolean' ? 'yes' : 5);

  function setAt(doc: unknown, path: string, value: unknown): void {
    const keys = path.match(/[^.[\]]+/g) ?? [];
    let node = doc as Record<string, unknown>;
    keys.slice(0, -1).forEach((k) => (node = node[k] as Record<string, unknown>));
    node[keys[keys.length - 1] as string] = value;
  }

  it('a wrong-typed value anywhere in a good file is reported at exactly its path', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: goodLeaves.length - 1 }), (i) => {
        const leaf = goodLeaves[i]!;
        const doc = structuredClone(goodDoc);
        setAt(doc, leaf.path, wrongTyped(leaf.value));
        const r = parseWorkspaceFile(JSON.stringify(doc));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(leaf.path);
      }),
      { numRuns: 300 },
    );
  });
});
