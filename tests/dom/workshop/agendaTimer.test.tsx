import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgendaPanel } from '@renderer/features/workshop/AgendaPanel';
import { defaultAgenda, nextStep, startStep } from '@shared/workshop';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLDivElement;
afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

const T0 = Date.parse('2027-02-01T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

async function render(agendaAt: ReturnType<typeof agenda>, now: number, handlers = { onStart: vi.fn(), onNext: vi.fn(), onView: vi.fn() }) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root?.render(<AgendaPanel agenda={agendaAt.agenda} current={agendaAt.currentStep} viewing={agendaAt.currentStep} now={now} open busy={false} {...handlers} />),
  );
  return handlers;
}
function agenda(moves: (s: { agenda: ReturnType<typeof defaultAgenda>; currentStep: number }) => { agenda: ReturnType<typeof defaultAgenda>; currentStep: number }) {
  let n = 0;
  return moves({ agenda: defaultAgenda(() => `step-${++n}`), currentStep: 0 });
}
const items = () => [...container.querySelectorAll('li')].map((li) => li.textContent);

describe('the agenda and its timers', () => {
  it('counts the step under way down, says plainly how far over it is, and keeps the time each finished step took', async () => {
    // Capture ran 23 minutes of its 20; pick started 12 min 5 s ago, planned for 10.
    const run = agenda((s) => nextStep(startStep(s, 0, iso(T0)), iso(T0 + 23 * 60_000)));
    const { onNext } = await render(run, T0 + 35 * 60_000 + 5_000);
    expect(items()).toEqual(['1. Capture problemstook 23 min of 20 min planned', '2. Pick candidates2:05 over the 10 min planned', '3. Vote15 min planned', '4. Fund15 min planned']);
    const timer = container.querySelector('[role="timer"]');
    expect(timer?.getAttribute('aria-label')).toBe('Pick candidates: over time');
    // Over time is said, not sounded: nothing is announced as an alert.
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.querySelector('[aria-current="step"]')?.textContent).toBe('2. Pick candidates');
    const next = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Next step: Vote');
    await act(async () => next?.click());
    expect(onNext).toHaveBeenCalledTimes(1);
  });

  it('shows the time left before the plan runs out, and a start button while the step has not begun', async () => {
    const notStarted = agenda((s) => s);
    const { onStart } = await render(notStarted, T0);
    expect(items()[0]).toBe('1. Capture problems20 min planned');
    const start = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Start: Capture problems');
    await act(async () => start?.click());
    expect(onStart).toHaveBeenCalledTimes(1);
    await act(async () => root?.unmount());
    root = null;
    container.remove();
    await render(agenda((s) => startStep(s, 0, iso(T0))), T0 + 4 * 60_000 + 30_000);
    expect(items()[0]).toBe('1. Capture problems15:30 left of 20 min');
  });
});
