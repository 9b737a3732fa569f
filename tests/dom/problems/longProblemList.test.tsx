import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { PROBLEMS_PER_PAGE, ProblemsPage } from '@renderer/features/problems/ProblemsPage';
import { defaultWorkspaceSettings, quickProblemInput } from '@shared/domain';
import { waitFor } from '../useCases/editorHarness';

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('a long problem list', () => {
  it('lists the first 200, says how many there are, and shows more on request', async () => {
    const ws = await repositories().workspaces.create(defaultWorkspaceSettings('Long list', '2027-01'));
    if (!ws.ok) throw new Error('no workspace');
    for (let i = 0; i < 450; i++) {
      const r = await repositories().problems.create(ws.value.id, quickProblemInput(`Problem ${String(i).padStart(3, '0')}`));
      if (!r.ok) throw new Error('no problem');
    }
    await act(async () => root.render(<ProblemsPage workspaceId={ws.value.id} />));
    const rows = () => host.querySelectorAll('tbody tr').length;
    await waitFor(() => rows() > 0, 'the list');
    expect(rows()).toBe(PROBLEMS_PER_PAGE);
    expect([...host.querySelectorAll('[role="status"]')].map((el) => el.textContent)).toContain('Showing 450 of 450 problems');
    expect(host.textContent).toContain('Listed: the first 200 of 450; search or filter to find the others.');
    const more = () => [...host.querySelectorAll('button')].find((b) => /^Show \d+ more$/.test(b.textContent ?? ''));
    await act(async () => more()!.click());
    expect(rows()).toBe(400);
    expect(more()?.textContent).toBe('Show 50 more');
    await act(async () => more()!.click());
    expect(rows()).toBe(450);
    expect(more()).toBeUndefined();
  }, 60_000);
});
