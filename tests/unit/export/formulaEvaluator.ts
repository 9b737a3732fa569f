/**
 * A tiny, independent spreadsheet evaluator for exactly the formula shapes the workbook emits, so tests can
 * recalculate the exported file without Excel: numbers, "text", cell references ($ allowed), ranges,
 * 'Sheet name'!ranges, defined names, + - * / ^, comparisons, and SUM, NPV, MIN, MAX, IF, AND, ISNUMBER,
 * MATCH(…, 0), INDEX(range, n), IFERROR, SUMIF(range, "text" with * and ? wildcards, range). Dates read as serial
 * numbers. It follows the spreadsheet definitions, not the app's code.
 */
import type { Workbook, Worksheet } from 'exceljs';

type ErrorValue = { error: string };
export type Scalar = number | string | boolean | null | ErrorValue;
type Value = Scalar | Scalar[];

const isError = (v: unknown): v is ErrorValue => typeof v === 'object' && v !== null && 'error' in v;

type Token = { kind: 'num'; value: number } | { kind: 'str'; value: string } | { kind: 'ref'; sheet: string | null; text: string } | { kind: 'name'; value: string } | { kind: 'op'; value: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const rest = formula.slice(i);
    let m: RegExpExecArray | null;
    if (/^\s/.test(rest)) i++;
    else if ((m = /^\d+(\.\d+)?([eE][-+]?\d+)?/.exec(rest))) {
      tokens.push({ kind: 'num', value: Number(m[0]) });
      i += m[0].length;
    } else if ((m = /^"((?:[^"]|"")*)"/.exec(rest))) {
      tokens.push({ kind: 'str', value: (m[1] ?? '').replace(/""/g, '"') });
      i += m[0].length;
    } else if ((m = /^(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/.exec(rest)) && !/^[A-Za-z_]\w*\(/.test(rest)) {
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
      tokens.push({ kind: 'ref', sheet, text: (m[3] ?? '').replace(/\$/g, '') });
      i += m[0].length;
    } else if ((m = /^[A-Za-z_][\w.]*/.exec(rest))) {
      tokens.push({ kind: 'name', value: m[0] });
      i += m[0].length;
    } else if ((m = /^(>=|<=|<>|[-+*/^(),=<>&])/.exec(rest))) {
      tokens.push({ kind: 'op', value: m[0] });
      i += m[0].length;
    } else throw new Error(`Unexpected "${rest.slice(0, 10)}" in ${formula}`);
  }
  return tokens;
}

type Node =
  | { t: 'lit'; v: Scalar }
  | { t: 'ref'; sheet: string | null; text: string }
  | { t: 'name'; name: string }
  | { t: 'call'; fn: string; args: Node[] }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'neg'; a: Node };

function parse(formula: string): Node {
  const tokens = tokenize(formula);
  let p = 0;
  const peek = () => tokens[p];
  const isOp = (v: string) => {
    const t = peek();
    return t?.kind === 'op' && t.value === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`Expected ${v} in ${formula}`);
    p++;
  };
  const levels = [['=', '<>', '<', '>', '<=', '>='], ['+', '-'], ['*', '/'], ['^']];
  const binary = (level: number): Node => {
    if (level === levels.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const t = peek();
      if (t?.kind === 'op' && levels[level]?.includes(t.value)) {
        p++;
        left = { t: 'bin', op: t.value, a: left, b: binary(level + 1) };
      } else return left;
    }
  };
  const unary = (): Node => {
    if (isOp('-')) {
      p++;
      return { t: 'neg', a: unary() };
    }
    if (isOp('+')) p++;
    return primary();
  };
  const primary = (): Node => {
    const t = tokens[p++];
    if (!t) throw new Error(`Unexpected end of ${formula}`);
    if (t.kind === 'num' || t.kind === 'str') return { t: 'lit', v: t.value };
    if (t.kind === 'ref') return { t: 'ref', sheet: t.sheet, text: t.text };
    if (t.kind === 'name') {
      if (isOp('(')) {
        p++;
        const args: Node[] = [];
        if (!isOp(')')) {
          args.push(binary(0));
          while (isOp(',')) {
            p++;
            args.push(binary(0));
          }
        }
        expect(')');
        return { t: 'call', fn: t.value.toUpperCase(), args };
      }
      if (t.value === 'TRUE' || t.value === 'FALSE') return { t: 'lit', v: t.value === 'TRUE' };
      return { t: 'name', name: t.value };
    }
    if (t.value === '(') {
      const inner = binary(0);
      expect(')');
      return inner;
    }
    throw new Error(`Unexpected ${t.value} in ${formula}`);
  };
  const node = binary(0);
  if (p !== tokens.length) throw new Error(`Trailing tokens in ${formula}`);
  return node;
}

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
function splitRef(ref: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`Bad reference ${ref}`);
  return { col: colNumber(m[1] ?? ''), row: Number(m[2]) };
}

/** Recalculates cells of a workbook read back with exceljs; `overrides` replace cell values (e.g. a new rate). */
export class FormulaEvaluator {
  private readonly cache = new Map<string, Scalar>();
  constructor(
    private readonly workbook: Workbook,
    private readonly overrides: Record<string, Scalar> = {},
  ) {}

