import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumberText } from '@shared/presentation/numberText';
import { formatMoney, formatNumber } from '@shared/presentation/format';
import { NUMBER_FORMATS, type NumberFormat } from '@shared/presentation/locale';

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
    ['75k', 'money', 75000],
    ['$75K', 'money', 75000],
    ['1.2M', 'money', 1200000],
    ['1,200,000', 'money', 1200000],
    ['2bn', 'money', 2e9],
    ['$(1,200)', 'money', -1200],
    ['CA$1,234', 'money', 1234],
    ['+5', 'count', 5],
  ] as const)('reads %j as a %s: %d', (text, kind, value) => {
    expect(parseNumberText(text, kind)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'money', '"abc" is not a number; expected an amount of money such as 3500, 3,500 or 75k'],
    ['12.5%', 'money', '"12.5%" is a percentage; expected an amount of money such as 3500, 3,500 or 75k'],
    ['$40', 'hours', '"$40" is an amount of money; expected a number of hours such as 120'],
    ['12,5', 'hours', '"12,5" uses a comma for decimals; write it with a dot (12.5)'],
    ['1,20', 'money', '"1,20" uses a comma for decimals; write it with a dot (1.20)'],
    ['3K', 'count', '"3K" uses a K/M abbreviation; write the full number, a whole number such as 1200'],
    ['1.2.3', 'count', '"1.2.3" is not a number; expected a whole number such as 1200'],
    ['High', 'score', '"High" is not a number; expected a score from 1 to 5'],
    ['', 'money', 'is empty; expected an amount of money such as 3500, 3,500 or 75k'],
    ['12,34,567', 'count', '"12,34,567" is not a number; expected a whole number such as 1200'],
    ['--1', 'count', '"--1" has more than one sign; write one minus sign, as in -300, or brackets, as in (300)'],
    ['-$-5', 'money', '"-$-5" has more than one sign; write one minus sign, as in -300, or brackets, as in (300)'],
    ['(-300)', 'money', '"(-300)" has more than one sign (brackets already mean minus); write one minus sign, as in -300, or brackets, as in (300)'],
    ['5-', 'count', '"5-" is not a number; expected a whole number such as 1200'],
    ['1.200.000,50', 'money', '"1.200.000,50" is written in another number format; this workspace writes numbers as English (US): 1,234,567.89'],
  ] as const)('refuses %j as a %s and says why', (text, kind, message) => {
    expect(parseNumberText(text, kind)).toEqual({ ok: false, message });
  });

  it.each([
    ['1.200.000,50', 'money', 'de-DE', 1200000.5],
    ['1.200', 'count', 'de-DE', 1200],
    ['1,5', 'hours', 'de-DE', 1.5],
    ['-1.234.567 €', 'money', 'de-DE', -1234567],
    ['1,5 Mio. €', 'money', 'de-DE', 1500000],
    ['12,5 %', 'share', 'de-DE', 0.125],
    ['1 200 000,50', 'money', 'fr-FR', 1200000.5],
    ['1\u00A0200\u00A0000,50', 'money', 'fr-FR', 1200000.5],
    ['1\u202F200\u202F000,50', 'money', 'fr-FR', 1200000.5],
    ['-1\u202F234\u202F567\u00A0$US', 'money', 'fr-FR', -1234567],
    ['75 k€', 'money', 'fr-FR', 75000],
    ['1,200,000.50', 'money', 'en-GB', 1200000.5],
    ['£0.5m', 'money', 'en-GB', 500000],
  ] as const)('reads %j as a %s in %s: %d', (text, kind, format, value) => {
    expect(parseNumberText(text, kind, format)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.5', 'hours', 'de-DE', '"1.5" uses a dot for decimals; this workspace writes numbers as Deutsch: 1.234.567,89, so write 1,5'],
    ['1,200.50', 'money', 'de-DE', '"1,200.50" is written in another number format; this workspace writes numbers as Deutsch: 1.234.567,89'],
    ['1,200,000', 'count', 'de-DE', '"1,200,000" is written in another number format; this workspace writes numbers as Deutsch: 1.234.567,89'],
    ['1.200', 'money', 'fr-FR', '"1.200" is ambiguous in this workspace\'s number format (Français : 1 234 567,89): write 1200 for thousands or 1,2 for decimals'],
    ['zwölf', 'number', 'de-DE', '"zwölf" is not a number; expected a number such as 12 or 3,5'],
    ['abc', 'money', 'de-DE', '"abc" is not a number; expected an amount of money such as 3500, 3.500 or 75k'],
    ['3 %', 'money', 'fr-FR', '"3 %" is a percentage; expected an amount of money such as 3500, 3\u202F500 or 75k'],
  ] as const)('refuses %j as a %s in %s and says why', (text, kind, format, message) => {
    expect(parseNumberText(text, kind, format)).toEqual({ ok: false, message });
  });

  const formats = fc.constantFrom(...NUMBER_FORMATS);

  it('reads back every number formatNumber writes, in every number format, to the displayed precision', () => {
    fc.assert(
      fc.property(formats, fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 2 }), (format: NumberFormat, hundredths, digits) => {
        const value = hundredths / 100;
        const text = formatNumber(value, format, digits);
        const r = parseNumberText(text, 'hours', format);
        if (!r.ok) throw new Error(`${text}: ${r.message}`);
        // Within half a unit of the last digit shown (and never -0).
        expect(Math.abs(r.value - value)).toBeLessThanOrEqual(0.5 * 10 ** -digits + Math.abs(value) * 1e-14);
        expect(Object.is(r.value, -0)).toBe(false);
      }),
    );
  });

  it('reads back every amount formatMoney writes, in every number format and common currency', () => {
    const currencies = fc.constantFrom('USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'SEK', 'NOK', 'DKK', 'INR', 'SGD', 'XYZ');
    fc.assert(
      fc.property(formats, currencies, fc.integer({ min: -1e13, max: 1e13 }), (format: NumberFormat, currency, value) => {
        expect(parseNumberText(formatMoney(value, currency, format), 'money', format)).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
    );
  });

  it('reads back compact money ("$1.2M", "1,2 Mio. €", "75 k€") to its displayed precision', () => {
    fc.assert(
      fc.property(formats, fc.constantFrom('USD', 'EUR', 'GBP'), fc.integer({ min: 1, max: 999 }), fc.constantFrom(1e3, 1e6, 1e9), (format: NumberFormat, currency, n, unit) => {
        const value = (n / 10) * unit;
        if (value < 1000) return;
        expect(parseNumberText(formatMoney(value, currency, format, true), 'money', format)).toEqual({ ok: true, value: Number(value.toPrecision(15)) });
      }),
    );
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
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789.,- ()$€%kKmM\u00A0\u202F\'') })), fc.constantFrom('money', 'count', 'hours', 'score', 'share', 'number' as const), formats, (text, kind, format: NumberFormat) => {
        let r: ReturnType<typeof parseNumberText> | undefined;
        expect(() => (r = parseNumberText(text, kind, format))).not.toThrow();
        if (!r) return;
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
