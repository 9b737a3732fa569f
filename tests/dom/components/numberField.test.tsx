import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NumberField, numberDraft, readNumberDraft } from '@renderer/components/inputs';
import { NumberFormatProvider } from '@renderer/components/NumberFormatContext';
import type { NumberFormat } from '@shared/presentation';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('what a number field reads', () => {
  const money = { label: 'Pilot cost', kind: 'money' as const, scale: 1, format: 'en-US' as const, allowEmpty: false };
  it.each([
    ['75k', 75000],
    ['$75K', 75000],
    ['1.2M', 1200000],
    ['1,200,000', 1200000],
    ['.5', 0.5],
    ['12.', 12],
  ])('reads %j as %d', (text, value) => expect(readNumberDraft(text, money)).toEqual({ ok: true, value }));

  it('reads back every figure as a field shows it, in every format and for every kind of number', () => {
    const kinds = ['money', 'number', 'count', 'hours'] as const;
    const values = [0, 7, 999, 1000, 1234.5, 40_000, 1_200_000, 987_654_321.125, 0.000001, 12_345.678901];
    for (const format of ['en-US', 'en-GB', 'de-DE', 'fr-FR'] as const) {
      for (const kind of kinds) {
        for (const value of values) {
          if ((kind === 'count' || kind === 'hours') && !Number.isInteger(value)) continue;
          const shown = numberDraft(value, 1, format);
          expect(readNumberDraft(shown, { ...money, kind, format }), `${format} ${kind} ${shown}`).toEqual({ ok: true, value });
        }
      }
      expect(readNumberDraft(numberDraft(0.125, 100, format), { ...money, kind: 'share', scale: 100, format })).toEqual({ ok: true, value: 0.125 });
    }
  });

  it('refuses what is not a number, with the parser message (the label where it has no subject)', () => {
    expect(readNumberDraft('abc', money)).toEqual({ ok: false, message: '"abc" is not a number; expected an amount of money such as 3500, 3,500 or 75k' });
    expect(readNumberDraft('', money)).toEqual({ ok: false, message: 'Pilot cost is empty; expected an amount of money such as 3500, 3,500 or 75k' });
    expect(readNumberDraft('--5', money)).toMatchObject({ ok: false });
    expect(readNumberDraft('7,5', { ...money, kind: 'number' })).toMatchObject({ ok: false, message: '"7,5" uses a comma for decimals; write it with a dot (7.5)' });
  });

  it('reads the workspace format, percentages with or without %, and blank as "not given" where allowed', () => {
    expect(readNumberDraft('1.200,5', { ...money, format: 'de-DE' })).toEqual({ ok: true, value: 1200.5 });
    expect(readNumberDraft('12,5', { ...money, kind: 'share', scale: 100, format: 'fr-FR' })).toEqual({ ok: true, value: 0.125 });
    expect(readNumberDraft('12.5%', { ...money, kind: 'share', scale: 100 })).toEqual({ ok: true, value: 0.125 });
    expect(readNumberDraft('  ', { ...money, allowEmpty: true })).toEqual({ ok: true, value: null });
    expect(numberDraft(1200.5, 1, 'de-DE')).toBe('1.200,5');
    expect(numberDraft(1_200_000, 1, 'en-US')).toBe('1,200,000');
    expect(numberDraft(1_200_000.25, 1, 'fr-FR')).toBe('1\u202f200\u202f000,25');
    expect(numberDraft(0.125, 100, 'en-US')).toBe('12.5');
    expect(numberDraft(null, 1, 'en-US')).toBe('');
  });
});

describe('NumberField', () => {
  let root: Root;
  let container: HTMLDivElement;
  let committed: number[];

  function Harness({ format }: { format: NumberFormat }) {
    const [value, setValue] = useState(40000);
    return (
      <NumberFormatProvider format={format}>
        <NumberField
          label="Pilot cost"
          prefix="USD"
          value={value}
          onChange={(v) => {
            committed.push(v);
            setValue(v);
          }}
        />
        <output>{Number.isFinite(value) ? value : 'invalid'}</output>
      </NumberFormatProvider>
    );
  }

  beforeEach(() => {
    committed = [];
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const field = () => container.querySelector('input') as HTMLInputElement;
  async function type(text: string) {
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field(), text);
      field().dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('commits the parsed number and keeps what was typed ("75k" stays "75k")', async () => {
    act(() => root.render(<Harness format="en-US" />));
    expect(field().value).toBe('40,000');
    await type('75k');
    expect(committed.at(-1)).toBe(75000);
    expect(field().value).toBe('75k');
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });

  it('shows what it understood, with separators, once the person leaves the field; text that is not a number stays', async () => {
    act(() => root.render(<Harness format="de-DE" />));
    expect(field().value).toBe('40.000');
    await type('1200000');
    expect(field().value).toBe('1200000');
    await act(async () => field().dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(field().value).toBe('1.200.000');
    await type('75k');
    await act(async () => field().dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(field().value).toBe('75.000');
    expect(committed.at(-1)).toBe(75000);
    await type('abc');
    await act(async () => field().dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(field().value).toBe('abc');
  });

  it('keeps unparseable text, says why (tied to the field, announced) and hands the form NaN, never 0', async () => {
    act(() => root.render(<Harness format="en-US" />));
    await type('abc');
    expect(field().value).toBe('abc');
    expect(Number.isNaN(committed.at(-1))).toBe(true);
    expect(container.querySelector('output')?.textContent).toBe('invalid');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(field().getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('"abc" is not a number; expected an amount of money such as 3500, 3,500 or 75k');
    expect(message?.getAttribute('role')).toBe('alert');
    await type('80000');
    expect(committed.at(-1)).toBe(80000);
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });

  it("reads and shows numbers in the workspace's format", async () => {
    act(() => root.render(<Harness format="de-DE" />));
    await type('1.200,50');
    expect(committed.at(-1)).toBe(1200.5);
    await type('1.5');
    expect(document.getElementById(field().getAttribute('aria-describedby') ?? '')?.textContent).toContain('write 1,5');
  });
});
