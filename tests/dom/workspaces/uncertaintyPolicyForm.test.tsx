import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceSettingsForm } from '@renderer/features/workspaces/WorkspaceSettingsForm';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '@shared/domain';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLDivElement;

async function renderForm(onSave: (s: WorkspaceSettings) => Promise<void>): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<WorkspaceSettingsForm initial={defaultWorkspaceSettings('Acme', '2027-01')} submitLabel="Save settings" onSave={onSave} />));
}

afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

function control(label: string): HTMLInputElement | HTMLSelectElement {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent === label);
  const el = l ? document.getElementById(l.htmlFor) : null;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) throw new Error(`No control labelled “${label}”`);
  return el;
}

async function type(label: string, value: string): Promise<void> {
  const el = control(label) as HTMLInputElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(): Promise<void> {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent === 'Save settings')!;
  await act(async () => b.click());
}

describe('the workspace’s uncertainty policy', () => {
  it('shows the default ranges as percentages and months, and saves what is typed as factors and months added', async () => {
    const onSave = vi.fn(async (_: WorkspaceSettings) => undefined);
    await renderForm(onSave);
    expect(control('Last-mile cost: low').value).toBe('-10');
    expect(control('Last-mile cost: high').value).toBe('60');
    expect(control('Last-mile duration: high').value).toBe('4');
    expect(container.textContent).toContain('Last-mile cost (−10% / +60%)');
    expect(control('Seed').closest('.field')!.textContent).toContain('The same seed gives the same answer.');

    await type('Last-mile cost: high', '80');
    await type('Benefit: low', '-50%');
    await type('Ramp-up: high', '6');
    const distribution = control('Distribution') as HTMLSelectElement;
    await act(async () => {
      distribution.value = 'triangular';
      distribution.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const overrun = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith('One shared overrun'))!.querySelector('input')!;
    await act(async () => overrun.click());
    await type('Shared overrun: high', '25');
    await type('Trials', '20000');
    await submit();

    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0].uncertainty;
    expect(saved.lastMileCost).toEqual({ low: 0.9, likely: 1, high: 1.8 });
    expect(saved.benefit).toEqual({ low: 0.5, likely: 1, high: 1.1 });
    expect(saved.rampUpMonths).toEqual({ low: 0, likely: 0, high: 6 });
    expect(saved.sharedOverrun).toEqual({ low: 1, likely: 1, high: 1.25 });
    expect(saved.trials).toBe(20_000);
    expect(saved.distribution).toBe('triangular');
  });

  it('says what is wrong with a range and does not save it', async () => {
    const onSave = vi.fn(async (_: WorkspaceSettings) => undefined);
    await renderForm(onSave);
    await type('Last-mile cost: high', '-20');
    expect(container.textContent).toContain('Last-mile cost: the high (−20%) must not be below the plan’s figure (+0%)');
    await type('Pilot duration: low', '3');
    expect(container.textContent).toContain('Pilot duration: the low (+3 months) must not be above the plan’s figure (+0 months)');
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    await type('Last-mile cost: high', '50');
    await type('Pilot duration: low', '0');
    await submit();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0].uncertainty.lastMileCost.high).toBe(1.5);
  });
});
