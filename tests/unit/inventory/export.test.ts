import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVENTORY_FIELDS, INVENTORY_FIELD_LABELS, STAGE_LABELS, type UseCase } from '@shared/domain';
import { CSV_BOM, isFormulaLike } from '@shared/export/csv';
import { readCsvRecords } from '@shared/export/problemCsvImport';
import { INVENTORY_EXPORT_EXTRA_HEADERS, INVENTORY_FLAG_LABELS, estimateText, inventoryCsv, inventoryRows } from '@shared/inventory';
import { clientPreset, portfolio, workspace } from './exportFixtures';

const rowsOf = (over: Partial<Parameters<typeof inventoryRows>[0]> = {}) => inventoryRows({ ...portfolio(), preset: clientPreset(), workspace: workspace(), ...over });
const cellOf = (table: ReturnType<typeof inventoryRows>, row: number, header: string) => table.rows[row]![table.headers.indexOf(header)];
const readBack = (csv: string) => {
  const read = readCsvRecords(csv, 10_000, () => 'too many');
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const [header, ...rows] = read.value.records;
  return { headers: header!.cells, rows: rows.map((r) => r.cells) };
};

describe('the inventory out, in the client’s own columns', () => {
  it('names the columns with the client’s headers in the preset’s order, then the app’s names, then its own columns', () => {
    const table = rowsOf({ funded: new Set(['uc-docs']) });
    expect(table.headers.slice(0, 8)).toEqual(['Use Case ID', 'Use Case Name', 'What problem does it solve?', 'Development Stage', 'Bureau / Contact', 'Vendor Name', 'Involves PII?', 'Est. pilot cost']);
    expect(table.headers.slice(8, 13)).toEqual(['Description', 'AI pattern', 'Last-mile cost', 'Benefit per month', 'Hours saved per month']);
    expect(table.headers.slice(13)).toEqual(['Problem statement', 'Funded', 'Flags', 'Estimate']);
    expect(table.kinds[table.headers.indexOf('Est. pilot cost')]).toBe('money');
    expect(table.kinds[table.headers.indexOf('Hours saved per month')]).toBe('number');
    expect(table.sheet).toBe('AI Inventory 2026');
    expect(table.rows).toHaveLength(4);
    for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
  });

  it('uses the app’s names without a preset, and no "Funded" column unless the funding is passed in', () => {
    const table = rowsOf({ preset: null });
    expect(table.headers).toEqual([...INVENTORY_FIELDS.map((f) => INVENTORY_FIELD_LABELS[f]), 'Problem statement', 'Flags', 'Estimate']);
    expect(table.sheet).toBe('');
    expect(cellOf(table, 0, 'Stage')).toBe(STAGE_LABELS.production);
  });

  it('writes each stage in the client’s own word (the first that means it), else the app’s', () => {
    const table = rowsOf();
    const stages = table.rows.map((r) => r[table.headers.indexOf('Development Stage')]);
    expect(stages).toEqual(['Operation and Maintenance', 'Acquisition and/or Development', 'Initiated', 'Retired']);
    const sparse = rowsOf({ preset: clientPreset({ stageMap: [{ value: 'Live', stage: 'production' }] }), stageLabelFor: (s) => `Stage: ${s}` });
    expect(sparse.rows.map((r) => r[sparse.headers.indexOf('Development Stage')])).toEqual(['Live', 'Stage: pilot', 'Stage: idea', 'Stage: stopped']);
  });

  it('writes the register’s fields, personal data as yes / no / blank, money as numbers, and no costs where none were estimated', () => {
    const table = rowsOf({ funded: new Set(['uc-docs']) });
    expect(table.rows[0]!.slice(0, 8)).toEqual(['DOC-001', 'Invoice document processing', 'Invoice backlog', 'Operation and Maintenance', 'Dana Ruiz, AP', 'Acme "Vision" Ltd', 'Yes', 75_000]);
    expect(cellOf(table, 1, 'Use Case ID')).toBe('00042');
    expect(cellOf(table, 1, 'Involves PII?')).toBe('No');
    expect(cellOf(table, 2, 'Involves PII?')).toBe('');
    expect(cellOf(table, 0, 'Last-mile cost')).toBe(280_000);
    expect(cellOf(table, 1, 'Benefit per month')).toBe(55_000);
    expect(cellOf(table, 1, 'Hours saved per month')).toBe(500);
    // Not estimated: blank, so a re-import does not read a missing estimate as a zero one.
    expect(cellOf(table, 2, 'Est. pilot cost')).toBe('');
    expect(cellOf(table, 2, 'Last-mile cost')).toBe('');
    expect(table.rows.map((r) => r[table.headers.indexOf('Funded')])).toEqual(['Yes', 'No', 'No', 'No']);
  });

  it('leaves the problem blank where the register named none, and says so in the flags; says where each estimate comes from', () => {
    const table = rowsOf();
    expect(cellOf(table, 2, 'What problem does it solve?')).toBe('');
    expect(cellOf(table, 2, 'Problem statement')).toBe('');
    expect(cellOf(table, 0, 'Problem statement')).toBe('AP clerks re-key 10,000 invoices a month.');
    const flags = String(cellOf(table, 2, 'Flags'));
    expect(flags).toContain(INVENTORY_FLAG_LABELS['ai-first']);
    expect(flags).toContain(INVENTORY_FLAG_LABELS['not-estimated']);
    expect(flags.split('; ')).toEqual(flags.split('; ').filter((f) => Object.values(INVENTORY_FLAG_LABELS).includes(f as never)));
    expect(cellOf(table, 1, 'Flags')).toContain(INVENTORY_FLAG_LABELS['reference-class']);
    expect(table.rows.map((r) => r[table.headers.indexOf('Estimate')])).toEqual(['Own figures', 'Reference class: Document processing — medium', 'Not estimated', 'Own figures']);
    expect(estimateText({ source: 'none', referenceClass: '' })).toBe(INVENTORY_FLAG_LABELS['not-estimated']);
  });

  it('puts the problem back under the client’s grouping column when problems were grouped by one', () => {
    const table = rowsOf({ preset: clientPreset({ problemMode: 'group', groupColumn: 'Bureau', columns: { ...clientPreset().columns, problem: null } }) });
    expect(table.headers).toContain('Bureau');
    expect(table.headers.indexOf('Bureau')).toBeLessThan(table.headers.indexOf(INVENTORY_EXPORT_EXTRA_HEADERS.statement));
    expect(cellOf(table, 0, 'Bureau')).toBe('Invoice backlog');
    expect(cellOf(table, 3, 'Bureau')).toBe('Invoice backlog');
  });

  it('writes every header once, even when the client’s names collide with the app’s', () => {
    const preset = clientPreset({ columns: { ...clientPreset().columns, problem: 'Description', description: 'Use Case Name' } });
    const table = rowsOf({ preset, funded: new Set() });
    const keys = table.headers.map((h) => h.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    // The client's "Description" column is the problem it solves; the first field mapped to a column fills it.
    expect(cellOf(table, 0, 'Description')).toBe('Invoice backlog');
    expect(cellOf(table, 0, 'Use Case Name')).toBe('Invoice document processing');
  });

  it('keeps the order of the use cases it is given, and reads frozen records without changing them', () => {
    const { useCases, problems } = portfolio();
    const frozen = Object.freeze(useCases.map((u) => Object.freeze(u))) as readonly UseCase[];
    const table = inventoryRows({ useCases: [...frozen].reverse(), problems, preset: clientPreset(), workspace: workspace() });
    expect(table.rows.map((r) => r[1])).toEqual(['Invoice OCR (off the shelf)', 'Churn early warning, SME — “phase 2”', expect.any(String), 'Invoice document processing']);
  });
});

describe('the inventory as CSV', () => {
  it('goes through the one CSV writer: a BOM, text neutralised against formulas, numbers as numbers', () => {
    const csv = inventoryCsv({ ...portfolio(), preset: clientPreset(), workspace: workspace() });
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const back = readBack(csv);
    // The claims use case is named with markup; its problem is titled with a spreadsheet formula and its owner starts with '+'.
    const claims = back.rows[1]!;
    expect(claims[back.headers.indexOf('What problem does it solve?')]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(claims[back.headers.indexOf('Est. pilot cost')]).toBe('120000');
    expect(csv).toContain(',75000,');
  });

  it('comes back through the CSV reader with the same names, owners, vendors, register ids and stages', () => {
    const preset = clientPreset();
    const { useCases } = portfolio();
    const back = readBack(inventoryCsv({ ...portfolio(), preset, workspace: workspace() }));
    const col = (field: 'name' | 'owner' | 'vendor' | 'externalId' | 'stage') => back.headers.indexOf(preset.columns[field]!);
    const stageOf = (word: string) => preset.stageMap.find((e) => e.value === word)?.stage;
    back.rows.forEach((cells, i) => {
      const uc = useCases[i]!;
      expect(cells[col('name')]).toBe(uc.name);
      expect(cells[col('owner')]).toBe(uc.register.owner);
      expect(cells[col('vendor')]).toBe(uc.register.vendor);
      expect(cells[col('externalId')]).toBe(uc.register.externalId);
      expect(stageOf(cells[col('stage')]!)).toBe(uc.lifecycle.history.at(-1)?.stage ?? 'idea');
    });
  });

  it('round-trips any text that is not a formula (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', ' ', ',', '"', '\n', ';', '\t', '€', '1', '—'), maxLength: 30 }).map((s) => s.trim()).filter((s) => !isFormulaLike(s));
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, owner: text, vendor: text, id: text }), { minLength: 1, maxLength: 8 }), (entries) => {
        const { useCases: [base], problems } = portfolio();
        const useCases = entries.map((e, i) => ({ ...base!, id: `uc-${i}`, name: e.name || `Use case ${i}`, register: { ...base!.register, owner: e.owner, vendor: e.vendor, externalId: e.id } }));
        const preset = clientPreset();
        const back = readBack(inventoryCsv({ useCases, problems, preset, workspace: workspace() }));
        expect(back.rows).toHaveLength(entries.length);
        back.rows.forEach((cells, i) => {
          expect(cells[back.headers.indexOf('Use Case Name')]).toBe(useCases[i]!.name);
          expect(cells[back.headers.indexOf('Bureau / Contact')]).toBe(entries[i]!.owner);
          expect(cells[back.headers.indexOf('Vendor Name')]).toBe(entries[i]!.vendor);
          expect(cells[back.headers.indexOf('Use Case ID')]).toBe(entries[i]!.id);
        });
      }),
    );
  });
});
