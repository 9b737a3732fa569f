/**
 * Reading numbers as people type them, in forms and in spreadsheets: "1,200", "$3,500", "75k", "$1.2M", "12.5%",
 * "(300)", and the workspace's own separators ("1.200.000,50" in de-DE, "1 200 000,50" in fr-FR). Each kind of
 * quantity accepts what is sensible for it; anything ambiguous or malformed is refused with a message that says
 * what is wrong and what was expected. Never throws.
 */
import { formatNumber } from './format';
import { DEFAULT_NUMBER_FORMAT, NUMBER_FORMAT_LABELS, asNumberFormat, separatorsOf, type NumberFormat } from './locale';

/** What the number means; decides which decorations (currency, %, k/M) make sense. */
export type NumberKind = 'money' | 'count' | 'hours' | 'score' | 'share' | 'number';

export type NumberText = { ok: true; value: number } | { ok: false; message: string };

/** The ways of writing thousands, millions and billions after an amount of money ("75k", "1.2M", "1,5 Mio.", "2bn"). */
const MONEY_SUFFIXES: readonly { pattern: RegExp; scale: number }[] = [
  { pattern: /(?:bn|b|mrd\.?|md)$/i, scale: 1e9 },
  { pattern: /(?:mio\.?|mn|m)$/i, scale: 1e6 },
  { pattern: /k$/i, scale: 1e3 },
];
/** A currency sign with an optional code around it ("$", "US$", "$US", "CA$", "€"), an ISO code ("CHF"), or a word sign. */
const CURRENCY_AT_START = /^(?:[A-Z]{0,3}\p{Sc}[A-Z]{0,3}|[A-Z]{3}(?=[\s\d.,+\-\u2212(])|Fr\.|kr)\s*/u;
const CURRENCY_AT_END = /\s*(?:(?:(?<=\s|^)[A-Z]{1,3})?\p{Sc}[A-Z]{0,3}|(?<=[\s\d])(?!MIO|MRD)[A-Z]{3}|Fr\.|kr)$/u;
/** Spaces that people and Intl put between digit groups: space, no-break space, narrow no-break space, thin space. */
const SPACES = /[\u00A0\u202F\u2009\u2007 ]/g;
const SIGN = /^[-+\u2212\u2012\u2013]/;

function example(kind: NumberKind, format: NumberFormat): string {
  switch (kind) {
    case 'money':
      return `an amount of money such as 3500, ${formatNumber(3500, format, 0)} or 75k`;
    case 'count':
      return 'a whole number such as 1200';
    case 'hours':
      return 'a number of hours such as 120';
    case 'score':
      return 'a score from 1 to 5';
    case 'share':
      return `a percentage such as ${formatNumber(12.5, format, 1)}%`;
    case 'number':
      return `a number such as 12 or ${formatNumber(3.5, format, 1)}`;
  }
}

const refuse = (message: string): NumberText => ({ ok: false, message });

/** Removes one currency sign or code before or after the amount; reports whether one was there. */
function stripCurrency(text: string): { rest: string; found: boolean } {
  const start = CURRENCY_AT_START.exec(text);
  if (start && start[0].trim() !== '') return { rest: text.slice(start[0].length).trim(), found: true };
  const end = CURRENCY_AT_END.exec(text);
  if (end && end.index > 0) return { rest: text.slice(0, end.index).trim(), found: true };
  return { rest: text, found: false };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads digits with the format's separators. Groups of three may also be separated by spaces or apostrophes
 * (1 200, 1'200) in every format. Returns the number, or why it could not be read.
 */
function readDigits(text: string, format: NumberFormat): number | { problem: 'comma-decimal' | 'dot-decimal' | 'ambiguous-dot' | 'other-format' | 'malformed' } {
  const { group: rawGroup, decimal } = separatorsOf(format);
  const compact = text.replace(SPACES, ' ').replace(/[\u2019]/g, "'");
  const group = rawGroup.replace(SPACES, ' ');
  const groups = [...new Set([group, ' ', "'"])].map(escape).join('|');
  const d = escape(decimal);
  const valid = new RegExp(`^(?:\\d+|\\d{1,3}(?:(${groups})\\d{3})(?:\\1\\d{3})*)(?:${d}\\d*)?$|^${d}\\d+$`);
  if (valid.test(compact)) {
    const plain = compact.replace(new RegExp(`${groups}`, 'g'), '').replace(decimal, '.');
    return Number(plain.endsWith('.') ? plain.slice(0, -1) : plain);
  }
  const other = decimal === '.' ? ',' : '.';
  if (new RegExp(`^\\d+${escape(other)}\\d+$`).test(compact)) {
    if (decimal === '.') return { problem: 'comma-decimal' };
    // "1.200" in fr-FR could be 1200 (dot grouping) or 1.2 (dot decimals): neither is this format's way.
    return { problem: /^\d{1,3}\.\d{3}$/.test(compact) ? 'ambiguous-dot' : 'dot-decimal' };
  }
  // The other convention: 1.234.567,89 where this format writes 1,234,567.89, and the reverse.
  const [og, od] = decimal === '.' ? ['\\.', ','] : [',', '\\.'];
  if (new RegExp(`^\\d{1,3}(${og}\\d{3}){2,}(${od}\\d+)?$|^\\d{1,3}(${og}\\d{3})+${od}\\d+$`).test(compact)) return { problem: 'other-format' };
  return { problem: 'malformed' };
}

/**
 * Reads a number typed by a person for a quantity of the given kind, with the separators of the workspace's
 * number format (en-US when not given). Blank text is not a number (the caller decides whether blank means
 * "not given"). Money takes a currency sign or code and k / M / bn; a share takes %; nothing takes two signs.
 */
export function parseNumberText(raw: string, kind: NumberKind, numberFormat: NumberFormat = DEFAULT_NUMBER_FORMAT): NumberText {
  const format = asNumberFormat(numberFormat);
  const expected = example(kind, format);
  const shown = typeof raw === 'string' ? raw.trim() : '';
  if (shown === '') return refuse(`is empty; expected ${expected}`);
  if (shown.length > 60) return refuse(`is too long to be a number; expected ${expected}`);
  let text = shown;

  let sign: string | null = null;
  /** Takes brackets or one leading sign; false when a second one follows ("--1", "(-300)", "-$-5"). */
  const takeSigns = (): boolean => {
    for (;;) {
      if (/^\(.*\)$/.test(text)) {
        if (sign !== null) return false;
        sign = '(';
        text = text.slice(1, -1).trim();
        continue;
      }
      const match = SIGN.exec(text);
      if (!match) return true;
      if (sign !== null) return false;
      sign = match[0];
      text = text.slice(1).trim();
    }
  };
  const doubleSign = () =>
    refuse(`"${shown}" has more than one sign${shown.includes('(') ? ' (brackets already mean minus)' : ''}; write one minus sign, as in -300, or brackets, as in (300)`);
  if (!takeSigns()) return doubleSign();
  const currency = stripCurrency(text);
  if (currency.found && kind !== 'money') return refuse(`"${shown}" is an amount of money; expected ${expected}`);
  text = currency.rest;
  if (!takeSigns()) return doubleSign();
  if (/[-+\u2212\u2012\u2013()]/.test(text)) return refuse(`"${shown}" is not a number; expected ${expected}`);
  const negative = sign === '(' || (sign !== null && sign !== '+');

  let scale = 1;
  if (text.endsWith('%')) {
    if (kind !== 'share') return refuse(`"${shown}" is a percentage; expected ${expected}`);
    text = text.slice(0, -1).trim();
    scale = 0.01;
  } else if (/\d\s*[a-z]+\.?$/i.test(text)) {
    const suffix = MONEY_SUFFIXES.find((s) => s.pattern.test(text));
    if (suffix && kind === 'money') {
      scale = suffix.scale;
      text = text.replace(suffix.pattern, '').trim();
    } else if (suffix) {
      return refuse(`"${shown}" uses a K/M abbreviation; write the full number, ${expected}`);
    }
  }

  const digits = readDigits(text, format);
  if (typeof digits !== 'number') {
    const wanted = NUMBER_FORMAT_LABELS[format];
    switch (digits.problem) {
      case 'comma-decimal':
        return refuse(`"${shown}" uses a comma for decimals; write it with a dot (${text.replace(',', '.')})`);
      case 'dot-decimal':
        return refuse(`"${shown}" uses a dot for decimals; this workspace writes numbers as ${wanted}, so write ${text.replace('.', ',')}`);
      case 'ambiguous-dot':
        return refuse(`"${shown}" is ambiguous in this workspace's number format (${wanted}): write ${text.replace('.', '')} for thousands or ${String(Number(text)).replace('.', ',')} for decimals`);
      case 'other-format':
        return refuse(`"${shown}" is written in another number format; this workspace writes numbers as ${wanted}`);
      default:
        return refuse(`"${shown}" is not a number; expected ${expected}`);
    }
  }
  if (!Number.isFinite(digits)) return refuse(`"${shown}" is not a number; expected ${expected}`);
  // Round away binary noise from scaling (12.5% → 0.125, 1.2k → 1200).
  const scaled = scale === 1 ? digits : Number((digits * scale).toPrecision(15));
  if (!Number.isFinite(scaled)) return refuse(`"${shown}" is too large; expected ${expected}`);
  const value = negative ? -scaled : scaled;
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
