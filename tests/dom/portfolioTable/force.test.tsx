import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bodyRows, click, installBrowserStandIns, renderTable, typeInto, type Rendered } from './renderTable';

beforeAll(installBrowserStandIns);

let view: Rendered;
afterEach(async () => {
  await view.unmount();
  localStorage.clear();
});

const dialog = () => document.querySelector('dialog') as HTMLDialogElement;
const radio = (label: string) =>
  [...dialog().querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))?.querySelector('input') as HTMLInputElement;
const saveButton = () => [...dialog().querySelectorAll('button')].find((b) => b.textContent === 'Save choice') as HTMLButtonElement;
const rowOf = (id: string) => bodyRows(view.container).find((r) => r.dataset.rowId === id) as HTMLTableRowElement;

describe('PortfolioTable force control', () => {
  it('forces a candidate out only with a reason, and passes the reason on', async () => {
    view = await renderTable(6);
    const id = view.props.rows.find((r) => !view.props.forced[r.useCase.id])?.useCase.id as string;
    const button = rowOf(id).querySelector('.pt-force') as HTMLButtonElement;
    expect(button.textContent).toMatch(/^Auto — change the funding choice for /);
    await click(button);
    expect(dialog().hasAttribute('open')).toBe(true);
    expect(dialog().querySelector('h2')?.textContent).toContain(view.props.rows.find((r) => r.useCase.id === id)?.useCase.name);

    await click(radio('Force out'));
    await click(saveButton());
    expect(view.onForce).not.toHaveBeenCalled();
    expect(dialog().querySelector('[role="alert"]')?.textContent).toMatch(/Say why it is forced out/);

    await typeInto(dialog().querySelector('textarea') as HTMLTextAreaElement, '  Data owner left the company  ');
    await click(saveButton());
    expect(view.onForce).toHaveBeenCalledExactlyOnceWith(id, { mode: 'out', reason: 'Data owner left the company' });
    expect(dialog().hasAttribute('open')).toBe(false);
  });

  it('forces a candidate in, with its reason', async () => {
    view = await renderTable(6);
    const id = view.props.rows.find((r) => !view.props.forced[r.useCase.id])?.useCase.id as string;
    await click(rowOf(id).querySelector('.pt-force') as HTMLButtonElement);
    await click(radio('Force in'));
    await typeInto(dialog().querySelector('textarea') as HTMLTextAreaElement, 'Board priority');
    await click(saveButton());
    expect(view.onForce).toHaveBeenCalledExactlyOnceWith(id, { mode: 'in', reason: 'Board priority' });
  });

  it('shows the current forced choice and hands the candidate back to the optimiser', async () => {
    view = await renderTable(6);
    const [id, choice] = Object.entries(view.props.forced).find(([, c]) => c.mode === 'in') as [string, { reason: string }];
    const button = rowOf(id).querySelector('.pt-force') as HTMLButtonElement;
    expect(button.textContent).toMatch(/^In — /);
    await click(button);
    expect(radio('Force in').checked).toBe(true);
    expect((dialog().querySelector('textarea') as HTMLTextAreaElement).value).toBe(choice.reason);
    await click(radio('Let the optimiser decide'));
    expect(dialog().querySelector('textarea')).toBeNull();
    await click(saveButton());
    expect(view.onForce).toHaveBeenCalledExactlyOnceWith(id, null);
  });

  it('changes nothing when cancelled', async () => {
    view = await renderTable(4);
    await click(bodyRows(view.container)[0]?.querySelector('.pt-force') as HTMLButtonElement);
    await click(radio('Force out'));
    await click([...dialog().querySelectorAll('button')].find((b) => b.textContent === 'Cancel') as HTMLButtonElement);
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(view.onForce).not.toHaveBeenCalled();
    expect(view.onOpen).not.toHaveBeenCalled();
  });
});
