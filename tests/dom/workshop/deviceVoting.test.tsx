import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repositories } from '@renderer/db';
import { WorkshopPage } from '@renderer/features/workshop/WorkshopPage';
import { blankUseCaseInput, defaultWorkspaceSettings, quickProblemInput } from '@shared/domain';
import type { VotingTaken } from '@shared/ipc';
import { newSession, startStep } from '@shared/workshop';

/** The desktop host, with voting from devices answered here: one phone's ballot arrives on the first take. */
const host = vi.hoisted(() => {
  const calls: string[] = [];
  let pending: VotingTaken['ballots'] = [];
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  const api = {
    host: 'desktop' as const,
    votingStart: vi.fn(() => {
      calls.push('start');
      return ok({ url: 'http://192.168.1.20:51234/#K7M3QX', addresses: ['192.168.1.20'], code: 'K7M3QX', port: 51234, qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    }),
    votingTake: vi.fn(() => {
      calls.push('take');
      const ballots = pending;
      pending = [];
      return ok({ ballots, devices: 1, received: 1 });
    }),
    votingReveal: vi.fn(() => {
      calls.push('reveal');
      return ok({ revealed: true });
    }),
    votingStop: vi.fn(() => {
      calls.push('stop');
      return ok({ stopped: true });
    }),
  };
  return { api, calls, send: (b: VotingTaken['ballots']) => (pending = b) };
});
vi.mock('@renderer/api', () => ({ getApi: () => host.api }));

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
  for (let i = 0; i < 600; i++) {
    if (probe()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}\n${text()}`);
}
async function click(name: string): Promise<void> {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`No button “${name}”\n${text()}`);
  await act(async () => b.click());
}

describe('voting from phones (desktop app)', () => {
  it('shows the address and code, takes a phone’s ballot into the session without showing it, and tells the devices of the reveal, takes every ballot sent before it, then closes', async () => {
    const repos = repositories();
    const ws = await repos.workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
    if (!ws.ok) throw new Error('workspace');
    const p = await repos.problems.create(ws.value.id, quickProblemInput('Invoices keyed by hand'));
    if (!p.ok) throw new Error('problem');
    const uc = await repos.useCases.create(ws.value.id, { ...blankUseCaseInput(p.value.id, { pilotMonths: 3, lastMileMonths: 6, rampUpMonths: 0 }), name: 'Invoice reader' });
    if (!uc.ok) throw new Error('use case');
    let n = 0;
    const input = newSession({ title: 'Board offsite', date: '2027-02-01', participants: [{ id: 'ana', name: 'Ana', via: 'room' }], candidateIds: [uc.value.id] }, () => `id-${++n}`);
    const s = await repos.sessions.create(ws.value.id, startStep(input, 2, '2027-02-01T10:00:00.000Z'));
    if (!s.ok) throw new Error(s.errors[0]?.message);
    const [value, feasibility] = s.value.rules.criteria;

    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root?.render(<WorkshopPage workspaceId={ws.value.id} />));
    await waitFor(() => text().includes('Let people vote from their phones'), 'the offer');
    await click('Let people vote from their phones');
    await waitFor(() => text().includes('K7M3QX'), 'the code');
    expect(host.api.votingStart).toHaveBeenCalledWith({
      sessionId: s.value.id,
      ballot: { title: 'Board offsite', candidates: [{ id: uc.value.id, name: 'Invoice reader', line: 'Invoices keyed by hand' }], rules: s.value.rules },
    });
    expect(text()).toContain('http://192.168.1.20:51234/#K7M3QX');
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('QR code of the voting page, http://192.168.1.20:51234/#K7M3QX');

    host.send([{ participant: { id: 'chris', name: 'Chris', via: 'device' }, votes: [{ participantId: 'chris', useCaseId: uc.value.id, criterionId: value!.id, value: 2 }, { participantId: 'chris', useCaseId: uc.value.id, criterionId: feasibility!.id, value: 5 }] }]);
    await waitFor(() => text().includes('Chris (from a device)Voted'), 'the phone’s ballot');
    expect(text()).toContain('1 device joined, 1 sent a ballot');
    expect(text()).not.toMatch(/average|spread/i);
    const stored = await repos.sessions.get(s.value.id);
    expect(stored?.participants.map((x) => [x.name, x.via])).toEqual([['Ana', 'room'], ['Chris', 'device']]);
    expect(stored?.votes).toHaveLength(2);

    host.calls.length = 0;
    await click('Reveal the votes');
    await waitFor(() => container.querySelector('.workshop-reveal__table') !== null, 'the reveal');
    // The devices are told first (the server then refuses ballots), every ballot sent before is taken, and the page
    // closes a moment later, once the devices have seen that the votes are out.
    expect(host.calls.slice(0, 2)).toEqual(['reveal', 'take']);
    await waitFor(() => host.calls.includes('stop'), 'the voting page closed after the reveal');
    expect(new Set(host.calls.slice(2, -1))).toEqual(new Set(host.calls.length > 3 ? ['take'] : []));
    expect(host.calls.at(-1)).toBe('stop');
    expect([...container.querySelectorAll('.workshop-reveal__table tbody td')].map((c) => c.textContent)).toEqual(['2', '0 (2–2)', '5', '0 (5–5)', '']);
  });
});
