/**
 * The inventory page: the flags counted as filter buttons and filtering the list, a reference class applied to a
 * selection in one undoable step (the estimate becomes a reference-class one, the class's costs set), the inventory
 * exported as CSV with Lastmile's column names and with the client's, and no accessibility violations axe can find.
 * (The funding answer the export's "Funded" column reads is the same search, run here: jsdom has no workers.)
 */
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import * as ExcelJS from 'exceljs';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as FundingServiceModule from '@renderer/features/portfolio/fundingService';
import { repositories } from '@renderer/db';
import { useHistory } from '@renderer/state/history';
import { INVENTORY_FIELDS, type ImportPreset } from '@shared/domain';
import { readCsvRecords } from '@shared/export/problemCsvImport';
import { button, check, click, container, control, listedNames, renderPage, seedInventory, select, text, type, unmount, waitFor } from './listHarness';

vi.mock('@renderer/features/portfolio/fundingService', async (original) => {
  const real = await original<typeof FundingServiceModule>();
  const { optimiseFunding } = await import('@shared/portfolio');
  return {
    ...real,
    fundingAnswerFor: async (bundle: Parameters<typeof real.fundingAnswerFor>[0]) => {
      const { candidates, constraints } = real.workspaceFundingProblem(bundle.workspace, bundle.problems, bundle.useCases, bundle.plan, bundle.todayMonth, bundle.sessions);
      return optimiseFunding(candidates, constraints, { clock: () => performance.now(), timeLimitMs: 2_000 });
    },
  };
});

const saveFile = vi.fn(async (_request: { suggestedName: string; data: Uint8Array | string }) => ({ ok: true, value: { saved: true } }));
Object.defineProperty(window, 'lastmile', {
  value: { saveFile, getAppInfo: async () => ({ ok: true, value: { version: 'test' } }) },
  configurable: true,
});

afterEach(async () => {
  await unmount();
  saveFile.mockClear();
});

const pressed = () => [...container.querySelectorAll('.inv-filter button[aria-pressed="true"]')].map((b) => b.textContent);

