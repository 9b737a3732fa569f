/**
 * The inventory list with 5,000 use cases stays quick: flags and counts for all of them, one page of rows rendered
 * (with aria-rowcount for the whole list), paging to the last page, "select all" taking every row the filter shows.
 * Figures are CPU time of this process (the machine is shared), printed for the report.
 */
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredProblem, StoredUseCase } from '@renderer/db';
import { InventoryList } from '@renderer/features/inventory/list/InventoryList';
import { countFlags, filterByFlag, inventoryListRows, PAGE_SIZE, type InventoryListRow } from '@renderer/features/inventory/list/listModel';
import { blankUseCaseInput, defaultWorkspaceSettings, newLifecycle, quickProblemInput } from '@shared/domain';
import { presenter } from '@shared/presentation';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const N = 5_000;
const workspace = { ...defaultWorkspaceSettings('Agency', '2027-01'), id: 'w' };
const at = '2027-01-01T00:00:00.000Z';
const problems: StoredProblem[] = [0, 1].map((i) => ({
  ...quickProblemInput(i === 0 ? 'Stated' : 'Unstated'),
  statement: i === 0 ? 'Clerks retype invoices' : '',
  owner: i === 0 ? 'Dana' : '',
  id: `p${i}`,
  workspaceId: 'w',
  createdAt: at,
  updatedAt: at,
  revision: 1,
}));
const useCases: StoredUseCase[] = Array.from({ length: N }, (_, i) => ({
  ...blankUseCaseInput(`p${i % 3 === 0 ? 1 : 0}`, workspace.defaults),
  name: `Use case ${String(i).padStart(4, '0')}`,
  register: { externalId: `AI-${i}`, owner: '', vendor: '', personalData: i % 7 === 0, problemStated: i % 3 !== 0, importedFrom: 'register.csv' },
  estimate: i % 2 === 0 ? { source: 'none' as const, referenceClass: '' } : { source: 'own' as const, referenceClass: '' },
  lifecycle: newLifecycle(),
  actuals: [],
  id: `u${i}`,
  workspaceId: 'w',
  createdAt: at,
  updatedAt: at,
  revision: 1,
}));

const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

let root: Root | null = null;
let container: HTMLDivElement;
afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

function Harness({ rows }: { rows: readonly InventoryListRow[] }) {
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return (
    <>
      <output data-testid="selected">{selected.size}</output>
      <InventoryList
        workspaceId="w"
        rows={rows}
        emptyText="No use case carries this flag."
        page={page}
        onPage={setPage}
        selected={selected}
        onSelect={(ids, on) =>
          setSelected((s) => {
            const next = new Set(s);
            for (const id of ids) if (on) next.add(id);
            else next.delete(id);
            return next;
          })
        }
        present={presenter(workspace)}
      />
    </>
  );
}

describe('the inventory list with 5,000 use cases', () => {
  it('works out every flag, renders one page, pages to the end and selects all, quickly', async () => {
    let t = process.cpuUsage();
    const rows = inventoryListRows(useCases, problems);
    const counts = countFlags(rows);
    const modelMs = cpuMs(t);
    expect(rows).toHaveLength(N);
    expect(counts['not-estimated']).toBe(N / 2);
    expect(counts['ai-first']).toBe(Math.ceil(N / 3));
    const notEstimated = filterByFlag(rows, 'not-estimated');

    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    t = process.cpuUsage();
    await act(async () => root?.render(<Harness rows={notEstimated} />));
    const renderMs = cpuMs(t);
    const table = container.querySelector('table') as HTMLTableElement;
    expect(table.getAttribute('aria-rowcount')).toBe(String(N / 2 + 1));
    expect(container.querySelectorAll('tbody tr')).toHaveLength(PAGE_SIZE);
    expect(container.textContent).toContain('Rows 1–100 of 2,500');

    const next = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Next page')!;
    t = process.cpuUsage();
    for (let i = 0; i < 24; i++) await act(async () => next.click());
    const pageMs = cpuMs(t) / 24;
    expect(container.textContent).toContain('Rows 2,401–2,500 of 2,500');
    expect(next.disabled).toBe(true);
    expect(container.querySelector('tbody tr')?.getAttribute('aria-rowindex')).toBe('2402');

    const all = container.querySelector('input[aria-label="Select all 2,500 use cases listed"]') as HTMLInputElement;
    t = process.cpuUsage();
    await act(async () => all.click());
    const selectMs = cpuMs(t);
    expect(container.querySelector('[data-testid="selected"]')?.textContent).toBe('2500');
    expect([...container.querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]')].every((c) => c.checked)).toBe(true);

    console.info(`5,000 use cases: flags and counts ${modelMs.toFixed(0)} ms CPU; first page of 2,500 rendered ${renderMs.toFixed(0)} ms; a page turn ${pageMs.toFixed(0)} ms; select all ${selectMs.toFixed(0)} ms`);
    expect(modelMs).toBeLessThan(1_000);
    expect(renderMs).toBeLessThan(2_000);
    expect(pageMs).toBeLessThan(1_000);
    expect(selectMs).toBeLessThan(1_000);
  });
});
