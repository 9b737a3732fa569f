// Pure parts of the security gate (tested in tests/unit/electron/securityGate.test.ts).

/** Severities that fail the gate unless an allowlist entry explains the finding. */
export const BLOCKING_SEVERITIES = ['HIGH', 'MEDIUM'];

/**
 * Which built files to scan, and under which name. electronegativity only reads .js/.jsx/.ts/.tsx/.html
 * files (and skips any path containing "node_modules"), so the CommonJS preload (index.cjs) and ES
 * modules (.mjs) would go unchecked: they are staged with ".js" appended. Paths are relative, with "/".
 */
export function scanPlan(relativePaths) {
  const plan = [];
  for (const from of relativePaths) {
    const lower = from.toLowerCase();
    if (/\.(js|html|htm)$/.test(lower)) plan.push({ from, to: from });
    else if (/\.(cjs|mjs)$/.test(lower)) plan.push({ from, to: `${from}.js` });
  }
  return plan;
}

/**
 * Findings from electronegativity's programmatic API, flattened. Paths are made relative to `root`
 * (the staging folder) with forward slashes, and staged names are mapped back to the built files
 * (`renames`: staged path → original path), so allowlist entries are the same on every machine.
 */
export function normaliseFindings(issues, root, renames = {}) {
  const prefix = root.replace(/\\/g, '/').replace(/\/$/, '') + '/';
  return issues.map((issue) => {
    const raw = String(issue.file ?? 'N/A').replace(/\\/g, '/');
    const relative = raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
    const file = renames[relative] ?? relative;
    return {
      check: String(issue.id),
      severity: String(issue.severity?.name ?? 'UNKNOWN').toUpperCase(),
      confidence: String(issue.confidence?.name ?? 'UNKNOWN').toUpperCase(),
      file,
      line: Number(issue.location?.line ?? 0),
      column: Number(issue.location?.column ?? 0),
      sample: typeof issue.sample === 'string' ? issue.sample : '',
      description: String(issue.description ?? ''),
    };
  });
}

/** Checks the allowlist file's shape: every entry names a check and gives a reason a reviewer can judge. */
export function validateAllowlist(json) {
  const problems = [];
  if (typeof json !== 'object' || json === null || !Array.isArray(json.entries)) {
    return { ok: false, problems: ['The allowlist must be an object with an "entries" array'] };
  }
  json.entries.forEach((entry, i) => {
    if (typeof entry?.check !== 'string' || !/^[A-Z0-9_]+$/.test(entry.check)) problems.push(`entries[${i}].check must be a check id like CSP_GLOBAL_CHECK`);
    if (typeof entry?.reason !== 'string' || entry.reason.trim().length < 30) problems.push(`entries[${i}].reason must explain the finding (30 characters or more)`);
    if (entry?.file !== undefined && typeof entry.file !== 'string') problems.push(`entries[${i}].file must be text`);
    if (entry?.sampleIncludes !== undefined && typeof entry.sampleIncludes !== 'string') problems.push(`entries[${i}].sampleIncludes must be text`);
  });
  return problems.length === 0 ? { ok: true, entries: json.entries } : { ok: false, problems };
}

/** An entry covers a finding with the same check, the same file (when given) and the sample text (when given). */
export function entryCovers(entry, finding) {
  return (
    entry.check === finding.check &&
    (entry.file === undefined || entry.file === finding.file) &&
    (entry.sampleIncludes === undefined || finding.sample.includes(entry.sampleIncludes))
  );
}

/**
 * The verdict: blocking findings (HIGH/MEDIUM) no entry covers fail the gate; entries that cover no
 * blocking finding any more are reported as stale so the allowlist does not rot.
 */
export function evaluateFindings(findings, entries) {
  const blocking = findings.filter((f) => BLOCKING_SEVERITIES.includes(f.severity));
  const unexplained = blocking.filter((f) => !entries.some((e) => entryCovers(e, f)));
  const explained = blocking.filter((f) => entries.some((e) => entryCovers(e, f)));
  const stale = entries.filter((e) => !blocking.some((f) => entryCovers(e, f)));
  return { pass: unexplained.length === 0, unexplained, explained, stale };
}

function csvCell(value) {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV (one header line, one line per finding). */
export function toCsv(findings) {
  const header = ['check', 'severity', 'confidence', 'file', 'location', 'sample', 'description'];
  const rows = findings.map((f) => [f.check, f.severity, f.confidence, f.file, `${f.line}:${f.column}`, f.sample, f.description].map(csvCell).join(','));
  return [header.join(','), ...rows].join('\n') + '\n';
}
