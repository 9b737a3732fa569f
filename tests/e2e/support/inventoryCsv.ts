/**
 * A client's AI inventory as a governance register exports it, for the end-to-end tests: `rows` use cases with a
 * register id, a name (some far longer than a use case name may be, one blank), a summary, the problem solved (empty
 * for every third row), the bureau that owns it (some unnamed), a development stage in the register's own words (one
 * word no rule knows: "On hold"), a vendor and whether it involves personal data. Deterministic: the same rows each run.
 */

export const INVENTORY_HEADERS = ['Use Case ID', 'Use Case Name', 'Summary', 'Problem Solved', 'Bureau', 'Development Stage', 'Vendor', 'Involves PII'] as const;

export interface InventoryRow {
  id: string;
  name: string;
  summary: string;
  problem: string;
  owner: string;
  stage: string;
  vendor: string;
  pii: string;
}

const STAGES = ['Idea', 'Pilot', 'In production', 'Initiated', 'Operation and Maintenance', 'Acquisition and/or Development', 'Retired', 'On hold'];
const BUREAUS = ['Claims Office', 'Finance Bureau', 'Citizen Services', 'Procurement', 'Human Resources', 'Legal Affairs', 'IT Operations'];
const VENDORS = ['OpenAI', 'Microsoft', 'Acme AI', 'In-house', 'Anthropic', 'Google', ''];
const TASKS = ['invoice matching', 'claims triage', 'contract review', 'call summaries', 'fraud alerts', 'translation', 'demand forecast', 'document search', 'email routing', 'form reading'];
const PROBLEMS = [
  'Invoices are keyed by hand',
  'Claims wait weeks for a first look',
  'Contracts are reviewed line by line',
  'Calls are written up after the fact',
  'Fraud is found months later',
  'Letters wait for a translator',
  'Stock runs out before the season',
  'Staff cannot find past decisions',
  'Emails reach the wrong team',
  'Paper forms are retyped',
];

/** Rows numbered as a spreadsheet shows them: the header is row 1, the first use case row 2. */
export const sheetRow = (index: number) => index + 2;
/** The row (0-based) with a blank name: a fault no choice resolves, so it is skipped. */
export const BLANK_NAME_INDEX = 124;

export function inventoryRows(rows = 500): InventoryRow[] {
  return Array.from({ length: rows }, (_, i) => {
    const task = TASKS[i % TASKS.length]!;
    const long = i % 50 === 7;
    const name = i === BLANK_NAME_INDEX ? '' : long ? `${task} assistant for ${'every regional office and every partner agency, '.repeat(5)}phase ${i}` : `${task[0]!.toUpperCase()}${task.slice(1)} ${i + 1}`;
    return {
      id: `AI-${String(i + 1).padStart(4, '0')}`,
      name,
      summary: `Uses AI for ${task} in the ${BUREAUS[i % BUREAUS.length]!.toLowerCase()}.`,
      problem: i % 3 === 0 ? '' : PROBLEMS[(i * 7) % PROBLEMS.length]!,
      owner: i % 9 === 4 ? '' : BUREAUS[(i * 3) % BUREAUS.length]!,
      stage: STAGES[i % STAGES.length]!,
      vendor: VENDORS[i % VENDORS.length]!,
      pii: ['Yes', 'No', ''][i % 3]!,
    };
  });
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export function inventoryCsv(rows: readonly InventoryRow[]): string {
  const lines = [INVENTORY_HEADERS.join(','), ...rows.map((r) => [r.id, r.name, r.summary, r.problem, r.owner, r.stage, r.vendor, r.pii].map(quote).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
