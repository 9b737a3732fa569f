/**
 * Messy client inventories for property tests (issue 15): random column orders, blank and duplicate headers, blank
 * names, over-long texts, odd stage words, blank problems, numbers written in several ways, up to 5,000 rows.
 * Exported for every test of the inventory import (pipeline, store, wizard).
 */
import fc from 'fast-check';
import { defaultWorkspaceSettings, INVENTORY_FIELDS, type InventoryField, type Problem, type UseCase } from '@shared/domain';
import { quoteCsvField } from '@shared/export/csv';
import type { InventoryImportPlan, InventoryTable } from '@shared/inventory/contract';
import type { InventoryImportContext } from '@shared/inventory/rowConvert';

/** An inventory as a spreadsheet holds it: header cells, data rows, and which field each column really holds (null = noise). */
export interface MessyInventory {
  header: string[];
  rows: string[][];
  fields: (InventoryField | null)[];
}

const HEADERS: Record<InventoryField, readonly string[]> = {
  name: ['Use Case Name', 'Name', 'Title', 'AI Use Case', 'use case'],
  description: ['Description', 'Summary', 'Intended Purpose and Expected Benefits', 'What it does'],
  problem: ['Problem', 'Problem solved', 'Business problem', 'Problem Statement'],
  owner: ['Owner', 'Contact', 'Bureau', 'Point of Contact'],
  stage: ['Stage', 'Development Stage', 'Status', 'Lifecycle'],
  vendor: ['Vendor', 'Supplier', 'Commercial product'],
  personalData: ['Personal data', 'PII', 'Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?'],
  externalId: ['ID', 'Use Case ID', 'Reference'],
  aiPattern: ['AI pattern', 'Technique', 'Type of AI'],
  pilotCost: ['Pilot cost', 'Pilot budget'],
  lastMileCost: ['Production cost', 'Implementation cost', 'Last-mile cost'],
  benefitPerMonth: ['Monthly benefit', 'Savings per month'],
  hoursSavedPerMonth: ['Hours saved per month', 'Hours saved'],
};
const NOISE_HEADERS = ['Agency', 'Date Initiated', 'Notes', 'Comments', '', 'Topic Area'];

const words = fc.constantFrom('invoice', 'claims', 'triage', 'assistant', 'forecast', 'fraud', 'email', 'résumé', 'contract', 'Zürich', 'data', 'review');
const phrase = (min: number, max: number) => fc.array(words, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const longText = (min: number) => fc.integer({ min, max: min + 60 }).map((n) => 'word '.repeat(Math.ceil(n / 5)).slice(0, n));
const numberCell = fc.constantFrom('', '1200', '$3,500', '75k', '1.2M', '(300)', 'abc', '12,5', '0', '250000', 'USD 40,000', '-5');

function cellFor(field: InventoryField | null, index: number): fc.Arbitrary<string> {
  switch (field) {
    case 'name':
      return fc.oneof({ weight: 8, arbitrary: phrase(1, 4) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: longText(201) });
    case 'description':
      return fc.oneof({ weight: 8, arbitrary: phrase(0, 12) }, { weight: 1, arbitrary: longText(4001) });
    case 'problem':
      return fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 5, arbitrary: fc.constantFrom('Invoice backlog', 'invoice backlog', 'Slow claims', 'Long waits') }, { weight: 1, arbitrary: longText(201) });
    case 'owner':
    case 'vendor':
      return fc.oneof({ weight: 8, arbitrary: phrase(0, 3) }, { weight: 1, arbitrary: longText(121) });
    case 'stage':
      return fc.constantFrom('', 'Production', 'pilot', 'Initiated', 'Operation and Maintenance', 'Retired', 'Sort of live', 'Paused', 'Implementation and Assessment');
    case 'personalData':
      return fc.constantFrom('Yes', 'no', 'Y', 'x', '', 'maybe', 'TRUE', 'Yes – customer records');
    case 'externalId':
      return fc.oneof({ weight: 12, arbitrary: fc.constant(`UC-${index + 1}`) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('UC-1') });
    case 'aiPattern':
      return fc.constantFrom('', 'Chatbot', 'OCR', 'Computer Vision', 'Something new', 'Forecasting & prediction');
    case 'pilotCost':
    case 'lastMileCost':
    case 'benefitPerMonth':
    case 'hoursSavedPerMonth':
      return numberCell;
    default:
      return fc.oneof(phrase(0, 3), fc.constantFrom('2024-01-31', '42', ''));
  }
}

