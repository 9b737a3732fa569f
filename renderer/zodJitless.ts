import { z } from 'zod';

/**
 * The CSP forbids eval: tell zod not to probe for it (the probe logs a CSP violation). Imported first by
 * main.tsx, before any module builds a schema.
 */
z.config({ jitless: true });
