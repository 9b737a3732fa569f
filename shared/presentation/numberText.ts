/**
 * Reading numbers typed by people in spreadsheets: "1,200", "$3,500", "75K", "12.5%", "(300)".
 * Each kind of quantity accepts what is sensible for it and says exactly what is wrong otherwise.
 */

/** What the number means; decides which decorations (currency, %, K/M) make sense. */
export type NumberKind = 'money' | 'count' | 'hours' | 'score' | 'share';

export type NumberText = { ok: true; value: number } | { ok: false; message: string };

/** Longer symbols first so "US$" is not read as "$". */
const CURRENCY_SYMBOLS = ['US$', 'R$', 'A$', 'C$', 'S$', 'Fr.', 'kr', '$', '€', '£', '¥', '₹', '₣', '₩', '₽'];
const CURRENCY_CODE = /^[A-Z]{3}$/;
const GROUP_SEPARATORS = /[\u00A0\u202F\u2009 ']/g;

const EXPECTED: Record<NumberKind, string> = {
  money: 'an amount of money such as 3500 or $3,500',
  count: 'a whole number such as 1200',
  hours: 'a number of hours such as 120',
  score: 'a score from 1 to 5',
  share: 'a percentage such as 12.5%',
};

/** Removes a currency sign or ISO code before or after the amount; reports whether one was there. */
function stripCurrency(text: string): { rest: string; found: boolean } {
  let rest = text.trim();
  let found = false;
  for (const symbol of CURRENCY_SYMBOLS) {
    if (rest.startsWith(symbol)) {
      rest = rest.slice(symbol.length).trim();
      found = true;
      break;
    }
    if (rest.endsWith(symbol)) {
      rest = rest.slice(0, rest.length - symbol.length).trim();
      found = true;
      break;
    }
  }
  const words = rest.split(/\s+/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && CURRENCY_CODE.test(first)) return { rest: words.slice(1).join(' '), found: true };
  if (words.length > 1 && CURRENCY_CODE.test(last)) return { rest: words.slice(0, -1).join(' '), found: true };
  return { rest, found };
}

/** Reads plain digits with optional thousands separators (1,200 / 1 200 / 1'200) and a dot decimal. */
function readDigits(text: string): number | 'comma-decimal' | null {
  const compact = text.replace(GROUP_SEPARATORS, (sep, offset: number) => {
    // A space or apostrophe is a group separator only between digit groups of three.
    return /^\d{3}(\D|$)/.test(text.slice(offset + sep.length)) ? '' : sep;
  });
  if (/^\d+(\.\d+)?$/.test(compact) || /^\.\d+$/.test(compact)) return Number(compact);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ''));
  if (/^\d+,\d+$/.test(compact)) return 'comma-decimal';
  return null;
}

/**
 * Reads a number typed by a person for a quantity of the given kind. Blank text is not a number
 * (the caller decides whether blank means "use the default"). Never throws.
 */
export function parseNumberText(raw: string, kind: NumberKind): NumberText {
  const shown = raw.trim();
  if (shown === '') return { ok: false, message: `is empty; expected ${EXPECTED[kind]}` };
  let text = shown;

  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  const takeSign = () => {
    if (/^[-\u2212]/.test(text)) {
      negative = !negative;
      text = text.slice(1).trim();
    }
  };
  takeSign();
  const currency = stripCurrency(text);
  if (currency.found && kind !== 'money') {
    return { ok: false, message: `"${shown}" is an amount of money; expected ${EXPECTED[kind]}` };
  }
  text = currency.rest;
  takeSign();

  let scale = 1;
  if (text.endsWith('%')) {
    if (kind !== 'share') return { ok: false, message: `"${shown}" is a percentage; expected ${EXPECTED[kind]}` };
    text = text.slice(0, -1).trim();
    scale = 0.01;
  } else if (/[kKmM]$/.test(text) && kind === 'money') {
    scale = /[kK]$/.test(text) ? 1e3 : 1e6;
    text = text.slice(0, -1).trim();
  } else if (/[kKmM]$/.test(text) && /\d/.test(text)) {
    return { ok: false, message: `"${shown}" uses a K/M abbreviation; write the full number, ${EXPECTED[kind]}` };
  }

  const digits = readDigits(text);
  if (digits === 'comma-decimal') {
    return { ok: false, message: `"${shown}" uses a comma for decimals; write it with a dot (${text.replace(',', '.')})` };
  }
  if (digits === null || !Number.isFinite(digits)) {
    return { ok: false, message: `"${shown}" is not a number; expected ${EXPECTED[kind]}` };
  }
  // Round away binary noise from scaling (12.5% → 0.125, 1.2K → 1200).
  const scaled = scale === 1 ? digits : Number((digits * scale).toPrecision(15));
  const value = negative ? -scaled : scaled;
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
