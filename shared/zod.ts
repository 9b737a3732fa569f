import { z } from 'zod';

/**
 * zod as every shared module uses it. The app's Content-Security-Policy forbids eval in the window and its workers, so
 * zod is told never to compile parsers with `new Function` (its probe alone logs a CSP violation). Configured here, in
 * the module that hands out `z`, so it runs before any schema is built, whatever order the bundler evaluates chunks in.
 */
z.config({ jitless: true });

export { z };
