/**
 * The reference classes editor on the inventory page: the starting classes with the note saying where they come from,
 * numbers typed as people type them ("90k", "$2,500") read with the workspace's number format, a fault named beside the
 * field and nothing saved while one remains, a class added and one removed, saved for the workspace (the apply choice
 * then lists the saved classes), and kept after the page is opened again.
 */
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { REFERENCE_CLASS_NOTE } from '@shared/inventory/referenceClasses';
import { button, click, container, control, renderPage, seedInventory, text, type, unmount, waitFor } from './listHarness';

afterEach(unmount);

const classesCard = () => container.querySelector('.inv-classes') as HTMLElement;
const applyOptions = () => [...control<HTMLSelectElement>('Reference class').options].map((o) => o.textContent);

describe('the reference classes editor', () => {
  it('edits, adds and removes classes, names each fault beside its field, and saves them for the workspace', async () => {
    const { workspaceId } = await seedInventory();
    await renderPage(workspaceId);
    expect(classesCard().textContent).toContain(REFERENCE_CLASS_NOTE);
    expect(classesCard().querySelectorAll('tbody tr')).toHaveLength(9);
    expect(applyOptions()).toContain('Document processing — medium');

    await type('Pilot cost of Document processing — large', 'lots');
    expect(classesCard().textContent).toContain('“lots” is not a number'.replace(/[“”]/g, '"'));
    expect(control('Pilot cost of Document processing — large').getAttribute('aria-invalid')).toBe('true');
    await click('Save the classes');
    expect(classesCard().textContent).toMatch(/Not saved: Class 3 \(Document processing — large\): Pilot cost/);
    expect(await repositories().inventory.settings(workspaceId)).toBeUndefined();

    await type('Pilot cost of Document processing — large', '90k');
    await type('Run cost per month of Document processing — large', '$2,500');
    await type('Last-mile multiplier of Document processing — large', '4');
    expect(control('Pilot cost of Document processing — large').getAttribute('aria-invalid')).toBeNull();
    // The last mile in total follows: 90,000 × 4.
    expect(classesCard().textContent).toContain('$360,000');

    await type('Pilot months of Forecasting & prediction — large', '0');
    expect(classesCard().textContent).toContain('Pilot duration must be 1 or more months');
    await type('Pilot months of Forecasting & prediction — large', '6');

    await click('Remove Conversational assistant — small');
    await click('Add a class');
    await type('Name of class 9', 'Document processing — medium');
    expect(classesCard().textContent).toContain('Another class already has this name');
    await type('Name of class 9', 'Claims triage — medium');
    await type('Pilot cost of Claims triage — medium', '55,000');

    await click('Save the classes');
    await waitFor(() => text().includes('The reference classes are saved.'), 'the save');
    const saved = await repositories().inventory.settings(workspaceId);
    expect(saved?.referenceClasses.map((c) => c.name)).not.toContain('Conversational assistant — small');
    const large = saved!.referenceClasses.find((c) => c.name === 'Document processing — large')!;
    expect([large.pilotCost, large.lastMileMultiplier, large.runCostPerMonth]).toEqual([90_000, 4, 2_500]);
    expect(saved!.referenceClasses.find((c) => c.name === 'Claims triage — medium')?.pilotCost).toBe(55_000);
    await waitFor(() => applyOptions().includes('Claims triage — medium'), 'the apply choice to list the saved classes');
    expect(button('Save the classes').disabled).toBe(true);

    const results = await axe.run(classesCard(), { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Opened again, the page shows the saved classes.
    await unmount();
    await renderPage(workspaceId);
    await waitFor(() => classesCard()?.querySelectorAll('tbody tr').length === 9, 'the saved classes');
    expect((control('Pilot cost of Document processing — large') as HTMLInputElement).value).toBe('90,000');
  });
});