describe('the inventory page', () => {
  it('counts each flag on a filter button and shows only the use cases carrying the one pressed', async () => {
    const { workspaceId } = await seedInventory();
    await renderPage(workspaceId);
    expect(listedNames()).toEqual(['Claims triage', 'Contract summariser', 'Demand forecast', 'Invoice reader']);
    for (const label of [
      'All use cases: 4',
      'AI first — no problem stated: 2',
      'No owner: 2',
      'No benefit estimate: 2',
      'Personal data, no compliance regime: 1',
      'Not estimated: 3',
      'Reference-class estimate: 0',
    ])
      expect(button(label)).toBeTruthy();
    expect(pressed()).toEqual(['All use cases: 4']);
    // Each button says what the flag asks of the team.
    const aiFirst = button('AI first — no problem stated: 2');
    expect(document.getElementById(aiFirst.getAttribute('aria-describedby')!)?.textContent).toContain('names no business problem');

    await click('AI first — no problem stated: 2');
    expect(pressed()).toEqual(['AI first — no problem stated: 2']);
    expect(listedNames()).toEqual(['Claims triage', 'Contract summariser']);
    const row = container.querySelector('.inv-table tbody tr') as HTMLTableRowElement;
    expect(row.textContent).toContain('AI-0007');
    expect(row.textContent).toContain('Not estimated');
    expect([...row.querySelectorAll('.inv-flag')].map((f) => f.textContent)).toEqual(['AI first — no problem stated', 'No owner', 'No benefit estimate', 'Not estimated']);
    expect(row.querySelector('a')?.getAttribute('href')).toMatch(new RegExp(`^#/w/${workspaceId}/use-cases/`));

    await click('Personal data, no compliance regime: 1');
    expect(listedNames()).toEqual(['Contract summariser']);
    // Pressing the pressed filter again shows everything.
    await click('Personal data, no compliance regime: 1');
    expect(listedNames()).toHaveLength(4);

    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('finds use cases by any words of their name, problem, owner or register id, with the flag filter, and selects only what it shows', async () => {
    const { workspaceId } = await seedInventory();
    await renderPage(workspaceId);
    await type('Find use cases', 'INVOICE');
    // "Invoice reader" by name; "Demand forecast" by its problem, "Invoices keyed by hand"
    expect(listedNames()).toEqual(['Demand forecast', 'Invoice reader']);
    await type('Find use cases', 'ai-0007');
    expect(listedNames()).toEqual(['Claims triage']);
    await type('Find use cases', 'dana  reader');
    expect(listedNames()).toEqual(['Invoice reader']);
    await type('Find use cases', 'claims');
    expect(listedNames()).toEqual(['Claims triage', 'Contract summariser']);
    await click('Personal data, no compliance regime: 1');
    expect(listedNames()).toEqual(['Contract summariser']);
    await check('Select all 1 use cases listed');
    expect(text()).toContain('1 selected.');
    await type('Find use cases', 'forecast');
    expect(text()).toContain('No use case with this flag matches “forecast”.');
    await click('Personal data, no compliance regime: 1');
    expect(listedNames()).toEqual(['Demand forecast']);
    // The selection acts on what is shown: the summariser, filtered out, is not among it.
    expect(text()).toContain('No use case selected.');
    await type('Find use cases', '');
    expect(listedNames()).toHaveLength(4);
  });

  it('applies a reference class to the selection in one undoable step: costs set, marked as a reference-class estimate', async () => {
    const { workspaceId, byName } = await seedInventory();
    await renderPage(workspaceId);
    const invoiceBefore = await byName('Invoice reader');
    await click('Not estimated: 3');
    expect(button('Apply to the selection').disabled).toBe(true);

    await check('Select all 3 use cases listed');
    expect(text()).toContain('3 selected.');
    await check('Select “Demand forecast”', false);
    expect(control('Select all 3 use cases listed').indeterminate).toBe(true);
    expect(text()).toContain('2 selected.');
    await select('Reference class', 'Document processing — medium');
    expect(text()).toContain('Sets a pilot of $75,000 over 4 months, a last mile of $280,000');
    expect(text()).toContain('on the 2 selected use cases, marked as a reference-class estimate until someone refines it.');

    await click('Apply to 2 selected');
    await waitFor(() => text().includes('“Document processing — medium” applied to 2 use cases.'), 'the class to be applied');
    for (const name of ['Claims triage', 'Contract summariser']) {
      const uc = await byName(name);
      expect(uc.estimate).toEqual({ source: 'reference-class', referenceClass: 'Document processing — medium' });
      expect(uc.pilot).toEqual({ cost: 75_000, months: 4 });
      expect(Object.values(uc.lastMile.costs).reduce((a, b) => a + b, 0)).toBeCloseTo(280_000, 2);
      expect(uc.lastMile.months).toBe(8);
      expect(uc.runCost.infrastructurePerMonth + uc.runCost.supportPerMonth).toBe(3_000);
    }
    expect((await byName('Demand forecast')).estimate.source).toBe('none');
    expect(await byName('Invoice reader')).toEqual(invoiceBefore);
    await waitFor(() => text().includes('Reference-class estimate: 2') && text().includes('Not estimated: 1'), 'the counts to follow');

    // One undo step takes both back.
    await act(async () => useHistory.getState().undo());
    await waitFor(() => text().includes('Not estimated: 3'), 'the undo');
    expect((await byName('Claims triage')).estimate.source).toBe('none');
    expect((await byName('Contract summariser')).pilot.cost).toBe(0);
  });

  it('exports the inventory as CSV with Lastmile’s column names, or as CSV and Excel with the client’s from a saved mapping', async () => {
    const { workspaceId } = await seedInventory();
    const columns = Object.fromEntries(INVENTORY_FIELDS.map((f) => [f, null])) as ImportPreset['columns'];
    const preset: ImportPreset = { id: 'p1', name: 'Agency register', columns: { ...columns, name: 'Use Case Name', externalId: 'Use Case ID', owner: 'Bureau' }, problemMode: 'per-row', groupColumn: null, stageMap: [], sheet: '' };
    const saved = await repositories().inventory.saveSettings(workspaceId, { presets: [preset], referenceClasses: [] }, null);
    expect(saved.ok).toBe(true);
    await renderPage(workspaceId);

    await click('Export inventory (CSV)');
    await waitFor(() => saveFile.mock.calls.length === 1, 'the CSV to be saved');
    const first = saveFile.mock.calls[0]![0];
    expect(first.suggestedName).toBe('Acme inventory.csv');
    const records = readCsvRecords(String(first.data), 100, () => 'too many');
    if (!records.ok) throw new Error('unreadable CSV');
    const [header, ...rows] = records.value.records.map((r) => r.cells);
    expect(header).toEqual(expect.arrayContaining(['Use case name', 'Register id', 'Owner', 'Flags', 'Estimate', 'Funded']));
    const claims = rows.find((r) => r[header!.indexOf('Use case name')] === 'Claims triage')!;
    expect(claims[header!.indexOf('Register id')]).toBe('AI-0007');
    expect(claims[header!.indexOf('Estimate')]).toBe('Not estimated');
    expect(claims[header!.indexOf('Funded')]).toBe('No');
    expect(claims[header!.indexOf('Flags')]).toBe('AI first — no problem stated; No owner; No benefit estimate; Not estimated');
    await waitFor(() => text().includes('Saved Acme inventory.csv'), 'the saved message');

    await select('Column names', 'As in the saved mapping “Agency register”');
    await click('Export inventory (CSV)');
    await waitFor(() => saveFile.mock.calls.length === 2, 'the second CSV');
    const again = readCsvRecords(String(saveFile.mock.calls[1]![0].data), 100, () => 'too many');
    if (!again.ok) throw new Error('unreadable CSV');
    expect(again.value.records[0]!.cells.slice(0, 3)).toEqual(['Use Case Name', 'Bureau', 'Use Case ID']);
    expect(again.value.records.slice(1).map((r) => r.cells[0]).sort()).toEqual(['Claims triage', 'Contract summariser', 'Demand forecast', 'Invoice reader']);

    // The workbook: the same columns on one sheet, header first.
    await click('Export inventory (Excel)');
    await waitFor(() => saveFile.mock.calls.length === 3, 'the workbook to be saved');
    expect(saveFile.mock.calls[2]![0].suggestedName).toBe('Acme inventory.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((saveFile.mock.calls[2]![0].data as Uint8Array).slice().buffer);
    const sheet = workbook.worksheets[0]!;
    expect([1, 2, 3].map((c) => sheet.getRow(1).getCell(c).value)).toEqual(['Use Case Name', 'Bureau', 'Use Case ID']);
    expect(sheet.rowCount).toBe(5);
  });
});
