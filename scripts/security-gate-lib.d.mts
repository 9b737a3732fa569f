export interface ElectronegativityIssue {
  id: string;
  severity?: { name: string };
  confidence?: { name: string };
  file?: string;
  location?: { line: number; column: number };
  sample?: string;
  description?: string;
}

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
}

export interface AllowlistEntry {
  check: string;
  file?: string;
  sampleIncludes?: string;
  reason: string;
}

export declare const BLOCKING_SEVERITIES: readonly string[];
export declare function scanPlan(relativePaths: readonly string[]): { from: string; to: string }[];
export declare function normaliseFindings(issues: readonly ElectronegativityIssue[], root: string, renames?: Readonly<Record<string, string>>): Finding[];
export declare function validateAllowlist(json: unknown): { ok: true; entries: AllowlistEntry[] } | { ok: false; problems: string[] };
export declare function entryCovers(entry: AllowlistEntry, finding: Finding): boolean;
export declare function evaluateFindings(
  findings: readonly Finding[],
  entries: readonly AllowlistEntry[],
): { pass: boolean; unexplained: Finding[]; explained: Finding[]; stale: AllowlistEntry[] };
export declare function toCsv(findings: readonly Finding[]): string;
