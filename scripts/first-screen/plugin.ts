import { execFileSync } from 'node:child_process';
import type { Plugin } from 'vite';

const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * Puts the first screen of a fresh profile into the built index.html (prerender.mjs draws it with the app's own
 * components), inert and hidden from assistive technology (nothing in it works until the app is up), inside the root element the app renders into, followed by first-screen.js, which keeps it only
 * on a first start at the start address (anywhere else it is removed before anything is drawn). The app's first render
 * replaces it with the same screen, live. Build only: the dev server serves the page as it is. `prerenderScript` is
 * prerender.mjs's path (given by the config: a bundled config's own location is not this file's).
 */
export function firstScreen(prerenderScript: string): Plugin {
  return {
    name: 'lastmile-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} for the first screen`);
        const markup = execFileSync(process.execPath, [prerenderScript], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
        if (!markup.includes('<h1')) throw new Error('The first screen was not drawn');
        return html.replace(ROOT_ELEMENT, `<div id="root"><div id="first-screen" inert aria-hidden="true">${markup}</div></div>\n    <script src="./first-screen.js"></script>`);
      },
    },
  };
}
