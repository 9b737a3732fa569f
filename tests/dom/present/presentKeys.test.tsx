/**
 * Moving through the presentation by keyboard and clicker: → ↓ Space PageDown forward, ← ↑ Shift+Space PageUp back,
 * Home / End, Esc back to the page it was entered from; never past either end; keys held with Ctrl / Alt / Cmd are the
 * browser's. The presenter view (another window of the same origin) follows the presentation and moves it.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Slide } from '@renderer/features/present/deck';

const slides: Slide[] = [
  { key: 'wall', kind: 'wall', title: 'The problems we are solving', notes: ['8 problems on the wall.'] },
  { key: 'matrix', kind: 'matrix', title: 'Where the candidates sit', notes: ['14 candidates.'] },
  { key: 'funded', kind: 'funded', title: 'What we fund', notes: ['The board is asked to approve $1,395,000.'] },
  { key: 'case:a', kind: 'case', title: 'Invoice reader', useCaseId: 'a', notes: ['Rank 1.'] },
  { key: 'frontier', kind: 'frontier', title: 'What a different budget would buy', notes: ['At the chosen budget…'] },
];

vi.mock('@renderer/features/present/usePresentation', () => ({
  usePresentation: () => ({ status: 'ready', slides, input: {}, fundedIds: new Set(), busy: false, error: null }),
}));
vi.mock('@renderer/features/present/SlideView', () => ({
  SlideView: ({ slide }: { slide: Slide }) => <h1 id="present-slide-title">{slide.title}</h1>,
}));
const openPresenterView = vi.fn(async () => ({ ok: true as const, value: { opened: true } }));
vi.mock('@renderer/api', () => ({ getApi: () => ({ host: 'browser', openPresenterView }) }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { PresentPage } = await import('@renderer/features/present/PresentPage');
const { PresenterView } = await import('@renderer/features/present/PresenterView');
const { enterPresentation, togglePresentation } = await import('@renderer/features/present/enterPresentation');
const { slideMove } = await import('@renderer/features/present/slideKeys');
const { useRoute } = await import('@renderer/state/router');

function Routed() {
  const route = useRoute();
  return route.page === 'present' ? <PresentPage workspaceId={route.workspaceId} slide={route.slide} /> : <p>Left to {route.page}</p>;
}

let root: Root | null = null;
let host: HTMLElement;
beforeEach(() => {
  window.location.hash = '#/w/ws1/portfolio';
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
const press = (key: string, init: KeyboardEventInit = {}) => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
const counter = () => host.querySelector('.present__counter')?.textContent;
const title = () => host.querySelector('h1')?.textContent;

async function start() {
  act(() => root?.render(<Routed />));
  await act(async () => enterPresentation('ws1'));
  await wait(0);
}

describe('presentation keys', () => {
  it('maps the keys a keyboard and a clicker send', () => {
    const k = (key: string, mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
      slideMove({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((key) => k(key))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => k(key))).toEqual(['previous', 'previous', 'previous']);
    expect(k(' ', { shiftKey: true })).toBe('previous');
    expect([k('Home'), k('End'), k('Escape'), k('f')]).toEqual(['first', 'last', 'leave', 'fullscreen']);
    expect([k('ArrowRight', { ctrlKey: true }), k('ArrowLeft', { altKey: true }), k('ArrowRight', { metaKey: true }), k('Enter'), k('a')]).toEqual([null, null, null, null, null]);
  });

  it('moves through every screen and back, never past the ends; Home and End; the address follows', async () => {
    await start();
    expect(title()).toBe('The problems we are solving');
    expect(counter()).toBe('1 / 5');
    await press('ArrowRight');
    expect(counter()).toBe('2 / 5');
    expect(window.location.hash).toBe('#/w/ws1/present/2');
    await press(' ');
    await press('PageDown');
    await press('ArrowDown');
    expect(title()).toBe('What a different budget would buy');
    expect(counter()).toBe('5 / 5');
    await press('PageDown');
    expect(counter()).toBe('5 / 5');
    await press('PageUp');
    await press(' ', { shiftKey: true });
    await press('ArrowLeft');
    expect(counter()).toBe('2 / 5');
    await press('ArrowUp');
    await press('ArrowLeft');
    expect(counter()).toBe('1 / 5');
    await press('End');
    expect(counter()).toBe('5 / 5');
    await press('Home');
    expect(counter()).toBe('1 / 5');
    await press('ArrowRight', { ctrlKey: true });
    expect(counter()).toBe('1 / 5');
  });

  it('a key handled is not also the focused button’s: Space on "Next screen" moves one screen', async () => {
    await start();
    const next = host.querySelector<HTMLButtonElement>('button[aria-label="Next screen"]');
    next?.focus();
    const event = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    await act(() => void next?.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true); // the browser does not also click the button
    expect(counter()).toBe('2 / 5');
    await act(() => next?.click());
    expect(counter()).toBe('3 / 5');
  });

  it('Esc leaves for the page the presentation was entered from', async () => {
    await start();
    await press('ArrowRight');
    await press('Escape');
    await wait(0);
    expect(window.location.hash).toBe('#/w/ws1/portfolio');
    expect(host.textContent).toBe('Left to portfolio');
  });

  it('View → Presentation enters the presentation, and leaves it when it is on', async () => {
    act(() => root?.render(<Routed />));
    await act(async () => togglePresentation('ws1'));
    await wait(0);
    expect(counter()).toBe('1 / 5');
    await press('ArrowRight');
    await act(async () => togglePresentation('ws1'));
    await wait(0);
    expect(window.location.hash).toBe('#/w/ws1/portfolio');
  });

  it('the presenter view shows the screen, its notes and the next one, and moves the presentation', async () => {
    await start();
    const presenterHost = document.createElement('div');
    document.body.append(presenterHost);
    const presenterRoot = createRoot(presenterHost);
    act(() => presenterRoot.render(<PresenterView workspaceId="ws1" />));
    await wait(50);
    expect(presenterHost.querySelector('#presenter-now')?.textContent).toBe('The problems we are solving');
    expect(presenterHost.querySelector('.presenter__notes')?.textContent).toBe('8 problems on the wall.');
    expect(presenterHost.querySelector('#presenter-next')?.textContent).toBe('Where the candidates sit');
    await press('PageDown'); // the presentation moves: the presenter view follows
    await wait(50);
    expect(presenterHost.querySelector('#presenter-now')?.textContent).toBe('Where the candidates sit');
    const next = [...presenterHost.querySelectorAll('button')].find((b) => b.textContent === 'Next screen →');
    await act(() => next?.click());
    await wait(50);
    expect(counter()).toBe('3 / 5');
    expect(presenterHost.querySelector('#presenter-now')?.textContent).toBe('What we fund');
    act(() => presenterRoot.unmount());
  });
});
