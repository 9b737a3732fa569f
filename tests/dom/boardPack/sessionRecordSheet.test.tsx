/**
 * The board pack's session record as rendered: the latest closed or revealed workshop session with its day, people,
 * agenda as run (planned against actual minutes), the revealed averages and spreads with the disagreement flag, and
 * the decisions; votes never revealed are not shown; no page without such a session; axe finds nothing.
 */
import axe from 'axe-core';
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { boardPackSteps, type BoardPackModel } from '@renderer/features/boardPack/boardPackModel';
import { SessionRecordSheet } from '@renderer/features/boardPack/SessionRecordSheet';
import { workshopSessionSchema, type WorkshopSession } from '@shared/domain';
import { runSteps } from '@shared/export/compression';
import { computeFunding } from '@shared/export/exportModel';
import { closeSession, newSession, nextStep, revealVotes, startStep } from '@shared/workshop';
import { fixedBundle } from '../../unit/export/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GENERATED = '2027-02-01T09:30:00.000Z';
const at = (hhmm: string) => `2027-01-20T${hhmm}:00.000Z`;

/** A session on the fixed bundle's first two candidates: agenda run 09:00–10:10, two executives scoring value. */
function session(bundle: ReturnType<typeof fixedBundle>, options: { reveal: boolean; close: boolean; date?: string; id?: string }): WorkshopSession {
  const [a, b] = bundle.useCases;
  let n = 0;
  let s = newSession(
    {
      title: 'Q1 planning',
      date: options.date ?? '2027-01-20',
      facilitator: 'Dana Whitfield',
      participants: [
        { id: 'ceo', name: 'Ana Ruiz', via: 'room' },
        { id: 'cfo', name: 'Ben Okafor', via: 'device' },
      ],
      candidateIds: [a!.id, b!.id],
      rules: { mode: 'scale', criteria: [{ id: 'value', label: 'Value' }], dotsPerPerson: 10 },
    },
    () => `step-${++n}`,
  );
  s = startStep(s, 0, at('09:00'));
  s = nextStep(s, at('09:25')); // capture: 25 of 20 planned
  s = nextStep(s, at('09:33')); // pick: 8 of 10
  s = {
    ...s,
    votes: [
      { participantId: 'ceo', useCaseId: a!.id, criterionId: 'value', value: 5 },
      { participantId: 'cfo', useCaseId: a!.id, criterionId: 'value', value: 2 },
      { participantId: 'ceo', useCaseId: b!.id, criterionId: 'value', value: 4 },
      { participantId: 'cfo', useCaseId: b!.id, criterionId: 'value', value: 4 },
    ],
    decisions: [{ id: 'd1', text: 'Fund the pilot now and review in March', useCaseId: b!.id, at: at('10:05') }],
  };
  if (options.reveal) s = revealVotes(s, at('09:48'));
  s = nextStep(s, at('09:48')); // vote: 15 of 15
  if (options.close) s = closeSession(s, at('10:10')); // fund: 22 of 15
  return workshopSessionSchema.parse({ ...s, id: options.id ?? 's1', workspaceId: bundle.workspace.id, createdAt: at('08:55'), updatedAt: at('10:10') });
}

function packWith(sessions: WorkshopSession[]): BoardPackModel {
  const bundle = { ...fixedBundle(), sessions };
  const month = bundle.workspace.planningStartMonth;
  return runSteps(boardPackSteps({ bundle: { ...bundle, plan: bundle.plan! }, funding: computeFunding(bundle, month), generatedAt: GENERATED, todayMonth: month })) as BoardPackModel;
}

let root: Root | null = null;
let container: HTMLDivElement;

async function render(element: ReactElement): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(element));
}

afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

const rowsOf = (caption: string) => {
  const table = [...container.querySelectorAll('table')].find((t) => t.caption?.textContent?.startsWith(caption));
  return [...(table?.querySelectorAll('tbody tr, tfoot tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
};

describe('the board pack’s session record', () => {
  it('prints the day, the people, the agenda as run, the revealed votes with the disagreement flag, and the decisions', async () => {
    const bundle = fixedBundle();
    const [a, b] = bundle.useCases;
    const pack = packWith([session(bundle, { reveal: true, close: true })]);
    await render(<SessionRecordSheet model={pack} />);
    expect(container.querySelector('h2')?.textContent).toBe('Session record: Q1 planning');
    const lead = container.querySelector('.bp-lead')?.textContent ?? '';
    expect(lead).toContain('January 20, 2027, facilitated by Dana Whitfield');
    expect(lead).toContain('Ana Ruiz (in the room), Ben Okafor (from a device)');
    expect(rowsOf('The agenda as run')).toEqual([
      ['Capture problems', '20 min', '25 min', '+5 min'],
      ['Pick candidates', '10 min', '8 min', '−2 min'],
      ['Vote', '15 min', '15 min', 'On time'],
      ['Fund', '15 min', '22 min', '+7 min'],
      ['Total', '60 min', '70 min', '+10 min'],
    ]);
    // a: 5 and 2 → average 3.5, spread 3 (disagrees); b: 4 and 4 → 4, spread 0.
    expect(rowsOf('Votes revealed')).toEqual([
      [a!.name, '3.5 (3)', 'Discuss first'],
      [b!.name, '4 (0)', '—'],
    ]);
    expect(container.textContent).toContain('a spread of 2 or more is flagged for discussion');
    expect(rowsOf('Decisions taken')).toEqual([['Fund the pilot now and review in March', b!.name]]);
    let result: axe.AxeResults | undefined;
    await act(async () => {
      result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    });
    expect(result!.violations.map((v) => v.id)).toEqual([]);
  });

  it('a closed session whose votes were never revealed keeps them hidden', async () => {
    const pack = packWith([session(fixedBundle(), { reveal: false, close: true })]);
    await render(<SessionRecordSheet model={pack} />);
    expect(container.textContent).toContain('The votes were not revealed, so they are not shown.');
    expect(rowsOf('Votes revealed')).toEqual([]);
    expect(container.textContent).not.toMatch(/3\.5|\(3\)|Discuss first/);
  });

  it('takes the latest closed or revealed session, and there is no page while every session is open and hidden', async () => {
    const bundle = fixedBundle();
    const older = session(bundle, { reveal: true, close: true, date: '2026-12-01', id: 'old' });
    const open = session(bundle, { reveal: false, close: false, date: '2027-01-25', id: 'open' });
    expect(packWith([older, open]).sessionRecord?.id).toBe('old');
    const none = packWith([open]);
    expect(none.sessionRecord).toBeUndefined();
    await render(<SessionRecordSheet model={none} />);
    expect(container.innerHTML).toBe('');
  });
});
