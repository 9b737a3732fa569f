import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import { PortfolioTable, type PortfolioTableProps } from '@renderer/features/portfolio/table';
import { syntheticTableProps, type SyntheticPortfolio } from '../../bench/fixtures/portfolioTable/syntheticPortfolio';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Height (px) jsdom reports for the table's scroll box (it has no layout of its own). */
export const VIEWPORT = 600;

/**
 * jsdom has no layout and no modal dialogs: give the scroll box a height, let scrollTo move it (firing
 * "scroll" as a browser does) and let <dialog> open and close.
 */
export function installBrowserStandIns(): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('pt-scroll') ? VIEWPORT : 0;
    },
  });
  // Tall enough for any list these tests render; a browser derives it from the laid-out rows.
  Object.defineProperty(Element.prototype, 'scrollHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('pt-scroll') ? 10_000_000 : 0;
    },
  });
  Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
    this.dispatchEvent(new Event('scroll'));
  } as Element['scrollTo'];
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

export interface Rendered {
  container: HTMLDivElement;
  props: PortfolioTableProps;
  onOpen: ReturnType<typeof vi.fn<(id: string) => void>>;
  onForce: ReturnType<typeof vi.fn<PortfolioTableProps['onForce']>>;
  rerender: (next: Partial<PortfolioTableProps>) => Promise<void>;
  unmount: () => Promise<void>;
}

/**
 * Renders the table with a synthetic portfolio of `count` candidates (ranked by the real domain code, with the funding
 * notes of shared/analysis); `adjust` changes the portfolio before it is analysed.
 */
export async function renderTable(count: number, overrides: Partial<PortfolioTableProps> = {}, adjust?: (p: SyntheticPortfolio) => void): Promise<Rendered> {
  const onOpen = vi.fn<(id: string) => void>();
  const onForce = vi.fn<PortfolioTableProps['onForce']>();
  const { rows, fundedIds, notes, objective, forced, present } = syntheticTableProps(count, 42, adjust);
  let props: PortfolioTableProps = { rows, fundedIds, notes, objective, forced, present, onOpen, onForce, ...overrides };
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root: Root = createRoot(container);
  await act(async () => root.render(<PortfolioTable {...props} />));
  return {
    container,
    get props() {
      return props;
    },
    onOpen,
    onForce,
    rerender: async (next) => {
      props = { ...props, ...next };
      await act(async () => root.render(<PortfolioTable {...props} />));
    },
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** The candidate rows in the DOM, top to bottom. */
export const bodyRows = (c: ParentNode): HTMLTableRowElement[] => [...c.querySelectorAll<HTMLTableRowElement>('tr.pt-row')];
export const rowIds = (c: ParentNode): string[] => bodyRows(c).map((r) => r.dataset.rowId ?? '');

export function headerButton(c: ParentNode, label: string): HTMLButtonElement {
  const button = [...c.querySelectorAll<HTMLButtonElement>('th .pt-sort')].find((b) => b.textContent?.replace(/[▲▼↕]/g, '').trim() === label);
  if (!button) throw new Error(`No column header "${label}"`);
  return button;
}

export async function click(el: Element): Promise<void> {
  await act(async () => (el as HTMLElement).click());
}

export async function focus(el: HTMLElement): Promise<void> {
  await act(async () => el.focus());
}

export async function press(el: Element, key: string): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

/** Chooses an option of a labelled <select> as a user would. */
export async function choose(c: ParentNode, label: string, value: string): Promise<void> {
  const select = [...c.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))?.querySelector('select');
  if (!select) throw new Error(`No select labelled "${label}"`);
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Types into a text field through the native value setter, so React sees the change. */
export async function typeInto(el: HTMLTextAreaElement | HTMLInputElement, value: string): Promise<void> {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
