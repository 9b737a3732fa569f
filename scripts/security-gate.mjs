#!/usr/bin/env node
/* global process, console */
// `npm run security`: build the desktop app, scan it with electronegativity, fail on HIGH/MEDIUM findings
// that security/electronegativity-allowlist.json does not explain. Runs offline.
//
// electronegativity is called through its programmatic API, not its CLI: the CLI's CSV writer writes the
// header and the rows with two concurrent fs.writeFile calls, so the header overwrites the start of the
// first finding (its check id and severity are lost). This script writes the report itself from the
// API's findings. electronegativity skips .cjs/.mjs files and any path containing "node_modules", so the
// built files are staged in a temporary folder first (index.cjs → index.cjs.js; see scanPlan). The
// "available security fixes" check is excluded: it downloads Electron's release list from GitHub, which a
// CI with only the npm registry cannot reach (Electron's currency is a unit test).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateFindings, normaliseFindings, scanPlan, toCsv, validateAllowlist } from './security-gate-lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const REPORT = join(root, 'electronegativity-report.csv');
const ALLOWLIST = join(root, 'security', 'electronegativity-allowlist.json');

function fail(message) {
  console.error(`\nSecurity gate FAILED: ${message}`);
  process.exit(1);
}

if (!process.argv.includes('--skip-build')) {
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  console.info('Security gate: building main, preload and renderer (electron-vite build)…');
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('electron-vite build failed');
}

for (const built of ['out/main/index.js', 'out/preload/index.cjs']) {
  if (!existsSync(join(root, built))) fail(`${built} is missing: nothing to scan`);
}

const allowlist = validateAllowlist(JSON.parse(readFileSync(ALLOWLIST, 'utf8')));
if (!allowlist.ok) fail(`the allowlist is malformed:\n  ${allowlist.problems.join('\n  ')}`);

const built = readdirSync(join(root, 'out'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(root, join(entry.parentPath, entry.name)).replace(/\\/g, '/'));
const plan = scanPlan(built);
const stage = mkdtempSync(join(tmpdir(), 'lastmile-security-'));
const renames = {};
for (const { from, to } of plan) {
  mkdirSync(dirname(join(stage, to)), { recursive: true });
  cpSync(join(root, from), join(stage, to));
  if (to !== from) renames[to] = from;
}
if (!plan.some((p) => p.from === 'out/preload/index.cjs')) fail('the preload is not in the scan plan');

const electronVersion = require('electron/package.json').version;
const runElectronegativity = require('@doyensec/electronegativity');
console.info(`Security gate: electronegativity over ${plan.length} built file(s) (Electron ${electronVersion})…`);
let result;
try {
  result = await runElectronegativity(
    { input: stage, electronVersionOverride: electronVersion, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'] },
    false,
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}

const parseErrors = result.errors.filter((e) => !e.tolerable);
if (parseErrors.length > 0) {
  fail(`electronegativity could not parse ${parseErrors.map((e) => e.file).join(', ')}; those files were not checked`);
}

const findings = normaliseFindings(result.issues, stage, renames);
writeFileSync(REPORT, toCsv(findings));
const verdict = evaluateFindings(findings, allowlist.entries);

console.info(`\n${findings.length} finding(s), report: ${REPORT}`);
for (const f of verdict.explained) console.info(`  allowed  ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.line} (see allowlist)`);
for (const e of verdict.stale) console.warn(`  stale allowlist entry: ${e.check}${e.file ? ` in ${e.file}` : ''} matches nothing; remove it`);
if (!verdict.pass) {
  for (const f of verdict.unexplained) console.error(`  BLOCKING ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.line}:${f.column} ${f.sample}`);
  fail(`${verdict.unexplained.length} HIGH/MEDIUM finding(s) not explained in security/electronegativity-allowlist.json`);
}
console.info('Security gate passed: no unexplained HIGH or MEDIUM finding.');
