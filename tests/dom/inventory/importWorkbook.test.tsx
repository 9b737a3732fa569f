/**
 * A workbook: its sheets offered by name, the first read first, another read on request with the mapping suggested
 * anew for its columns; a dropped file is read like a chosen one; a file that cannot be read is refused in words.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { defaultWorkspaceSettings } from '@shared/domain';
import { excelBytes } from '../../unit/inventory/xlsxWorkbooks';
import { chooseFile, container, control, mount, select, text, unmount, waitFor } from './importHarness';

afterEach(unmount);

async function workspace(): Promise<string> {
  const ws = await repositories().workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
  if (!ws.ok) throw new Error('workspace');
  return ws.value.id;
}

describe('the inventory import of a workbook', () => {
  it('offers the sheets, reads the one chosen and suggests its mapping', async () => {
    const bytes = await excelBytes((wb) => {
      const notes = wb.addWorksheet('Read me');
      notes.addRow(['This register lists the agency’s AI use cases.']);
      const cases = wb.addWorksheet('Use cases');
      cases.addRow(['Title', 'Owner', 'Stage']);
      cases.addRow(['Invoice reader', 'Ana Ruiz', 'Pilot']);
      cases.addRow(['Claims triage', 'Ben Ode', 'Deployed']);
    });
    await mount(await workspace());
    await chooseFile('register.xlsx', new Uint8Array(bytes));
    await waitFor(() => text().includes('register.xlsx: '), 'the workbook read');
    const sheet = control('Sheet');
    expect([...sheet.options].map((o) => o.textContent)).toEqual(['Read me', 'Use cases']);
    expect(sheet.value).toBe('Read me');

    await select('Sheet', 'Use cases');
    await waitFor(() => text().includes('register.xlsx: 2 rows, 3 columns.'), 'the second sheet');
    expect(control('Use case name').selectedOptions[0]?.textContent).toBe('Title');
    expect(control('Owner').selectedOptions[0]?.textContent).toBe('Owner');
    expect(control('Deployed').selectedOptions[0]?.textContent).toBe('In production');
    await waitFor(() => container.querySelector('[data-testid="inventory-import-new"]')?.textContent === '2', 'the preview');
  });

  it('reads a file dropped on the file area like a chosen one', async () => {
    await mount(await workspace());
    const area = control<HTMLInputElement>('The inventory file').closest('div')!;
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [new File(['Title,Owner\nInvoice reader,Ana'], 'dropped.csv', { type: 'text/csv' })] } });
    await act(async () => {
      area.dispatchEvent(drop);
    });
    await waitFor(() => text().includes('dropped.csv: 1 row, 2 columns.'), 'the dropped file read');
    expect(drop.defaultPrevented).toBe(true);
  });

  it('says in words why a file cannot be read', async () => {
    await mount(await workspace());
    await chooseFile('register.xlsx', new Uint8Array([80, 75, 3, 4, 1, 2, 3]));
    await waitFor(() => container.querySelector('[role="alert"]') !== null, 'the refusal');
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/^The file could not be read:.{20,}/);
    expect(control('The inventory file')).toBeTruthy();
  });
});
