import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFindings, normaliseFindings, scanPlan, toCsv, validateAllowlist, type Finding } from '../../../scripts/security-gate-lib.mjs';

const root = path.resolve(import.meta.dirname, '../../..');

const finding = (over: Partial<Finding>): Finding => ({
  check: 'NODE_INTEGRATION_JS_CHECK',
  severity: 'HIGH',
  confidence: 'CERTAIN',
  file: 'out/main/index.js',
  line: 10,
  column: 2,
  sample: 'nodeIntegration: true',
  description: 'Disable nodeIntegration',
  ...over,
});

describe('security gate verdict', () => {
  it('fails on a HIGH or MEDIUM finding no allowlist entry explains', () => {
    const verdict = evaluateFindings([finding({}), finding({ check: 'CSP_GLOBAL_CHECK', severity: 'MEDIUM' })], []);
    expect(verdict.pass).toBe(false);
    expect(verdict.unexplained.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK', 'CSP_GLOBAL_CHECK']);
  });

  it('passes on LOW and INFORMATIONAL findings', () => {
    expect(evaluateFindings([finding({ severity: 'LOW' }), finding({ severity: 'INFORMATIONAL' })], []).pass).toBe(true);
  });

  it('lets an entry cover only the same check, file and flagged text', () => {
    const entry = { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'out/main/index.js', sampleIncludes: 'openExternal(url)', reason: 'x'.repeat(40) };
    const covered = finding({ check: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', sample: 'shell.openExternal(url)' });
    const otherFile = { ...covered, file: 'out/preload/index.cjs' };
    const otherCall = { ...covered, sample: 'shell.openExternal(untrusted)' };
    const verdict = evaluateFindings([covered, otherFile, otherCall], [entry]);
    expect(verdict.explained).toEqual([covered]);
    expect(verdict.unexplained).toEqual([otherFile, otherCall]);
  });

  it('reports allowlist entries that no longer explain a blocking finding as stale', () => {
    const entry = { check: 'CSP_GLOBAL_CHECK', reason: 'x'.repeat(40) };
    expect(evaluateFindings([], [entry]).stale).toEqual([entry]);
    expect(evaluateFindings([finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW' })], [entry]).stale).toEqual([entry]);
    expect(evaluateFindings([finding({ check: 'CSP_GLOBAL_CHECK', severity: 'MEDIUM' })], [entry]).stale).toEqual([]);
  });

  it('requires a check id and a real reason for every allowlist entry', () => {
    expect(validateAllowlist({ entries: [{ check: 'CSP_GLOBAL_CHECK', reason: 'ok' }] })).toEqual({
      ok: false,
      problems: ['entries[0].reason must explain the finding (30 characters or more)'],
    });
    expect(validateAllowlist({ entries: [{ reason: 'x'.repeat(40) }] })).toMatchObject({ ok: false });
    expect(validateAllowlist([])).toMatchObject({ ok: false });
  });

  it('the reviewed allowlist in the repository is well-formed and explains each entry', () => {
    const json: unknown = JSON.parse(readFileSync(path.join(root, 'security/electronegativity-allowlist.json'), 'utf8'));
    const checked = validateAllowlist(json);
    expect(checked.ok).toBe(true);
    if (checked.ok) for (const entry of checked.entries) expect(entry.reason).toMatch(/test/i);
  });
});

describe('what the gate scans', () => {
  it('stages the CommonJS preload and ES modules under a .js name (electronegativity skips .cjs/.mjs)', () => {
    expect(
      scanPlan(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/worker.mjs', 'out/renderer/assets/app.css', 'out/renderer/glpk.wasm']),
    ).toEqual([
      { from: 'out/main/index.js', to: 'out/main/index.js' },
      { from: 'out/preload/index.cjs', to: 'out/preload/index.cjs.js' },
      { from: 'out/renderer/index.html', to: 'out/renderer/index.html' },
      { from: 'out/renderer/assets/worker.mjs', to: 'out/renderer/assets/worker.mjs.js' },
    ]);
  });

  it('reports findings under the built file names', () => {
    const [f] = normaliseFindings([{ id: 'X_CHECK', severity: { name: 'HIGH' }, file: '/tmp/stage/out/preload/index.cjs.js' }], '/tmp/stage', {
      'out/preload/index.cjs.js': 'out/preload/index.cjs',
    });
    expect(f?.file).toBe('out/preload/index.cjs');
  });
});

describe('electronegativity findings', () => {
  it('are flattened with repository-relative paths', () => {
    const [f] = normaliseFindings(
      [{ id: 'X_CHECK', severity: { name: 'MEDIUM' }, confidence: { name: 'FIRM' }, file: '/repo/out/main/index.js', location: { line: 3, column: 4 }, sample: 's', description: 'd' }],
      '/repo',
    );
    expect(f).toEqual({ check: 'X_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'out/main/index.js', line: 3, column: 4, sample: 's', description: 'd' });
    expect(normaliseFindings([{ id: 'CSP_GLOBAL_CHECK', severity: { name: 'MEDIUM' }, file: 'N/A' }], '/repo')[0]?.file).toBe('N/A');
  });

  it('are written as CSV with quoting, one finding per line', () => {
    const csv = toCsv([finding({ sample: 'a, "b"\nc' })]);
    expect(csv.split('\n')[0]).toBe('check,severity,confidence,file,location,sample,description');
    expect(csv).toContain('"a, ""b""\nc"');
  });
});
