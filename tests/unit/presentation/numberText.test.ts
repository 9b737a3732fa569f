import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumberText } from '@shared/presentation/numberText';

describe('parseNumberText: numbers as people type them', () => {
  it.each([
    ['1200', 'count', 1200],
    ['1,200', 'count', 1200],
    ['1 200', 'count', 1200],
    ["1'200", 'count', 1200],
    ['$3,500', 'money', 3500],
    ['3,500.75 USD', 'money', 3500.75],
    ['EUR 1,234,567.5', 'money', 1234567.5],
    ['€75K', 'money', 75000],
    ['$1.2M', 'money', 1200000],
    ['£0.5m', 'money', 500000],
    ['-$250', 'money', -250],
    ['$-250', 'money', -250],
    ['(1,200)', 'money', -1200],
    ['12.5%', 'share', 0.125],
    ['.5', 'hours', 0.5],
    ['  42  ', 'score', 42],
  ] as const)('reads %j as a %s: %d', (text, kind, value) => {
    expect(parseNumberText(text, kind)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'money', '"abc" is not a number; expected an amount of money such as 3500 or $3,500'],
    ['12.5%', 'money', '"12.5%" is a percentage; expected an amount of money such as 3500 or $3,500'],
    ['$40', 'hours', '"$40" is an amount of money; expected a number of hours such as 120'],
    ['12,5', 'hours', '"12,5" uses a comma for decimals; write it with a dot (12.5)'],
    ['1,20', 'money', '"1,20" uses a comma for decimals; write it with a dot (1.20)'],
    ['3K', 'count', '"3K" uses a K/M abbreviation; write the full number, a whole number such as 1200'],
    ['1.2.3', 'count', '"1.2.3" is not a number; expected a whole number such as 1200'],
    ['High', 'score', '"High" is not a number; expected a score from 1 to 5'],
    ['', 'money', 'is empty; expected an amount of money such as 3500 or $3,500'],
    ['12,34,567', 'count', '"12,34,567" is not a number; expected a whole number such as 1200'],
  ] as const)('refuses %j as a %s and says why', (text, kind, message) => {
    expect(parseNumberText(text, kind)).toEqual({ ok: false, message });
  });

  it('reads back every finite number written plainly or with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const grouped = whole.toLocaleString('en-US');
        const text = `${grouped}.${String(cents).padStart(2, '0')}`;
        const r = parseNumberText(`$${text}`, 'money');
        expect(r).toEqual({ ok: true, value: Number(`${whole}.${String(cents).padStart(2, '0')}`) });
      }),
    );
  });

  it('never throws and never returns NaN on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('money', 'count', 'hours', 'score', 'share' as const), (text, kind) => {
        const r = parseNumberText(text, kind);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
