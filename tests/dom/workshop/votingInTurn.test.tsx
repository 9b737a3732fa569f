import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { WorkshopPage } from '@renderer/features/workshop/WorkshopPage';
import { blankUseCaseInput, defaultWorkspaceSettings, quickProblemInput } from '@shared/domain';
import { newSession, startStep } from '@shared/workshop';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLDivElement;
afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

const text = () => container.textContent ?? '';
async function waitFor(probe: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (probe()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}\n${text()}`);
}
function button(name: string | RegExp): HTMLButtonElement {
  const b = [...container.querySelectorAll('button')].find((x) => (typeof name === 'string' ? x.textContent === name : name.test(x.textContent ?? '')));
  if (!b) throw new Error(`No button “${String(name)}”\n${text()}`);
  return b;
}
async function click(name: string | RegExp): Promise<void> {
  const b = button(name);
  await act(async () => b.click());
}
async function type(label: string, value: string): Promise<void> {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent === label);
  const el = l ? document.getElementById(l.htmlFor) : null;
  if (!(el instanceof HTMLInputElement)) throw new Error(`No field “${label}”`);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const dotButton = (name: string) => container.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
async function score(group: string, value: number): Promise<void> {
  const g = container.querySelector(`[role="radiogroup"][aria-label="${group}"]`);
  const radio = [...(g?.querySelectorAll('input[type="radio"]') ?? [])].find((r) => (r as HTMLInputElement).value === String(value)) as HTMLInputElement | undefined;
  if (!radio) throw new Error(`No score ${value} in “${group}”`);
  await act(async () => radio.click());
}

/** A workspace with two candidates, and a session of Ana and Ben at its vote step with both candidates put to the room. */
async function sessionAtTheVote() {
  const repos = repositories();
  const ws = await repos.workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
  if (!ws.ok) throw new Error('workspace');
  const p = await repos.problems.create(ws.value.id, quickProblemInput('Invoices keyed by hand'));
  if (!p.ok) throw new Error('problem');
  const ids: string[] = [];
  for (const name of ['Invoice reader', 'Dispute triage']) {
    const uc = await repos.useCases.create(ws.value.id, { ...blankUseCaseInput(p.value.id, { pilotMonths: 3, lastMileMonths: 6, rampUpMonths: 0 }), name });
    if (!uc.ok) throw new Error(uc.errors[0]?.message);
    ids.push(uc.value.id);
  }
  let n = 0;
  const makeId = () => `id-${++n}`;
  const input = newSession({ title: 'Board offsite', date: '2027-02-01', participants: [{ id: 'ana', name: 'Ana', via: 'room' }, { id: 'ben', name: 'Ben', via: 'room' }], candidateIds: ids }, makeId);
  const atVote = startStep(input, 2, '2027-02-01T10:00:00.000Z');
  const s = await repos.sessions.create(ws.value.id, atVote);
  if (!s.ok) throw new Error(s.errors[0]?.message);
  return { workspaceId: ws.value.id, sessionId: s.value.id };
}

describe('voting in turn on one screen', () => {
  it('passes the laptop from one participant to the next, shows only who has voted until the reveal, then the average, spread and disagreement', async () => {
    const { workspaceId, sessionId } = await sessionAtTheVote();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root?.render(<WorkshopPage workspaceId={workspaceId} />));
    await waitFor(() => text().includes('Pass the laptop to Ana'), 'the vote step');
    expect(text()).toContain('0 of 2 have voted');
    expect(button('Reveal the votes').disabled).toBe(true);

    // Ana's ballot: Invoice reader 5 / 4, Dispute triage 1 / 3.
    await click('Pass the laptop to Ana');
    await waitFor(() => text().includes('Ana’s ballot'), 'Ana’s ballot');
    expect(text()).not.toContain('Who has voted');
    // The voter holding the laptop sees their ballot only: not the rules, adding people, or the reveal.
    expect(text()).not.toContain('How the room votes');
    expect(text()).not.toContain('Each candidate is scored');
    expect(text()).not.toContain('Add a participant');
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Reveal the votes');
    await score('Value: Invoice reader', 5);
    await score('Feasibility: Invoice reader', 4);
    await score('Value: Dispute triage', 1);
    await score('Feasibility: Dispute triage', 3);
    expect(text()).toContain('4 of 4 scores given.');
    await click('Done, hide my votes');
    await waitFor(() => text().includes('Thank you, Ana: your votes are in and hidden.'), 'Ana handing back');
    expect(container.querySelectorAll('input[type="radio"]')).toHaveLength(0);
    expect(text()).toContain('1 of 2 have voted');
    expect(document.activeElement?.textContent).toBe('Pass the laptop to Ben');
    expect(text()).toContain('Each candidate is scored from 1 to 5 on Value and Feasibility.');
    expect(button('Reveal the votes').disabled).toBe(false);

    // Ben's ballot starts empty: nothing of Ana's choices is shown to him.
    await click('Pass the laptop to Ben');
    await waitFor(() => text().includes('Ben’s ballot'), 'Ben’s ballot');
    expect([...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.checked)).toHaveLength(0);
    expect(text()).toContain('0 of 4 scores given.');
    await score('Value: Invoice reader', 4);
    await score('Feasibility: Invoice reader', 4);
    await score('Value: Dispute triage', 4);
    await click('Done, hide my votes');
    await waitFor(() => text().includes('Everyone has voted.'), 'Ben handing back');

    // Stored, yet nothing of the votes on screen: no averages, spreads, counts per candidate or candidate order.
    const stored = await repositories().sessions.get(sessionId);
    expect(stored?.votes).toHaveLength(7);
    expect(stored?.revealedAt).toBeNull();
    expect(text()).toContain('2 of 2 have voted');
    expect(text()).not.toMatch(/average|spread|Discuss first/i);
    expect(container.querySelector('table')).toBeNull();
    expect(text()).not.toContain('Invoice reader');

    await click('Reveal the votes');
    await waitFor(() => container.querySelector('.workshop-reveal__table') !== null, 'the reveal');
    const rows = [...container.querySelectorAll('.workshop-reveal__table tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Invoice reader', '4.5', '1 (4–5)', '4', '0 (4–4)', ''],
      ['Dispute triage', '2.5', '3 (1–4)', '3', '0 (3–3)', 'Discuss first'],
    ]);
    expect(container.querySelector('.workshop-discuss')?.textContent).toContain('Dispute triage: Value from 1 to 4');
    expect((await repositories().sessions.get(sessionId))?.revealedAt).not.toBeNull();

    // Sorted by the value average, highest first; then reversed.
    await click(/^Value: average/);
    expect([...container.querySelectorAll('.workshop-reveal__table tbody th')].map((c) => c.textContent)).toEqual(['Invoice reader', 'Dispute triage']);
    await click(/^Value: average/);
    expect([...container.querySelectorAll('.workshop-reveal__table tbody th')].map((c) => c.textContent)).toEqual(['Dispute triage', 'Invoice reader']);
    expect(container.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('Value: average');
  });

  it('keeps a ballot without a score on screen and says what is missing; handing back without voting records nothing', async () => {
    const { workspaceId, sessionId } = await sessionAtTheVote();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root?.render(<WorkshopPage workspaceId={workspaceId} />));
    await waitFor(() => text().includes('Pass the laptop to Ana'), 'the vote step');
    await click('Pass the laptop to Ana');
    await click('Done, hide my votes');
    expect(text()).toContain('Give at least one score before handing back the laptop.');
    await click('Not now, hand back without voting');
    await waitFor(() => text().includes('Ana handed back without voting.'), 'handing back');
    expect(text()).toContain('0 of 2 have voted');
    expect((await repositories().sessions.get(sessionId))?.votes).toEqual([]);
  });

  it('votes by dots: each participant spreads their dots, no more than they have, and the reveal totals and ranks them', async () => {
    const { workspaceId, sessionId } = await sessionAtTheVote();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root?.render(<WorkshopPage workspaceId={workspaceId} />));
    await waitFor(() => text().includes('Pass the laptop to Ana'), 'the vote step');
    const dots = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.parentElement?.textContent?.includes('Dots: a fixed number each'));
    await act(async () => dots?.click());
    await waitFor(() => text().includes('Dots per person'), 'the dots rule');
    await type('Dots per person', '3');
    for (let i = 0; i < 100; i++) {
      if ((await repositories().sessions.get(sessionId))?.rules.dotsPerPerson === 3) break;
      await act(async () => new Promise((r) => setTimeout(r, 10)));
    }
    expect((await repositories().sessions.get(sessionId))?.rules).toMatchObject({ mode: 'dots', dotsPerPerson: 3, criteria: [{ label: 'Dots' }] });

    await click('Pass the laptop to Ana');
    await waitFor(() => text().includes('You have 3 dots'), 'Ana’s dots');
    for (let i = 0; i < 3; i++) await act(async () => dotButton('Give a dot to Invoice reader')?.click());
    expect(text()).toContain('0 of 3 dots left.');
    expect(dotButton('Give a dot to Invoice reader')?.disabled).toBe(true);
    expect(dotButton('Give a dot to Dispute triage')?.disabled).toBe(true);
    await click('Done, hide my votes');
    await waitFor(() => text().includes('Pass the laptop to Ben'), 'Ana handing back');
    expect(text()).toContain('The rules are fixed now that votes are in.');
    await click('Pass the laptop to Ben');
    await waitFor(() => text().includes('Ben’s ballot'), 'Ben’s ballot');
    await act(async () => dotButton('Give a dot to Dispute triage')?.click());
    await act(async () => dotButton('Give a dot to Dispute triage')?.click());
    await act(async () => dotButton('Give a dot to Invoice reader')?.click());
    await act(async () => dotButton('Take a dot from Invoice reader')?.click());
    expect(text()).toContain('1 of 3 dots left.');
    await click('Done, hide my votes');
    await waitFor(() => text().includes('Everyone has voted.'), 'Ben handing back');
    expect(container.querySelector('table')).toBeNull();
    expect(text()).not.toContain('Invoice reader');
    await click('Reveal the votes');
    await waitFor(() => container.querySelector('.workshop-reveal__table') !== null, 'the reveal');
    const rows = [...container.querySelectorAll('.workshop-reveal__table tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Invoice reader', '3'],
      ['Dispute triage', '2'],
    ]);
    expect(text()).not.toContain('Discuss first');
  });
});
