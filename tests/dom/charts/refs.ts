import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

/**
 * Reference SVGs: a chart rendered from fixed data is compared with tests/dom/charts/__refs__/<name>.svg.
 * A missing or outdated reference is (re)written only when UPDATE_REFS=1; otherwise a mismatch fails
 * with a line diff. The files open in a browser styled by charts.css (xml-stylesheet instruction).
 */
const REF_DIR = resolve(import.meta.dirname, '__refs__');
const STYLESHEET = '<?xml-stylesheet type="text/css" href="../../../../renderer/charts/charts.css"?>';

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

function inline(node: Node): string {
  if (node.nodeType === node.TEXT_NODE) return escapeText(node.textContent ?? '');
  if (!(node instanceof Element)) return '';
  const attrs = [...node.attributes].map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  const inner = [...node.childNodes].map(inline).join('');
  return inner ? `<${node.localName}${attrs}>${inner}</${node.localName}>` : `<${node.localName}${attrs}/>`;
}

/** One element per line, indented; <text> and <title>-like leaves stay on one line (whitespace matters there). */
function pretty(el: Element, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const kids = [...el.childNodes].filter((n) => n.nodeType === n.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
  const leaf = el.localName === 'text' || kids.every((n) => n.nodeType === n.TEXT_NODE);
  if (leaf) {
    out.push(pad + inline(el));
    return;
  }
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  out.push(`${pad}<${el.localName}${attrs}>`);
  for (const k of kids) {
    if (k instanceof Element) pretty(k, depth + 1, out);
    else out.push('  '.repeat(depth + 1) + escapeText(k.textContent ?? ''));
  }
  out.push(`${pad}</${el.localName}>`);
}

/** The chart's <svg> from rendered markup, pretty-printed as a standalone SVG document. */
export function svgDocument(markup: string): string {
  const host = document.createElement('div');
  host.innerHTML = markup;
  const svg = host.querySelector('svg');
  if (!svg) throw new Error('No <svg> in the rendered chart');
  const lines: string[] = [STYLESHEET];
  pretty(svg, 0, lines);
  return `${lines.join('\n')}\n`;
}

export function expectMatchesRef(name: string, markup: string): void {
  const file = resolve(REF_DIR, `${name}.svg`);
  const actual = svgDocument(markup);
  if (process.env.UPDATE_REFS === '1') {
    mkdirSync(REF_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`Reference ${name}.svg is missing; render it with UPDATE_REFS=1 npx vitest run --project dom tests/dom/charts`);
  }
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) {
    const a = actual.split('\n');
    const e = expected.split('\n');
    const line = a.findIndex((l, i) => l !== e[i]);
    const where = `first difference at line ${line + 1}:\n  reference: ${e[line] ?? '(end)'}\n  rendered:  ${a[line] ?? '(end)'}`;
    expect(actual, `${name}.svg differs from its reference (${where}).\nIf the change is intended, run with UPDATE_REFS=1 and review the diff.`).toBe(expected);
  }
}