  /** The value of a cell, recalculating its formula (never trusting the cached result). */
  cell(sheetName: string, ref: string): Scalar {
    const key = `${sheetName}!${ref}`;
    if (key in this.overrides) return this.overrides[key] ?? null;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const sheet = this.workbook.getWorksheet(sheetName) as Worksheet;
    const cell = sheet.getCell(ref);
    const raw = cell.value as unknown;
    let v: Scalar;
    if (raw && typeof raw === 'object' && 'formula' in raw) v = this.evaluate(sheetName, String((raw as { formula: string }).formula));
    else if (raw instanceof Date) v = raw.getTime() / 86_400_000 + 25_569;
    else v = (raw ?? null) as Scalar;
    this.cache.set(key, v);
    return v;
  }

  evaluate(sheetName: string, formula: string): Scalar {
    const v = this.node(sheetName, parse(formula));
    if (Array.isArray(v)) throw new Error(`Formula ${formula} gives a range`);
    return v;
  }

  private range(sheetName: string, text: string): Scalar[] {
    const [a, b] = text.split(':');
    const from = splitRef(a ?? '');
    const to = splitRef(b ?? a ?? '');
    const out: Scalar[] = [];
    for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) out.push(this.cell(sheetName, this.address(c, r)));
    return out;
  }

  private address(col: number, row: number): string {
    let n = col;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return `${s}${row}`;
  }

  private name(name: string): Scalar {
    const ranges = this.workbook.definedNames.getRanges(name).ranges;
    const target = ranges[0];
    if (!target) return { error: '#NAME?' };
    const m = /^'?(.+?)'?!(.+)$/.exec(target);
    return this.cell(m?.[1] ?? '', (m?.[2] ?? '').replace(/\$/g, ''));
  }

  private num(v: Value): number | ErrorValue {
    if (Array.isArray(v)) return { error: '#VALUE!' };
    if (isError(v)) return v;
    if (typeof v === 'number') return v;
    if (v === null) return 0;
    if (typeof v === 'boolean') return v ? 1 : 0;
    return { error: '#VALUE!' };
  }

  private node(sheet: string, n: Node): Value {
    switch (n.t) {
      case 'lit':
        return n.v;
      case 'ref':
        return n.text.includes(':') ? this.range(n.sheet ?? sheet, n.text) : this.cell(n.sheet ?? sheet, n.text);
      case 'name':
        return this.name(n.name);
      case 'neg': {
        const a = this.num(this.node(sheet, n.a));
        return isError(a) ? a : -a;
      }
      case 'bin':
        return this.binary(n.op, this.node(sheet, n.a), this.node(sheet, n.b));
      case 'call':
        return this.call(sheet, n.fn, n.args);
    }
  }

  private binary(op: string, av: Value, bv: Value): Scalar {
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      const a = this.num(av);
      const b = this.num(bv);
      if (isError(a)) return a;
      if (isError(b)) return b;
      return op === '=' ? a === b : op === '<>' ? a !== b : op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
    }
    const a = this.num(av);
    const b = this.num(bv);
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === '+') return a + b;
    if (op === '-') return a - b;
    if (op === '*') return a * b;
    if (op === '/') return b === 0 ? { error: '#DIV/0!' } : a / b;
    return Math.pow(a, b);
  }

  private call(sheet: string, fn: string, argNodes: Node[]): Scalar {
    if (fn === 'IFERROR') {
      const v = this.node(sheet, argNodes[0] as Node);
      return isError(v) ? (this.node(sheet, argNodes[1] as Node) as Scalar) : (v as Scalar);
    }
    if (fn === 'IF') {
      const c = this.num(this.node(sheet, argNodes[0] as Node));
      if (isError(c)) return c;
      return this.node(sheet, argNodes[c !== 0 ? 1 : 2] as Node) as Scalar;
    }
    const args = argNodes.map((a) => this.node(sheet, a));
    const flat = (vs: Value[]) => vs.flatMap((v) => (Array.isArray(v) ? v : [v]));
    const numbers = (vs: Value[]) => flat(vs).filter((v): v is number => typeof v === 'number');
    switch (fn) {
      case 'SUM':
        return numbers(args).reduce((s, x) => s + x, 0);
      case 'MIN': {
        const xs = numbers(args);
        return xs.length === 0 ? 0 : Math.min(...xs);
      }
      case 'MAX': {
        const xs = numbers(args);
        return xs.length === 0 ? 0 : Math.max(...xs);
      }
      case 'ISNUMBER':
        return typeof args[0] === 'number';
      case 'INDEX': {
        const cells = flat([args[0] ?? null]);
        const n = this.num(args[1] ?? null);
        if (isError(n)) return n;
        return n >= 1 && n <= cells.length ? (cells[Math.floor(n) - 1] ?? null) : { error: '#REF!' };
      }
      case 'AND':
        return flat(args).every((v) => v === true || (typeof v === 'number' && v !== 0));
      case 'NPV': {
        const rate = this.num(args[0] ?? null);
        if (isError(rate)) return rate;
        return numbers(args.slice(1)).reduce((s, cf, i) => s + cf / Math.pow(1 + rate, i + 1), 0);
      }
      case 'MATCH': {
        const needle = args[0];
        const hay = flat([args[1] ?? null]);
        const i = hay.findIndex((v) => v === needle);
        return i < 0 ? { error: '#N/A' } : i + 1;
      }
      case 'SUMIF': {
        const crit = flat([args[0] ?? null]);
        const sums = flat([args[2] ?? null]);
        const pattern = String(args[1])
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.');
        const matches = new RegExp(`^${pattern}$`, 'i');
        return crit.reduce<number>((s, v, i) => (typeof v === 'string' && matches.test(v) && typeof sums[i] === 'number' ? s + (sums[i] as number) : s), 0);
      }
      default:
        throw new Error(`Function ${fn} is not supported by the test evaluator`);
    }
  }
}