/** A messy inventory of up to `maxRows` data rows (the name column is always there; other fields come and go). */
export function messyInventory(maxRows = 40, minRows = 0): fc.Arbitrary<MessyInventory> {
  const optional = INVENTORY_FIELDS.filter((f) => f !== 'name');
  return fc
    .record({
      present: fc.subarray(optional),
      noise: fc.integer({ min: 0, max: 2 }),
      order: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
      headerPick: fc.nat(),
      blankHeader: fc.boolean(),
      duplicateHeader: fc.boolean(),
      rows: fc.integer({ min: minRows, max: maxRows }),
      seed: fc.nat(),
    })
    .chain((shape) => {
      const fields: (InventoryField | null)[] = ['name', ...shape.present, ...Array.from({ length: shape.noise }, () => null)];
      // A random column order, deterministic in the drawn numbers.
      const order = fields.map((f, i) => ({ f, k: shape.order[i % shape.order.length]! * 31 + i })).sort((a, b) => a.k - b.k).map((x) => x.f);
      const header = order.map((f, i) => (f === null ? NOISE_HEADERS[(shape.headerPick + i) % NOISE_HEADERS.length]! : HEADERS[f][(shape.headerPick + i) % HEADERS[f].length]!));
      const noiseAt = order.findIndex((f) => f === null);
      if (shape.blankHeader && noiseAt >= 0) header[noiseAt] = '';
      if (shape.duplicateHeader && noiseAt >= 0) header[noiseAt] = header[0]!;
      const row = (index: number) => fc.tuple(...order.map((f) => cellFor(f, index)));
      return fc.tuple(...Array.from({ length: shape.rows }, (_, i) => row(i))).map((rows) => ({ header, rows: rows.map((r) => [...r]), fields: order }));
    });
}

/** The inventory as CSV text (cells quoted as needed, nothing else changed). */
export function messyCsv(inv: MessyInventory): string {
  return [inv.header, ...inv.rows].map((r) => r.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The inventory as readInventoryFile reads a CSV of it with a header row: blank rows left out, rows numbered from 1. */
export function messyTable(inv: MessyInventory, fileName = 'inventory.csv'): InventoryTable {
  const records = [inv.header, ...inv.rows].map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const columnCount = inv.header.length;
  const used = new Set<string>();
  const headers = inv.header.map((h, i) => {
    const base = h.trim() === '' ? `Column ${i + 1}` : h.trim();
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
  return { fileName, kind: 'csv', sheetNames: [], sheet: '', records, columnCount, hasHeader: true, headers };
}

/** An empty workspace to import into (en-US numbers, the default shares and durations). */
export function emptyContext(): InventoryImportContext {
  return { workspace: defaultWorkspaceSettings('Client', '2027-01'), problems: [], useCases: [] };
}

/** A workspace that holds what `plan` wrote: its new problems and use cases as stored records (revision 1). */
export function contextAfter(plan: InventoryImportPlan, before: InventoryImportContext = emptyContext()): InventoryImportContext {
  const at = '2027-01-01T00:00:00.000Z';
  const ids = new Map(plan.newProblems.map((p, i) => [p.key, `p-${i + 1}`]));
  const problems: Problem[] = plan.newProblems.map((p) => ({ ...p.input, id: ids.get(p.key)!, workspaceId: 'w', createdAt: at, updatedAt: at }));
  const useCases: (UseCase & { revision: number })[] = plan.newUseCases.map((u, i) => ({
    ...u.input,
    problemId: u.problem.kind === 'existing' ? u.problem.id : ids.get(u.problem.key)!,
    lifecycle: { history: u.stage === 'idea' ? [] : [{ stage: u.stage, month: '2027-01', at, by: 'Import', note: '', evidence: null }], decisions: [] },
    actuals: [],
    id: `uc-${i + 1}`,
    workspaceId: 'w',
    createdAt: at,
    updatedAt: at,
    revision: 1,
  }));
  return { workspace: before.workspace, problems: [...before.problems, ...problems], useCases: [...before.useCases, ...useCases] };
}
