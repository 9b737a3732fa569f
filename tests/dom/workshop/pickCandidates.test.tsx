import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { PickCandidates } from '@renderer/features/workshop/PickCandidates';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLDivElement;
afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

async function render(node: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(node));
}

const options = [{ id: 'u1', name: 'Invoice reader', problem: 'Invoices keyed by hand' }];

describe('picking the candidates', () => {
  it('says why problems captured today are not on the list, and where to add their use cases', async () => {
    await render(<PickCandidates options={options} selected={[]} locked={false} onChange={async () => null} withoutUseCases={2} problemsHref="#/w/ws/problems" />);
    expect(container.textContent).toContain('2 open problems have no use case yet, so the room cannot vote on them.');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('#/w/ws/problems');
    expect(container.querySelector('a')?.textContent).toBe('Open the problem list');
  });

  it('says nothing of it when every open problem has a use case, or once the candidates are fixed', async () => {
    await render(<PickCandidates options={options} selected={['u1']} locked={true} onChange={async () => null} withoutUseCases={1} problemsHref="#/w/ws/problems" />);
    expect(container.textContent).not.toContain('no use case yet');
    await act(async () => root?.render(<PickCandidates options={options} selected={[]} locked={false} onChange={async () => null} withoutUseCases={0} />));
    expect(container.textContent).not.toContain('no use case yet');
  });
});
