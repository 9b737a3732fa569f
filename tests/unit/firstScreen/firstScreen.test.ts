import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '@shared/demo';
import { firstScreen } from '../../../vite.renderer.config';

/**
 * The first screen put into the built page (scripts/first-screen): the demo's problem list as the app draws it on a
 * first start, inside the app's root element, inert and hidden from assistive technology, with nothing in it that
 * could run (no script, no inline handler or style: the page's CSP allows neither).
 */
type Handler = (html: string) => string;
const handler = (): Handler => {
  const hook = firstScreen(resolve(import.meta.dirname, '../../../scripts/first-screen/prerender.mjs')).transformIndexHtml as { handler: Handler };
  return hook.handler;
};

describe('the first screen prepared at build time', () => {
  it("is the demo's problem list, with the header, inert, in the root element, followed by the script that keeps or removes it", () => {
    const html = handler()('<body>\n<div id="root"></div>\n<script type="module" src="./main.tsx"></script></body>');
    expect(html).toMatch(/^<body>\n<div id="root"><div id="first-screen" inert aria-hidden="true">/);
    expect(html).toContain('</div></div>\n    <script src="./first-screen.js"></script>');
    const markup = html.slice(html.indexOf('<div id="first-screen"'), html.indexOf('<script src="./first-screen.js">'));
    expect(markup).toContain('<h1');
    expect(markup).toContain('Business problems');
    expect(markup).toMatch(/Showing \d+ of \d+ problems/);
    expect(markup).toContain('aria-label="Sections"');
    const demo = buildDemoWorkspace({ newId: () => 'x', nowIso: '2027-01-04T09:00:00.000Z', planningStartMonth: '2027-01' });
    const open = demo.problems.filter((p) => p.status !== 'parked');
    expect(open.length).toBeGreaterThan(3);
    for (const problem of open) expect(markup).toContain(problem.title.replace(/&/g, '&amp;'));
    expect(markup).not.toMatch(/<script|\son[a-z]+=|\sstyle=/i);
  }, 60_000);

  it('refuses a page without the root element (the app would have nowhere to draw)', () => {
    expect(() => handler()('<body><main></main></body>')).toThrow(/no <div id="root"><\/div>/);
  });
});
