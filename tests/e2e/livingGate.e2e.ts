import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateCaseOf } from '@shared/analysis/gateCase';
import { buildDemoWorkspace } from '@shared/demo';
import { presenter } from '@shared/presentation';
import { currentMonth } from '@renderer/features/living/today';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const DEMO_PROBLEM = 'Order-status calls swamp the service desk';
const NAME = 'Delivery exception triage';
const DIMENSIONS = ['Data ready', 'UX & human fallback', 'Security & compliance', 'Costs under control', 'Organisation ready'];

async function newCandidate(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Business problems' }).waitFor();
  await page.getByRole('link', { name: DEMO_PROBLEM }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_PROBLEM }).waitFor();
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a candidate' });
  await dialog.getByLabel('Candidate name').fill(NAME);
  await dialog.getByRole('button', { name: 'Add and open' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(NAME) }).waitFor();
  await page.getByLabel('Pilot cost').fill('75,000');
  await page.getByRole('button', { name: 'Propose last mile from pilot' }).click();
  await page.getByLabel('Cost avoided per month').fill('40,000');
  await page.getByLabel('Support & maintenance per month').fill('2,000');
  await page.keyboard.press('Control+s');
  await page.getByText('All changes saved').waitFor();
}

/** The Stage section of the use case page. */
const stageSection = (page: Page) => page.getByRole('region', { name: 'Stage' });

async function moveTo(page: Page, stage: string): Promise<void> {
  const section = stageSection(page);
  await section.getByRole('group', { name: 'Move to' }).getByLabel(stage, { exact: true }).check();
  await section.getByLabel('Recorded by').fill('Dana Ruiz, COO');
}

describe('the last-mile gate: a pilot that worked, and the decision on its last mile', () => {
  it('marks a pilot finished with the readiness it showed, takes the decision on the figures, and keeps it after a reload', async () => {
    const page = await app.open(await app.newContext());
    await newCandidate(page);
    const section = stageSection(page);
    await section.getByText('Now: Idea').waitFor();

    // Idea → pilot in progress, dated this month by default.
    await moveTo(page, 'Pilot in progress');
    const thisMonth = await section.getByLabel('Month of the change').inputValue();
    expect(thisMonth).toMatch(/^\d{4}-\d{2}$/);
    await section.getByRole('button', { name: 'Move to “Pilot in progress”' }).click();
    await section.getByText(/^Now: Pilot in progress since/).waitFor();

    // Pilot finished: succeeded asks for the five readiness dimensions again, in the light of the pilot.
    await moveTo(page, 'Pilot finished: succeeded');
    await section.getByRole('group', { name: 'Readiness in the light of the pilot' }).waitFor();
    await section.getByRole('button', { name: 'Move to “Pilot finished: succeeded”' }).click();
    await section.getByText(/Score every dimension with what the pilot showed \(5 of 5 not scored yet\)/).waitFor();
    for (const d of DIMENSIONS) await section.getByRole('group', { name: `${d} after the pilot` }).getByLabel(d === 'Data ready' ? /^2 / : /^4 /).check();
    await section.getByLabel('What the pilot showed about Data ready').fill('Carrier feeds arrive late and in three formats');
    expect(await axeViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Move to “Pilot finished: succeeded”' }).click();
    await section.getByText('Waiting for a decision:').waitFor();
    // The re-assessment is now the use case's readiness.
    await expect.poll(() => page.getByRole('group', { name: 'Score for Data ready' }).getByLabel(/^2 /).isChecked()).toBe(true);
    expect(await section.getByRole('row').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    // The gate: what a CFO asks before funding the last mile.
    await section.getByRole('link', { name: 'Open the last-mile decision' }).click();
    await page.getByRole('heading', { level: 1, name: `Fund the last mile of “${NAME}”?` }).waitFor();
    expect(page.url()).toContain('/last-mile-decision');
    const costs = page.getByRole('region', { name: 'What the last mile still costs' });
    const remaining = (await costs.getByRole('row', { name: /Last mile in all/ }).getByRole('cell').textContent()) ?? '';
    expect(remaining).toMatch(/^\$[\d,]+$/);
    expect(await costs.getByRole('row', { name: /Integration engineering/ }).getByRole('cell').textContent()).toMatch(/^\$[\d,]+$/);
    const worth = page.getByRole('region', { name: 'Is it worth it from here?' });
    await worth.getByRole('columnheader', { name: 'From today (what this decision uses)' }).waitFor();
    await worth.getByRole('columnheader', { name: 'Whole life, for reference' }).waitFor();
    await worth.getByText(/Already spent \(sunk\): \$[\d,]+\./).waitFor();
    const chance = page.getByRole('region', { name: 'Chance of reaching production' });
    await chance.getByText(/^\d+%$/).waitFor();
    await chance.getByText(/From the readiness re-assessed with what the pilot showed/).waitFor();
    await page.getByRole('region', { name: 'Risks still open' }).getByText('Data ready scored 2').waitFor();
    await page.getByRole('region', { name: 'Risks still open' }).getByText(/Carrier feeds arrive late/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The decision: a rationale and who decided are required.
    const form = page.getByRole('region', { name: 'The decision' });
    await form.getByRole('group', { name: 'Fund the last mile?' }).getByLabel('Fund the last mile').check();
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await form.getByText('Give the rationale: why this decision, on these figures').waitFor();
    await form.getByText('Say who decided').waitFor();
    expect(await form.getByLabel('Decision month').inputValue()).toBe(thisMonth);
    await form.getByLabel('Rationale').fill('The pilot halved the time to resolve a delivery exception; the carrier-feed risk is covered by the integration budget.');
    await form.getByLabel('Decided by').fill('Investment committee');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('heading', { level: 1, name: `Last-mile decisions on “${NAME}”` }).waitFor();

    const checkKept = async () => {
      const past = page.getByRole('region', { name: 'Decisions taken' });
      const decision = past.getByRole('article');
      expect(await decision.count()).toBe(1);
      await decision.getByRole('heading', { name: /^Fund the last mile — / }).waitFor();
      await decision.getByText('Investment committee').waitFor();
      await decision.getByText(/the carrier-feed risk is covered/).waitFor();
      await decision.getByText(`${remaining} over`, { exact: false }).waitFor();
      await decision.getByText(/Data ready scored 2: Carrier feeds arrive late/).waitFor();
    };
    await checkKept();
    expect(await axeViolations(page)).toEqual([]);

    // A reload keeps the decision and the stage it led to.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Last-mile decisions on “${NAME}”` }).waitFor();
    await checkKept();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: NAME }).click();
    await stageSection(page).getByText(/^Now: Last mile in progress since/).waitFor();
    expect(await stageSection(page).getByRole('row').count()).toBe(4);
    await stageSection(page).getByRole('link', { name: /The last-mile decision and the figures it was taken on/ }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  });

  it('on the demo, the forecast waiting for its decision shows the engine’s figures; extending its pilot can be undone', async () => {
    const todayMonth = currentMonth();
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: new Date().toISOString(), todayMonth });
    const FORECAST = 'Branch-level demand forecasting for fast movers';
    const forecast = demo.useCases.find((u) => u.name === FORECAST);
    if (!forecast) throw new Error('The demo has no forecast candidate');
    const expected = gateCaseOf(forecast, demo.workspace, todayMonth);
    const present = presenter(demo.workspace);

    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('link', { name: 'Stock-outs on fast movers while slow movers pile up' }).click();
    await page.getByRole('link', { name: FORECAST }).click();
    const section = stageSection(page);
    await section.getByText('Waiting for a decision:').waitFor();
    await section.getByRole('link', { name: 'Open the last-mile decision' }).click();
    await page.getByRole('heading', { level: 1, name: `Fund the last mile of “${FORECAST}”?` }).waitFor();

    const costs = page.getByRole('region', { name: 'What the last mile still costs' });
    expect(await costs.getByRole('row', { name: /Last mile in all/ }).getByRole('cell').textContent()).toBe(present.money(expected.remaining.total));
    await costs.getByText(`${expected.remainingMonths} months of last-mile work from today`).waitFor();
    const npv = page.getByRole('region', { name: 'Is it worth it from here?' }).getByRole('row', { name: /^NPV/ }).getByRole('cell');
    expect(await npv.allTextContents()).toEqual([present.money(expected.forward.npv), present.money(expected.wholeLife.npv)]);
    await page.getByText(`Already spent (sunk): ${present.money(expected.sunk)}.`).waitFor();
    await page.getByRole('region', { name: 'Chance of reaching production' }).getByText(present.probability(expected.probability), { exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Risks still open' }).getByRole('listitem').count()).toBe(expected.openRisks.length);
    expect(await axeViolations(page)).toEqual([]);

    // Extend the pilot by two months at an extra cost; the toast's Undo brings the decision back.
    const form = page.getByRole('region', { name: 'The decision' });
    await form.getByLabel('Extend the pilot').check();
    await form.getByLabel('Extension').fill('2');
    await form.getByLabel('Extra pilot cost').fill('20,000');
    await form.getByLabel('Rationale').fill('Run two more months to cover the winter peak before committing the roll-out.');
    await form.getByLabel('Decided by').fill('Luis Ferreira (COO)');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('heading', { level: 1, name: `Last-mile decisions on “${FORECAST}”` }).waitFor();
    await page.getByRole('article').getByRole('heading', { name: /^Extend the pilot by 2 months — / }).waitFor();
    await page.getByText(/is not waiting for a last-mile decision: it is Pilot in progress/).waitFor();
    await page.getByRole('button', { name: 'Undo' }).last().click();
    await page.getByRole('heading', { level: 1, name: `Fund the last mile of “${FORECAST}”?` }).waitFor();
    expect(await page.getByRole('article').count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  });
});
